import { readU32, u32, utf8, type Bytes } from '../vault/bytes.ts';
import { SyncError } from './errors.ts';
import { isDeviceId, isStamp } from './hlc.ts';
import { canonicalJson, isPlainObject } from './json.ts';
import type { FieldOp, Op } from './state.ts';

/*
 * The plaintext of objects and log entries, version 2. Both are canonical JSON, so the
 * same change always has the same bytes and so the same name, except an object of an
 * attachment chunk: its base64 values travel as raw bytes after a small JSON header
 * (a frame, below), so a photo is not sent a third larger than it is.
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

/*
 * A framed object: MAGIC, the header's length (4 bytes, big-endian), the header
 * (canonical JSON: the body, with each raw op's `value` replaced by `seg`, the index of
 * its segment, and `segments`, every segment's length), then the segments, in order.
 * JSON never starts with a zero byte, so the first byte tells the two forms apart.
 * A frame is written only for an attachment chunk with at least one value to carry
 * raw, and read only when it is exactly what encodeObject would have written.
 */
const MAGIC = Uint8Array.of(0x00, 0x53, 0x46, WIRE_VERSION);
const PREFIX = MAGIC.length + 4;
const FRAMED_KIND = 'attachment-chunk';
const RAW_OP_KEYS = ['bases', 'path', 'seg', 'stamp', 't'].join();

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PAD = 0x3d; // '='
const ENCODE = utf8(ALPHABET);
/** Each character code's six bits, or 64 for a character not in the alphabet. */
const DECODE = new Uint8Array(256).fill(64);
ENCODE.forEach((code, sextet) => (DECODE[code] = sextet));
const ascii = new TextDecoder('latin1');

/** Standard padded base64 of `bytes`: the only text that decodes back to them here. */
export function toBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  const whole = bytes.length - (bytes.length % 3);
  let o = 0;
  for (let i = 0; i < whole; i += 3) {
    const n =
      ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out[o] = ENCODE[n >>> 18] as number;
    out[o + 1] = ENCODE[(n >>> 12) & 63] as number;
    out[o + 2] = ENCODE[(n >>> 6) & 63] as number;
    out[o + 3] = ENCODE[n & 63] as number;
    o += 4;
  }
  const rest = bytes.length - whole;
  if (rest > 0) {
    const n =
      ((bytes[whole] as number) << 16) | (rest === 2 ? (bytes[whole + 1] as number) << 8 : 0);
    out[o] = ENCODE[n >>> 18] as number;
    out[o + 1] = ENCODE[(n >>> 12) & 63] as number;
    out[o + 2] = rest === 2 ? (ENCODE[(n >>> 6) & 63] as number) : PAD;
    out[o + 3] = PAD;
  }
  return ascii.decode(out);
}

/**
 * The bytes of canonical base64 text (standard alphabet, padded, unused bits zero), or
 * undefined for any other text, so that toBase64 of the result is `text` again.
 */
export function fromCanonicalBase64(text: string): Bytes | undefined {
  if (text.length % 4 !== 0) return undefined;
  const pads = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pads);
  // Every quad but a padded last one gives three bytes.
  const whole = pads === 0 ? text.length : text.length - 4;
  const sextet = (at: number) => {
    const code = text.charCodeAt(at);
    return code < 256 ? (DECODE[code] as number) : 64;
  };
  let o = 0;
  for (let i = 0; i < whole; i += 4) {
    const a = sextet(i);
    const b = sextet(i + 1);
    const c = sextet(i + 2);
    const d = sextet(i + 3);
    if ((a | b | c | d) & 64) return undefined;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    out[o] = n >>> 16;
    out[o + 1] = (n >>> 8) & 255;
    out[o + 2] = n & 255;
    o += 3;
  }
  if (pads > 0) {
    const a = sextet(whole);
    const b = sextet(whole + 1);
    const c = pads === 2 ? 0 : sextet(whole + 2);
    if ((a | b | c) & 64) return undefined;
    const n = (a << 18) | (b << 12) | (c << 6);
    // Bits the padding leaves unused must be zero, or two texts would give these bytes.
    if ((n & (pads === 2 ? 0xffff : 0xff)) !== 0) return undefined;
    out[o] = n >>> 16;
    if (pads === 1) out[o + 1] = (n >>> 8) & 255;
  }
  return out;
}

/** The bytes of a chunk field's value when it can travel raw and come back the same. */
function rawValue(kind: string, op: Op): Bytes | undefined {
  if (kind !== FRAMED_KIND || op.t !== 'field' || typeof op.value !== 'string') return undefined;
  return fromCanonicalBase64(op.value);
}

