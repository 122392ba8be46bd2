import {
  deleteChange,
  mergeRuleOf,
  putChange,
  syncLocal,
  syncPending,
  syncRecordState,
  syncSealedObject,
  type CheckedChange,
  type OpenVault,
  type RecordKind,
} from '@steady/core';
import { relayIdentity } from '@steady/core/backup';
import { kindFor } from '@steady/core/registry';
// The engine's own code comes through its own entry, so none of it is in the first download.
import {
  createHttpRelay,
  createSyncCodec,
  isSyncError,
  moveOver,
  sealedRecord,
  SyncDevice,
  SyncError,
  type ConflictCopy,
  type DeviceOptions,
  type DeviceSave,
  type Relay,
  type Stamp,
  type SyncProgress,
} from '@steady/core/sync';
import { fromBase64, toBase64 } from '../lib/base64.ts';
import { anySignal } from '../lib/anySignal.ts';

/*
 * The app's side of sync, version 2 (docs/sync-v2.md), loaded only once server backup is
 * on. The vault stays what every screen reads; the device engine keeps, beside it and
 * also encrypted in the vault, every write it knows of. A change the person makes goes
 * into the engine as it is written to the vault; what a pull brings is written into the
 * vault as each record's merged value. The engine's state is saved after each change, so
 * a reload, a lock or a closed tab resumes where it was.
 */

export type SyncProblem =
  'offline' | 'too-large' | 'quota' | 'full' | 'rolled-back' | 'unreadable' | 'failed';

export interface EngineHooks {
  /** Records of these kinds were changed in the vault by what another device wrote. */
  applied(kinds: ReadonlySet<string>): void;
  /** How far a large push or pull has got. */
  progress?(progress: SyncProgress): void;
}

/** Records written into the vault at once, so a pull of thousands is not one huge commit. */
const APPLY_CHUNK = 200;
/** A save larger than this is written in several commits, each sealed only once the last is in. */
const SAVE_PART_BYTES = 16 * 1024 * 1024;

/** About how large a value is once stored: its text, roughly (strings dominate). */
function roughSize(value: unknown, depth = 0): number {
  if (typeof value === 'string') return value.length + 2;
  if (depth > 64 || value === null || typeof value !== 'object') return 8;
  let size = 2;
  for (const inner of Array.isArray(value) ? value : Object.values(value)) {
    size += roughSize(inner, depth + 1) + 8;
  }
  return size;
}
const DEVICE_ID = 'device';

/** Sorted-key JSON, so two equal values compare equal whatever their key order. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return value === undefined ? 'null' : JSON.stringify(value);
}

function fromHex(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function newDeviceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The kinds that travel: every kind of the registry that is not local to the device. */
function synced(kind: string, id: string): RecordKind<unknown> | undefined {
  const declared = kindFor(kind, id);
  return declared && mergeRuleOf(declared).strategy !== 'local' ? declared : undefined;
}

export function problemOf(error: unknown): SyncProblem {
  if (isSyncError(error)) {
    if (error.code === 'unavailable') return 'offline';
    if (error.code === 'too-large') return 'too-large';
    if (error.code === 'quota') return 'quota';
    if (error.code === 'full') return 'full';
    if (error.code === 'rolled-back') return 'rolled-back';
  }
  return 'failed';
}

export interface EngineOptions {
  /** The relay API's base URL, ending in /api/backup/v1. */
  readonly base: string;
  readonly hooks: EngineHooks;
  /** For tests: a relay other than the HTTP one. */
  readonly relay?: Relay;
  readonly now?: () => number;
  /** For tests: smaller steps than a real vault needs (bytes between checkpoints, per save part). */
  readonly steps?: { readonly checkpointBytes?: number; readonly savePartBytes?: number };
  /** Aborted when the vault locks while the engine is still opening: as stop(), from then. */
  readonly signal?: AbortSignal;
}

