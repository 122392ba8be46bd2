import {
  dailyCheckIn,
  DEFAULT_SECURITY,
  securitySettings,
  type DeriveKey,
  type DuressMode,
  type OpenVault,
} from '@steady/core/vault';
import { Observable } from './observable.ts';
import type { SecurityPart } from './security.ts';

/**
 * The duress passphrase of the open vault: whether one is set and what it does, and
 * setting or removing it. Inside a decoy it behaves the same way, so the screen does not
 * say which vault is open.
 */
export class DuressPart {
  readonly mode = new Observable<DuressMode | null>(null);
  #vault: OpenVault | null = null;

  constructor(
    private readonly derive: DeriveKey,
    private readonly security: SecurityPart,
  ) {}

  /** The refill the last unlock started (see #refill); settled, never rejected. */
  refilled: Promise<void> = Promise.resolve();

  opened(vault: OpenVault): void {
    this.#vault = vault;
    this.mode.set(vault.duressMode);
    if (vault.duressMode === null) return;
    this.refilled = this.#refill(vault).catch(() => {
      // Not lost: a decoy left empty (a lock during the fill, its code not loaded
      // offline) is still empty at the owner's next unlock, and is filled then.
    });
  }

  /**
   * The owner's copy on a relay leaves the decoy out (docs/sync-v2.md, "A decoy stays
   * separate"), so a vault restored from the server has its duress passphrase and an
   * empty decoy: it is filled again at the owner's unlock (the restore itself opens the
   * vault), before anyone can be made to open it. Nothing is done inside the decoy itself (decoy() is null there).
   */
  async #refill(vault: OpenVault): Promise<void> {
    const decoy = vault.decoy();
    if (!decoy) return;
    try {
      // Only a decoy that holds nothing at all: one whose check-ins someone deleted from
      // inside it must not be seen to fill itself again.
      const held = await Promise.all([
        decoy.count(dailyCheckIn.kind),
        decoy.count(securitySettings.kind),
      ]);
      if (held.some((count) => count > 0)) return;
      const { seedDecoy } = await import('./decoy.ts');
      const read = await vault.read(securitySettings, 'security');
      await seedDecoy(decoy, read?.ok ? read.value : DEFAULT_SECURITY);
    } finally {
      decoy.lock();
    }
  }

  closed(): void {
    this.#vault = null;
    this.mode.set(null);
  }

  /**
   * Sets or replaces the duress passphrase. A new decoy gets harmless content at once,
   * so that the first time it is forced open it already looks lived in.
   */
  async set(current: string, duress: string, mode: DuressMode): Promise<void> {
    const vault = this.#require();
    // Loaded first (and only here: the check-in code it uses has no place in the first
    // download), so a failed load cannot leave a duress passphrase with an empty decoy.
    const { seedDecoy } = await import('./decoy.ts');
    await vault.setDuress(current, duress, mode, { derive: this.derive });
    const decoy = vault.decoy();
    // Filled once, and again if an earlier filling did not land.
    if (decoy && (await decoy.count(dailyCheckIn.kind)) === 0) {
      await seedDecoy(decoy, this.security.state.value.settings).finally(() => decoy.lock());
    } else decoy?.lock();
    this.#refresh(vault);
  }

  async remove(current: string): Promise<void> {
    const vault = this.#require();
    await vault.removeDuress(current, { derive: this.derive });
    this.#refresh(vault);
  }

  #refresh(vault: OpenVault): void {
    if (this.#vault === vault && !vault.isLocked) this.mode.set(vault.duressMode);
  }

  #require(): OpenVault {
    if (!this.#vault) throw new Error('vault is locked');
    return this.#vault;
  }
}
