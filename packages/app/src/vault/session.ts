import {
  createVault,
  exportBackup,
  importBackup,
  IndexedDbStore,
  requestPersistence,
  resetPassphraseWithRecovery,
  unlock,
  unlockWithRecoveryKey,
  vaultExists,
  type DuressMode,
  type OpenVault,
  type Store,
} from '@steady/core';
import type { VaultApi } from './api.ts';
import { AUTO_LOCK_DEFAULT_MINUTES, clampMinutes, startAutoLock } from './autoLock.ts';
import { deriveInWorker } from './kdf.ts';

/** Kept inside the vault: how the person wants Steady to lock itself. */
export interface SecuritySettings {
  autoLockMinutes: number;
  lockWhenHidden: boolean;
}

export const DEFAULT_SECURITY: SecuritySettings = {
  autoLockMinutes: AUTO_LOCK_DEFAULT_MINUTES,
  lockWhenHidden: false,
};

export const SETTINGS_KIND = 'settings';
export const SECURITY_ID = 'security';

function readSecurity(value: unknown): SecuritySettings {
  if (typeof value !== 'object' || value === null) return DEFAULT_SECURITY;
  const record = value as Record<string, unknown>;
  return {
    autoLockMinutes:
      typeof record.autoLockMinutes === 'number'
        ? clampMinutes(record.autoLockMinutes)
        : DEFAULT_SECURITY.autoLockMinutes,
    lockWhenHidden: record.lockWhenHidden === true,
  };
}

export type VaultStatus = 'checking' | 'none' | 'locked' | 'open';

/** The database name says nothing about what is inside. */
export const DATABASE_NAME = 'steady';

/**
 * Owns the one open vault of this page. Screens ask it to create, unlock, lock;
 * they never hold keys. Locking drops the keys and every screen that showed
 * records unmounts, so nothing decrypted stays on the page.
 */
export class VaultSession {
  status: VaultStatus = 'checking';
  #vault: OpenVault | null = null;
  #pending: AbortController | null = null;
  #listeners = new Set<() => void>();
  #beforeLock = new Set<() => void>();
  #stopAutoLock: (() => void) | null = null;
  security: SecuritySettings = DEFAULT_SECURITY;

  constructor(readonly store: Store = new IndexedDbStore(DATABASE_NAME)) {}

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #set(status: VaultStatus): void {
    this.status = status;
    for (const listener of this.#listeners) listener();
  }

  async init(): Promise<void> {
    this.#set((await vaultExists(this.store)) ? 'locked' : 'none');
  }