export class SyncEngine {
  /** Records that could not be written into the vault (a merged value that fails its check). */
  skipped = 0;
  private readonly toApply = new Map<string, { kind: string; id: string }>();
  /** Saves run one at a time. */
  private saving: Promise<unknown> = Promise.resolve();
  /** A save larger than this is written in parts. */
  private partBytes = SAVE_PART_BYTES;
  /** While a save is written in parts: the records other saves wrote meanwhile. */
  private meanwhile: Set<string> | null = null;
  /** Aborted by stop(). */
  private halt = new AbortController();

  private constructor(
    private readonly vault: OpenVault,
    private readonly device: SyncDevice,
    private readonly hooks: EngineHooks,
    private readonly relayKey: string,
    private movedAt: string | null,
    toApply: ReadonlyArray<{ kind: string; id: string }> = [],
    private readonly usageOf: (() => Promise<{ used: number; quota: number }>) | null = null,
  ) {
    for (const record of toApply)
      this.toApply.set(JSON.stringify([record.kind, record.id]), record);
  }

  /**
   * The engine for the open vault and its relay key: as saved on this device, or new
   * (then the vault's records are brought in at the first sync). Throws a SyncError
   * ('malformed') when the saved state cannot be read; nothing is replaced then.
   */
  static async open(vault: OpenVault, key: string, options: EngineOptions): Promise<SyncEngine> {
    const codec = await createSyncCodec(vault.syncRoot());
    // stop() aborts every request under way and refuses the next: once the vault locks,
    // nothing more goes to this vault's place on the relay (another vault, a decoy, may
    // be opened next on this page, and must not be seen beside it).
    const halt = new AbortController();
    if (options.signal?.aborted) halt.abort();
    options.signal?.addEventListener('abort', () => halt.abort(), { once: true });
    let relay = options.relay;
    let usage: (() => Promise<{ used: number; quota: number }>) | null = null;
    if (!relay) {
      const { vaultId, token } = await relayIdentity(key);
      const stoppable: typeof fetch = (input, init) => {
        if (halt.signal.aborted) return Promise.reject(new Error('sync stopped'));
        const signal = init?.signal ? anySignal([init.signal, halt.signal]) : halt.signal;
        return fetch(input, { ...init, signal });
      };
      const http = createHttpRelay({ base: options.base, vaultId, token, fetch: stoppable });
      relay = http;
      usage = () => http.usage();
      // The relay keeps whole-vault copies under the same id; sync needs the vault there.
      // Not waited for: a slow network must not hold the engine back from taking changes.
      http.createVault().catch(() => false);
    }
    relay = stoppableRelay(relay, halt.signal);
    const now = options.now ?? Date.now;
    const progress = (step: SyncProgress) => options.hooks.progress?.(step);
    // Between the steps of a large pull or push, what came in is written into the vault
    // and the engine saved, so hundreds of megabytes are never held (or written) at once.
    const made: { engine?: SyncEngine } = {};
    const checkpoint = async () => {
      await made.engine?.applyAndSave();
    };
    const common: Omit<DeviceOptions, 'device'> = {
      codec,
      relay,
      now,
      progress,
      checkpoint,
      checkpointBytes: options.steps?.checkpointBytes,
    };
    const saved = await vault.read(syncLocal, DEVICE_ID);
    if (saved && !saved.ok) throw new SyncStateUnreadable();
    const [records, sealed] = await Promise.all([
      vault.readAll(syncRecordState),
      vault.readAll(syncSealedObject),
    ]);
    if (!saved || saved.value.relay !== key) {
      // Never synced here, or under another relay key (backup was turned off and on
      // again): a new start. What was kept for the old key describes a place on the relay
      // that is no longer used, so it goes; the person's records are not touched.
      const stale = [
        ...(saved ? [deleteChange(syncLocal, DEVICE_ID)] : []),
        ...[...records.items, ...records.unreadable].map((r) =>
          deleteChange(syncRecordState, r.id),
        ),
        ...[...sealed.items, ...sealed.unreadable].map((r) => deleteChange(syncSealedObject, r.id)),
      ];
      if (stale.length > 0) await vault.write(stale);
      const device = new SyncDevice({ device: newDeviceId(), ...common });
      made.engine = new SyncEngine(vault, device, options.hooks, key, null, [], usage);
      made.engine.partBytes = options.steps?.savePartBytes ?? SAVE_PART_BYTES;
      made.engine.halt = halt;
      return made.engine;
    }
    if (records.unreadable.length > 0 || sealed.unreadable.length > 0) {
      throw new SyncStateUnreadable();
    }
    const device = SyncDevice.restore(
      { device: saved.value.device, ...common },
      {
        meta: saved.value.meta,
        records: records.items.map((item) => item.value),
        sealed: new Map(sealed.items.map((item) => [item.value.name, fromBase64(item.value.data)])),
      },
    );
    made.engine = new SyncEngine(
      vault,
      device,
      options.hooks,
      key,
      saved.value.movedAt,
      saved.value.toApply,
      usage,
    );
    made.engine.partBytes = options.steps?.savePartBytes ?? SAVE_PART_BYTES;
    made.engine.halt = halt;
    return made.engine;
  }

