import { mergeRuleOf, putChange, type MergeRule, type RecordKind } from '../records/kind.ts';
import { RECORD_KINDS } from '../records/registry.ts';
import type { SyncCodec, Sealed } from './codec.ts';
import { isSyncError, SyncError } from './errors.ts';
import { HybridClock, type Stamp } from './hlc.ts';
import { canonicalJson, isPlainObject } from './json.ts';
import {
  readMetaSave,
  readRecordSave,
  recordSaveKey,
  SAVE_VERSION,
  type DeviceSave,
  type DeviceSaved,
  type MetaSave,
  type RecordSave,
} from './persist.ts';
import type { Relay } from './relay.ts';
import { flatten, RecordState, type Op, type Path, type RecordView } from './state.ts';
import {
  decodeEntry,
  decodeObject,
  encodeEntry,
  encodeObject,
  MAX_BATCH_OBJECTS,
  type EntryBody,
  type ObjectBody,
} from './wire.ts';

/*
 * One device's side of sync (docs/sync-v2.md): the records as every write it knows
 * makes them, the writes it has not yet pushed, and where in the relay's log it is.
 *
 * Writing is synchronous and local; nothing waits for the network. `push` seals what
 * was written since the last push into one batch (one object per record changed, one
 * log entry naming them), uploads the objects the relay lacks, and moves the log head
 * by compare-and-swap; when another device got there first it pulls, merges and tries
 * again. A batch, once sealed, is sent as it is until the relay's log holds it, so a
 * retry after a lost answer can never send a change twice under two names.
 *
 * `save` gives what changed since the last save, to keep in the local vault, and
 * `restore` makes the device again from everything kept (sync/persist.ts).
 */

export interface DeviceOptions {
  readonly device: string;
  readonly codec: SyncCodec;
  readonly relay: Relay;
  /** The wall clock, in milliseconds; it may jump back. */
  readonly now: () => number;
  readonly kinds?: readonly RecordKind<unknown>[];
  /** Lost races to the log head before push gives up for now. */
  readonly attempts?: number;
  /** Told as a large push or pull goes, so the person can see it moving. */
  readonly progress?: (progress: SyncProgress) => void;
  /**
   * Called between the steps of a large pull or push (after a log entry is taken in, or a
   * batch is in the log), once about CHECKPOINT_BYTES went by since the last call, so the
   * caller can keep what changed (`save`) and let go of it: a pull of hundreds of
   * megabytes then never holds more than a few steps at once. It runs inside the
   * device's network step; it must not call pull, push or sync.
   */
  readonly checkpoint?: () => Promise<void>;
  /** Bytes between two checkpoints (CHECKPOINT_BYTES unless told). */
  readonly checkpointBytes?: number;
}

/** How far one batch's upload (in bytes) or one log entry's fetch (in objects) has got. */
export interface SyncProgress {
  readonly phase: 'sending' | 'fetching';
  readonly done: number;
  readonly total: number;
}

/** Objects go up in slices of about this many bytes, each one step of the progress. */
const SEND_SLICE_BYTES = 16 * 1024 * 1024;
/**
 * Writes are sealed into batches of about this many bytes, and each batch is sent before
 * the next is sealed: a push of hundreds of megabytes holds one batch at a time.
 */
const SEAL_SLICE_BYTES = 16 * 1024 * 1024;
/** About how many bytes go by between two checkpoints of a pull or push. */
const CHECKPOINT_BYTES = 32 * 1024 * 1024;
/** Objects are fetched this many at a time (photo chunks are 256 KiB each). */
const FETCH_SLICE = 64;

