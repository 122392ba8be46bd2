import { AES_GCM_TAG_BYTES, aesGcmOpen, aesGcmSeal } from '../crypto/webcrypto.ts';
import { randomBytes, type Bytes } from './bytes.ts';

export const IV_BYTES = 12;
export const TAG_BYTES = AES_GCM_TAG_BYTES;

/** Exported for the known-answer test only: everything else must use `seal`. */
export const sealWithIv = aesGcmSeal;

/**
 * AES-256-GCM under a fresh random 96-bit IV. Random IVs keep the collision chance
 * below NIST's 2^-32 bound for up to 2^32 encryptions under one key, far beyond what one
 * person's journal will ever write.
 */
export async function seal(
  key: CryptoKey,
  plaintext: Bytes,
  aad: Bytes,
): Promise<{ iv: Bytes; sealed: Bytes }> {
  const iv = randomBytes(IV_BYTES);
  return { iv, sealed: await sealWithIv(key, iv, plaintext, aad) };
}

/**
 * Returns null when authentication fails, so callers can name the failure (wrong key,
 * tampering) while a bug, which WebCrypto reports under any other name, still throws.
 */
export async function open(
  key: CryptoKey,
  iv: Bytes,
  sealed: Bytes,
  aad: Bytes,
): Promise<Bytes | null> {
  try {
    return await aesGcmOpen(key, iv, sealed, aad);
  } catch (error) {
    if (error instanceof Error && error.name === 'OperationError') return null;
    throw error;
  }
}