  /**
   * The vault locked, or backup was turned off: no request to the relay is made from now
   * on, and those under way are aborted (their sync fails as offline; what the engine
   * keeps is unchanged, so the next unlock goes on from there).
   */
  stop(): void {
    this.halt.abort();
  }

  /** How much of the relay's space this vault uses, when the relay says (null: not known). */
  async usage(): Promise<{ used: number; quota: number } | null> {
    try {
      return this.usageOf ? await this.usageOf() : null;
    } catch {
      // Only shown in Settings; an older relay has no such route.
      return null;
    }
  }

  get moved(): boolean {
    return this.movedAt !== null;
  }

  get unpushed(): number {
    return this.device.unpushed;
  }

  /**
   * Takes in records the person changed while the engine was loading (kept in the vault's
   * `sync-pending` record, and `more` from this page): each is read from the vault as it
   * is now and recorded as a change. Returns the changes to write: what the engine keeps,
   * and the pending record gone.
   */
  async catchUp(more: ReadonlyArray<{ kind: string; id: string }>): Promise<CheckedChange[]> {
    const marked = await this.vault.read(syncPending, 'pending');
    const listed = [...(marked?.ok ? marked.value.records : []), ...more];
    if (listed.length === 0 && !marked) return [];
    const seen = new Set<string>();
    for (const { kind, id } of listed) {
      const key = JSON.stringify([kind, id]);
      const declared = synced(kind, id);
      if (seen.has(key) || !declared) continue;
      seen.add(key);
      const stored = await this.vault.read(declared, id);
      if (stored?.ok) this.device.put(declared, id, stored.value);
      else if (!stored) this.device.delete(declared, id);
    }
    // An unreadable marker is left as it is (counted like any record), never replaced.
    const clear = marked?.ok ? [deleteChange(syncPending, 'pending')] : [];
    return [...this.saveChanges(this.device.save()), ...clear];
  }

  /**
   * Changes the person is making: the engine records them at once (so a pull applied
   * meanwhile already carries them), and returns what to write into the vault in the
   * same commit, so the vault never holds a change the engine does not know of.
   */
  record(changes: readonly CheckedChange[], base?: { value: unknown }): CheckedChange[] {
    let any = false;
    for (const change of changes) {
      const kind = synced(change.kind, change.id);
      if (!kind) continue;
      any = true;
      if (change.op === 'put') {
        // A base belongs to a single put: the value that screen loaded.
        this.device.put(kind, change.id, change.value, changes.length === 1 ? base : undefined);
      } else this.device.delete(kind, change.id);
    }
    return any ? this.saveChanges(this.device.save()) : [];
  }

