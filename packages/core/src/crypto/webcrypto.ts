// The only file that calls WebCrypto's SubtleCrypto (see README.md beside it). Each
// function fixes its algorithm and parameters, and every key it makes or imports is
// non-extractable: callers choose bytes and usages, never an algorithm or `extractable`.
import type { Bytes } from '../vault/bytes.ts';

/** AES-GCM's full 128-bit tag; a shorter one would weaken authentication. */
export const AES_GCM_TAG_BYTES = 16;

const HMAC_SHA256 = { name: 'HMAC', hash: 'SHA-256' } as const satisfies HmacImportParams;
const HMAC_SHA256_KEY = { ...HMAC_SHA256, length: 256 } as const satisfies HmacImportParams;
const AES_256_GCM = { name: 'AES-GCM', length: 256 } as const satisfies AesDerivedKeyParams;

export type HmacUsage = 'sign' | 'verify';
export type AesGcmUsage = 'encrypt' | 'decrypt';
export type HkdfUsage = 'deriveKey' | 'deriveBits';

export async function sha256(bytes: Bytes): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}

export function importHmacKey(raw: Bytes, usage: HmacUsage): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, HMAC_SHA256, false, [usage]);
}

export async function hmacSign(key: CryptoKey, bytes: Bytes): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, bytes));
}

/** WebCrypto's verify compares in constant time. */
export function hmacVerify(key: CryptoKey, mac: Bytes, bytes: Bytes): Promise<boolean> {
  return crypto.subtle.verify('HMAC', key, mac, bytes);
}

export function importAesGcmKey(raw: Bytes, usages: readonly AesGcmUsage[]): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, [...usages]);
}

const gcm = (iv: Bytes, aad: Bytes) =>
  ({
    name: 'AES-GCM',
    iv,
    additionalData: aad,
    tagLength: AES_GCM_TAG_BYTES * 8,
  }) satisfies AesGcmParams;

/** Ciphertext followed by the tag. The caller supplies a fresh IV (vault/aead.ts). */
export async function aesGcmSeal(
  key: CryptoKey,
  iv: Bytes,
  plaintext: Bytes,
  aad: Bytes,
): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.encrypt(gcm(iv, aad), key, plaintext));
}

/** Rejects as WebCrypto does: an OperationError when authentication fails. */
export async function aesGcmOpen(
  key: CryptoKey,
  iv: Bytes,
  sealed: Bytes,
  aad: Bytes,
): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.decrypt(gcm(iv, aad), key, sealed));
}

export function importHkdfKey(raw: Bytes, usages: readonly HkdfUsage[]): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, 'HKDF', false, [...usages]);
}

const hkdf = (salt: Bytes, info: Bytes) =>
  ({ name: 'HKDF', hash: 'SHA-256', salt, info }) satisfies HkdfParams;

export async function hkdfBits(
  base: CryptoKey,
  salt: Bytes,
  info: Bytes,
  length: number,
): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.deriveBits(hkdf(salt, info), base, length * 8));
}

export function hkdfAesGcmKey(base: CryptoKey, salt: Bytes, info: Bytes): Promise<CryptoKey> {
  return crypto.subtle.deriveKey(hkdf(salt, info), base, AES_256_GCM, false, [
    'encrypt',
    'decrypt',
  ]);
}

export function hkdfHmacKey(
  base: CryptoKey,
  salt: Bytes,
  info: Bytes,
  usages: readonly HmacUsage[],
): Promise<CryptoKey> {
  return crypto.subtle.deriveKey(hkdf(salt, info), base, HMAC_SHA256_KEY, false, [...usages]);
}

export async function pbkdf2Bits(
  password: Bytes,
  salt: Bytes,
  iterations: number,
  length: number,
): Promise<Bytes> {
  const base = await crypto.subtle.importKey('raw', password, 'PBKDF2', false, ['deriveBits']);
  const params = { name: 'PBKDF2', hash: 'SHA-256', salt, iterations } satisfies Pbkdf2Params;
  return new Uint8Array(await crypto.subtle.deriveBits(params, base, length * 8));
}
