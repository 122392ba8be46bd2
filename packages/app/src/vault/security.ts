import {
  DEFAULT_SECURITY,
  putChange,
  readSecurity,
  securitySettings,
  type OpenVault,
  type SecuritySettings,
} from '@steady/core/vault';
import { startAutoLock, type AutoLock, type AutoLockOptions } from './autoLock.ts';
import { Observable } from './observable.ts';

export interface SecurityState {
  readonly settings: SecuritySettings;
  /** The stored settings could not be read: the defaults guard, and nothing overwrites them. */
  readonly unreadable: boolean;
  /** An auto-lock is half a minute away: the shell offers "Stay unlocked". */
  readonly lockSoon: boolean;
}

const INITIAL: SecurityState = { settings: DEFAULT_SECURITY, unreadable: false, lockSoon: false };

/** Thrown by update() when the stored settings could not be read (so are kept as they are). */
export class SettingsUnreadableError extends Error {
  override readonly name = 'SettingsUnreadableError';
}

/**
 * How the open vault locks itself: the person's lock settings (kept in the vault) and
 * the auto-lock timer they drive. The default settings guard from the first moment;
 * the person's own arrive a moment after unlock.
 */
export class SecurityPart {
  readonly state = new Observable<SecurityState>(INITIAL);
  #vault: OpenVault | null = null;
  #timer: AutoLock | null = null;

  constructor(
    private readonly lockNow: () => void,
    private readonly startTimer: (options: AutoLockOptions) => AutoLock = startAutoLock,
  ) {}

  opened(vault: OpenVault): void {
    this.#vault = vault;
    this.state.set(INITIAL);
    this.#restart();
    vault.read(securitySettings, 'security').then(
      (read) => {
        if (this.#vault !== vault || read === undefined) return;
        this.state.update((s) =>
          read.ok ? { ...s, settings: read.value } : { ...s, unreadable: true },
        );
        this.#restart();
      },
      // Locked meanwhile (VaultLockedError): the defaults guarded, and are gone with it.
      () => undefined,
    );
  }

  closed(): void {
    this.#timer?.stop();
    this.#timer = null;
    this.#vault = null;
    this.state.set(INITIAL);
  }

  async update(change: Partial<SecuritySettings>): Promise<void> {
    const vault = this.#vault;
    if (!vault) throw new Error('vault is locked');
    if (this.state.value.unreadable) throw new SettingsUnreadableError();
    const next = readSecurity({ ...this.state.value.settings, ...change });
    await vault.write([putChange(securitySettings, 'security', next)]);
    if (this.#vault !== vault) return;
    this.state.update((s) => ({ ...s, settings: next }));
    this.#restart();
  }

  /** "Stay unlocked": counts as use, so the auto-lock starts its wait again. */
  stayUnlocked(): void {
    this.#timer?.touch();
  }

  #restart(): void {
    this.#timer?.stop();
    const { settings } = this.state.value;
    this.#timer = this.startTimer({
      minutes: settings.autoLockMinutes,
      lockWhenHidden: settings.lockWhenHidden,
      onLock: this.lockNow,
      onWarning: (soon) => this.state.update((s) => ({ ...s, lockSoon: soon })),
    });
  }
}
