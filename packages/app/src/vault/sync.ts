import {
  putChange,
  syncPending,
  type CheckedChange,
  type ConflictCopy,
  type OpenVault,
  type RecordKind,
} from '@steady/core/vault';
import { Observable } from './observable.ts';
import type { SyncEngine, SyncProblem } from './syncEngine.ts';
import {
  HOLD_PUSH_WHEN_FULL_MS,
  PULL_EVERY_MS,
  PUSH_AFTER_MS,
  SYNC_OFF,
  type Applied,
  type SyncPartOptions,
  type SyncState,
} from './syncState.ts';

export { HOLD_PUSH_WHEN_FULL_MS, SYNC_OFF, type SyncState } from './syncState.ts';

/**
 * Sync while the vault is open, once server backup is on: pulls at unlock and every
 * little while, pushes a moment after each change, writes what other devices changed
 * into the vault and tells the screens which kinds to read again. Never throws to the
 * person: the outcome is in `state`.
 */
export class SyncPart {
  readonly state = new Observable<SyncState>(SYNC_OFF);
  readonly applied = new Observable<Applied>({ serial: 0, kinds: new Set() });
  #vault: OpenVault | null = null;
  #engine: SyncEngine | null = null;
  #starting: Promise<void> | null = null;
  /** Aborted when the vault locks while the engine is still opening (see #start). */
  #opening: AbortController | null = null;
  /** Records changed while the engine was still loading, taken in once it is there. */
  #early: Array<{ kind: string; id: string }> = [];
  #key: string | null = null;
  /** The engine could not be opened: nothing is queued for it until the next unlock. */
  #failed = false;
  #pushTimer: ReturnType<typeof setTimeout> | undefined;
  #pullTimer: ReturnType<typeof setInterval> | undefined;
  #running: Promise<void> | null = null;
  #again = false;
  #againForced = false;
  /** No push before this time (ms), after the relay refused one for want of space. */
  #holdPushUntil = 0;
  readonly #online = () => void this.syncNow();

  constructor(private readonly options: SyncPartOptions) {}

  /** Server backup is on for `vault` under `key`: start keeping in step. */
  start(vault: OpenVault, key: string): Promise<void> {
    if (this.#vault === vault && this.#starting) return this.#starting;
    this.#vault = vault;
    this.#key = key;
    this.#failed = false;
    this.#set({ on: true, problem: null });
    const starting = this.#start(vault, key);
    this.#starting = starting;
    return starting;
  }

  async #start(vault: OpenVault, key: string): Promise<void> {
    // Stopped if the vault closes before it is handed over, so it sends nothing more.
    let opened: SyncEngine | null = null;
    // A lock while the engine opens or catches up aborts its requests at once.
    const opening = new AbortController();
    this.#opening = opening;
    try {
      const { SyncEngine } = await (this.options.load ?? (() => import('./syncEngine.ts')))();
      const engine = await SyncEngine.open(vault, key, {
        base: this.options.base(),
        signal: opening.signal,
        hooks: {
          applied: (kinds) => this.#applied(kinds),
          progress: (progress) => {
            if (this.#vault === vault) this.#set({ progress });
          },
        },
      });
      if (this.#vault !== vault) {
        engine.stop();
        return;
      }
      opened = engine;
      const early = this.#early;
      this.#early = [];
      const caughtUp = await engine.catchUp(early);
      if (this.#vault !== vault) {
        engine.stop();
        return;
      }
      this.#engine = engine;
      if (caughtUp.length > 0) await vault.write(caughtUp);
      if (this.#vault !== vault) {
        engine.stop();
        return;
      }
    } catch (error) {
      if (this.#vault !== vault) {
        opened?.stop();
        return;
      }
      this.#failed = true;
      this.#early = [];
      this.#set({ problem: (await problemFor(error)) ?? 'failed' });
      return;
    }
    this.#pullTimer = setInterval(() => {
      if (pageShownAndOnline()) void this.syncNow();
    }, PULL_EVERY_MS);
    if (typeof addEventListener === 'function') addEventListener('online', this.#online);
    await this.syncNow();
  }

