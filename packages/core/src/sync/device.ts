import { mergeRuleOf, putChange, type MergeRule, type RecordKind } from '../records/kind.ts';
import { RECORD_KINDS } from '../records/registry.ts';
import type { SyncCodec, Sealed } from './codec.ts';
import { SyncError } from './errors.ts';
import { HybridClock, type Stamp } from './hlc.ts';
import { canonicalJson, isPlainObject } from './json.ts';
import type { Relay } from './relay.ts';
import { flatten, RecordState, type Op, type Path, type RecordView } from './state.ts';
import {
  decodeEntry,
  decodeObject,
  encodeEntry,
  encodeObject,
  MAX_BATCH_OBJECTS,
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
}

type SyncedRule = Exclude<MergeRule, { strategy: 'local' }>;

interface Batch {
  readonly objects: readonly Sealed[];
}

const keyOf = (kind: string, id: string) => `${kind}\u0000${id}`;

export class SyncDevice {
  readonly id: string;
  private readonly clock: HybridClock;
  private readonly kinds: readonly RecordKind<unknown>[];
  private readonly records = new Map<string, { kind: string; id: string; state: RecordState }>();
  /** Writes made here and not yet sealed into a batch, by record. */
  private outbox = new Map<string, { kind: string; id: string; ops: Op[] }>();
  private readonly batches: Batch[] = [];
  /** Objects this device made or has already taken in. */
  private readonly known = new Set<string>();
  private head: string | null = null;
  /** Network work runs one step at a time, so two pulls never apply the same entry. */
  private queue: Promise<unknown> = Promise.resolve();

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

  private stateOf(kind: string, id: string): RecordState {
    const key = keyOf(kind, id);
    let entry = this.records.get(key);
    if (!entry) this.records.set(key, (entry = { kind, id, state: new RecordState() }));
    return entry.state;
  }

  private write(kind: RecordKind<unknown>, id: string, op: Op): void {
    this.stateOf(kind.kind, id).apply(op);
    const key = keyOf(kind.kind, id);
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
  put(kind: RecordKind<unknown>, id: string, given: unknown): void {
    const rule = this.ruleOf(kind);
    // What reaches other devices is checked here first, as putChange checks what is stored.
    const change = putChange(kind, id, given);
    const value = change.op === 'put' ? change.value : given;
    const state = this.stateOf(kind.kind, id);
    const shown = state.view(rule);
    const skip = rule.strategy === 'grow-only' ? rule.list : undefined;
    const next = flatten(value, skip);
    const before = shown ? flatten(shown.value, skip) : new Map<string, { value: unknown }>();
    const paths = new Map<string, Path>();
    for (const [key, leaf] of next) paths.set(key, leaf.path);
    for (const path of state.paths()) paths.set(JSON.stringify(path), path);
    for (const [key, path] of paths) {
      const now = next.get(key);
      const was = before.get(key);
      if (shown && now && was && canonicalJson(now.value) === canonicalJson(was.value)) continue;
      if (shown && !now && !was) continue;
      const bases = state.heads(path).map((head) => head.stamp);
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

  private async pullNow(): Promise<number> {
    const { relay, codec } = this.options;
    const entries = await relay.readLog(this.head);
    for (const entry of entries) {
      const body = decodeEntry(await codec.openEntry(this.head, entry.id, entry.bytes));
      const wanted = body.objects.filter((name) => !this.known.has(name));
      const fetched =
        wanted.length > 0 ? await relay.getObjects(wanted) : new Map<string, Uint8Array>();
      const objects: ObjectBody[] = [];
      for (const name of wanted) {
        const bytes = fetched.get(name);
        if (bytes === undefined) throw new SyncError('missing-object', `the log names ${name}`);
        objects.push(decodeObject(await codec.openObject(name, bytes)));
      }
      // Only once every object of the entry is here and checked does any of it count.
      for (const object of objects) {
        const state = this.stateOf(object.kind, object.id);
        for (const op of object.ops) {
          state.apply(op);
          this.clock.observe(op.stamp);
        }
      }
      for (const name of body.objects) this.known.add(name);
      this.head = entry.id;
      this.dropPublished(new Set(body.objects));
    }
    return entries.length;
  }

  /** A batch whose every object the log already names (its answer was lost) is done. */
  private dropPublished(published: ReadonlySet<string>): void {
    const first = this.batches[0];
    if (first && first.objects.every((object) => published.has(object.name))) this.batches.shift();
  }

  private async seal(): Promise<void> {
    if (this.outbox.size === 0) return;
    const pending = [...this.outbox.values()];
    this.outbox = new Map();
    const sealed: Sealed[] = [];
    for (const { kind, id, ops } of pending) {
      const declared = this.kinds.find((k) => k.kind === kind);
      const object = await this.options.codec.sealObject(
        encodeObject({ kind, id, version: declared?.version ?? 1, ops }),
      );
      this.known.add(object.name);
      sealed.push(object);
    }
    for (let i = 0; i < sealed.length; i += MAX_BATCH_OBJECTS) {
      this.batches.push({ objects: sealed.slice(i, i + MAX_BATCH_OBJECTS) });
    }
  }

  private async pushNow(): Promise<number> {
    const { relay, codec } = this.options;
    await this.seal();
    let sent = 0;
    while (this.batches.length > 0) {
      const batch = this.batches[0];
      if (batch === undefined) break;
      const names = batch.objects.map((object) => object.name);
      const missing = new Set(await relay.missingObjects(names));
      if (missing.size > 0)
        await relay.putObjects(batch.objects.filter((o) => missing.has(o.name)));
      let landed = false;
      for (let attempt = 0; attempt < (this.options.attempts ?? 8) && !landed; attempt++) {
        const entry = await codec.sealEntry(
          this.head,
          encodeEntry({ device: this.id, objects: names }),
        );
        const result = await relay.appendLog(this.head, { id: entry.name, bytes: entry.bytes });
        if (result.ok) {
          this.head = entry.name;
          this.batches.shift();
          landed = true;
        } else {
          await this.pullNow();
          // The pull may show that an earlier try did land and only its answer was lost.
          landed = this.batches[0] !== batch;
        }
      }
      if (!landed) throw new SyncError('contended', 'other devices kept moving the log');
      sent++;
    }
    return sent;
  }
}
