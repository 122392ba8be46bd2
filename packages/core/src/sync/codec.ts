import { hkdfAesGcmKey, hkdfHmacKey, hmacSign } from '../crypto/webcrypto.ts';
import { open, seal } from '../vault/aead.ts';
import { concat, constantTimeEqual, toHex, u32, utf8, wipe, type Bytes } from '../vault/bytes.ts';
import { decodeEnvelope, encodeEnvelope } from '../vault/envelope.ts';
import { isVaultError } from '../vault/errors.ts';
import { importHkdfBase } from '../vault/keys.ts';
import { pad, unpad } from '../vault/padding.ts';
import { SyncError } from './errors.ts';

/*
 * How sync turns objects and log entries into bytes for the relay, and back
 * (docs/sync-v2.md). Every key comes from the vault's sync root key by HKDF under its
 * own label, so a decoy, with its own data key, shares nothing with its owner.
 */

export const SYNC_INFO = {
  objectKey: 'steady/sync/v2/object-aes-gcm',
  logKey: 'steady/sync/v2/log-aes-gcm',
  nameKey: 'steady/sync/v2/name-hmac',
} as const;

/** The largest object plaintext; an attachment arrives already in 256 KiB chunks. */
export const MAX_OBJECT_BYTES = 4 * 1024 * 1024;
const NAME_BYTES = 16;
const OBJECT_DOMAIN = 1;
const ENTRY_DOMAIN = 2;
const OBJECT_AAD = utf8('steady/sync/v2/object');
const ENTRY_AAD = utf8('steady/sync/v2/log-entry');
const NO_SALT = new Uint8Array(0);

export interface Sealed {
  /** An object's name, or a log entry's id: a keyed hash of what it holds. */
  readonly name: string;
  readonly bytes: Bytes;
}

/** Turns plaintext into what the relay stores, and checks it on the way back. */
export interface SyncCodec {
  sealObject(plaintext: Bytes): Promise<Sealed>;
  /** Throws SyncError 'tampered' unless the bytes are the object of that name. */
  openObject(name: string, bytes: Uint8Array): Promise<Bytes>;
  /** A log entry is bound to the entry before it (`prev`, null for the first). */
  sealEntry(prev: string | null, plaintext: Bytes): Promise<Sealed>;
  openEntry(prev: string | null, id: string, bytes: Uint8Array): Promise<Bytes>;
}

const prevBytes = (prev: string | null) => {
  const bytes = utf8(prev ?? '');
  return concat(u32(bytes.length), bytes);
};

/**
 * The codec of the vault whose sync root is `root`: the vault's own (RecordKeys'
 * `syncRoot`), or 32 bytes of key material (wiped once imported), as tests use.
 */
export async function createSyncCodec(root: CryptoKey | Uint8Array): Promise<SyncCodec> {
  const base = root instanceof Uint8Array ? await importHkdfBase(root) : root;
  const [objectKey, logKey, nameKey] = await Promise.all([
    hkdfAesGcmKey(base, NO_SALT, utf8(SYNC_INFO.objectKey)),
    hkdfAesGcmKey(base, NO_SALT, utf8(SYNC_INFO.logKey)),
    hkdfHmacKey(base, NO_SALT, utf8(SYNC_INFO.nameKey), ['sign']),
  ]);

  const nameOf = async (domain: number, ...parts: Uint8Array[]) =>
    toHex(
      (await hmacSign(nameKey, concat(Uint8Array.of(domain), ...parts))).subarray(0, NAME_BYTES),
    );

  async function sealUnder(key: CryptoKey, plaintext: Bytes, aad: Bytes): Promise<Bytes> {
    const padded = pad(plaintext);
    try {
      return encodeEnvelope(await seal(key, padded, aad));
    } finally {
      wipe(padded);
    }
  }

  async function openUnder(key: CryptoKey, bytes: Uint8Array, aad: Bytes, what: string) {
    try {
      const { iv, sealed } = decodeEnvelope(bytes);
      const padded = await open(key, iv, sealed, aad);
      if (padded === null) throw new SyncError('tampered', `${what} failed authentication`);
      return unpad(padded);
    } catch (error) {
      if (isVaultError(error)) throw new SyncError('tampered', `${what} is damaged`);
      throw error;
    }
  }

  const sameName = (a: string, b: string) => constantTimeEqual(utf8(a), utf8(b));

  return {
    async sealObject(plaintext) {
      if (plaintext.length > MAX_OBJECT_BYTES) {
        throw new SyncError('too-large', `an object holds at most ${MAX_OBJECT_BYTES} bytes`);
      }
      const name = await nameOf(OBJECT_DOMAIN, plaintext);
      return { name, bytes: await sealUnder(objectKey, plaintext, concat(OBJECT_AAD, utf8(name))) };
    },
    async openObject(name, bytes) {
      const plaintext = await openUnder(objectKey, bytes, concat(OBJECT_AAD, utf8(name)), 'object');
      if (!sameName(await nameOf(OBJECT_DOMAIN, plaintext), name)) {
        throw new SyncError('tampered', 'object is not the one its name says');
      }
      return plaintext;
    },
    async sealEntry(prev, plaintext) {
      const id = await nameOf(ENTRY_DOMAIN, prevBytes(prev), plaintext);
      const aad = concat(ENTRY_AAD, prevBytes(prev), utf8(id));
      return { name: id, bytes: await sealUnder(logKey, plaintext, aad) };
    },
    async openEntry(prev, id, bytes) {
      const aad = concat(ENTRY_AAD, prevBytes(prev), utf8(id));
      const plaintext = await openUnder(logKey, bytes, aad, 'log entry');
      if (!sameName(await nameOf(ENTRY_DOMAIN, prevBytes(prev), plaintext), id)) {
        throw new SyncError('tampered', 'log entry is not the one its id says');
      }
      return plaintext;
    },
  };
}
