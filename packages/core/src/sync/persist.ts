import { SyncError } from './errors.ts';
import { isStamp, parseStamp, type Stamp } from './hlc.ts';
import { isPlainObject } from './json.ts';
import type { Op } from './state.ts';

/*
 * What a device keeps in the local vault so that it resumes after a reload exactly
 * where it was (docs/sync-v2.md, "What is built and what is not"). It is kept in three parts
 * so that saving after a change writes only what changed:
 *
 * - the meta: small, rewritten on every save (the clock, the log head, the stamps of the
 *   writes not yet sealed, and the batches sealed but not yet in the log, by object name);
 * - one part per record: its writes and the names of the objects that carried them,
 *   written again only when one of those changed;
 * - the sealed bytes of the unpushed batches, each written once and forgotten once the
 *   relay's log holds it.
 *
 * A save is local data, but storage can be damaged: reading one checks every part, and
 * anything it cannot read refuses the whole save (SyncError 'malformed').
 */

/** What to keep so a device resumes after a reload; every part is JSON-safe except `sealed[].bytes`. */
export interface DeviceSave {
  /**
   * Small and rewritten on every save: device id, the clock's last stamp, the log head,
   * the outbox (the stamps of unsealed writes), and the batches as lists of object names.
   */
  readonly meta: unknown;
  /**
   * One entry per record whose write set changed since the last save (on the first
   * save: all). `key` is stable per (kind, id); it is not meant as a storage id as it
   * is (the app hashes it). `state` is JSON-safe: the record's kind, id, its writes and
   * the names of the objects it knows for this record.
   */
  readonly records: ReadonlyArray<{ readonly key: string; readonly state: unknown }>;
  /** Sealed objects of unpushed batches made since the last save, to keep until pushed. */
  readonly sealed: ReadonlyArray<{ readonly name: string; readonly bytes: Uint8Array }>;
  /** Names of sealed objects saved earlier that are now in the relay's log and may be forgotten. */
  readonly released: readonly string[];
}

/** Everything kept from every save so far: the last meta, each record's last state, the sealed objects not released. */
export interface DeviceSaved {
  readonly meta: unknown;
  /** The `state` values, in any order. */
  readonly records: Iterable<unknown>;
  /** Every sealed object still kept. */
  readonly sealed: ReadonlyMap<string, Uint8Array>;
}

/**
 * Version 2 names the outbox's writes by stamp (the writes themselves are in the records'
 * parts), so the meta stays small however much waits to be sent. Version 1 held them whole;
 * it is still read.
 */
export const SAVE_VERSION = 2;

export interface RecordSave {
  readonly kind: string;
  readonly id: string;
  readonly ops: readonly Op[];
  readonly objects: readonly string[];
}

export interface PendingSave {
  readonly kind: string;
  readonly id: string;
  /** The writes waiting, by stamp; the record's part holds them. */
  readonly stamps: readonly Stamp[];
  /** A version 1 save held the writes themselves: each must equal the record's. */
  readonly ops?: readonly Op[];
}

export interface MetaSave {
  readonly v: typeof SAVE_VERSION;
  readonly device: string;
  readonly clock: Stamp;
  readonly head: string | null;
  readonly outbox: readonly PendingSave[];
  readonly batches: ReadonlyArray<readonly string[]>;
}

/** The key of a record's part of a save: the same for the same (kind, id), always. */
export const recordSaveKey = (kind: string, id: string): string => JSON.stringify([kind, id]);

const refuse = (why: string): never => {
  throw new SyncError('malformed', `saved sync state: ${why}`);
};

const MAX_NAME = 256;
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isName = (value: unknown): value is string => isText(value) && value.length <= MAX_NAME;

/** A value JSON can carry and give back unchanged. */
function isJson(value: unknown, depth = 0): boolean {
  if (depth > 100) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((inner) => isJson(inner, depth + 1));
  if (!isPlainObject(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(value).every((inner) => isJson(inner, depth + 1));
}

const isStamps = (value: unknown): value is Stamp[] => Array.isArray(value) && value.every(isStamp);

function readOp(value: unknown): Op {
  if (!isPlainObject(value) || !isStamp(value.stamp)) return refuse('not a write');
  const { t, stamp } = value;
  if (t === 'delete' && isStamps(value.covers)) return { t, stamp, covers: [...value.covers] };
  if (t === 'add' && 'element' in value && isJson(value.element)) {
    return { t, stamp, element: value.element };
  }
  if (
    t === 'field' &&
    Array.isArray(value.path) &&
    value.path.every((part) => typeof part === 'string') &&
    isStamps(value.bases)
  ) {
    const path = [...(value.path as string[])];
    const bases = [...value.bases];
    if (!('value' in value)) return { t, stamp, path, bases };
    if (isJson(value.value)) return { t, stamp, path, bases, value: value.value };
  }
  return refuse('not a write');
}

function readOps(value: unknown, nonEmpty: boolean): Op[] {
  if (!Array.isArray(value) || (nonEmpty && value.length === 0))
    return refuse('not a list of writes');
  return value.map(readOp);
}

export function readRecordSave(value: unknown): RecordSave {
  if (!isPlainObject(value)) return refuse('a record is not an object');
  const { kind, id, ops, objects } = value;
  if (!isText(kind) || !isText(id)) return refuse('a record has no kind or id');
  if (!Array.isArray(objects) || !objects.every(isName)) return refuse('a record has bad names');
  return { kind, id, ops: readOps(ops, false), objects: [...objects] };
}

export function readMetaSave(value: unknown, device: string): MetaSave {
  if (!isPlainObject(value) || (value.v !== SAVE_VERSION && value.v !== 1)) {
    return refuse('not a version 1 or 2 save');
  }
  const { clock, head, outbox, batches } = value;
  if (value.device !== device) return refuse('made by another device');
  if (typeof clock !== 'string' || parseStamp(clock)?.device !== device) {
    return refuse('no clock of this device');
  }
  if (head !== null && !isName(head)) return refuse('bad log head');
  if (!Array.isArray(outbox)) return refuse('bad outbox');
  const ours = (stamp: Stamp) => parseStamp(stamp)?.device === device;
  const pending = outbox.map((item: unknown): PendingSave => {
    if (!isPlainObject(item) || !isText(item.kind) || !isText(item.id)) {
      return refuse('bad outbox');
    }
    const { kind, id } = item;
    if (value.v === 1) {
      const ops = readOps(item.ops, true);
      if (!ops.every((op) => ours(op.stamp))) {
        return refuse('the outbox holds a write of another device');
      }
      return { kind, id, stamps: ops.map((op) => op.stamp), ops };
    }
    const { stamps } = item;
    if (!isStamps(stamps) || stamps.length === 0) return refuse('bad outbox');
    if (!stamps.every(ours)) return refuse('the outbox holds a write of another device');
    return { kind, id, stamps: [...stamps] };
  });
  if (!Array.isArray(batches)) return refuse('bad batches');
  const lists = batches.map((batch: unknown): string[] => {
    if (!Array.isArray(batch) || batch.length === 0 || !batch.every(isName)) {
      return refuse('bad batch');
    }
    return [...batch];
  });
  return { v: SAVE_VERSION, device, clock, head, outbox: pending, batches: lists };
}
