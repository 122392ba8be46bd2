import {
  hkdfAesGcmKey,
  hkdfBits,
  hkdfHmacKey,
  importAesGcmKey,
  importHkdfKey,
} from '../crypto/webcrypto.ts';
import { copyOf, toHex, utf8, wipe, type Bytes } from './bytes.ts';

// Every key the vault uses comes out of HKDF with its own label, so no two purposes can
// ever share key bytes, and a future format can add purposes without touching old ones.
export const INFO = {
  recordKey: 'steady/vault/v1/record-aes-gcm',
  nameKey: 'steady/vault/v1/name-hmac',
  keyId: 'steady/vault/v1/key-id',
  passphraseSlot: 'steady/vault/v1/slot-key/passphrase',
  recoverySlot: 'steady/vault/v1/slot-key/recovery',
  // Authenticates whole backup files (packages/core/src/backup); its own label, so a
  // backup MAC can never be confused with a storage name or any other use of the key.
  backupMac: 'steady/backup/v1/file-hmac',
  // The root of every sync key (packages/core/src/sync, docs/sync-v2.md): each device
  // that opens this vault derives the same one, a decoy (its own data key) another.
  syncRoot: 'steady/sync/v2/root',
} as const;

const NO_SALT = new Uint8Array(0);

/** Imports key material as a non-extractable HKDF base and wipes the caller's bytes. */
export async function importHkdfBase(material: Uint8Array): Promise<CryptoKey> {
  const bytes = copyOf(material);
  try {
    return await importHkdfKey(bytes, ['deriveKey', 'deriveBits']);
  } finally {
    wipe(bytes, material);
  }
}

export async function deriveBits(
  base: CryptoKey,
  info: string,
  length: number,
  salt?: Bytes,
): Promise<Bytes> {
  return hkdfBits(base, salt ?? NO_SALT, utf8(info), length);
}

/** Imports 32 bytes as a non-extractable AES-256-GCM key and wipes them. */
export async function importAesKey(material: Uint8Array): Promise<CryptoKey> {
  const bytes = copyOf(material);
  try {
    return await importAesGcmKey(bytes, ['encrypt', 'decrypt']);
  } finally {
    wipe(bytes, material);
  }
}

/** Keys an open vault holds; none can be exported, so none can leave this realm. */
export type RecordKeys = {
  /** AES-256-GCM for record envelopes. */
  readonly recordKey: CryptoKey;
  /** HMAC-SHA-256 that turns kinds and ids into opaque storage names. */
  readonly nameKey: CryptoKey;
  /** A public fingerprint of the data key, to check that a slot holds the same one. */
  readonly keyId: string;
  /** HMAC-SHA-256 over a whole backup file, so any change to it is detected on restore. */
  readonly backupKey: CryptoKey;
  /** An HKDF base that the sync keys are derived from (sync/codec.ts). */
  readonly syncRoot: CryptoKey;
};

export async function keyIdOf(dataKey: Uint8Array): Promise<string> {
  const base = await importHkdfBase(copyOf(dataKey));
  return toHex(await deriveBits(base, INFO.keyId, 16));
}

/** Derives the record keys from the data key material, then wipes it. */
export async function deriveRecordKeys(dataKey: Uint8Array): Promise<RecordKeys> {
  const base = await importHkdfBase(dataKey);
  const [recordKey, nameKey, keyId, backupKey, syncRoot] = await Promise.all([
    hkdfAesGcmKey(base, NO_SALT, utf8(INFO.recordKey)),
    hkdfHmacKey(base, NO_SALT, utf8(INFO.nameKey), ['sign']),
    deriveBits(base, INFO.keyId, 16).then(toHex),
    hkdfHmacKey(base, NO_SALT, utf8(INFO.backupMac), ['sign', 'verify']),
    deriveBits(base, INFO.syncRoot, 32).then(importHkdfBase),
  ]);
  return { recordKey, nameKey, keyId, backupKey, syncRoot };
}
