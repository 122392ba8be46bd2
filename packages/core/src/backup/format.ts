import { sha256 } from '../crypto/webcrypto.ts';
import type { StoreRecord, StoredBytes } from '../store/store.ts';
import { MIN_ENVELOPE_BYTES } from '../vault/envelope.ts';
import { isVaultError } from '../vault/errors.ts';
import { parseHeader, type Header } from '../vault/keyslots.ts';
import { BackupError, type BackupErrorCode } from './errors.ts';

/*
 * Backup file, format version 2. The store holds only ciphertext, so a backup is the
 * vault header and every record exactly as stored, in a container:
 *
 *   size  field
 *   8     magic: the bytes 8E 5A C1 07 F3 2B 9D 64 (version 2); "STEADYBK" (version 1)
 *   2     format version (2), big-endian like every number below
 *   4     total file length in bytes, this field and the trailer included
 *   4     header length h
 *   h     the vault header, as stored under meta 'vault.header'
 *   4     record count n
 *   n ×   1 tag length t | t tag (lowercase hex) | 1 id length i | i id | 4 data length d | d data
 *   32    MAC: HMAC-SHA-256 over everything above, keyed by the vault's backup key
 *   32    checksum: SHA-256 over everything above, MAC included
 *
 * The checksum is not a defence (anyone can recompute it): it tells an accidentally
 * damaged file apart from a wrong passphrase before any key is derived. The MAC is the
 * defence: a change, truncation, reordering, removal or addition of anything, header
 * included, fails it. Every length is checked against what is left before it is used,
 * and every count against hard limits, so a hostile file costs bounded work.
 *
 * What the file shows without the passphrase is what the store shows: the number of
 * records, their sizes (padded, see vault/padding.ts) and how many opaque kind tags
 * there are. Records are sorted by name, so their order says nothing about when they
 * were written.
 */

/**
 * Version 2's magic: no text, so a file viewer, a download list or a `file` command that
 * opens the backup shows nothing that names the app. Version 1 files started with the
 * app's name in ASCII; they are still read (the MAC covers the magic, so each version's
 * own bytes are checked).
 */
export const BACKUP_MAGIC = /* @__PURE__ */ Uint8Array.of(
  0x8e,
  0x5a,
  0xc1,
  0x07,
  0xf3,
  0x2b,
  0x9d,
  0x64,
);
export const BACKUP_VERSION = 2;
const MAGIC_V1 = /* @__PURE__ */ Uint8Array.of(0x53, 0x54, 0x45, 0x41, 0x44, 0x59, 0x42, 0x4b);
/** Each version this code reads, with the magic its files start with. */
const MAGIC_OF: ReadonlyMap<number, Uint8Array> = /* @__PURE__ */ new Map([
  [1, MAGIC_V1],
  [BACKUP_VERSION, BACKUP_MAGIC],
]);
/** The largest file accepted or written. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;
export const MAX_BACKUP_RECORDS = 1_000_000;
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;
const MAX_HEADER_BYTES = 64 * 1024;
const MAX_NAME_CHARS = 64;
const MAC_BYTES = 32;
const CHECKSUM_BYTES = 32;
/** Magic, version, total length. */
const PREAMBLE_BYTES = 8 + 2 + 4;
const NAME = /^[0-9a-f]+$/;

export type BackupContents = {
  readonly header: StoredBytes;
  readonly records: readonly StoreRecord[];
};

export type ParsedBackup = BackupContents & {
  /** The parsed vault header (KDF parameters, salt, slots). */
  readonly vaultHeader: Header;
  /** The bytes the MAC covers, and the MAC; only a key derived from the vault checks them. */
  readonly signed: StoredBytes;
  readonly mac: StoredBytes;
};

export type BackupReadResult =
  ({ readonly ok: true } & ParsedBackup) | { readonly ok: false; readonly code: BackupErrorCode };

const fail = (code: BackupErrorCode, detail: string): never => {
  throw new BackupError(code, detail);
};

/** Lays the container out around `sign`'s MAC; `sign` receives the bytes it must cover. */
export async function encodeBackup(
  contents: BackupContents,
  sign: (signed: StoredBytes) => Promise<Uint8Array>,
): Promise<StoredBytes> {
  const names = contents.records.map(({ tag, id, data }) => {
    if (!isName(tag) || !isName(id)) throw new RangeError('a stored name is not a vault name');
    if (data.length > MAX_RECORD_BYTES) fail('too-large', 'a record is over the limit');
    return { tag: ascii(tag), id: ascii(id) };
  });
  if (contents.records.length > MAX_BACKUP_RECORDS) fail('too-large', 'too many records');
  let length = PREAMBLE_BYTES + 4 + contents.header.length + 4 + MAC_BYTES + CHECKSUM_BYTES;
  contents.records.forEach((record, i) => {
    length += 1 + (names[i]?.tag.length ?? 0) + 1 + (names[i]?.id.length ?? 0) + 4;
    length += record.data.length;
  });
  if (length > MAX_BACKUP_BYTES) fail('too-large', 'the backup would be over the limit');

  const out = new Uint8Array(length);
  const view = new DataView(out.buffer);
  let at = 0;
  const put = (bytes: Uint8Array) => {
    out.set(bytes, at);
    at += bytes.length;
  };
  const u8 = (value: number) => view.setUint8((at += 1) - 1, value);
  const u32 = (value: number) => view.setUint32((at += 4) - 4, value);
  put(BACKUP_MAGIC);
  view.setUint16(at, BACKUP_VERSION);
  at += 2;
  u32(length);
  u32(contents.header.length);
  put(contents.header);
  u32(contents.records.length);
  contents.records.forEach((record, i) => {
    const name = names[i] ?? fail('corrupt', 'unreachable');
    u8(name.tag.length);
    put(name.tag);
    u8(name.id.length);
    put(name.id);
    u32(record.data.length);
    put(record.data);
  });
  const mac = await sign(out.slice(0, at));
  if (mac.length !== MAC_BYTES) throw new RangeError('the MAC must be 32 bytes');
  put(mac);
  put(await sha256(out.subarray(0, at)));
  return out;
}

