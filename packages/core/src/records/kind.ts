import type { VaultChange } from '../vault/change.ts';
import type { Issue, Parsed } from '../schema/issues.ts';

/*
 * A kind of record the vault stores, declared once: its stored name, the schema
 * version written now, how a value is checked, how every earlier version becomes the
 * current one, and whether it belongs to the person's record or to this device.
 *
 * The version is stored inside the encrypted record, next to its id (vault/records.ts);
 * a record written before versions existed is version 1. Reading migrates an older
 * value step by step (1 → 2 → …), then checks it. A value that cannot be read (written
 * by a newer release, damaged, or failing its check) is reported as unreadable and left
 * in storage exactly as it is: nothing rewrites it, backups carry it, screens count it.
 */

/**
 * 'content': part of what the person keeps (backed up, and synced to their other
 * devices); 'local': this device's own (its lock settings, a draft, the relay key).
 */
export type Scope = 'content' | 'local';

/** A path into a value, where '*' stands for any one key. */
export type FieldPattern = readonly string[];

/**
 * How copies of a record written on different devices come together (sync/, and
 * docs/sync-v2.md). Kept here, beside each kind, so a new kind says how it merges.
 *
 * - 'fields': every leaf of the value (a string, number, list…; objects are walked
 *   into) is its own field, and the latest write by the hybrid clock wins. When two
 *   devices wrote a field without either having seen the other's write, the value that
 *   did not win is kept as a conflict copy if the field matches `conflictCopies` (free
 *   text, lists the person typed): shown, for the person to keep or drop.
 * - 'grow-only': as 'fields', except the list under `list` only ever grows: every
 *   element any device added is kept, as it was written (its own times included), in
 *   the order of the hybrid clock when it was added. An element added by a device that
 *   had seen another comes after it, whatever the devices' wall clocks say.
 * - 'local': this device's own; never leaves it.
 *
 * In every rule a delete removes only what the deleting device had seen: a write it
 * had not seen brings the record back, whole.
 */
export type MergeRule =
  | { readonly strategy: 'local' }
  | { readonly strategy: 'fields'; readonly conflictCopies: readonly FieldPattern[] }
  | {
      readonly strategy: 'grow-only';
      readonly list: string;
      readonly conflictCopies: readonly FieldPattern[];
    };

export interface RecordKind<T> {
  /** A name for people and tests ('daily check-in'); unique in the registry. */
  readonly name: string;
  /**
   * The name records are stored under. Never change it: it keys the record's storage
   * tag, so a new name would hide every record written under the old one.
   */
  readonly kind: string;
  /** The schema version written now; starts at 1 and only goes up. */
  readonly version: number;
  readonly scope: Scope;
  /** The only ids this kind uses, for kinds that hold one record (settings); else any. */
  readonly ids?: readonly string[];
  /** Checks a value of the current version and rebuilds it from checked fields. */
  parse(value: unknown): Parsed<T>;
  /**
   * `migrate[v]` turns a version-v value into a version-(v+1) value, for every v from 1
   * to version − 1. Each may throw: the record is then unreadable ('migration-failed').
   */
  readonly migrate: Readonly<Record<number, (value: unknown) => unknown>>;
  /** For kinds whose value repeats its own id: the id it says, to match the stored one. */
  idOf?(value: T): string;
  /** How copies from several devices merge; a 'local' kind needs none. */
  readonly merge?: MergeRule;
}

const LOCAL: MergeRule = { strategy: 'local' };

/** The kind's merge rule: its own, or 'local' for a local kind. */
export function mergeRuleOf(kind: RecordKind<unknown>): MergeRule {
  if (kind.scope === 'local') return LOCAL;
  if (kind.merge === undefined) throw new RangeError(`${kind.name}: no merge rule`);
  return kind.merge;
}

export type UnreadableCode =
  | 'tampered'
  | 'not-json'
  | 'newer-version'
  | 'unknown-version'
  | 'migration-failed'
  | 'invalid'
  | 'wrong-id';

export interface Unreadable {
  readonly id: string;
  readonly code: UnreadableCode;
  /** The version the record says it has, when it could be read that far. */
  readonly version?: number;
  /** What the check found, for 'invalid'. */
  readonly issues?: readonly Issue[];
}

export type ReadResult<T> =
  | { readonly ok: true; readonly id: string; readonly value: T; readonly storedVersion: number }
  | ({ readonly ok: false } & Unreadable);

