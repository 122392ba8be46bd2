import {
  aesGcmSeal,
  hkdfAesGcmKey,
  hkdfHmacKey,
  hmacSign,
  hmacVerify,
  sha256,
} from '../crypto/webcrypto.ts';
import { open } from '../vault/aead.ts';
import { concat, randomBytes, readU32, u32, utf8, wipe, type Bytes } from '../vault/bytes.ts';
import { DEFAULT_KDF, judgeKdfParams, type DeriveKey, type KdfParams } from '../vault/kdf.ts';
import { importHkdfBase } from '../vault/keys.ts';
import { encodePassphrase } from '../vault/passphrase.ts';

/*
 * A locked evidence package (issue 19): the package's bytes (a zip) sealed with a
 * passphrase the person gives the advocate apart from the file. The lock wraps the
 * bytes whole, so it knows nothing of what is inside.
 *
 * Format version 1, every number big-endian:
 *
 *   size  field
 *   8     magic: C7 1D 9E 04 B2 F6 E8 93 (spells nothing; not a zip's "PK")
 *   2     format version (1)
 *   1     key derivation: 1 Argon2id, 2 PBKDF2-HMAC-SHA-256
 *   4     memory in KiB (0 for PBKDF2)
 *   4     iterations
 *   1     parallelism (0 for PBKDF2)
 *   16    salt
 *   7     nonce prefix, random
 *   8     length of the package in bytes
 *   32    key check: HMAC-SHA-256 over everything above, under a key derived from the
 *         passphrase
 *   16    checksum: the first 16 bytes of SHA-256 over everything above
 *   then  the body: the package in chunks of 1 MiB (the last one shorter, or empty for
 *         an empty package), each sealed with AES-256-GCM, its 16-byte tag after it
 *
 * The passphrase goes through the vault's own key derivation (vault/kdf.ts, Argon2id with
 * the vault's parameters), and HKDF derives two keys from the result: one for the key
 * check, one for the body. Each chunk's 96-bit nonce is the prefix, the chunk's index (4
 * bytes) and a last-chunk flag (1 byte), and its additional data is the whole header: so
 * in the STREAM construction (Hoang, Reyhanitabar, Rogaway, Vizár, "Online
 * Authenticated-Encryption and its Nonce-Reuse Misuse-Resistance", CRYPTO 2015), a chunk
 * moved, repeated, taken from another file or cut off, or a header changed, fails its tag.
 *
 * The checksum is not a defence (anyone can recompute it): it tells a damaged header
 * (key check included) apart from a wrong passphrase, before the slow key derivation. The key check tells a wrong
 * passphrase apart from a damaged body. The header shows only what the file's size shows
 * already (about how big the package is) and the derivation's cost.
 */

export const LOCKED_MAGIC = /* @__PURE__ */ Uint8Array.of(
  0xc7,
  0x1d,
  0x9e,
  0x04,
  0xb2,
  0xf6,
  0xe8,
  0x93,
);
export const LOCKED_VERSION = 1;
export const LOCK_CHUNK_BYTES = 1024 * 1024;
/** The biggest package locked or opened: past it a phone runs out of memory anyway. */
export const MAX_LOCKED_PACKAGE_BYTES = 2 ** 31;

const TAG_BYTES = 16;
const SALT_BYTES = 16;
const PREFIX_BYTES = 7;
const CHECKSUM_BYTES = 16;
const KEY_CHECK_BYTES = 32;
/** Where each field starts. */
const AT = {
  version: 8,
  alg: 10,
  memory: 11,
  iterations: 15,
  parallelism: 19,
  salt: 20,
  prefix: 36,
  length: 43,
  keyCheck: 51,
  checksum: 51 + KEY_CHECK_BYTES,
} as const;
export const LOCKED_HEADER_BYTES = AT.checksum + CHECKSUM_BYTES;

const ALG_ARGON2ID = 1;
const ALG_PBKDF2 = 2;

// HKDF labels: never written in the file, they only keep the two keys apart.
const INFO_KEY_CHECK = 'steady/evidence-lock/v1/key-check';
const INFO_BODY = 'steady/evidence-lock/v1/body-aes-gcm';

export type LockErrorCode =
  /** The passphrase does not open this file. */
  | 'wrong-passphrase'
  /** The file ends early: an interrupted download or copy. */
  | 'cut-short'
  /** Changed or damaged: a checksum, a tag or the structure does not hold. */
  | 'damaged'
  /** Not a locked package (an unlocked one is a zip). */
  | 'not-locked'
  /** Locked by a newer (or unknown) format version. */
  | 'unsupported-version'
  /** No passphrase given. */
  | 'empty-passphrase';