/**
 * Structural parse of an untrusted file: never throws, never reads past a checked
 * length. A success says only that the file is well-formed and undamaged; whether it is
 * authentic is known only once the passphrase opens it (see importBackup).
 */
export async function readBackup(bytes: Uint8Array): Promise<BackupReadResult> {
  try {
    return { ok: true, ...(await parseBackup(bytes)) };
  } catch (error) {
    if (error instanceof BackupError) return { ok: false, code: error.code };
    // Anything else would be a bug in the parser; the file is still refused.
    return { ok: false, code: 'corrupt' };
  }
}

/** As readBackup, but throws a BackupError. */
export async function parseBackup(input: Uint8Array): Promise<ParsedBackup> {
  if (!(input instanceof Uint8Array)) fail('not-a-backup', 'not bytes');
  if (input.length > MAX_BACKUP_BYTES) fail('too-large', 'file over the limit');
  if (input.length === 0) fail('not-a-backup', 'empty file');
  const magicPart = input.subarray(0, BACKUP_MAGIC.length);
  const magic = [...MAGIC_OF].find(([, bytes]) => magicPart.every((byte, i) => byte === bytes[i]));
  if (!magic) fail('not-a-backup', 'no magic bytes');
  if (input.length < PREAMBLE_BYTES) fail('truncated', 'ends inside the preamble');
  const bytes = new Uint8Array(input);
  const view = new DataView(bytes.buffer);
  const version = view.getUint16(BACKUP_MAGIC.length);
  // A newer version says so; a version that does not match its own magic is damage.
  if (version > BACKUP_VERSION) fail('unsupported-version', `version ${version}`);
  if (version !== magic?.[0]) fail('corrupt', `version ${version} under another magic`);
  const declared = view.getUint32(BACKUP_MAGIC.length + 2);
  if (declared > MAX_BACKUP_BYTES) fail('corrupt', 'declared length over the limit');
  if (bytes.length < declared) fail('truncated', 'shorter than declared');
  if (bytes.length > declared) fail('corrupt', 'longer than declared');
  if (declared < PREAMBLE_BYTES + 8 + MAC_BYTES + CHECKSUM_BYTES) fail('corrupt', 'too short');

  const checksumAt = bytes.length - CHECKSUM_BYTES;
  const digest = await sha256(bytes.subarray(0, checksumAt));
  if (!digest.every((byte, i) => byte === bytes[checksumAt + i])) {
    fail('corrupt', 'checksum mismatch');
  }

  const macAt = checksumAt - MAC_BYTES;
  let at = PREAMBLE_BYTES;
  const need = (count: number) => {
    if (count > macAt - at) fail('corrupt', 'a length runs past the end');
  };
  const u8 = () => {
    need(1);
    return view.getUint8((at += 1) - 1);
  };
  const u32 = () => {
    need(4);
    return view.getUint32((at += 4) - 4);
  };
  const take = (count: number): StoredBytes => {
    need(count);
    return bytes.slice(at, (at += count));
  };
  const name = (): string => {
    const length = u8();
    if (length === 0 || length > MAX_NAME_CHARS) fail('corrupt', 'bad name length');
    const text = String.fromCharCode(...take(length));
    if (!NAME.test(text)) fail('corrupt', 'bad name');
    return text;
  };

  const headerLength = u32();
  if (headerLength === 0 || headerLength > MAX_HEADER_BYTES) fail('corrupt', 'bad header length');
  const header = take(headerLength);
  let vaultHeader: Header;
  try {
    vaultHeader = parseHeader(header).header;
  } catch (error) {
    if (isVaultError(error)) fail('corrupt', 'the vault header is malformed');
    throw error;
  }

  const count = u32();
  // The smallest entry is 1+1+1+1+4 bytes of names and lengths plus an envelope.
  const minEntry = 8 + MIN_ENVELOPE_BYTES;
  if (count > MAX_BACKUP_RECORDS || count * minEntry > macAt - at) {
    fail('corrupt', 'record count does not fit');
  }
  const records: StoreRecord[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    const tag = name();
    const id = name();
    const length = u32();
    if (length < MIN_ENVELOPE_BYTES || length > MAX_RECORD_BYTES) {
      fail('corrupt', 'bad record length');
    }
    const key = `${tag}/${id}`;
    if (seen.has(key)) fail('corrupt', 'duplicate record');
    seen.add(key);
    records.push({ tag, id, data: take(length) });
  }
  if (at !== macAt) fail('corrupt', 'bytes after the last record');
  return {
    header,
    records,
    vaultHeader,
    signed: bytes.slice(0, macAt),
    mac: bytes.slice(macAt, checksumAt),
  };
}

function isName(value: string): boolean {
  return value.length > 0 && value.length <= MAX_NAME_CHARS && NAME.test(value);
}

function ascii(value: string): StoredBytes {
  return Uint8Array.from(value, (char) => char.charCodeAt(0));
}