  /**
   * The changes of one commit by the person: what the engine must save goes into the
   * same commit (returned), and a push follows a moment later.
   */
  record(changes: readonly CheckedChange[], base?: { value: unknown }): CheckedChange[] {
    if (!this.#vault || this.#failed) return [];
    if (!this.#engine) {
      // Kept in the vault with the change itself, so a lock before the engine is there
      // loses nothing: the engine reads these records when it opens.
      for (const { kind, id } of changes) {
        if (!this.#early.some((r) => r.kind === kind && r.id === id))
          this.#early.push({ kind, id });
      }
      return [putChange(syncPending, 'pending', { records: [...this.#early] })];
    }
    const extra = this.#engine.record(changes, base);
    if (extra.length > 0) {
      this.#set({ unsent: this.#engine.unpushed });
      clearTimeout(this.#pushTimer);
      this.#pushTimer = setTimeout(() => void this.syncNow(), PUSH_AFTER_MS);
    }
    return extra;
  }

  /** True once every record of the vault is in the relay's log (moved over). */
  get moved(): boolean {
    return this.#engine?.moved ?? false;
  }

  /**
   * Pulls and pushes now; a call while one runs makes one more run after it. While the
   * relay is full (HOLD_PUSH_WHEN_FULL_MS) it only pulls, unless `force` (the person asked).
   */
  syncNow(force = false): Promise<void> {
    if (this.#running) {
      this.#again = true;
      this.#againForced ||= force;
      return this.#running;
    }
    const engine = this.#engine;
    if (!engine) return Promise.resolve();
    clearTimeout(this.#pushTimer);
    const push = force || Date.now() >= this.#holdPushUntil;
    const run = (async () => {
      this.#set({ busy: true });
      try {
        await engine.sync({ push });
        if (this.#engine !== engine) return;
        if (push) this.#holdPushUntil = 0;
        // Pulled only: the refusal that held the push back still stands.
        this.#set({ lastAt: new Date().toISOString(), ...(push ? { problem: null } : {}) });
      } catch (error) {
        if (this.#engine !== engine) return;
        const problem = (await problemFor(error)) ?? 'failed';
        if (problem === 'full' || problem === 'quota') {
          this.#holdPushUntil = Date.now() + HOLD_PUSH_WHEN_FULL_MS;
        }
        this.#set({ problem });
      } finally {
        const usage = await engine.usage();
        if (this.#engine === engine) this.#set({ usage });
        if (this.#engine === engine) {
          this.#set({ busy: false, unsent: engine.unpushed, progress: null });
        }
      }
    })();
    const running = run.finally(() => {
      if (this.#running === running) this.#running = null;
      if (this.#again && this.#engine === engine) {
        const forced = this.#againForced;
        this.#again = false;
        this.#againForced = false;
        void this.syncNow(forced);
      }
    });
    this.#running = running;
    return running;
  }

  /**
   * A commit with this engine's part failed to land: the engine is ahead of the vault,
   * so it is opened again from what the vault holds.
   */
  reopen(): void {
    const vault = this.#vault;
    const key = this.#key;
    if (!vault || !key || !this.#engine) return;
    this.closed();
    void this.start(vault, key);
  }

  /** Conflict copies of one record, for the screen that shows it. */
  conflicts(kind: RecordKind<unknown>, id: string): readonly ConflictCopy[] {
    return this.#engine?.conflicts(kind, id) ?? [];
  }

  async resolve(
    kind: RecordKind<unknown>,
    id: string,
    copy: ConflictCopy,
    choice: 'keep' | 'drop',
  ): Promise<void> {
    const engine = this.#engine;
    if (!engine) throw new Error('sync is not running');
    await engine.resolve(kind, id, copy, choice);
    clearTimeout(this.#pushTimer);
    this.#pushTimer = setTimeout(() => void this.syncNow(), PUSH_AFTER_MS);
  }

  /** Server backup was turned off, or the vault locks: stop, keeping what is saved. */
  closed(): void {
    clearTimeout(this.#pushTimer);
    clearInterval(this.#pullTimer);
    this.#pushTimer = undefined;
    this.#pullTimer = undefined;
    if (typeof removeEventListener === 'function') removeEventListener('online', this.#online);
    // Nothing more of this vault goes to the relay: the next vault opened on this page
    // (a decoy, say) must never be seen beside it.
    this.#engine?.stop();
    this.#opening?.abort();
    this.#opening = null;
    this.#vault = null;
    this.#engine = null;
    this.#starting = null;
    this.#running = null;
    this.#key = null;
    this.#failed = false;
    this.#early = [];
    this.#again = false;
    this.#againForced = false;
    this.#holdPushUntil = 0;
    this.state.set(SYNC_OFF);
  }

  #applied(kinds: ReadonlySet<string>): void {
    this.applied.update((last) => ({ serial: last.serial + 1, kinds }));
  }

  #set(change: Partial<SyncState>): void {
    this.state.update((s) => ({ ...s, ...change }));
  }
}

/** In a browser tab: shown and with a network; elsewhere (tests), always. */
function pageShownAndOnline(): boolean {
  const shown = typeof document === 'undefined' || document.visibilityState === 'visible';
  return shown && (typeof navigator === 'undefined' || navigator.onLine);
}

async function problemFor(error: unknown): Promise<SyncProblem | null> {
  const engine = await import('./syncEngine.ts');
  if (error instanceof engine.SyncStateUnreadable) return 'unreadable';
  return engine.problemOf(error);
}
