import {
  serverBackupSettings,
  type OpenVault,
  type ServerBackupSettings,
  type Store,
} from '@steady/core/vault';
import {
  BackupSettings,
  SERVER_BACKUP_OFF,
  writeSettings,
  type ServerBackupState,
} from './backupSettings.ts';
import { BackupUploads, PENDING_BACKUP_DELAY_MS } from './backupUploads.ts';
import type { Observable } from './observable.ts';
import type { RelayDeletion } from './relay.ts';
import type { RelayClient } from './relayClient.ts';
import { RelayCopyDeletion } from './relayDeletion.ts';

export { SERVER_BACKUP_OFF, type ServerBackupState } from './backupSettings.ts';
export {
  AUTO_BACKUP_DELAY_MS,
  FULL_RETRY_DELAY_MS,
  PENDING_BACKUP_DELAY_MS,
  RETRY_BACKUP_DELAY_MS,
} from './backupUploads.ts';
export { relayClient, type RelayClient } from './relayClient.ts';

/**
 * Server backup while the vault is open: the relay key and what was last uploaded
 * (kept in the vault), and the scheduler that sends the encrypted backup a little after
 * each change, again after a failure, and after the next unlock when a lock came first.
 */
export class ServerBackupPart {
  readonly state: Observable<ServerBackupState>;
  readonly #settings = new BackupSettings();
  readonly #uploads: BackupUploads;
  readonly #deletion: RelayCopyDeletion;
  /** A turning-on under way: a second call (a double tap) waits for it, not a second key. */
  #enabling: Promise<string> | null = null;
  /** The read of the stored settings that opened() started, settled or not. */
  #loaded: Promise<void> = Promise.resolve();
  #keyListener: ((vault: OpenVault, key: string | null) => void) | null = null;
  /**
   * False once sync carries the vault's records (docs/sync-v2.md): the copy then holds
   * the header and this vault's settings only, so it stays small however large the
   * journal grows, and a new device links with it and fetches the rest from the log.
   */
  withContent: () => boolean = () => true;

  constructor(
    store: Store,
    readonly relay: RelayClient,
  ) {
    this.state = this.#settings.state;
    this.#uploads = new BackupUploads(this.#settings, store, relay, () => this.withContent());
    this.#deletion = new RelayCopyDeletion(this.#settings, relay, this.#uploads, (vault, key) =>
      this.#keyListener?.(vault, key),
    );
  }

  /**
   * Tells `listener` the relay key whenever server backup is found on, or turned on, for
   * an open vault, and null when it is turned off (sync runs under the same key).
   */
  onKey(listener: (vault: OpenVault, key: string | null) => void): void {
    this.#keyListener = listener;
  }

  opened(vault: OpenVault): void {
    this.#settings.vault = vault;
    this.#loaded = vault.read(serverBackupSettings, 'serverBackup').then(
      (read) => {
        if (this.#settings.vault !== vault || read === undefined) return;
        if (!read.ok) {
          this.#settings.set({ unreadable: true });
          return;
        }
        this.#settings.record = read.value;
        const { deleteAt } = read.value;
        if (deleteAt !== null && Date.parse(deleteAt) <= Date.now()) {
          // The relay has deleted its copy by now (its sweep runs within the hour): backup
          // on the server ends here too, as the person asked.
          void this.#deletion.endAfterDeletion(vault);
          return;
        }
        this.#settings.set({ on: true, lastAt: read.value.lastAt, deleteAt });
        // While a deletion is asked, nothing goes to the relay: no sync, no upload.
        if (deleteAt !== null) return;
        this.#keyListener?.(vault, read.value.key);
        // Changes a lock stopped from going up go now; one made since the unlock, before
        // this read said backup is on, could not be scheduled then and goes as usual.
        if (read.value.pending || read.value.version === null) {
          this.#uploads.schedule(PENDING_BACKUP_DELAY_MS);
        } else if (this.#uploads.waiting) this.#uploads.schedule();
      },
      // Locked meanwhile: nothing to schedule.
      () => undefined,
    );
  }

  /** A write through the app: counted at once, uploaded a little after it lands. */
  changed(write: Promise<void>): Promise<void> {
    return this.#uploads.changed(write);
  }

  /**
   * Just before the keys go: if changes are waiting to go up, say so in the vault, to
   * send after the next unlock.
   */
  locking(vault: OpenVault): void {
    this.#uploads.locking(vault);
  }

  closed(): void {
    this.#uploads.closed();
    this.#settings.vault = null;
    this.#settings.record = null;
    this.#enabling = null;
    this.state.set(SERVER_BACKUP_OFF);
  }

  /** The relay key, to show again to the person who has the vault open. */
  key(): string | null {
    return this.#settings.vault ? (this.#settings.record?.key ?? null) : null;
  }

  /** Turns server backup on: a new relay key, kept in the vault, and a first upload. */
  enable(): Promise<string> {
    if (this.#enabling) return this.#enabling;
    const enabling = this.#enable().finally(() => {
      if (this.#enabling === enabling) this.#enabling = null;
    });
    this.#enabling = enabling;
    return enabling;
  }

  async #enable(): Promise<string> {
    const vault = this.#settings.require();
    // Whether backup is on already is known only once the settings are read: a key made
    // before that would replace the one the person has written down.
    await this.#loaded;
    if (this.#settings.vault !== vault) throw new Error('vault is locked');
    if (this.#settings.record) return this.#settings.record.key;
    if (this.state.value.unreadable) throw new Error('the server backup settings are unreadable');
    const record: ServerBackupSettings = {
      key: await this.relay.newKey(),
      version: null,
      lastAt: null,
      pending: true,
      deleteAt: null,
    };
    await writeSettings(vault, record);
    this.#settings.record = record;
    this.#settings.set({ on: true, lastAt: null, problem: null });
    this.#keyListener?.(vault, record.key);
    // The key is shown at once; the first copy goes up meanwhile (for a large vault it
    // can take minutes, or be refused as too large while sync carries the records).
    void this.uploadNow();
    return record.key;
  }

  /** Stops uploading. What the relay keeps stays there, unreadable without the passphrase. */
  async disable(): Promise<void> {
    const vault = this.#settings.require();
    await writeSettings(vault, null);
    this.#keyListener?.(vault, null);
    // A copy on its way stops too: turned off means nothing more reaches the relay.
    this.#uploads.cancel();
    this.#settings.record = null;
    this.state.set(SERVER_BACKUP_OFF);
  }

  /**
   * Uploads the encrypted backup now, if server backup is on and anything changed since
   * the last upload. Never throws: the outcome is in `state`.
   */
  uploadNow(): Promise<void> {
    return this.#uploads.uploadNow();
  }

  /** Asks the relay to delete its copy of this vault, after its delay (see RelayCopyDeletion). */
  askDeletion(): Promise<void> {
    return this.#deletion.ask();
  }

  /** Cancels the deletion asked of the relay; backup on the server goes on as before. */
  cancelDeletion(): Promise<void> {
    return this.#deletion.cancel();
  }

  /** Asks the relay whether a deletion of its copy is asked, and follows what it says. */
  checkDeletion(): Promise<RelayDeletion | null> {
    return this.#deletion.check();
  }
}
