import {
  putChange,
  deleteChange,
  serverBackupSettings,
  type OpenVault,
  type ServerBackupSettings,
  type Store,
} from '@steady/core/vault';
import { Observable } from './observable.ts';
import type { RelayDeletion, RelayProblem } from './relay.ts';

/** What the person sees of server backup; the key itself stays in the vault. */
export interface ServerBackupState {
  readonly on: boolean;
  /** When the last upload landed (ISO instant), or null before the first. */
  readonly lastAt: string | null;
  readonly busy: boolean;
  /** Why the last try failed; null when it worked or none was made. */
  readonly problem: RelayProblem | null;
  /** The stored settings could not be read: they are kept, and not replaced by a new key. */
  readonly unreadable: boolean;
  /**
   * When the relay will delete its copy (ISO instant), once a deletion is asked; nothing
   * is sent until then, or until it is cancelled. Null when none is asked.
   */
  readonly deleteAt: string | null;
}

export const SERVER_BACKUP_OFF: ServerBackupState = {
  on: false,
  lastAt: null,
  busy: false,
  problem: null,
  unreadable: false,
  deleteAt: null,
};

/** The relay, as the scheduler needs it; the browser's is relayClient() below. */
export interface RelayClient {
  newKey(): Promise<string>;
  /** Stores `bytes` as the vault's next version; returns its number. */
  upload(
    key: string,
    bytes: Uint8Array<ArrayBuffer>,
    known: number | null,
    /** Aborted when the vault locks: nothing more of this vault goes out after that. */
    signal?: AbortSignal,
  ): Promise<number>;
  download(key: string): Promise<Uint8Array<ArrayBuffer>>;
  /** Whether a deletion of the relay's copy is asked, and the delay one would get. */
  deletion(key: string): Promise<RelayDeletion>;
  /** Asks the relay to delete its copy after its delay; when it will (ISO). */
  askDeletion(key: string): Promise<string>;
  cancelDeletion(key: string): Promise<void>;
}

/** The relay over HTTP, its code loaded only when server backup is first used. */
export function relayClient(origin: () => string): RelayClient {
  const load = () => import('./relay.ts');
  return {
    newKey: async () => (await load()).newRelayKey(),
    async upload(key, bytes, known, signal) {
      const relay = await load();
      const identity = await relay.relayIdentity(key);
      signal?.throwIfAborted();
      return relay.uploadBackup(relay.relayBase(origin()), identity, bytes, known, signal);
    },
    async download(key) {
      const relay = await load();
      const identity = await relay.relayIdentity(key);
      return relay.downloadBackup(relay.relayBase(origin()), identity);
    },
    async deletion(key) {
      const relay = await load();
      return relay.deletionOf(relay.relayBase(origin()), await relay.relayIdentity(key));
    },
    async askDeletion(key) {
      const relay = await load();
      return relay.askDeletion(relay.relayBase(origin()), await relay.relayIdentity(key));
    },
    async cancelDeletion(key) {
      const relay = await load();
      await relay.cancelDeletion(relay.relayBase(origin()), await relay.relayIdentity(key));
    },
  };
}

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
 * Server backup while the vault is open: the relay key and what was last uploaded
 * (kept in the vault), and the scheduler that sends the encrypted backup a little after
 * each change, again after a failure, and after the next unlock when a lock came first.
 */
export class ServerBackupPart {
  readonly state = new Observable<ServerBackupState>(SERVER_BACKUP_OFF);
  #vault: OpenVault | null = null;
  #record: ServerBackupSettings | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Writes made through the app since the vault opened, and how many the relay has. */
  #changes = 0;
  #uploaded = 0;
  /** A turning-on under way: a second call (a double tap) waits for it, not a second key. */
  #enabling: Promise<string> | null = null;
  /** The read of the stored settings that opened() started, settled or not. */
  #loaded: Promise<void> = Promise.resolve();
  #keyListener: ((vault: OpenVault, key: string | null) => void) | null = null;
  /** Aborted at a lock: an upload under way stops, so none runs under another vault. */
  #stop = new AbortController();
  /**
   * False once sync carries the vault's records (docs/sync-v2.md): the copy then holds
   * the header and this vault's settings only, so it stays small however large the
   * journal grows, and a new device links with it and fetches the rest from the log.
   */
  withContent: () => boolean = () => true;

  constructor(
    private readonly store: Store,
    readonly relay: RelayClient,
  ) {}

  /**
   * Tells `listener` the relay key whenever server backup is found on, or turned on, for
   * an open vault, and null when it is turned off (sync runs under the same key).
   */
  onKey(listener: (vault: OpenVault, key: string | null) => void): void {
    this.#keyListener = listener;
  }