function slicesBySize<T extends { bytes: Uint8Array }>(items: readonly T[], max: number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    if (current.length > 0 && size + item.bytes.byteLength > max) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += item.bytes.byteLength;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** About how many bytes a record's writes take once sealed: the size of their values. */
function sizeOf(ops: readonly Op[]): number {
  let size = 0;
  for (const op of ops) {
    const value = op.t === 'field' ? op.value : op.t === 'add' ? op.element : undefined;
    size +=
      64 +
      (typeof value === 'string'
        ? value.length
        : ((JSON.stringify(value) as string | undefined)?.length ?? 0));
  }
  return size;
}

type SyncedRule = Exclude<MergeRule, { strategy: 'local' }>;

interface Batch {
  readonly objects: readonly Sealed[];
}

/** One record: every write known to it, and the objects that carried them. */
interface Held {
  readonly kind: string;
  readonly id: string;
  readonly state: RecordState;
  readonly objects: Set<string>;
}

const keyOf = (kind: string, id: string) => `${kind}\u0000${id}`;

export class SyncDevice {
  readonly id: string;
  private readonly clock: HybridClock;
  private readonly kinds: readonly RecordKind<unknown>[];
  private readonly records = new Map<string, Held>();
  /** Writes made here and not yet sealed into a batch, by record. */
  private readonly outbox = new Map<string, { kind: string; id: string; ops: Op[] }>();
  private readonly batches: Batch[] = [];
  /** Objects this device made or has already taken in: every record's `objects`. */
  private readonly known = new Set<string>();
  private head: string | null = null;
  /** Records whose writes or objects changed since the last save. */
  private readonly dirty = new Set<string>();
  /** Records a pull took new writes into since the last `takePulled`. */
  private readonly pulled = new Map<string, { kind: string; id: string }>();
  /** Sealed objects of unpushed batches no save has handed out yet. */
  private readonly unsaved = new Set<string>();
  /** Sealed objects a save handed out, not yet in the log. */
  private readonly kept = new Set<string>();
  /** Sealed objects a save handed out that the log now holds, for the next save. */
  private readonly released = new Set<string>();
  /** Network work runs one step at a time, so two pulls never apply the same entry. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Bytes taken in or sent since the last checkpoint. */
  private sinceCheckpoint = 0;

  constructor(private readonly options: DeviceOptions) {
    this.id = options.device;
    this.clock = new HybridClock(options.device, options.now);
    this.kinds = options.kinds ?? RECORD_KINDS;
  }

  /** Writes that are here but not yet in the relay's log. */
  get unpushed(): number {
    return this.outbox.size + this.batches.reduce((sum, batch) => sum + batch.objects.length, 0);
  }

  get logHead(): string | null {
    return this.head;
  }

  private ruleOf(kind: RecordKind<unknown>): SyncedRule {
    const rule = mergeRuleOf(kind);
    if (rule.strategy === 'local') throw new RangeError(`${kind.name} stays on this device`);
    return rule;
  }

  private heldOf(kind: string, id: string): Held {
    const key = keyOf(kind, id);
    let entry = this.records.get(key);
    if (!entry) {
      entry = { kind, id, state: new RecordState(), objects: new Set() };
      this.records.set(key, entry);
    }
    return entry;
  }

  private stateOf(kind: string, id: string): RecordState {
    return this.heldOf(kind, id).state;
  }

  /** Notes that an object carried writes of this record. */
  private learn(held: Held, name: string): void {
    this.known.add(name);
    if (held.objects.has(name)) return;
    held.objects.add(name);
    this.dirty.add(keyOf(held.kind, held.id));
  }

  private write(kind: RecordKind<unknown>, id: string, op: Op): void {
    const key = keyOf(kind.kind, id);
    if (this.stateOf(kind.kind, id).apply(op)) this.dirty.add(key);
    let pending = this.outbox.get(key);
    if (!pending) this.outbox.set(key, (pending = { kind: kind.kind, id, ops: [] }));
    pending.ops.push(op);
  }

  read(kind: RecordKind<unknown>, id: string): RecordView | undefined {
    return this.records.get(keyOf(kind.kind, id))?.state.view(this.ruleOf(kind));
  }

  /**
   * Puts a value: each field that differs from what this device shows is written, and
   * replaces every write to it this device shows (conflict copies too). A grow-only
   * list only gains: an element left out of `value` is still kept.
   */
  put(kind: RecordKind<unknown>, id: string, given: unknown, base?: { value: unknown }): void {
    const rule = this.ruleOf(kind);
    // What reaches other devices is checked here first, as putChange checks what is stored.
    const change = putChange(kind, id, given);
    const value = change.op === 'put' ? change.value : given;
    const state = this.stateOf(kind.kind, id);
    const shown = state.view(rule);
    const skip = rule.strategy === 'grow-only' ? rule.list : undefined;
    const next = flatten(value, skip);
    const leaves = (of: unknown) =>
      of === undefined ? new Map<string, { value: unknown }>() : flatten(of, skip);
    const before = leaves(shown?.value);
    // The value the person's screen started from, when it is known: only what differs
    // from it was changed here, so a field another device changed meanwhile is not put
    // back; and a field changed both here and there is written as a concurrent edit.
    const from = base === undefined ? undefined : leaves(base.value);
    const same = (a?: { value: unknown }, b?: { value: unknown }) =>
      a === undefined || b === undefined
        ? a === b
        : canonicalJson(a.value) === canonicalJson(b.value);
    const paths = new Map<string, Path>();
    for (const [key, leaf] of next) paths.set(key, leaf.path);
    for (const path of state.paths()) paths.set(JSON.stringify(path), path);
    for (const [key, path] of paths) {
      const now = next.get(key);
      const was = before.get(key);
      if (from) {
        if (same(now, from.get(key))) continue;
      } else {
        if (shown && now && was && same(now, was)) continue;
        if (shown && !now && !was) continue;
      }
      const concurrent = from !== undefined && shown !== undefined && !same(was, from.get(key));
      const bases = concurrent ? [] : state.heads(path).map((head) => head.stamp);
      const stamp = this.clock.now();
      this.write(
        kind,
        id,
        now
          ? { t: 'field', stamp, path, bases, value: now.value }
          : { t: 'field', stamp, path, bases },
      );
    }
    if (rule.strategy === 'grow-only') this.grow(kind, id, rule.list, value);
  }

  /** Adds each element of the grow-only list the record lacks, in order; returns how many. */
  private grow(kind: RecordKind<unknown>, id: string, field: string, value: unknown): number {
    const state = this.stateOf(kind.kind, id);
    const list = isPlainObject(value) ? value[field] : undefined;
    const have = new Set(state.elements().map((element) => canonicalJson(element)));
    let added = 0;
    for (const element of Array.isArray(list) ? list : []) {
      if (have.has(canonicalJson(element))) continue;
      have.add(canonicalJson(element));
      this.write(kind, id, { t: 'add', stamp: this.clock.now(), element });
      added++;
    }
    return added;
  }

  /**
   * Brings in a value kept elsewhere until now (moving over from a whole-vault copy,
   * sync/moveOver.ts), replacing nothing. A field is written only when no write to it
   * here ever set that value, and then with no bases: it stands beside what other
   * devices wrote, as a concurrent write does (a differing text becomes a conflict
   * copy). A field the value lacks is left as it is, and a grow-only list gains only
   * what it lacks. So bringing the same value in again, or after other devices changed
   * or deleted the record, writes nothing. Returns how many writes it made.
   */
  adopt(kind: RecordKind<unknown>, id: string, given: unknown): number {
    const rule = this.ruleOf(kind);
    const change = putChange(kind, id, given);
    const value = change.op === 'put' ? change.value : given;
    const state = this.stateOf(kind.kind, id);
    const skip = rule.strategy === 'grow-only' ? rule.list : undefined;
    let writes = 0;
    for (const { path, value: leaf } of flatten(value, skip).values()) {
      if (state.held(path, leaf)) continue;
      this.write(kind, id, { t: 'field', stamp: this.clock.now(), path, bases: [], value: leaf });
      writes++;
    }
    if (rule.strategy === 'grow-only') writes += this.grow(kind, id, rule.list, value);
    return writes;
  }

  /** Deletes what this device shows of the record, and only that. */
  delete(kind: RecordKind<unknown>, id: string): void {
    this.ruleOf(kind);
    const state = this.records.get(keyOf(kind.kind, id))?.state;
    if (!state?.live()) return;
    this.write(kind, id, { t: 'delete', stamp: this.clock.now(), covers: state.stamps() });
  }

  /**
   * The person's answer to a conflict copy: 'keep' makes its text the field's value,
   * 'drop' keeps the value shown; either way that copy and the shown value are replaced.
   */
  resolve(
    kind: RecordKind<unknown>,
    id: string,
    path: Path,
    copy: Stamp,
    choice: 'keep' | 'drop',
  ): void {
    const rule = this.ruleOf(kind);
    const state = this.stateOf(kind.kind, id);
    const [winner] = state.heads(path);
    const conflict = state
      .view(rule)
      ?.conflicts.find((c) => c.stamp === copy && canonicalJson(c.path) === canonicalJson(path));
    if (!winner || !conflict) throw new RangeError('no such conflict copy');
    const bases = [winner.stamp, conflict.stamp];
    const stamp = this.clock.now();
    const kept =
      choice === 'keep'
        ? { value: conflict.value }
        : 'value' in winner
          ? { value: winner.value }
          : {};
    this.write(kind, id, { t: 'field', stamp, path, bases, ...kept });
  }

  /** Every record of the known kinds this device shows, in a fixed order. */
  snapshot(): Array<{ kind: string; id: string; view: RecordView }> {
    const out: Array<{ kind: string; id: string; view: RecordView }> = [];
    for (const { kind, id, state } of this.records.values()) {
      const declared = this.kinds.find(
        (k) => k.kind === kind && (k.ids === undefined || k.ids.includes(id)),
      );
      if (!declared) continue;
      const view = state.view(this.ruleOf(declared));
      if (view) out.push({ kind, id, view });
    }
    return out.sort((a, b) => (keyOf(a.kind, a.id) < keyOf(b.kind, b.id) ? -1 : 1));
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Takes in every log entry this device has not seen; returns how many. */
  pull(): Promise<number> {
    return this.exclusive(() => this.pullNow());
  }

  /** Sends every unpushed write; returns how many batches went into the log. */
  push(): Promise<number> {
    return this.exclusive(() => this.pushNow());
  }

  /** Pulls, then pushes: what a device does on unlock and every little while. */
  sync(): Promise<void> {
    return this.exclusive(async () => {
      await this.pullNow();
      await this.pushNow();
    });
  }

  /** Calls the checkpoint once about `checkpointBytes` were taken in or sent since the last. */
  private async checkpointAfter(bytes: number): Promise<void> {
    this.sinceCheckpoint += bytes;
    const every = this.options.checkpointBytes ?? CHECKPOINT_BYTES;
    if (this.sinceCheckpoint < every || !this.options.checkpoint) return;
    this.sinceCheckpoint = 0;
    await this.options.checkpoint();
  }

  private async pullNow(): Promise<number> {
    const { relay, codec } = this.options;
    const entries = await relay.readLog(this.head);
    // Every entry is opened first (they are small), so progress counts the whole pull.
    const bodies: EntryBody[] = [];
    let prev = this.head;
    for (const entry of entries) {
      bodies.push(decodeEntry(await codec.openEntry(prev, entry.id, entry.bytes)));
      prev = entry.id;
    }
    const total = new Set(bodies.flatMap((body) => body.objects.filter((n) => !this.known.has(n))))
      .size;
    const counted = new Set<string>();
    let done = 0;
    for (const [n, entry] of entries.entries()) {
      const body = bodies[n];
      if (body === undefined) break;
      const wanted = body.objects.filter((name) => !this.known.has(name));
      const fetched = new Map<string, Uint8Array>();
      let bytes = 0;
      for (let i = 0; i < wanted.length; i += FETCH_SLICE) {
        const part = await relay.getObjects(wanted.slice(i, i + FETCH_SLICE));
        for (const [name, got] of part) {
          fetched.set(name, got);
          bytes += got.byteLength;
        }
        for (const name of wanted.slice(i, i + FETCH_SLICE)) {
          if (!counted.has(name)) done++;
          counted.add(name);
        }
        if (total > FETCH_SLICE) this.options.progress?.({ phase: 'fetching', done, total });
      }
      const objects: Array<{ name: string; object: ObjectBody }> = [];
      for (const name of wanted) {
        const got = fetched.get(name);
        if (got === undefined) throw new SyncError('missing-object', `the log names ${name}`);
        objects.push({ name, object: decodeObject(await codec.openObject(name, got)) });
      }
      fetched.clear();
      // Only once every object of the entry is here and checked does any of it count.
      for (const { name, object } of objects) {
        const key = keyOf(object.kind, object.id);
        const held = this.heldOf(object.kind, object.id);
        let changed = false;
        for (const op of object.ops) {
          if (held.state.apply(op)) changed = true;
          this.clock.observe(op.stamp);
        }
        if (changed) {
          this.dirty.add(key);
          if (!this.pulled.has(key)) this.pulled.set(key, { kind: object.kind, id: object.id });
        }
        this.learn(held, name);
      }
      this.head = entry.id;
      this.dropPublished(new Set(body.objects));
      await this.checkpointAfter(bytes);
    }
    return entries.length;
  }

  /** A batch whose every object the log already names (its answer was lost) is done. */
  private dropPublished(published: ReadonlySet<string>): void {
    const first = this.batches[0];
    if (first && first.objects.every((object) => published.has(object.name))) this.landed();
  }

  /** The first batch is in the log: its sealed objects need keeping no longer. */
  private landed(): void {
    const batch = this.batches.shift();
    for (const { name } of batch?.objects ?? []) {
      if (this.kept.delete(name)) this.released.add(name);
      this.unsaved.delete(name);
    }
  }

  private async seal(): Promise<void> {
    if (this.outbox.size === 0) return;
    // The writes stay in the outbox until their objects are sealed, so a save made
    // meanwhile still holds them; writes made meanwhile stay for the next batch.
    // One slice: records in the order they were written, up to the slice's size.
    const pending: Array<{ key: string; kind: string; id: string; ops: Op[] }> = [];
    let size = 0;
    for (const [key, { kind, id, ops }] of this.outbox) {
      if (pending.length >= MAX_BATCH_OBJECTS || (pending.length > 0 && size >= SEAL_SLICE_BYTES)) {
        break;
      }
      pending.push({ key, kind, id, ops: [...ops] });
      size += sizeOf(ops);
    }
    const made: Sealed[] = [];
    for (const { kind, id, ops } of pending) {
      const declared = this.kinds.find((k) => k.kind === kind);
      made.push(
        await this.options.codec.sealObject(
          encodeObject({ kind, id, version: declared?.version ?? 1, ops }),
        ),
      );
    }
    const sealed: Sealed[] = [];
    for (const [i, { key, kind, id, ops }] of pending.entries()) {
      const object = made[i];
      if (object === undefined) continue;
      const left = this.outbox.get(key);
      if (left !== undefined && left.ops.length > ops.length) left.ops.splice(0, ops.length);
      else this.outbox.delete(key);
      // The same writes sealed before a reload that kept only the outbox: the pull
      // already found that object in the log, so it is not logged again.
      if (this.known.has(object.name)) continue;
      this.learn(this.heldOf(kind, id), object.name);
      this.unsaved.add(object.name);
      sealed.push(object);
    }
    if (sealed.length > 0) this.batches.push({ objects: sealed });
  }

  /** Bytes waiting to go: sealed batches as they are, unsealed writes as estimated. */
  private waiting(): number {
    let bytes = 0;
    for (const batch of this.batches) for (const o of batch.objects) bytes += o.bytes.byteLength;
    for (const { ops } of this.outbox.values()) bytes += sizeOf(ops);
    return bytes;
  }

  private async pushNow(): Promise<number> {
    const { relay, codec } = this.options;
    let sent = 0;
    // Progress is told for a push larger than one batch, over all of it.
    const large = this.waiting() > SEAL_SLICE_BYTES;
    let done = 0;
    for (;;) {
      // Batches sealed before (a push that failed, a reload) go first, as they are.
      while (this.batches.length === 0 && this.outbox.size > 0) await this.seal();
      const batch = this.batches[0];
      if (batch === undefined) break;
      const total = done + this.waiting();
      const names = batch.objects.map((object) => object.name);
      const missing = new Set(await relay.missingObjects(names));
      const sending = batch.objects.filter((o) => missing.has(o.name));
      const size = (objects: readonly Sealed[]) =>
        objects.reduce((sum, o) => sum + o.bytes.byteLength, 0);
      // What the relay already has counts as gone.
      done += size(batch.objects) - size(sending);
      for (const slice of slicesBySize(sending, SEND_SLICE_BYTES)) {
        await relay.putObjects(slice);
        done += size(slice);
        if (large) this.options.progress?.({ phase: 'sending', done, total });
      }
      let landed = false;
      for (let attempt = 0; attempt < (this.options.attempts ?? 8) && !landed; attempt++) {
        const entry = await codec.sealEntry(
          this.head,
          encodeEntry({ device: this.id, objects: names }),
        );
        const result = await relay.appendLog(this.head, { id: entry.name, bytes: entry.bytes });
        if (result.ok) {
          this.head = entry.name;
          this.landed();
          landed = true;
        } else {
          await this.pullNow();
          // The pull may show that an earlier try did land and only its answer was lost.
          landed = this.batches[0] !== batch;
        }
      }
      if (!landed) throw new SyncError('contended', 'other devices kept moving the log');
      sent++;
      await this.checkpointAfter(size(batch.objects));
    }
    return sent;
  }

  /** Records whose shown value may have changed through a pull since the last call; clears the list. */
  takePulled(): Array<{ kind: string; id: string }> {
    const out = [...this.pulled.values()];
    this.pulled.clear();
    return out;
  }

  /**
   * What changed since the last save (or the restore), to keep in the local vault:
   * the meta whole, each record whose writes or objects changed, the sealed objects of
   * batches made since, and the sealed objects kept before that the log now holds. The
   * first save of a new device holds everything. `everything` gives every record and
   * every sealed object of the unpushed batches again, for when a save could not be
   * stored. Call it after every change, before the change can be pushed: a write that
   * left the device and was not saved would, after a reload, have its stamp used again.
   */
  save(
    options: {
      readonly everything?: boolean;
      /** Records to give again although unchanged (a save written in parts, app side). */
      readonly again?: Iterable<{ readonly kind: string; readonly id: string }>;
    } = {},
  ): DeviceSave {
    const keys = new Set(options.everything === true ? this.records.keys() : this.dirty);
    for (const { kind, id } of options.again ?? []) keys.add(keyOf(kind, id));
    const records: Array<{ key: string; state: RecordSave }> = [];
    for (const key of keys) {
      const held = this.records.get(key);
      if (held === undefined) continue;
      records.push({
        key: recordSaveKey(held.kind, held.id),
        state: { kind: held.kind, id: held.id, ops: held.state.ops(), objects: [...held.objects] },
      });
    }
    const sealed: Array<{ name: string; bytes: Uint8Array }> = [];
    for (const batch of this.batches) {
      for (const { name, bytes } of batch.objects) {
        if (options.everything !== true && !this.unsaved.has(name)) continue;
        sealed.push({ name, bytes });
        this.kept.add(name);
      }
    }
    const meta: MetaSave = {
      v: SAVE_VERSION,
      device: this.id,
      clock: this.clock.last,
      head: this.head,
      outbox: [...this.outbox.values()].map(({ kind, id, ops }) => ({
        kind,
        id,
        stamps: ops.map((op) => op.stamp),
      })),
      batches: this.batches.map((batch) => batch.objects.map((object) => object.name)),
    };
    const released = [...this.released];
    this.dirty.clear();
    this.unsaved.clear();
    this.released.clear();
    return { meta, records, sealed, released };
  }

  /**
   * The device again, from everything kept of its saves: the same records, writes,
   * clock, head, unsealed writes and sealed batches (pushed later under the same names).
   * Every part is checked first; a save it cannot read is refused whole with SyncError
   * 'malformed'. Sealed objects kept that no batch needs are released by the next save.
   */
  static restore(options: DeviceOptions, saved: DeviceSaved): SyncDevice {
    const device = new SyncDevice(options);
    try {
      device.restoreFrom(saved);
    } catch (error) {
      // Whatever a damaged save made go wrong, it is refused the same way, whole.
      if (isSyncError(error, 'malformed')) throw error;
      const why = error instanceof Error ? error.message : String(error);
      throw new SyncError('malformed', `saved sync state: ${why}`);
    }
    return device;
  }

  /** Fills a new device from a save; throws on anything it cannot read. */
  private restoreFrom(saved: DeviceSaved): void {
    const refuse = (why: string): never => {
      throw new SyncError('malformed', `saved sync state: ${why}`);
    };
    // The types say what a save should be; what storage gives back may be anything.
    const given: unknown = saved;
    if (!isPlainObject(given)) return refuse('not a save');
    if (!(given.sealed instanceof Map)) refuse('the sealed objects are not a map');
    const list = given.records;
    if (typeof list !== 'object' || list === null || !(Symbol.iterator in list)) {
      refuse('no list of records');
    }
    const meta = readMetaSave(saved.meta, this.id);
    const owner = new Map<string, string>();
    for (const value of saved.records) {
      const { kind, id, ops, objects } = readRecordSave(value);
      const key = keyOf(kind, id);
      if (this.records.has(key)) refuse(`${kind} ${id} is there twice`);
      const held = this.heldOf(kind, id);
      for (const op of ops) {
        if (!held.state.apply(op)) refuse(`${kind} ${id} holds a write twice`);
        this.clock.observe(op.stamp);
      }
      for (const name of objects) {
        if (owner.has(name)) refuse(`object ${name} belongs to two records`);
        owner.set(name, key);
        held.objects.add(name);
        this.known.add(name);
      }
    }
    this.clock.observe(meta.clock);
    for (const { kind, id, stamps, ops: given } of meta.outbox) {
      const key = keyOf(kind, id);
      const held = this.records.get(key);
      if (this.outbox.has(key)) refuse(`${kind} ${id} is in the outbox twice`);
      const ops = stamps.map((stamp) => held?.state.opAt(stamp));
      const whole = (op: Op | undefined): op is Op => op !== undefined;
      if (!held || !ops.every(whole) || (given && !given.every((op) => held.state.holds(op)))) {
        return refuse(`the outbox holds a write ${kind} ${id} lacks`);
      }
      this.outbox.set(key, { kind, id, ops });
    }
    const batched = new Set<string>();
    for (const names of meta.batches) {
      if (names.length > MAX_BATCH_OBJECTS) refuse('a batch is too large');
      const objects = names.map((name): Sealed => {
        const bytes = saved.sealed.get(name);
        if (!(bytes instanceof Uint8Array) || bytes.length === 0) {
          return refuse(`the sealed object ${name} is not kept`);
        }
        if (!this.known.has(name)) refuse(`no record knows the sealed object ${name}`);
        if (batched.has(name)) refuse(`object ${name} is in two batches`);
        batched.add(name);
        return { name, bytes: new Uint8Array(bytes) };
      });
      this.batches.push({ objects });
    }
    for (const name of saved.sealed.keys()) {
      if (batched.has(name)) this.kept.add(name);
      else this.released.add(name);
    }
    this.head = meta.head;
  }
}