  #begin(): AbortSignal {
    this.#pending?.abort();
    this.#pending = new AbortController();
    return this.#pending.signal;
  }

  #open(vault: OpenVault): void {
    this.#vault = vault;
    this.#pending = null;
    this.security = DEFAULT_SECURITY;
    this.#restartAutoLock();
    this.#set('open');
    // The person's own lock settings arrive a moment later; the default guards until then.
    void vault
      .get(SETTINGS_KIND, SECURITY_ID)
      .then((value) => {
        if (this.#vault !== vault) return;
        this.security = readSecurity(value);
        this.#restartAutoLock();
        for (const listener of this.#listeners) listener();
      })
      .catch(() => undefined);
  }

  #restartAutoLock(): void {
    this.#stopAutoLock?.();
    this.#stopAutoLock = startAutoLock({
      minutes: this.security.autoLockMinutes,
      lockWhenHidden: this.security.lockWhenHidden,
      onLock: () => this.lock(),
    });
  }

  async updateSecurity(change: Partial<SecuritySettings>): Promise<void> {
    const next = readSecurity({ ...this.security, ...change });
    await this.#require().put(SETTINGS_KIND, SECURITY_ID, next);
    this.security = next;
    this.#restartAutoLock();
    for (const listener of this.#listeners) listener();
  }

  /** Sets up a new vault and opens it. Returns the recovery key, to show once. */
  async create(passphrase: string): Promise<string> {
    const signal = this.#begin();
    const { vault, recoveryKey } = await createVault(this.store, passphrase, {
      derive: deriveInWorker,
      signal,
    });
    // Ask the browser not to clear Steady's storage when space runs low.
    void requestPersistence();
    this.#open(vault);
    return recoveryKey;
  }

  async unlock(passphrase: string): Promise<void> {
    const signal = this.#begin();
    this.#open(await unlock(this.store, passphrase, { derive: deriveInWorker, signal }));
  }

  async unlockWithRecovery(recoveryKey: string): Promise<void> {
    const signal = this.#begin();
    this.#open(await unlockWithRecoveryKey(this.store, recoveryKey, { signal }));
  }

  async resetPassphrase(recoveryKey: string, newPassphrase: string): Promise<void> {
    const signal = this.#begin();
    this.#open(
      await resetPassphraseWithRecovery(this.store, recoveryKey, newPassphrase, {
        derive: deriveInWorker,
        signal,
      }),
    );
  }

  /** The whole vault as an encrypted backup file (issue 10); only while open. */
  async backup(): Promise<Uint8Array> {
    return exportBackup(this.store, this.#require());
  }

  /**
   * Replaces everything on this device with a backup file, or changes nothing (a
   * BackupError says why). Afterwards the vault is locked: the person unlocks with the
   * backup's passphrase. A lock or quick exit meanwhile aborts it before any write.
   */
  async restore(file: Uint8Array, passphrase: string): Promise<void> {
    const signal = this.#begin();
    try {
      await importBackup(this.store, file, passphrase, { derive: deriveInWorker, signal });
    } finally {
      if (this.#pending?.signal === signal) this.#pending = null;
    }
    // The open vault (if any) holds keys to what was just replaced.
    this.lock();
    this.#set('locked');
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    await this.#require().changePassphrase(current, next, { derive: deriveInWorker });
  }

  /** Whether a duress passphrase is set, and what it does (null: none). */
  get duressMode(): DuressMode | null {
    return this.#vault && !this.#vault.isLocked ? this.#vault.duressMode : null;
  }

  /**
   * Sets or replaces the duress passphrase. A new decoy gets harmless content at once,
   * so that the first time it is forced open it already looks lived in.
   */
  async setDuress(current: string, duress: string, mode: DuressMode): Promise<void> {
    const vault = this.#require();
    const isNew = vault.duressMode === null;
    await vault.setDuress(current, duress, mode, { derive: deriveInWorker });
    const decoy = isNew ? vault.decoy() : null;
    if (decoy) {
      // Loaded only here: the check-in code it uses has no place in the first download.
      const { seedDecoy } = await import('./decoy.ts');
      await seedDecoy(decoy, this.security).finally(() => decoy.lock());
    }
    for (const listener of this.#listeners) listener();
  }

  async removeDuress(current: string): Promise<void> {
    await this.#require().removeDuress(current, { derive: deriveInWorker });
    for (const listener of this.#listeners) listener();
  }

  /** Drops every key now. Safe to call at any time, from quick exit too. */
  lock(): void {
    for (const callback of this.#beforeLock) {
      try {
        callback();
      } catch {
        // A screen's last save must never stand in the way of the lock.
      }
    }
    this.#beforeLock.clear();
    this.#stopAutoLock?.();
    this.#stopAutoLock = null;
    this.#pending?.abort();
    this.#pending = null;
    this.#vault?.lock();
    this.#vault = null;
    if (this.status === 'open') this.#set('locked');
  }

  #require(): OpenVault {
    if (!this.#vault) throw new Error('vault is locked');
    return this.#vault;
  }

  /** The records API for feature screens, bound to the vault open right now. */
  api(): VaultApi {
    const vault = this.#require();
    return {
      get: async <T>(kind: string, id: string) => (await vault.get(kind, id)) as T | undefined,
      list: async <T>(kind: string) =>
        (await vault.entries(kind)).map((entry) => ({ id: entry.id, value: entry.value as T })),
      put: (kind, id, value) => vault.put(kind, id, value),
      commit: (changes) => vault.write(changes),
      delete: (kind, id) => vault.delete(kind, id),
      beforeLock: (callback) => {
        this.#beforeLock.add(callback);
        return () => this.#beforeLock.delete(callback);
      },
    };
  }
}
