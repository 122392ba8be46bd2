import type { FieldPattern, MergeRule } from '../records/kind.ts';
import { compareStamps, type Stamp } from './hlc.ts';
import { canonicalJson, isPlainObject } from './json.ts';

/*
 * What sync keeps of one record: every write any device made to it, never a merged
 * copy. A write is immutable and named by its stamp, so merging is adding writes to a
 * set, which gives the same result in any order and any number of times. What a
 * record shows is worked out from that set and the kind's merge rule (records/kind.ts).
 */

export type Path = readonly string[];

/** A leaf written: `value` absent means the field was taken away. */
export interface FieldOp {
  readonly t: 'field';
  readonly stamp: Stamp;
  readonly path: Path;
  /** The writes to this field the writing device showed and so replaced. */
  readonly bases: readonly Stamp[];
  readonly value?: unknown;
}

/** An element added to a grow-only list. */
export interface AddOp {
  readonly t: 'add';
  readonly stamp: Stamp;
  readonly element: unknown;
}

/** A delete, naming every write the deleting device had: only those it removes. */
export interface DeleteOp {
  readonly t: 'delete';
  readonly stamp: Stamp;
  readonly covers: readonly Stamp[];
}

export type Op = FieldOp | AddOp | DeleteOp;

/** The text (or list) that did not win a concurrent write, kept for the person. */
export interface ConflictCopy {
  readonly path: Path;
  readonly stamp: Stamp;
  readonly value: unknown;
}

export interface RecordView {
  readonly value: unknown;
  readonly conflicts: readonly ConflictCopy[];
  /** Deleted on some device, then changed on one that had not seen the delete. */
  readonly revived: boolean;
}

export const pathKey = (path: Path): string => JSON.stringify(path);

export const matches = (pattern: FieldPattern, path: Path): boolean =>
  pattern.length === path.length && pattern.every((part, i) => part === '*' || part === path[i]);

/** Every leaf of a value by path; objects are walked into, anything else is a leaf. */
export function flatten(
  value: unknown,
  skip?: string,
): Map<string, { path: Path; value: unknown }> {
  const leaves = new Map<string, { path: Path; value: unknown }>();
  const walk = (inner: unknown, path: string[]) => {
    if (isPlainObject(inner) && (path.length > 0 || Object.keys(inner).length > 0)) {
      const keys = Object.keys(inner).filter((key) => !(path.length === 0 && key === skip));
      if (keys.length === 0 && path.length > 0) leaves.set(pathKey(path), { path, value: {} });
      for (const key of keys) walk(inner[key], [...path, key]);
    } else {
      leaves.set(pathKey(path), { path, value: inner });
    }
  };
  walk(value, []);
  return leaves;
}

/** The value the leaves make; parents before children, so the shape is always the same. */
function assemble(leaves: ReadonlyArray<{ path: Path; value: unknown }>): unknown {
  const ordered = [...leaves].sort(
    (a, b) => a.path.length - b.path.length || (pathKey(a.path) < pathKey(b.path) ? -1 : 1),
  );
  let root: unknown = undefined;
  for (const { path, value } of ordered) {
    if (path.length === 0) {
      root = value;
      continue;
    }
    if (!isPlainObject(root)) root = {};
    let node = root as Record<string, unknown>;
    for (const part of path.slice(0, -1)) {
      const next = node[part];
      node = isPlainObject(next) ? next : (node[part] = {});
    }
    const last = path[path.length - 1] ?? '';
    if (!(isPlainObject(value) && isPlainObject(node[last]))) node[last] = value;
  }
  return root;
}

export class RecordState {
  private readonly fields = new Map<string, Map<Stamp, FieldOp>>();
  private readonly added = new Map<Stamp, AddOp>();
  private readonly deletes = new Map<Stamp, DeleteOp>();
  private readonly covered = new Set<Stamp>();

  /** Takes in one write; false when it was already here. */
  apply(op: Op): boolean {
    if (op.t === 'delete') {
      if (this.deletes.has(op.stamp)) return false;
      this.deletes.set(op.stamp, op);
      for (const stamp of op.covers) this.covered.add(stamp);
      return true;
    }
    if (op.t === 'add') {
      if (this.added.has(op.stamp)) return false;
      this.added.set(op.stamp, op);
      return true;
    }
    const key = pathKey(op.path);
    let writes = this.fields.get(key);
    if (!writes) this.fields.set(key, (writes = new Map()));
    if (writes.has(op.stamp)) return false;
    writes.set(op.stamp, op);
    return true;
  }