function encodeFrame(body: ObjectBody, raws: readonly (Bytes | undefined)[]): Bytes {
  const segments: Bytes[] = [];
  const ops = body.ops.map((op, i) => {
    const raw = raws[i];
    if (raw === undefined) return op;
    const { t, stamp, path, bases } = op as FieldOp;
    segments.push(raw);
    return { t, stamp, path, bases, seg: segments.length - 1 };
  });
  const header = utf8(
    canonicalJson({
      v: WIRE_VERSION,
      kind: body.kind,
      id: body.id,
      version: body.version,
      ops,
      segments: segments.map((segment) => segment.length),
    }),
  );
  const out = new Uint8Array(
    segments.reduce((sum, segment) => sum + segment.length, PREFIX + header.length),
  );
  out.set(MAGIC);
  out.set(u32(header.length), MAGIC.length);
  out.set(header, PREFIX);
  let offset = PREFIX + header.length;
  for (const segment of segments) {
    out.set(segment, offset);
    offset += segment.length;
  }
  return out;
}

export function encodeObject(body: ObjectBody): Bytes {
  const raws = body.ops.map((op) => rawValue(body.kind, op));
  if (raws.some((raw) => raw !== undefined)) return encodeFrame(body, raws);
  return utf8(canonicalJson({ v: WIRE_VERSION, ...body }));
}

export const encodeEntry = (body: EntryBody): Bytes =>
  utf8(canonicalJson({ v: WIRE_VERSION, ...body }));

function parse(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new SyncError('malformed', 'not JSON');
  }
}

function json(bytes: Uint8Array): Record<string, unknown> {
  const parsed = parse(bytes);
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

function readBody(o: Record<string, unknown>, readOps: (ops: unknown[]) => Op[]): ObjectBody {
  const { kind, id, version, ops } = o;
  if (!isText(kind) || !isText(id) || !Number.isInteger(version) || !Array.isArray(ops)) {
    throw new SyncError('malformed', 'not an object body');
  }
  return { kind, id, version: version as number, ops: readOps(ops) };
}

const isLength = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

function decodeFrame(bytes: Uint8Array): ObjectBody {
  const malformed = (why: string) => new SyncError('malformed', `frame: ${why}`);
  if (bytes.length < PREFIX || MAGIC.some((byte, i) => bytes[i] !== byte)) {
    throw malformed('no frame header');
  }
  const headerLength = readU32(bytes, MAGIC.length);
  if (headerLength > bytes.length - PREFIX) throw malformed('header longer than the frame');
  const headerBytes = bytes.subarray(PREFIX, PREFIX + headerLength);
  const header = parse(headerBytes);
  if (!isPlainObject(header) || header.v !== WIRE_VERSION) throw malformed('not version 2');
  if (canonicalJson(header) !== new TextDecoder().decode(headerBytes)) {
    throw malformed('header is not canonical JSON');
  }
  const { segments } = header;
  if (!Array.isArray(segments) || !segments.every(isLength) || segments.length === 0) {
    throw malformed('no segment lengths');
  }
  const total = segments.reduce((sum, length) => sum + length, 0);
  if (total !== bytes.length - PREFIX - headerLength) {
    throw malformed('segment lengths do not add up to the frame');
  }
  const rest = Object.keys(header).filter((key) => key !== 'segments');
  if (rest.join() !== 'id,kind,ops,v,version') throw malformed('unexpected header fields');
  let next = 0;
  let offset = PREFIX + headerLength;
  const body = readBody(header, (ops) =>
    ops.map((op): Op => {
      if (!isPlainObject(op) || !('seg' in op)) return readOp(op);
      if (Object.keys(op).join() !== RAW_OP_KEYS) throw malformed('a raw write with other fields');
      if (op.seg !== next) throw malformed('segment out of range or out of order');
      const length = segments[next++] as number;
      const value = toBase64(bytes.subarray(offset, offset + length));
      offset += length;
      const read = readOp({ ...op, value });
      if (read.t !== 'field') throw malformed('a raw value that is not a field');
      return read;
    }),
  );
  if (next !== segments.length) throw malformed('a segment no write refers to');
  if (body.kind !== FRAMED_KIND) throw malformed(`a frame of kind ${body.kind}`);
  // A value written as text that would have travelled raw is not what encodeObject writes.
  body.ops.forEach((op, i) => {
    const written = (header.ops as unknown[])[i];
    if (isPlainObject(written) && !('seg' in written) && rawValue(body.kind, op) !== undefined) {
      throw malformed('base64 written as text');
    }
  });
  return body;
}

export function decodeObject(bytes: Uint8Array): ObjectBody {
  if (bytes[0] === MAGIC[0]) return decodeFrame(bytes);
  return readBody(json(bytes), (ops) => ops.map(readOp));
}

export function decodeEntry(bytes: Uint8Array): EntryBody {
  const o = json(bytes);
  const { device, objects } = o;
  if (!isDeviceId(device) || !Array.isArray(objects) || !objects.every(isText)) {
    throw new SyncError('malformed', 'not a log entry');
  }
  return { device, objects };
}
