import { hmacSign } from '../crypto/webcrypto.ts';
import { open, seal } from './aead.ts';
import { concat, toHex, u32, utf8, wipe, type Bytes } from './bytes.ts';
import { decodeEnvelope, encodeEnvelope, recordAad } from './envelope.ts';
import { CorruptError, TamperedError } from './errors.ts';
import type { RecordKeys } from './keys.ts';
import { pad, unpad } from './padding.ts';

const MAX_NAME_LENGTH = 256;
const NAME_BYTES = 16;
const KIND_DOMAIN = 1;
const ID_DOMAIN = 2;

/** Where a record lives in the store: both parts are HMACs, so neither says anything. */
export type StorageName = { readonly tag: string; readonly id: string };

export function assertName(value: unknown, what: 'kind' | 'id'): asserts value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_NAME_LENGTH) {
    throw new RangeError(`${what} must be a string of 1 to ${MAX_NAME_LENGTH} characters`);
  }
}

async function mac(keys: RecordKeys, message: Bytes): Promise<string> {
  const full = await hmacSign(keys.nameKey, message);
  return toHex(full.subarray(0, NAME_BYTES));
}

// A vault uses a handful of kinds, and each kind's tag never changes under the same
// keys: remember it, so a bulk write costs one HMAC per record, not two. The cache
// hangs off the keys object and goes with it when the vault locks.
const kindTags = new WeakMap<RecordKeys, Map<string, Promise<string>>>();

/** Kind names such as "journal" would say what a person keeps; storage sees an HMAC. */
export function kindTag(keys: RecordKeys, kind: string): Promise<string> {
  let tags = kindTags.get(keys);
  if (!tags) kindTags.set(keys, (tags = new Map()));
  let tag = tags.get(kind);
  if (!tag) {
    tag = mac(keys, concat(Uint8Array.of(KIND_DOMAIN), utf8(kind)));
    tags.set(kind, tag);
    tag.catch(() => tags.delete(kind));
  }
  return tag;
}

/** Ids may carry dates or words the app chose; storage sees an HMAC of (kind, id). */
export async function storageName(
  keys: RecordKeys,
  kind: string,
  id: string,
): Promise<StorageName> {
  const kindBytes = utf8(kind);
  const [tag, hashedId] = await Promise.all([
    kindTag(keys, kind),
    mac(keys, concat(Uint8Array.of(ID_DOMAIN), u32(kindBytes.length), kindBytes, utf8(id))),
  ]);
  return { tag, id: hashedId };
}

export type DecodedRecord = {
  readonly id: string;
  readonly value: unknown;
  /** The schema version the value was written in (records/kind.ts); 1 when absent. */
  readonly version: number;
};

/**
 * The plaintext keeps the real id next to the value, so a listing can give it back, and
 * the schema version after them. Version 1 is left out: records written before versions
 * existed are `[id, value]`, and so are version-1 records now, so an older release
 * still reads every record whose shape has not changed since.
 */
function encodePlaintext(id: string, value: unknown, version: number): Bytes {
  if (value === undefined) throw new TypeError('a record value cannot be undefined');
  if (!Number.isInteger(version) || version < 1) throw new RangeError('a record version');
  const json = JSON.stringify(version === 1 ? [id, value] : [id, value, version]);
  if (typeof json !== 'string') throw new TypeError('a record value must be JSON');
  return pad(utf8(json));
}

function decodePlaintext(padded: Bytes): DecodedRecord {
  const json = unpad(padded);
  wipe(padded);
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    throw new CorruptError('record is not JSON');
  } finally {
    wipe(json);
  }
  if (!Array.isArray(parsed) || parsed.length < 2 || parsed.length > 3) {
    throw new CorruptError('record has the wrong shape');
  }
  const [id, value, version = 1]: unknown[] = parsed;
  if (typeof id !== 'string') throw new CorruptError('record has the wrong shape');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new CorruptError('record has a malformed version');
  }
  return { id, value, version };
}

export async function sealRecord(
  keys: RecordKeys,
  name: StorageName,
  id: string,
  value: unknown,
  version = 1,
): Promise<Bytes> {
  const plaintext = encodePlaintext(id, value, version);
  try {
    return encodeEnvelope(await seal(keys.recordKey, plaintext, recordAad(name.tag, name.id)));
  } finally {
    wipe(plaintext);
  }
}

export async function openRecord(
  keys: RecordKeys,
  name: StorageName,
  stored: Uint8Array,
): Promise<DecodedRecord> {
  const { iv, sealed } = decodeEnvelope(stored);
  const plaintext = await open(keys.recordKey, iv, sealed, recordAad(name.tag, name.id));
  if (plaintext === null) throw new TamperedError('record');
  return decodePlaintext(plaintext);
}
