import type { Bytes } from '../vault/bytes.ts';

/*
 * The evidence package is a ZIP file (PKWARE APPNOTE 6.3.10), so that an advocate's own
 * computer opens it without Steady. Only what the package needs is written and read:
 * entries stored without compression (photos and voice notes are compressed already),
 * UTF-8 names (general purpose flag bit 11), no ZIP64 (a package stays under 4 GiB),
 * no encryption (a package is encrypted whole, outside the ZIP). Each file's CRC-32 is
 * checked on reading, so a damaged byte is found in the file it belongs to.
 */

export interface ZipFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Read back with bytes that fail the CRC-32 the archive gives for them. */
  readonly damaged?: boolean;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8_NAMES = 1 << 11;
const VERSION = 20; // 2.0: stored entries, folders
const MAX_FILES = 0xffff;
const MAX_BYTES = 0xffffffff;
/** 1980-01-01 00:00 in MS-DOS form: files carry no time, so the package shows none. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

const CRC_TABLE = /* @__PURE__ */ (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) {
    crc = (CRC_TABLE[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export class ZipError extends Error {
  constructor(
    readonly code: 'not-zip' | 'damaged' | 'unsupported' | 'too-large',
    /** The file the problem is in, when it is in one. */
    readonly file?: string,
  ) {
    super(file === undefined ? `zip: ${code}` : `zip: ${code} (${file})`);
    this.name = 'ZipError';
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The files, in order, as one ZIP archive. Names must be unique, relative and '/'-separated. */
export function writeZip(files: readonly ZipFile[]): Bytes {
  if (files.length > MAX_FILES) throw new ZipError('too-large');
  const names = new Set<string>();
  const parts: Array<{ name: Bytes; crc: number; size: number; offset: number }> = [];
  let offset = 0;
  let central = 0;
  for (const file of files) {
    if (names.has(file.name) || file.name === '' || file.name.startsWith('/')) {
      throw new RangeError(`zip: bad or repeated name ${file.name}`);
    }
    names.add(file.name);
    const name = encoder.encode(file.name);
    if (file.bytes.length > MAX_BYTES) throw new ZipError('too-large', file.name);
    parts.push({ name, crc: crc32(file.bytes), size: file.bytes.length, offset });
    offset += 30 + name.length + file.bytes.length;
    central += 46 + name.length;
  }
  if (offset + central + 22 > MAX_BYTES) throw new ZipError('too-large');
  const out = new Uint8Array(offset + central + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  files.forEach((file, i) => {
    const part = parts[i] as (typeof parts)[number];
    view.setUint32(at, LOCAL, true);
    view.setUint16(at + 4, VERSION, true);
    view.setUint16(at + 6, UTF8_NAMES, true);
    view.setUint16(at + 8, 0, true); // stored
    view.setUint16(at + 10, 0, true);
    view.setUint16(at + 12, DOS_DATE, true);
    view.setUint32(at + 14, part.crc, true);
    view.setUint32(at + 18, part.size, true);
    view.setUint32(at + 22, part.size, true);
    view.setUint16(at + 26, part.name.length, true);
    view.setUint16(at + 28, 0, true);
    out.set(part.name, at + 30);
    out.set(file.bytes, at + 30 + part.name.length);
    at += 30 + part.name.length + part.size;
  });
  const centralStart = at;
  for (const part of parts) {
    view.setUint32(at, CENTRAL, true);
    view.setUint16(at + 4, VERSION, true);
    view.setUint16(at + 6, VERSION, true);
    view.setUint16(at + 8, UTF8_NAMES, true);
    view.setUint16(at + 10, 0, true);
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, DOS_DATE, true);
    view.setUint32(at + 16, part.crc, true);
    view.setUint32(at + 20, part.size, true);
    view.setUint32(at + 24, part.size, true);
    view.setUint16(at + 28, part.name.length, true);
    // Extra field, comment, disk, internal and external attributes: all zero.
    view.setUint32(at + 42, part.offset, true);
    out.set(part.name, at + 46);
    at += 46 + part.name.length;
  }
  view.setUint32(at, END, true);
  view.setUint16(at + 8, parts.length, true);
  view.setUint16(at + 10, parts.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}

/**
 * The files of a ZIP archive written as writeZip writes (stored, no ZIP64), by name, in
 * the central directory's order; a file whose bytes fail their CRC-32 is given, marked
 * `damaged`, so every damaged file can be named. Throws ZipError: 'not-zip' for
 * anything that is not one, 'damaged' (naming the file) when a file's bytes cannot be
 * found, 'unsupported' for compression or encryption.
 */
export function readZip(bytes: Uint8Array): ZipFile[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  if (bytes.length < 22) throw new ZipError('not-zip');
  // The end record is the last 22 bytes: writeZip writes no archive comment.
  const end = bytes.length - 22;
  if (u32(end) !== END) throw new ZipError('not-zip');
  const count = u16(end + 10);
  const size = u32(end + 12);
  const start = u32(end + 16);
  if (start + size !== end || u16(end + 8) !== count) throw new ZipError('not-zip');
  const files: ZipFile[] = [];
  const names = new Set<string>();
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(at) !== CENTRAL) throw new ZipError('not-zip');
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const crc = u32(at + 16);
    const packed = u32(at + 20);
    const length = u32(at + 24);
    const nameLength = u16(at + 28);
    const extra = u16(at + 30);
    const comment = u16(at + 32);
    const offset = u32(at + 42);
    if (at + 46 + nameLength > end) throw new ZipError('not-zip');
    let name: string;
    try {
      name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    } catch {
      throw new ZipError('not-zip');
    }
    if (method !== 0 || (flags & 1) !== 0) throw new ZipError('unsupported', name);
    if (packed !== length || names.has(name)) throw new ZipError('not-zip', name);
    names.add(name);
    // The local header must agree with the central one, name and all.
    if (offset + 30 > start || u32(offset) !== LOCAL) throw new ZipError('damaged', name);
    const localName = u16(offset + 26);
    const localExtra = u16(offset + 28);
    const dataAt = offset + 30 + localName + localExtra;
    if (dataAt + length > start) throw new ZipError('damaged', name);
    const data = bytes.slice(dataAt, dataAt + length);
    files.push(crc32(data) === crc ? { name, bytes: data } : { name, bytes: data, damaged: true });
    at += 46 + nameLength + extra + comment;
  }
  return files;
}