  /**
   * Every write held, deletes too: fields in the order their paths were first written,
   * each field's writes in the order they came, so that applying them again in this
   * order gives a state that behaves the same in every way (a reload, sync/persist.ts).
   */
  ops(): Op[] {
    const ops: Op[] = [];
    for (const writes of this.fields.values()) ops.push(...writes.values());
    ops.push(...this.added.values(), ...this.deletes.values());
    return ops;
  }

  /** Whether exactly this write is held (the same stamp and the same content). */
  holds(op: Op): boolean {
    const held =
      op.t === 'delete'
        ? this.deletes.get(op.stamp)
        : op.t === 'add'
          ? this.added.get(op.stamp)
          : this.fields.get(pathKey(op.path))?.get(op.stamp);
    return held !== undefined && canonicalJson(held) === canonicalJson(op);
  }

  /** The write of this stamp, when it is held (a device's stamps never repeat). */
  opAt(stamp: Stamp): Op | undefined {
    const found = this.added.get(stamp) ?? this.deletes.get(stamp);
    if (found) return found;
    for (const writes of this.fields.values()) {
      const write = writes.get(stamp);
      if (write) return write;
    }
    return undefined;
  }

  /** Every write but deletes: what a delete made now would cover. */
  stamps(): Stamp[] {
    const stamps = [...this.added.keys()];
    for (const writes of this.fields.values()) stamps.push(...writes.keys());
    return stamps.sort(compareStamps);
  }

  /** A record shows while any write is one no delete covers. */
  live(): boolean {
    return this.stamps().some((stamp) => !this.covered.has(stamp));
  }

  /** The writes to a field that no later write replaced, newest first. */
  heads(path: Path): FieldOp[] {
    const writes = [...(this.fields.get(pathKey(path))?.values() ?? [])];
    const replaced = new Set(writes.flatMap((write) => write.bases));
    return writes
      .filter((write) => !replaced.has(write.stamp))
      .sort((a, b) => compareStamps(b.stamp, a.stamp));
  }

  /** Whether any write to this field, replaced or not, ever set exactly this value. */
  held(path: Path, value: unknown): boolean {
    const text = canonicalJson(value);
    for (const write of this.fields.get(pathKey(path))?.values() ?? []) {
      if ('value' in write && canonicalJson(write.value) === text) return true;
    }
    return false;
  }

  /** Every field path that has ever been written. */
  paths(): Path[] {
    return [...this.fields.values()].flatMap((writes) => {
      const first = writes.values().next();
      return first.done === true ? [] : [first.value.path];
    });
  }

  /** The elements of the grow-only list, each once, in the order they were first added. */
  elements(): unknown[] {
    const byContent = new Map<string, unknown>();
    const ops = [...this.added.values()].sort((a, b) => compareStamps(a.stamp, b.stamp));
    for (const op of ops) {
      const key = canonicalJson(op.element);
      if (!byContent.has(key)) byContent.set(key, op.element);
    }
    return [...byContent.values()];
  }

  view(rule: Exclude<MergeRule, { strategy: 'local' }>): RecordView | undefined {
    if (!this.live()) return undefined;
    const leaves: { path: Path; value: unknown }[] = [];
    const conflicts: ConflictCopy[] = [];
    for (const path of this.paths()) {
      const [winner, ...others] = this.heads(path);
      if (winner === undefined) continue;
      if ('value' in winner) leaves.push({ path, value: winner.value });
      if (!rule.conflictCopies.some((pattern) => matches(pattern, path))) continue;
      const shown = 'value' in winner ? canonicalJson(winner.value) : undefined;
      for (const other of others) {
        if ('value' in other && canonicalJson(other.value) !== shown) {
          conflicts.push({ path, stamp: other.stamp, value: other.value });
        }
      }
    }
    if (rule.strategy === 'grow-only') {
      leaves.push({ path: [rule.list], value: this.elements() });
    }
    conflicts.sort((a, b) =>
      pathKey(a.path) < pathKey(b.path)
        ? -1
        : pathKey(a.path) > pathKey(b.path)
          ? 1
          : compareStamps(a.stamp, b.stamp),
    );
    return { value: assemble(leaves), conflicts, revived: this.deletes.size > 0 };
  }
}