/** Every record of a kind: those that read, and those that did not (counted, kept). */
export interface ReadAll<T> {
  readonly items: ReadonlyArray<{ readonly id: string; readonly value: T }>;
  readonly unreadable: readonly Unreadable[];
}

export function defineKind<T>(definition: RecordKind<T>): RecordKind<T> {
  if (!Number.isInteger(definition.version) || definition.version < 1) {
    throw new RangeError(`${definition.name}: version must be a whole number from 1`);
  }
  for (let v = 1; v < definition.version; v++) {
    if (typeof definition.migrate[v] !== 'function') {
      throw new RangeError(`${definition.name}: no migration from version ${v}`);
    }
  }
  const strategy = definition.merge?.strategy;
  if (
    definition.scope === 'content'
      ? strategy === undefined || strategy === 'local'
      : strategy !== undefined && strategy !== 'local'
  ) {
    throw new RangeError(
      `${definition.name}: a ${definition.scope} kind cannot merge as ${strategy ?? 'nothing'}`,
    );
  }
  return definition;
}

type Stored = { readonly id: string; readonly value: unknown; readonly version: number };

/** A value as stored, with its version, made current and checked. */
export function readStored<T>(kind: RecordKind<T>, stored: Stored): ReadResult<T> {
  const read = readValue(kind, stored);
  return 'code' in read
    ? { ok: false, ...read }
    : { ok: true, id: stored.id, value: read.value, storedVersion: stored.version };
}

/**
 * readStored for many records at once (a screen's whole list): each readable one is
 * added to `items` as `{ id, value }`, each other one to `unreadable`, without the
 * result object in between (10,000 journal entries; bench/journal.bench.ts).
 */
export function readStoredInto<T>(
  kind: RecordKind<T>,
  stored: Stored,
  items: Array<{ readonly id: string; readonly value: T }>,
  unreadable: Unreadable[],
): void {
  const read = readValue(kind, stored);
  if ('code' in read) unreadable.push(read);
  else items.push({ id: stored.id, value: read.value });
}

function readValue<T>(kind: RecordKind<T>, stored: Stored): { readonly value: T } | Unreadable {
  const { id, version } = stored;
  if (version > kind.version) return { id, code: 'newer-version', version };
  if (!Number.isInteger(version) || version < 1) {
    return { id, code: 'unknown-version', version };
  }
  let value = stored.value;
  for (let v = version; v < kind.version; v++) {
    try {
      value = kind.migrate[v]?.(value);
    } catch {
      return { id, code: 'migration-failed', version };
    }
  }
  const parsed = kind.parse(value);
  if (!parsed.ok) return { id, code: 'invalid', version, issues: parsed.issues };
  if (kind.idOf && kind.idOf(parsed.value) !== id) return { id, code: 'wrong-id', version };
  return parsed;
}

/** A value that does not pass its kind's check: refused before anything is written. */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';
  constructor(
    readonly kind: string,
    readonly issues: readonly Issue[],
  ) {
    super(`${kind}: ${issues.map((i) => `${i.path || '(value)'} ${i.message}`).join('; ')}`);
  }
}

declare const CHECKED: unique symbol;

/** A change made by putChange or deleteChange: the only kind the app may commit. */
export type CheckedChange = VaultChange & { readonly [CHECKED]: true };

const checked = (change: VaultChange): CheckedChange =>
  // The brand exists only in the type: a change is checked because one of the two
  // functions below made it.
  change as CheckedChange;

/**
 * The change that puts `value` under `id`, checked first, written as the kind's current
 * version, and rebuilt from checked fields so nothing unchecked reaches storage.
 */
export function putChange<T>(kind: RecordKind<T>, id: string, value: T): CheckedChange {
  if (kind.ids !== undefined && !kind.ids.includes(id)) {
    throw new RangeError(`${kind.name}: no record "${id}"`);
  }
  const parsed = kind.parse(value);
  if (!parsed.ok) throw new InvalidRecordError(kind.name, parsed.issues);
  if (kind.idOf && kind.idOf(parsed.value) !== id) {
    throw new InvalidRecordError(kind.name, [
      { path: 'id', code: 'mismatch', message: `says ${kind.idOf(parsed.value)}, stored as ${id}` },
    ]);
  }
  return checked({ op: 'put', kind: kind.kind, id, value: parsed.value, version: kind.version });
}

export function deleteChange(kind: RecordKind<unknown>, id: string): CheckedChange {
  return checked({ op: 'delete', kind: kind.kind, id });
}
