import type { OpenVault, Store } from '@steady/core/vault';
import { writeSettings, type BackupSettings } from './backupSettings.ts';
import { problemOf, type RelayClient } from './relayClient.ts';

/** Changes are uploaded this long after the last one, so a burst of typing is one upload. */
export const AUTO_BACKUP_DELAY_MS = 15_000;
/** After an unlock with changes still to send. */
export const PENDING_BACKUP_DELAY_MS = 1_000;
/** After a failed try. */
export const RETRY_BACKUP_DELAY_MS = 60_000;
/**
 * After the server said it is full, or this vault's space is used up: room comes back
 * only when its operator makes some, so the whole copy is not sent again every minute.
 */
export const FULL_RETRY_DELAY_MS = 15 * 60_000;

/**
 * The scheduler that sends the encrypted backup a little after each change, again after
 * a failure, and after the next unlock when a lock came first.
 */
export class BackupUploads {
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Writes made through the app since the vault opened, and how many the relay has. */
  #changes = 0;
  #uploaded = 0;
  /** Aborted at a lock: an upload under way stops, so none runs under another vault. */
  #stop = new AbortController();

  constructor(
    private readonly settings: BackupSettings,
    private readonly store: Store,
    private readonly relay: RelayClient,
    /** Whether the copy carries the vault's records (see ServerBackupPart.withContent). */
    private readonly withContent: () => boolean,
  ) {}

  /** Changes made since the vault opened that the relay does not have yet. */
  get waiting(): boolean {
    return this.#changes !== this.#uploaded;
  }

  /** A write through the app: counted at once, uploaded a little after it lands. */
  async changed(write: Promise<void>): Promise<void> {
    this.#changes += 1;
    await write;
    this.schedule();
  }

  /**
   * Just before the keys go: if changes are waiting to go up, say so in the vault (the
   * write starts while the keys are still there, so it lands), to send after the next
   * unlock.
   */
  locking(vault: OpenVault): void {
    const record = this.settings.record;
    if (record && this.waiting) {
      writeSettings(vault, { ...record, pending: true }).catch(() => {
        // The lock goes on regardless; without the note the next unlock still uploads
        // when the relay's copy is older (version null) and otherwise waits for a change.
      });
    }
  }

  /** No upload waits any more, and the one under way, if any, is aborted. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#abortUpload();
  }

  /** The vault closed: nothing waits, nothing runs, nothing is counted. */
  closed(): void {
    this.cancel();
    this.#changes = 0;
    this.#uploaded = 0;
  }

  /** Aborts the upload under way, if any; the next one gets a fresh signal. */
  #abortUpload(): void {
    this.#stop.abort();
    this.#stop = new AbortController();
  }

  /**
   * Uploads the encrypted backup now, if server backup is on and anything changed since
   * the last upload. Never throws: the outcome is in `state`.
   */
  async uploadNow(): Promise<void> {
    const settings = this.settings;
    const vault = settings.vault;
    const record = settings.record;
    if (!vault || !record || settings.state.value.busy || record.deleteAt !== null) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    // Changes counted so far; one made during the upload is counted after it, so it is
    // sent by the next upload rather than taken as sent.
    const seen = this.#changes;
    if (seen === this.#uploaded && !record.pending && record.version !== null) return;
    settings.set({ busy: true, problem: null });
    // Taken before the export: a lock, or backup turned off, while it runs aborts this one.
    const signal = this.#stop.signal;
    let failed = false;
    let full = false;
    try {
      // The decoy stays out: if it backs up, it does so in its own place on the relay.
      const { exportBackup } = await import('@steady/core/backup');
      const bytes = await exportBackup(this.store, vault, {
        withContent: this.withContent(),
        withDecoy: false,
      });
      // Locked or turned off during the export: nothing is sent.
      if (signal.aborted || !settings.current(vault, record)) return;
      const version = await this.relay.upload(record.key, bytes, record.version, signal);
      // Turned off, or locked, while it went up: leave the vault as the person left it.
      if (!settings.current(vault, record)) return;
      const next = { ...record, version, lastAt: new Date().toISOString(), pending: false };
      // Straight to the vault, not counted: this write is not a change to back up.
      await writeSettings(vault, next);
      if (!settings.current(vault, record)) return;
      settings.record = next;
      this.#uploaded = seen;
      settings.set({ lastAt: next.lastAt });
    } catch (error) {
      failed = true;
      if (settings.vault !== vault) return;
      const problem = problemOf(error);
      full = problem === 'full' || problem === 'quota';
      settings.set({ problem });
    } finally {
      if (settings.vault === vault && settings.record) {
        settings.set({ busy: false });
        // Changed meanwhile, or failed: try again, later after a failure.
        if (this.waiting || failed) {
          this.schedule(
            full ? FULL_RETRY_DELAY_MS : failed ? RETRY_BACKUP_DELAY_MS : AUTO_BACKUP_DELAY_MS,
          );
        }
      }
    }
  }

  /** An upload in `delay`, unless backup is off or a deletion of the relay's copy is asked. */
  schedule(delay = AUTO_BACKUP_DELAY_MS): void {
    const record = this.settings.record;
    if (!record || record.deleteAt !== null) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.uploadNow(), delay);
  }
}