  /**
   * Pulls, brings the vault's records in on the first run, pushes, writes what other
   * devices changed into the vault, and saves. Throws what the relay or the network did.
   * With `push: false`, only pulls (and nothing on the first run).
   */
  async sync(options: { readonly push?: boolean } = {}): Promise<void> {
    const push = options.push ?? true;
    if (this.movedAt === null) {
      // Moving over pushes every record: it waits until pushing is wanted again.
      if (!push) return;
      try {
        await moveOver(this.vault, this.device);
        // Moved once every record was brought in and pushed; writes made meanwhile are
        // in the engine already and go with the next push.
        this.movedAt = new Date().toISOString();
      } finally {
        await this.applyAndSave();
      }
      return;
    }
    // What was pulled is written into the vault before the push, so a push that keeps
    // failing never keeps other devices' changes out of this one.
    try {
      await this.device.pull();
    } finally {
      await this.applyAndSave();
    }
    if (push) await this.device.push();
    await this.save();
  }

  private async applyAndSave(): Promise<void> {
    await this.apply();
    await this.save();
  }

  /**
   * Writes the engine's changes since the last save into the vault. A large save goes in
   * parts, each sealed once the one before is in: the records' parts and sealed objects
   * first, then the meta that names them, then the deletes of what the meta no longer
   * needs; a save cut short by a closed tab is then one the next open can still restore.
   */
  save(): Promise<void> {
    const run = this.saving.then(() => this.saveInParts());
    // The caller gets this save's failure; the next save only waits for it to end.
    this.saving = run.catch(() => undefined);
    return run;
  }

  private async saveInParts(): Promise<void> {
    const first = this.device.save();
    const changes = this.saveChanges(first);
    const puts = changes.filter((change) => change.op === 'put' && change.kind !== syncLocal.kind);
    const total = puts.reduce((sum, c) => sum + (c.op === 'put' ? roughSize(c.value) : 0), 0);
    if (total <= this.partBytes) {
      await this.vault.write(changes);
      return;
    }
    // Records another save writes meanwhile (a change the person makes) are given again
    // at the end, so an older part written after theirs is never what stays.
    this.meanwhile = new Set();
    try {
      let part: CheckedChange[] = [];
      let size = 0;
      for (const change of puts) {
        const bytes = change.op === 'put' ? roughSize(change.value) : 0;
        if (part.length > 0 && size + bytes > this.partBytes) {
          await this.vault.write(part);
          part = [];
          size = 0;
        }
        part.push(change);
        size += bytes;
      }
      if (part.length > 0) await this.vault.write(part);
      const again = [...this.meanwhile].map((key) => {
        const [kind = '', id = ''] = JSON.parse(key) as string[];
        return { kind, id };
      });
      this.meanwhile = null;
      // The meta last, taken now and written at once: no later save can land before it.
      const last = this.saveChanges(this.device.save({ again }));
      const released = first.released.map((name) => deleteChange(syncSealedObject, name));
      await this.vault.write([...last, ...released]);
    } finally {
      this.meanwhile = null;
    }
  }

  private saveChanges(save: DeviceSave): CheckedChange[] {
    this.collectPulled();
    for (const record of save.records) this.meanwhile?.add(record.key);
    const changes: CheckedChange[] = [
      putChange(syncLocal, DEVICE_ID, {
        device: this.device.id,
        relay: this.relayKey,
        meta: save.meta,
        movedAt: this.movedAt,
        toApply: [...this.toApply.values()],
      }),
    ];
    for (const record of save.records) {
      changes.push(putChange(syncRecordState, record.key, record.state));
    }
    for (const object of save.sealed) {
      changes.push(
        putChange(syncSealedObject, object.name, {
          name: object.name,
          data: toBase64(object.bytes),
        }),
      );
    }
    for (const name of save.released) changes.push(deleteChange(syncSealedObject, name));
    return changes;
  }

  /** Writes each record a pull changed into the vault, as its merged value. */
  /** Records pulled and not yet written into the vault; saved, so a lock cannot lose them. */
  private collectPulled(): void {
    for (const record of this.device.takePulled()) {
      this.toApply.set(JSON.stringify([record.kind, record.id]), record);
    }
  }