/** Every way locking or opening is refused, with a stable code the UI puts in words. */
export class LockError extends Error {
  override readonly name = 'LockError';
  readonly code: LockErrorCode;

  constructor(code: LockErrorCode, detail: string) {
    super(`locked package refused (${code}): ${detail}`);
    this.code = code;
  }
}

export function isLockError(error: unknown, code?: LockErrorCode): error is LockError {
  return error instanceof LockError && (code === undefined || error.code === code);
}

export interface LockOptions {
  /**
   * Runs the slow key derivation, as the vault takes it: in the app a call into its Web
   * Worker, elsewhere `deriveKeyBytes`. Not defaulted here, so the Argon2id code is not
   * pulled into whatever first-screen chunk shares the KDF's module (the app's first
   * download grew by 11 KB when it was).
   */
  readonly derive: DeriveKey;
}

export interface LockWithOptions extends LockOptions {
  /** The vault's parameters unless told otherwise (a test, a benchmark). */
  readonly kdf?: KdfParams;
}

/** True when the bytes start as a locked package does (so: ask for its passphrase). */
export function isLockedPackage(bytes: Uint8Array): boolean {
  return bytes.length >= LOCKED_MAGIC.length && LOCKED_MAGIC.every((b, i) => bytes[i] === b);
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function chunkCount(length: number): number {
  return Math.max(1, Math.ceil(length / LOCK_CHUNK_BYTES));
}

/** The body's length for a package of `length` bytes: each chunk gets its tag. */
const bodyLength = (length: number) => length + chunkCount(length) * TAG_BYTES;

function nonce(prefix: Uint8Array, index: number, last: boolean): Bytes {
  const out = new Uint8Array(PREFIX_BYTES + 5);
  out.set(prefix, 0);
  view(out).setUint32(PREFIX_BYTES, index);
  out[PREFIX_BYTES + 4] = last ? 1 : 0;
  return out;
}

async function checksum(bytes: Uint8Array): Promise<Bytes> {
  return (await sha256(new Uint8Array(bytes))).slice(0, CHECKSUM_BYTES);
}

function writeParams(header: Uint8Array, kdf: KdfParams): void {
  const v = view(header);
  if (kdf.alg === 'argon2id') {
    v.setUint8(AT.alg, ALG_ARGON2ID);
    v.setUint32(AT.memory, kdf.memoryKiB);
    v.setUint32(AT.iterations, kdf.iterations);
    v.setUint8(AT.parallelism, kdf.parallelism);
  } else {
    v.setUint8(AT.alg, ALG_PBKDF2);
    v.setUint32(AT.iterations, kdf.iterations);
  }
}

function readParams(header: Uint8Array): KdfParams | null {
  const v = view(header);
  const alg = v.getUint8(AT.alg);
  const iterations = v.getUint32(AT.iterations);
  let params: KdfParams;
  if (alg === ALG_ARGON2ID) {
    const memoryKiB = v.getUint32(AT.memory);
    const parallelism = v.getUint8(AT.parallelism);
    params = { alg: 'argon2id', memoryKiB, iterations, parallelism };
  } else if (alg === ALG_PBKDF2) {
    if (v.getUint32(AT.memory) !== 0 || v.getUint8(AT.parallelism) !== 0) return null;
    params = { alg: 'pbkdf2-sha256', iterations };
  } else {
    return null;
  }
  // Only what this code would write: a crafted header cannot make the device spin or
  // allocate without bound, nor open with a derivation weaker than the vault's floor.
  return judgeKdfParams(params) === 'ok' ? params : null;
}

function readLength(header: Uint8Array): number {
  return readU32(header, AT.length) * 2 ** 32 + readU32(header, AT.length + 4);
}

/** The two keys, from the passphrase and the header's salt and parameters. */
async function keysOf(
  passphrase: string,
  salt: Bytes,
  kdf: KdfParams,
  derive: DeriveKey,
): Promise<{ check: CryptoKey; body: CryptoKey }> {
  const secret = encodePassphrase(passphrase);
  let material: Uint8Array;
  try {
    material = await derive(secret, salt, kdf);
  } finally {
    wipe(secret);
  }
  const base = await importHkdfBase(material);
  const [check, body] = await Promise.all([
    hkdfHmacKey(base, salt, utf8(INFO_KEY_CHECK), ['sign', 'verify']),
    hkdfAesGcmKey(base, salt, utf8(INFO_BODY)),
  ]);
  return { check, body };
}

function assertPassphrase(passphrase: string): void {
  if (typeof passphrase !== 'string' || passphrase.normalize('NFC').length === 0) {
    throw new LockError('empty-passphrase', 'no passphrase given');
  }
}

/** Locks a package's bytes with a passphrase. Throws LockError('empty-passphrase'). */
export async function lockPackage(
  bytes: Uint8Array,
  passphrase: string,
  options: LockWithOptions,
): Promise<Bytes> {
  assertPassphrase(passphrase);
  if (bytes.length > MAX_LOCKED_PACKAGE_BYTES) throw new RangeError('package too big to lock');
  const kdf = options.kdf ?? DEFAULT_KDF;
  if (judgeKdfParams(kdf) !== 'ok') throw new RangeError('key derivation below the vault floor');
  const header = new Uint8Array(LOCKED_HEADER_BYTES);
  header.set(LOCKED_MAGIC, 0);
  view(header).setUint16(AT.version, LOCKED_VERSION);
  writeParams(header, kdf);
  const salt = randomBytes(SALT_BYTES);
  const prefix = randomBytes(PREFIX_BYTES);
  header.set(salt, AT.salt);
  header.set(prefix, AT.prefix);
  header.set(u32(Math.floor(bytes.length / 2 ** 32)), AT.length);
  header.set(u32(bytes.length % 2 ** 32), AT.length + 4);
  const keys = await keysOf(passphrase, salt, kdf, options.derive);
  header.set(await hmacSign(keys.check, header.slice(0, AT.keyCheck)), AT.keyCheck);
  header.set(await checksum(header.subarray(0, AT.checksum)), AT.checksum);

  const out = new Uint8Array(LOCKED_HEADER_BYTES + bodyLength(bytes.length));
  out.set(header, 0);
  const count = chunkCount(bytes.length);
  let at = LOCKED_HEADER_BYTES;
  for (let i = 0; i < count; i++) {
    const plain = bytes.slice(i * LOCK_CHUNK_BYTES, (i + 1) * LOCK_CHUNK_BYTES);
    const sealed = await aesGcmSeal(keys.body, nonce(prefix, i, i === count - 1), plain, header);
    out.set(sealed, at);
    at += sealed.length;
  }
  return out;
}

/**
 * Opens a locked package: its bytes as they were locked, or a LockError naming why not.
 * Everything short of a wrong passphrase is found before the slow key derivation.
 */
export async function openLockedPackage(
  bytes: Uint8Array,
  passphrase: string,
  options: LockOptions,
): Promise<Bytes> {
  const magic = LOCKED_MAGIC.subarray(0, Math.min(bytes.length, LOCKED_MAGIC.length));
  if (bytes.length === 0 || !magic.every((b, i) => bytes[i] === b)) {
    throw new LockError('not-locked', 'no locked package magic');
  }
  if (bytes.length < AT.alg) throw new LockError('cut-short', 'ends inside the header');
  const version = view(bytes).getUint16(AT.version);
  if (version !== LOCKED_VERSION) throw new LockError('unsupported-version', `version ${version}`);
  if (bytes.length < LOCKED_HEADER_BYTES)
    throw new LockError('cut-short', 'ends inside the header');
  const header = bytes.slice(0, LOCKED_HEADER_BYTES);
  const sum = await checksum(header.subarray(0, AT.checksum));
  if (!sum.every((b, i) => header[AT.checksum + i] === b)) {
    throw new LockError('damaged', 'header checksum');
  }
  const kdf = readParams(header);
  const length = readLength(header);
  if (kdf === null) throw new LockError('damaged', 'key derivation parameters');
  if (length > MAX_LOCKED_PACKAGE_BYTES) throw new LockError('damaged', 'length');
  const expected = LOCKED_HEADER_BYTES + bodyLength(length);
  assertPassphrase(passphrase);

  const salt = header.slice(AT.salt, AT.salt + SALT_BYTES);
  const keys = await keysOf(passphrase, salt, kdf, options.derive);
  const keyCheck = header.slice(AT.keyCheck, AT.checksum);
  if (!(await hmacVerify(keys.check, keyCheck, header.slice(0, AT.keyCheck)))) {
    throw new LockError('wrong-passphrase', 'key check');
  }
  if (bytes.length < expected) throw new LockError('cut-short', 'ends inside the body');
  if (bytes.length > expected) throw new LockError('damaged', 'bytes after the last chunk');

  const prefix = header.subarray(AT.prefix, AT.prefix + PREFIX_BYTES);
  const count = chunkCount(length);
  const parts: Bytes[] = [];
  let at = LOCKED_HEADER_BYTES;
  for (let i = 0; i < count; i++) {
    const size = Math.min(LOCK_CHUNK_BYTES, length - i * LOCK_CHUNK_BYTES) + TAG_BYTES;
    const sealed = bytes.slice(at, at + size);
    const plain = await open(keys.body, nonce(prefix, i, i === count - 1), sealed, header);
    if (plain === null) throw new LockError('damaged', `chunk ${i}`);
    parts.push(plain);
    at += size;
  }
  return concat(...parts);
}
