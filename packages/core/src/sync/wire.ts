import { utf8, type Bytes } from '../vault/bytes.ts';
import { SyncError } from './errors.ts';
import { isDeviceId, isStamp } from './hlc.ts';
import { canonicalJson, isPlainObject } from './json.ts';
import type { Op } from './state.ts';

/*
 * The plaintext of objects and log entries, version 2. Both are canonical JSON, so the
 * same change always has the same bytes and so the same name.
 */

export const WIRE_VERSION = 2;
/** More objects than this in one batch are sent as several batches. */
export const MAX_BATCH_OBJECTS = 1000;

/** Every write of one batch to one record. */
export interface ObjectBody {
  readonly kind: string;
  readonly id: string;
  /** The kind's schema version the values are written in. */
  readonly version: number;
  readonly ops: readonly Op[];
}

export interface EntryBody {
  readonly device: string;
  readonly objects: readonly string[];
}

export const encodeObject = (body: ObjectBody): Bytes =>
  utf8(canonicalJson({ v: WIRE_VERSION, ...body }));

export const encodeEntry = (body: EntryBody): Bytes =>
  utf8(canonicalJson({ v: WIRE_VERSION, ...body }));

function json(bytes: Uint8Array): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new SyncError('malformed', 'not JSON');
  }
  if (!isPlainObject(parsed) || parsed.v !== WIRE_VERSION) {
    throw new SyncError('malformed', 'not a version 2 body');
  }
  return parsed;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const stamps = (value: unknown): value is string[] => Array.isArray(value) && value.every(isStamp);

function readOp(value: unknown): Op {
  if (isPlainObject(value) && isStamp(value.stamp)) {
    const { t, stamp } = value;
    if (t === 'delete' && stamps(value.covers)) return { t, stamp, covers: value.covers };
    if (t === 'add' && 'element' in value) return { t, stamp, element: value.element };
    if (
      t === 'field' &&
      Array.isArray(value.path) &&
      value.path.every((part) => typeof part === 'string') &&
      stamps(value.bases)
    ) {
      const path = value.path as string[];
      return 'value' in value
        ? { t, stamp, path, bases: value.bases, value: value.value }
        : { t, stamp, path, bases: value.bases };
    }
  }
  throw new SyncError('malformed', 'not a write');
}

export function decodeObject(bytes: Uint8Array): ObjectBody {
  const o = json(bytes);
  const { kind, id, version, ops } = o;
  if (!isText(kind) || !isText(id) || !Number.isInteger(version) || !Array.isArray(ops)) {
    throw new SyncError('malformed', 'not an object body');
  }
  return { kind, id, version: version as number, ops: ops.map(readOp) };
}

export function decodeEntry(bytes: Uint8Array): EntryBody {
  const o = json(bytes);
  const { device, objects } = o;
  if (!isDeviceId(device) || !Array.isArray(objects) || !objects.every(isText)) {
    throw new SyncError('malformed', 'not a log entry');
  }
  return { device, objects };
}
