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
import type { RelayProblem } from '../features/backup/relay.ts';
import type { VaultApi } from './api.ts';
import {
  AUTO_LOCK_DEFAULT_MINUTES,
  clampMinutes,
  startAutoLock,
  type AutoLock,
} from './autoLock.ts';
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

/**
 * A recovery key shown until the person confirms it: just made at set-up, made anew in
 * Settings, or shown again because an earlier showing was never confirmed.
 */
export interface RecoveryToConfirm {
  key: string;
  reason: 'setup' | 'new' | 'again';
}

/** What the person sees of server backup; the key itself stays in the vault. */
export interface ServerBackupState {
  on: boolean;
  /** When the last upload landed (ISO instant), or null before the first. */
  lastAt: string | null;
  busy: boolean;
  /** Why the last try failed; null when it worked or none was made. */
  problem: RelayProblem | null;
}

export const SERVER_BACKUP_OFF: ServerBackupState = {
  on: false,
  lastAt: null,
  busy: false,
  problem: null,
};

/** Kept inside the vault (kind 'settings'): the relay key and what was last uploaded. */
interface RelayRecord {
  key: string;
  version: number | null;
  lastAt: string | null;
  /** Changes were made that a lock stopped from being uploaded: upload after unlock. */
  pending: boolean;
}

const SERVER_BACKUP_ID = 'serverBackup';
/** Changes are uploaded this long after the last one, so a burst of typing is one upload. */
const AUTO_BACKUP_DELAY_MS = 15_000;
/** After an unlock with changes still to send, and after a failed try. */
const PENDING_BACKUP_DELAY_MS = 1_000;
const RETRY_BACKUP_DELAY_MS = 60_000;