  /** Writes each record a pull changed into the vault, as its merged value. */
  private async apply(): Promise<void> {
    this.collectPulled();
    const kinds = new Set<string>();
    const sealed: Array<{ kind: string; tag: string; storageId: string; data: Uint8Array }> = [];
    const pending = [...this.toApply.entries()];
    for (let i = 0; i < pending.length; i += APPLY_CHUNK) {
      const part = pending.slice(i, i + APPLY_CHUNK);
      // Stored values are read first; the merged values are taken and the write started
      // with no wait between, so no change the person makes can fall in between.
      const stored = await Promise.all(
        part.map(async ([, { kind, id }]) => {
          const declared = synced(kind, id);
          return declared ? await this.vault.read(declared, id) : undefined;
        }),
      );
      const changes: CheckedChange[] = [];
      part.forEach(([, { kind, id }], n) => {
        if (kind === sealedRecord.kind) {
          // A record another device could not read either: it goes back as it was stored.
          const checked = sealedRecord.parse(this.device.read(sealedRecord, id)?.value);
          if (checked.ok) sealed.push({ ...checked.value, data: fromHex(checked.value.data) });
          return;
        }
        const declared = synced(kind, id);
        // A kind this release does not know (a newer release's) stays in the engine only.
        if (!declared) return;
        const here = stored[n];
        // A record here that cannot be read is never overwritten: it is counted and kept.
        if (here && !here.ok) {
          this.skipped++;
          return;
        }
        const view = this.device.read(declared, id);
        if (!view) {
          if (here) {
            changes.push(deleteChange(declared, id));
            kinds.add(kind);
          }
        } else if (!here || stable(here.value) !== stable(view.value)) {
          try {
            changes.push(putChange(declared, id, view.value));
            kinds.add(kind);
          } catch {
            // The merged value fails its check (writes from two releases that disagree):
            // the vault keeps what it has and the writes stay in the engine.
            this.skipped++;
          }
        }
      });
      if (changes.length > 0) await this.vault.write(changes);
      for (const [key] of part) this.toApply.delete(key);
    }
    if (sealed.length > 0) await this.vault.putBackStored(sealed);
    if (kinds.size > 0) this.hooks.applied(kinds);
  }

  /** Text another device wrote to the same field at the same time, kept for the person. */
  conflicts(kind: RecordKind<unknown>, id: string): readonly ConflictCopy[] {
    if (!synced(kind.kind, id)) return [];
    return this.device.read(kind, id)?.conflicts ?? [];
  }

  /**
   * The person's answer to a conflict copy: 'keep' makes it the text, 'drop' keeps the
   * one shown. The vault gets the record as it now is; the answer reaches every device.
   */
  async resolve(
    kind: RecordKind<unknown>,
    id: string,
    copy: ConflictCopy,
    choice: 'keep' | 'drop',
  ): Promise<void> {
    this.device.resolve(kind, id, copy.path, copy.stamp as Stamp, choice);
    const view = this.device.read(kind, id);
    const changes = view ? [putChange(kind, id, view.value)] : [];
    await this.vault.write([...changes, ...this.saveChanges(this.device.save())]);
    this.hooks.applied(new Set([kind.kind]));
  }
}

/** `relay`, refusing every call once `stopped` is aborted. */
function stoppableRelay(relay: Relay, stopped: AbortSignal): Relay {
  const check = () => {
    if (stopped.aborted) throw new SyncError('unavailable', 'sync stopped');
  };
  return {
    missingObjects: async (names) => (check(), relay.missingObjects(names)),
    putObjects: async (objects) => (check(), relay.putObjects(objects)),
    getObjects: async (names) => (check(), relay.getObjects(names)),
    appendLog: async (head, entry) => (check(), relay.appendLog(head, entry)),
    readLog: async (since) => (check(), relay.readLog(since)),
  };
}

export class SyncStateUnreadable extends Error {
  constructor() {
    super('the saved sync state cannot be read');
    this.name = 'SyncStateUnreadable';
  }
}