  opened(vault: OpenVault): void {
    this.#vault = vault;
    this.#loaded = vault.read(serverBackupSettings, 'serverBackup').then(
      (read) => {
        if (this.#vault !== vault || read === undefined) return;
        if (!read.ok) {
          this.#set({ unreadable: true });
          return;
        }
        this.#record = read.value;
        const { deleteAt } = read.value;
        if (deleteAt !== null && Date.parse(deleteAt) <= Date.now()) {
          // The relay has deleted its copy by now (its sweep runs within the hour): backup
          // on the server ends here too, as the person asked.
          void this.#endAfterDeletion(vault);
          return;
        }
        this.#set({ on: true, lastAt: read.value.lastAt, deleteAt });
        // While a deletion is asked, nothing goes to the relay: no sync, no upload.
        if (deleteAt !== null) return;
        this.#keyListener?.(vault, read.value.key);
        // Changes a lock stopped from going up go now; one made since the unlock, before
        // this read said backup is on, could not be scheduled then and goes as usual.
        if (read.value.pending || read.value.version === null) {
          this.#schedule(PENDING_BACKUP_DELAY_MS);
        } else if (this.#changes !== this.#uploaded) this.#schedule();
      },
      // Locked meanwhile: nothing to schedule.
      () => undefined,
    );
  }

  /** A write through the app: counted at once, uploaded a little after it lands. */
  async changed(write: Promise<void>): Promise<void> {
    this.#changes += 1;
    await write;
    this.#schedule();
  }

  /**
   * Just before the keys go: if changes are waiting to go up, say so in the vault (the
   * write starts while the keys are still there, so it lands), to send after the next
   * unlock.
   */
  locking(vault: OpenVault): void {
    if (this.#record && this.#changes !== this.#uploaded) {
      vault
        .write([
          putChange(serverBackupSettings, 'serverBackup', { ...this.#record, pending: true }),
        ])
        .catch(() => {
          // The lock goes on regardless; without the note the next unlock still uploads
          // when the relay's copy is older (version null) and otherwise waits for a change.
        });
    }
  }

  /** Aborts the upload under way, if any; the next one gets a fresh signal. */
  #abortUpload(): void {
    this.#stop.abort();
    this.#stop = new AbortController();
  }

  closed(): void {
    this.#abortUpload();
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#vault = null;
    this.#record = null;
    this.#changes = 0;
    this.#uploaded = 0;
    this.#enabling = null;
    this.state.set(SERVER_BACKUP_OFF);
  }

  /** The relay key, to show again to the person who has the vault open. */
  key(): string | null {
    return this.#vault ? (this.#record?.key ?? null) : null;
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
    const vault = this.#require();
    // Whether backup is on already is known only once the settings are read: a key made
    // before that would replace the one the person has written down.
    await this.#loaded;
    if (this.#vault !== vault) throw new Error('vault is locked');
    if (this.#record) return this.#record.key;
    if (this.state.value.unreadable) throw new Error('the server backup settings are unreadable');
    const record: ServerBackupSettings = {
      key: await this.relay.newKey(),
      version: null,
      lastAt: null,
      pending: true,
      deleteAt: null,
    };
    await vault.write([putChange(serverBackupSettings, 'serverBackup', record)]);
    this.#record = record;
    this.#set({ on: true, lastAt: null, problem: null });
    this.#keyListener?.(vault, record.key);
    // The key is shown at once; the first copy goes up meanwhile (for a large vault it
    // can take minutes, or be refused as too large while sync carries the records).
    void this.uploadNow();
    return record.key;
  }

  /** Stops uploading. What the relay keeps stays there, unreadable without the passphrase. */
  async disable(): Promise<void> {
    const vault = this.#require();
    await vault.write([deleteChange(serverBackupSettings, 'serverBackup')]);
    this.#keyListener?.(vault, null);
    clearTimeout(this.#timer);
    this.#timer = undefined;
    // A copy on its way stops too: turned off means nothing more reaches the relay.
    this.#abortUpload();
    this.#record = null;
    this.state.set(SERVER_BACKUP_OFF);
  }

  /**
   * Uploads the encrypted backup now, if server backup is on and anything changed since
   * the last upload. Never throws: the outcome is in `state`.
   */
  async uploadNow(): Promise<void> {
    const vault = this.#vault;
    const record = this.#record;
    if (!vault || !record || this.state.value.busy || record.deleteAt !== null) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    // Changes counted so far; one made during the upload is counted after it, so it is
    // sent by the next upload rather than taken as sent.
    const seen = this.#changes;
    if (seen === this.#uploaded && !record.pending && record.version !== null) return;
    this.#set({ busy: true, problem: null });
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
      if (signal.aborted || this.#vault !== vault || this.#record !== record) return;
      const version = await this.relay.upload(record.key, bytes, record.version, signal);
      // Turned off, or locked, while it went up: leave the vault as the person left it.
      if (this.#vault !== vault || this.#record !== record) return;
      const next = { ...record, version, lastAt: new Date().toISOString(), pending: false };
      // Straight to the vault, not counted: this write is not a change to back up.
      await vault.write([putChange(serverBackupSettings, 'serverBackup', next)]);
      if (this.#vault !== vault || this.#record !== record) return;
      this.#record = next;
      this.#uploaded = seen;
      this.#set({ lastAt: next.lastAt });
    } catch (error) {
      failed = true;
      if (this.#vault !== vault) return;
      const problem = problemOf(error);
      full = problem === 'full' || problem === 'quota';
      this.#set({ problem });
    } finally {
      if (this.#vault === vault && this.#record) {
        this.#set({ busy: false });
        // Changed meanwhile, or failed: try again, later after a failure.
        if (this.#changes !== this.#uploaded || failed) {
          this.#schedule(
            full ? FULL_RETRY_DELAY_MS : failed ? RETRY_BACKUP_DELAY_MS : AUTO_BACKUP_DELAY_MS,
          );
        }
      }
    }
  }

  /**
   * Asks the relay to delete its copy of this vault, after the relay's delay. From then
   * on nothing is sent (no upload, no sync) until the deletion is cancelled; nothing on
   * this device changes. Throws a RelayError when the relay did not take the request.
   */
  async askDeletion(): Promise<void> {
    const vault = this.#require();
    const record = this.#record;
    if (!record) throw new Error('server backup is off');
    const at = await this.relay.askDeletion(record.key);
    if (this.#vault !== vault || this.#record !== record) return;
    await this.#pause(vault, record, at);
  }

  /** Cancels the deletion asked of the relay; backup on the server goes on as before. */
  async cancelDeletion(): Promise<void> {
    const vault = this.#require();
    const record = this.#record;
    if (!record) throw new Error('server backup is off');
    await this.relay.cancelDeletion(record.key);
    if (this.#vault !== vault || this.#record !== record) return;
    await this.#resume(vault, record);
  }

  /**
   * Asks the relay whether a deletion of its copy is asked (from here, another device, or
   * anyone else holding the key) and follows what it says: a deletion asked elsewhere
   * stops sending here too and is shown, so it can be cancelled; one cancelled elsewhere
   * lets backup go on. The relay's answer, with the delay a request would get; null when
   * it could not be asked (then nothing changes).
   */
  async checkDeletion(): Promise<RelayDeletion | null> {
    const vault = this.#vault;
    const record = this.#record;
    if (!vault || !record) return null;
    let answer: RelayDeletion;
    try {
      answer = await this.relay.deletion(record.key);
    } catch {
      // Not reachable now: nothing changes here, and the next check asks again.
      return null;
    }
    if (this.#vault !== vault || this.#record !== record) return null;
    if (answer.deleteAt !== null && answer.deleteAt !== record.deleteAt) {
      await this.#pause(vault, record, answer.deleteAt);
    } else if (answer.deleteAt === null && record.deleteAt !== null) {
      await this.#resume(vault, record);
    }
    return answer;
  }

  async #pause(vault: OpenVault, record: ServerBackupSettings, deleteAt: string): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#abortUpload();
    const next = { ...record, deleteAt };
    await vault.write([putChange(serverBackupSettings, 'serverBackup', next)]);
    if (this.#vault !== vault || this.#record !== record) return;
    this.#record = next;
    this.#set({ deleteAt, problem: null, busy: false });
    this.#keyListener?.(vault, null);
  }

  async #resume(vault: OpenVault, record: ServerBackupSettings): Promise<void> {
    const next = { ...record, deleteAt: null };
    await vault.write([putChange(serverBackupSettings, 'serverBackup', next)]);
    if (this.#vault !== vault || this.#record !== record) return;
    this.#record = next;
    this.#set({ deleteAt: null });
    this.#keyListener?.(vault, next.key);
    // What changed meanwhile goes up now; the relay still holds every earlier version.
    this.#schedule(PENDING_BACKUP_DELAY_MS);
  }

  /** The relay's copy is deleted as asked: backup on the server is off from here. */
  async #endAfterDeletion(vault: OpenVault): Promise<void> {
    try {
      await vault.write([deleteChange(serverBackupSettings, 'serverBackup')]);
    } catch {
      // Locked meanwhile: the next unlock ends it.
      return;
    }
    if (this.#vault !== vault) return;
    this.#record = null;
    this.state.set(SERVER_BACKUP_OFF);
  }

  #schedule(delay = AUTO_BACKUP_DELAY_MS): void {
    if (!this.#record || this.#record.deleteAt !== null) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.uploadNow(), delay);
  }

  #set(change: Partial<ServerBackupState>): void {
    this.state.update((s) => ({ ...s, ...change }));
  }

  #require(): OpenVault {
    if (!this.#vault) throw new Error('vault is locked');
    return this.#vault;
  }
}

function problemOf(error: unknown): RelayProblem {
  const problem: unknown =
    typeof error === 'object' && error !== null && 'problem' in error ? error.problem : undefined;
  return problem === 'offline' ||
    problem === 'not-found' ||
    problem === 'too-large' ||
    problem === 'busy' ||
    problem === 'full' ||
    problem === 'quota'
    ? problem
    : 'failed';
}
