import {
  createVault,
  IndexedDbStore,
  requestPersistence,
  resetPassphraseWithRecovery,
  unlock,
  unlockWithRecoveryKey,
  vaultExists,
  type DeriveKey,
  type OpenVault,
  type Store,
} from '@steady/core/vault';
import type { VaultApi } from './api.ts';
import type { AutoLock, AutoLockOptions } from './autoLock.ts';
import { DuressPart } from './duress.ts';
import { deriveInWorker } from './kdf.ts';
import { CLOSED, type LockState, type RecoveryToConfirm, type VaultStatus } from './lockState.ts';
import { Observable } from './observable.ts';
import { SecurityPart } from './security.ts';
import { relayBase } from './relayBase.ts';
import { relayClient, ServerBackupPart, type RelayClient } from './serverBackup.ts';
import { SyncPart } from './sync.ts';
import { TimestampPart } from './timestamps.ts';
import { vaultApi } from './vaultApi.ts';

/** The database name says nothing about what is inside. */
export const DATABASE_NAME = 'steady';

export interface SessionOptions {
  store?: Store;
  /** Runs the KDF; the app's runs it in a Web Worker. */
  derive?: DeriveKey;
  relay?: RelayClient;
  startAutoLock?: (options: AutoLockOptions) => AutoLock;
}

/**
 * Owns the one open vault of this page. Screens ask it to create, unlock, lock; they
 * never hold keys. Locking drops the keys and every screen that showed records unmounts,
 * so nothing decrypted stays on the page. What comes with an open vault lives in parts,
 * each followed by its own hook: the lock settings (security), server backup, the
 * duress passphrase.
 */
export class VaultSession {
  readonly lock$ = new Observable<LockState>({ status: 'checking', ...CLOSED });
  readonly store: Store;
  readonly security: SecurityPart;
  readonly serverBackup: ServerBackupPart;
  readonly duress: DuressPart;
  /** Keeping this vault's devices in step through the relay, once server backup is on. */
  readonly sync: SyncPart;
  /** Trusted timestamps for entries, once the person turns them on here. */
  readonly timestamps: TimestampPart;
  /** The relay's origin when the deployment names one; empty means this origin. */
  relayOrigin = '';
  readonly #derive: DeriveKey;
  #vault: OpenVault | null = null;
  #pending: AbortController | null = null;
  readonly #beforeLock = new Set<() => void>();
  readonly #afterLock = new Set<() => void>();