function readRelayRecord(value: unknown): RelayRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (typeof r.key !== 'string') return null;
  return {
    key: r.key,
    version: typeof r.version === 'number' && Number.isInteger(r.version) ? r.version : null,
    lastAt: typeof r.lastAt === 'string' ? r.lastAt : null,
    pending: r.pending === true,
  };
}

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
  #afterLock = new Set<() => void>();
  #autoLock: AutoLock | null = null;
  /** An auto-lock is half a minute away: the shell offers "Stay unlocked". */
  lockSoon = false;
  security: SecuritySettings = DEFAULT_SECURITY;
  /**
   * A recovery key the person has not yet confirmed writing down (kept encrypted in the
   * vault until they do); every unlock shows it again. Null when there is none or locked.
   */
  recoveryToConfirm: RecoveryToConfirm | null = null;
  /** True once a new recovery key made in Settings has been confirmed, until the lock. */
  recoveryReplaced = false;
  /** After each unlock, drafts left by a lock are offered back once (DraftOffer). */
  draftOfferDue = false;
  serverBackup: ServerBackupState = SERVER_BACKUP_OFF;
  /** The relay's origin when the deployment names one; empty means this origin. */
  relayOrigin = '';
  #relay: RelayRecord | null = null;
  #backupTimer: ReturnType<typeof setTimeout> | undefined;
  /** Writes made through api() since the vault opened, and how many the relay has. */
  #changes = 0;
  #uploadedChanges = 0;

  constructor(readonly store: Store = new IndexedDbStore(DATABASE_NAME)) {}

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Calls `listener` after every lock, whatever its cause (the button, auto-lock, a hidden
   * page, quick exit, a restore), once the keys are gone: the shell returns to the cover.
   */
  onLock(listener: () => void): () => void {
    this.#afterLock.add(listener);
    return () => this.#afterLock.delete(listener);
  }

  #set(status: VaultStatus): void {
    this.status = status;
    this.#notify();
  }

  #notify(): void {
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

  /** Opens `vault` once it has said whether a recovery key still waits to be confirmed. */
  async #openChecked(vault: OpenVault, signal: AbortSignal): Promise<void> {
    let key: string | null;
    try {
      key = await vault.pendingRecoveryKey();
    } catch {
      // An unreadable record must not keep the person out; the key can be made anew.
      key = null;
    }
    if (signal.aborted) {
      vault.lock();
      signal.throwIfAborted();
    }
    this.#open(vault, key === null ? null : { key, reason: 'again' });
  }

  #open(vault: OpenVault, recovery: VaultSession['recoveryToConfirm'] = null): void {
    this.#vault = vault;
    this.#pending = null;
    this.recoveryToConfirm = recovery;
    this.draftOfferDue = true;
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
        this.#notify();
      })
      .catch(() => undefined);
    void vault
      .get(SETTINGS_KIND, SERVER_BACKUP_ID)
      .then((value) => {
        if (this.#vault !== vault) return;
        this.#relay = readRelayRecord(value);
        if (!this.#relay) return;
        this.#setBackup({ on: true, lastAt: this.#relay.lastAt });
        // Changes a lock stopped from going up go now.
        if (this.#relay.pending || this.#relay.version === null) {
          this.#scheduleBackup(PENDING_BACKUP_DELAY_MS);
        }
      })
      .catch(() => undefined);
  }

  #setBackup(change: Partial<ServerBackupState>): void {
    this.serverBackup = { ...this.serverBackup, ...change };
    this.#notify();
  }

  #scheduleBackup(delay = AUTO_BACKUP_DELAY_MS): void {
    if (!this.#relay) return;
    clearTimeout(this.#backupTimer);
    this.#backupTimer = setTimeout(() => void this.backupToServer(), delay);
  }

  /**
   * Uploads the encrypted backup to the relay now, if server backup is on and anything
   * changed since the last upload. Never throws: the outcome is in `serverBackup`.
   */
  async backupToServer(): Promise<void> {
    const vault = this.#vault;
    const record = this.#relay;
    if (!vault || !record || this.serverBackup.busy) return;
    clearTimeout(this.#backupTimer);
    this.#backupTimer = undefined;
    // Changes counted so far; one made during the upload is counted after it, so it
    // is sent by the next upload rather than taken as sent.
    const seen = this.#changes;
    if (seen === this.#uploadedChanges && !record.pending && record.version !== null) return;
    this.#setBackup({ busy: true, problem: null });
    let failed = false;
    try {
      const relay = await import('../features/backup/relay.ts');
      const bytes = await exportBackup(this.store, vault);
      const identity = await relay.relayIdentity(record.key);
      const base = relay.relayBase(this.relayOrigin);
      const version = await relay.uploadBackup(base, identity, bytes, record.version);
      // Turned off, or locked, while it went up: leave the vault as the person left it.
      if (this.#vault !== vault || this.#relay !== record) return;
      const next = { ...record, version, lastAt: new Date().toISOString(), pending: false };
      // Straight to the vault, not through api(): this write is not a change to back up.
      await vault.put(SETTINGS_KIND, SERVER_BACKUP_ID, next);
      if (this.#vault !== vault || this.#relay !== record) return;
      this.#relay = next;
      this.#uploadedChanges = seen;
      this.#setBackup({ lastAt: next.lastAt });
    } catch (error) {
      failed = true;
      if (this.#vault !== vault) return;
      const problem = (error as { problem?: RelayProblem }).problem ?? 'failed';
      this.#setBackup({ problem });
    } finally {
      if (this.#vault === vault && this.#relay) {
        this.#setBackup({ busy: false });
        // Changed meanwhile, or failed: try again, later after a failure.
        if (this.#changes !== this.#uploadedChanges || failed) {
          this.#scheduleBackup(failed ? RETRY_BACKUP_DELAY_MS : AUTO_BACKUP_DELAY_MS);
        }
      }
    }
  }

  /** Turns server backup on: a new relay key, kept in the vault, and a first upload. */
  async enableServerBackup(): Promise<string> {
    const vault = this.#require();
    if (this.#relay) return this.#relay.key;
    const relay = await import('../features/backup/relay.ts');
    const record: RelayRecord = {
      key: await relay.newRelayKey(),
      version: null,
      lastAt: null,
      pending: true,
    };
    await vault.put(SETTINGS_KIND, SERVER_BACKUP_ID, record);
    this.#relay = record;
    this.#setBackup({ on: true, lastAt: null, problem: null });
    await this.backupToServer();
    return record.key;
  }

  /** The relay key, to show again to the person who has the vault open. */
  serverBackupKey(): string | null {
    return this.#vault ? (this.#relay?.key ?? null) : null;
  }

  /** Stops uploading. What the relay keeps stays there, unreadable without the passphrase. */
  async disableServerBackup(): Promise<void> {
    await this.#require().delete(SETTINGS_KIND, SERVER_BACKUP_ID);
    clearTimeout(this.#backupTimer);
    this.#backupTimer = undefined;
    this.#relay = null;
    this.#setBackup(SERVER_BACKUP_OFF);
  }

  /**
   * Replaces everything here with the newest backup the relay keeps for `key`, as
   * restore() does with a file: all of it or nothing, and the vault is then locked.
   */
  async restoreFromServer(key: string, passphrase: string): Promise<void> {
    const relay = await import('../features/backup/relay.ts');
    const identity = await relay.relayIdentity(key);
    const bytes = await relay.downloadBackup(relay.relayBase(this.relayOrigin), identity);
    await this.restore(bytes, passphrase);
  }

  #restartAutoLock(): void {
    this.#autoLock?.stop();
    this.#autoLock = startAutoLock({
      minutes: this.security.autoLockMinutes,
      lockWhenHidden: this.security.lockWhenHidden,
      onLock: () => this.lock(),
      onWarning: (soon) => {
        this.lockSoon = soon;
        this.#notify();
      },
    });
  }

  /** "Stay unlocked": counts as use, so the auto-lock starts its wait again. */
  stayUnlocked(): void {
    this.#autoLock?.touch();
  }

  async updateSecurity(change: Partial<SecuritySettings>): Promise<void> {
    const next = readSecurity({ ...this.security, ...change });
    await this.#require().put(SETTINGS_KIND, SECURITY_ID, next);
    this.security = next;
    this.#restartAutoLock();
    this.#notify();
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
    this.#open(vault, { key: recoveryKey, reason: 'setup' });
    return recoveryKey;
  }

  async unlock(passphrase: string): Promise<void> {
    const signal = this.#begin();
    const vault = await unlock(this.store, passphrase, { derive: deriveInWorker, signal });
    await this.#openChecked(vault, signal);
  }

  async unlockWithRecovery(recoveryKey: string): Promise<void> {
    const signal = this.#begin();
    await this.#openChecked(
      await unlockWithRecoveryKey(this.store, recoveryKey, { signal }),
      signal,
    );
  }

  async resetPassphrase(recoveryKey: string, newPassphrase: string): Promise<void> {
    const signal = this.#begin();
    const vault = await resetPassphraseWithRecovery(this.store, recoveryKey, newPassphrase, {
      derive: deriveInWorker,
      signal,
    });
    await this.#openChecked(vault, signal);
  }

  /** The drafts were offered (or there were none): not again until the next unlock. */
  draftOfferDone(): void {
    if (!this.draftOfferDue) return;
    this.draftOfferDue = false;
    this.#notify();
  }

  /** The person wrote the recovery key down and gave two of its groups back. */
  async confirmRecoveryKey(): Promise<void> {
    await this.#require().confirmRecoveryKey();
    this.recoveryReplaced = this.recoveryToConfirm?.reason === 'new';
    this.recoveryToConfirm = null;
    this.#notify();
  }

  /**
   * A new recovery key, asking for the passphrase first; the old key stops working at
   * once. The new one is shown to confirm now, and again after every unlock until it is.
   */
  async replaceRecoveryKey(passphrase: string): Promise<void> {
    const key = await this.#require().replaceRecoveryKey(passphrase, { derive: deriveInWorker });
    this.recoveryToConfirm = { key, reason: 'new' };
    this.recoveryReplaced = false;
    this.#notify();
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
    // The open vault (if any) holds keys to what was just replaced; nothing of it may be
    // written into the restored store, not even the note that an upload is waiting.
    clearTimeout(this.#backupTimer);
    this.#backupTimer = undefined;
    this.#relay = null;
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
    // Loaded first (and only here: the check-in code it uses has no place in the first
    // download), so a failed load cannot leave a duress passphrase with an empty decoy.
    const { seedDecoy } = await import('./decoy.ts');
    await vault.setDuress(current, duress, mode, { derive: deriveInWorker });
    const decoy = vault.decoy();
    // Filled once, and again if an earlier filling did not land.
    if (decoy && (await decoy.count('checkin')) === 0) {
      await seedDecoy(decoy, this.security).finally(() => decoy.lock());
    } else decoy?.lock();
    this.#notify();
  }

  async removeDuress(current: string): Promise<void> {
    await this.#require().removeDuress(current, { derive: deriveInWorker });
    this.#notify();
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
    if (this.#relay && this.#vault && this.#changes !== this.#uploadedChanges) {
      // Changes are waiting to go up: say so in the vault (the write starts before the
      // keys go, so it lands), and they go after the next unlock.
      void this.#vault
        .put(SETTINGS_KIND, SERVER_BACKUP_ID, { ...this.#relay, pending: true })
        .catch(() => undefined);
    }
    clearTimeout(this.#backupTimer);
    this.#backupTimer = undefined;
    this.#relay = null;
    this.#changes = 0;
    this.#uploadedChanges = 0;
    this.serverBackup = SERVER_BACKUP_OFF;
    this.#autoLock?.stop();
    this.#autoLock = null;
    this.lockSoon = false;
    this.#pending?.abort();
    this.#pending = null;
    this.#vault?.lock();
    this.#vault = null;
    this.recoveryToConfirm = null;
    this.recoveryReplaced = false;
    if (this.status === 'open') this.#set('locked');
    for (const listener of this.#afterLock) {
      try {
        listener();
      } catch {
        // Nothing may keep the lock from finishing.
      }
    }
  }

  /** A screen's write: once it lands, server backup (when on) uploads a little later. */
  async #changed(write: Promise<void>): Promise<void> {
    // Counted at once, so a lock a moment later knows there is something to send.
    this.#changes += 1;
    await write;
    this.#scheduleBackup();
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
      put: (kind, id, value) => this.#changed(vault.put(kind, id, value)),
      commit: (changes) => this.#changed(vault.write(changes)),
      delete: (kind, id) => this.#changed(vault.delete(kind, id)),
      beforeLock: (callback) => {
        this.#beforeLock.add(callback);
        return () => this.#beforeLock.delete(callback);
      },
    };
  }
}