  constructor(options: SessionOptions = {}) {
    this.store = options.store ?? new IndexedDbStore(DATABASE_NAME);
    this.#derive = options.derive ?? deriveInWorker;
    this.security = new SecurityPart(() => this.lock(), options.startAutoLock);
    this.serverBackup = new ServerBackupPart(
      this.store,
      options.relay ?? relayClient(() => this.relayOrigin),
    );
    this.duress = new DuressPart(this.#derive, this.security);
    this.sync = new SyncPart({ base: () => relayBase(this.relayOrigin) });
    this.timestamps = new TimestampPart(() => relayBase(this.relayOrigin));
    // Another device's entries may lack receipts: the stamper looks (when on).
    this.sync.applied.subscribe(({ kinds }) => {
      if (kinds.has('journal')) this.timestamps.changed();
    });
    this.serverBackup.withContent = () => !this.sync.moved;
    // Sync runs under the relay key whenever server backup is on for the open vault.
    this.serverBackup.onKey((vault, key) => {
      if (key === null) this.sync.closed();
      else if (this.#vault === vault) void this.sync.start(vault, key);
    });
  }

  get status(): VaultStatus {
    return this.lock$.value.status;
  }

  async init(): Promise<void> {
    const exists = await vaultExists(this.store);
    this.#setLock({ status: exists ? 'locked' : 'none' });
  }

  /**
   * Calls `listener` after every lock, whatever its cause (the button, auto-lock, a hidden
   * page, quick exit, a restore), once the keys are gone: the shell returns to the cover.
   */
  onLock(listener: () => void): () => void {
    this.#afterLock.add(listener);
    return () => this.#afterLock.delete(listener);
  }

  /** Sets up a new vault and opens it. Returns the recovery key, shown until confirmed. */
  async create(passphrase: string): Promise<string> {
    const signal = this.#begin();
    const { vault, recoveryKey } = await createVault(this.store, passphrase, {
      derive: this.#derive,
      signal,
    });
    // Ask the browser not to clear Steady's storage when space runs low.
    void requestPersistence();
    this.#open(vault, { key: recoveryKey, reason: 'setup' });
    return recoveryKey;
  }

  async unlock(passphrase: string): Promise<void> {
    const signal = this.#begin();
    const vault = await unlock(this.store, passphrase, { derive: this.#derive, signal });
    await this.#openChecked(vault, signal);
  }

  async unlockWithRecovery(recoveryKey: string): Promise<void> {
    const signal = this.#begin();
    const vault = await unlockWithRecoveryKey(this.store, recoveryKey, { signal });
    await this.#openChecked(vault, signal);
  }

  async resetPassphrase(recoveryKey: string, newPassphrase: string): Promise<void> {
    const signal = this.#begin();
    const vault = await resetPassphraseWithRecovery(this.store, recoveryKey, newPassphrase, {
      derive: this.#derive,
      signal,
    });
    await this.#openChecked(vault, signal);
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    await this.#require().changePassphrase(current, next, { derive: this.#derive });
  }

  /** The person wrote the recovery key down and gave two of its groups back. */
  async confirmRecoveryKey(): Promise<void> {
    await this.#require().confirmRecoveryKey();
    this.#setLock({
      recoveryReplaced: this.lock$.value.recoveryToConfirm?.reason === 'new',
      recoveryToConfirm: null,
    });
  }

  /**
   * A new recovery key, asking for the passphrase first; the old key stops working at
   * once. The new one is shown to confirm now, and again after every unlock until it is.
   */
  async replaceRecoveryKey(passphrase: string): Promise<void> {
    const vault = this.#require();
    const key = await vault.replaceRecoveryKey(passphrase, { derive: this.#derive });
    this.#setLock({ recoveryToConfirm: { key, reason: 'new' }, recoveryReplaced: false });
  }

  /** The drafts were offered (or there were none): not again until the next unlock. */
  draftOfferDone(): void {
    if (this.lock$.value.draftOfferDue) this.#setLock({ draftOfferDue: false });
  }

  /** The whole vault as an encrypted backup file; only while open. */
  async backup(): Promise<Uint8Array> {
    const vault = this.#require();
    // Backup files are made from Settings only: their code stays out of the first download.
    const { exportBackup } = await import('@steady/core/backup');
    return exportBackup(this.store, vault);
  }

  /**
   * Replaces everything on this device with a backup file, or changes nothing (a
   * BackupError says why). The open vault (if any) is locked, then the restored one is
   * opened with the passphrase just given (only the owner's restores), so it is not
   * asked twice. A lock or quick exit meanwhile aborts it before any write; one during
   * the opening leaves the restored vault locked, for the person to unlock.
   */
  async restore(file: Uint8Array, passphrase: string): Promise<void> {
    // Nothing of the open vault's sync may land in the store being replaced.
    this.sync.closed();
    const signal = this.#begin();
    try {
      const { importBackup } = await import('@steady/core/backup');
      await importBackup(this.store, file, passphrase, { derive: this.#derive, signal });
    } finally {
      if (this.#pending?.signal === signal) this.#pending = null;
    }
    // The open vault (if any) holds keys to what was just replaced; nothing of it may be
    // written into the restored store, not even the note that an upload is waiting.
    this.serverBackup.closed();
    this.sync.closed();
    this.lock();
    // Opening it takes one more key derivation: shown as loading, not as the lock screen.
    this.#setLock({ status: 'checking' });
    try {
      await this.unlock(passphrase);
    } catch {
      // Restored whole all the same: the lock screen asks for the passphrase instead.
      this.#setLock({ status: 'locked' });
    }
  }

  /**
   * Replaces everything here with the newest backup the relay keeps for `key`, as
   * restore() does with a file: all of it or nothing, and the restored vault is opened.
   */
  async restoreFromServer(key: string, passphrase: string): Promise<void> {
    await this.restore(await this.serverBackup.relay.download(key), passphrase);
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
    if (this.#vault) this.serverBackup.locking(this.#vault);
    this.serverBackup.closed();
    this.sync.closed();
    this.timestamps.closed();
    this.security.closed();
    this.duress.closed();
    this.#pending?.abort();
    this.#pending = null;
    this.#vault?.lock();
    this.#vault = null;
    const { status } = this.lock$.value;
    this.#setLock({ ...CLOSED, status: status === 'open' ? 'locked' : status });
    for (const listener of this.#afterLock) {
      try {
        listener();
      } catch {
        // Nothing may keep the lock from finishing.
      }
    }
  }

  /** The records API for feature screens, bound to the vault open right now. */
  api(): VaultApi {
    return vaultApi(this.#require(), {
      sync: this.sync,
      serverBackup: this.serverBackup,
      beforeLock: this.#beforeLock,
      // A saved entry has a version without a receipt: the stamper looks (when on).
      journalSaved: () => this.timestamps.changed(),
    });
  }

  #setLock(change: Partial<LockState>): void {
    this.lock$.update((state) => ({ ...state, ...change }));
  }

  #begin(): AbortSignal {
    this.#pending?.abort();
    this.#pending = new AbortController();
    return this.#pending.signal;
  }

  /** Opens `vault` once it has said whether a recovery key still waits to be confirmed. */
  async #openChecked(vault: OpenVault, signal: AbortSignal): Promise<void> {
    let key: string | null = null;
    try {
      key = await vault.pendingRecoveryKey();
    } catch {
      // An unreadable record must not keep the person out; a key can be made anew.
    }
    if (signal.aborted) {
      vault.lock();
      signal.throwIfAborted();
    }
    this.#open(vault, key === null ? null : { key, reason: 'again' });
  }

  #open(vault: OpenVault, recovery: RecoveryToConfirm | null): void {
    this.#vault = vault;
    this.#pending = null;
    this.security.opened(vault);
    this.serverBackup.opened(vault);
    this.duress.opened(vault);
    this.timestamps.opened(vault, this.api());
    this.#setLock({
      status: 'open',
      recoveryToConfirm: recovery,
      recoveryReplaced: false,
      draftOfferDue: true,
    });
  }

  #require(): OpenVault {
    if (!this.#vault) throw new Error('vault is locked');
    return this.#vault;
  }
}
