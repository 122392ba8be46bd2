import { argon2id } from 'hash-wasm';
import { pbkdf2Bits } from '../crypto/webcrypto.ts';
import { copyOf, wipe, type Bytes } from './bytes.ts';
import { WeakKdfError } from './errors.ts';

export type KdfParams =
  | { alg: 'argon2id'; memoryKiB: number; iterations: number; parallelism: number }
  | { alg: 'pbkdf2-sha256'; iterations: number };

/**
 * Turns a passphrase into 32 key bytes. The app runs `deriveKeyBytes` in a Web Worker and
 * passes the vault a function that calls it there, so the page stays responsive (and quick
 * exit keeps working) during the slow part.
 */
export type DeriveKey = (
  secret: Uint8Array,
  salt: Uint8Array,
  params: KdfParams,
) => Promise<Uint8Array>;

export const DERIVED_KEY_BYTES = 32;

/** OWASP Password Storage Cheat Sheet floor for Argon2id: m = 19 MiB, t = 2, p = 1. */
export const MIN_ARGON2 = { memoryKiB: 19 * 1024, iterations: 2, parallelism: 1 } as const;

/** OWASP's figure for PBKDF2-HMAC-SHA256, the fallback where WebAssembly is unavailable. */
export const MIN_PBKDF2_ITERATIONS = 600_000;

export const DEFAULT_KDF = {
  alg: 'argon2id',
  memoryKiB: 32 * 1024,
  iterations: 2,
  parallelism: 1,
} as const satisfies KdfParams;

export const FALLBACK_KDF = {
  alg: 'pbkdf2-sha256',
  iterations: MIN_PBKDF2_ITERATIONS,
} as const satisfies KdfParams;

// Ceilings stop a crafted header from making the device allocate gigabytes or spin for
// hours before the passphrase is even checked.
const MAX_ARGON2 = { memoryKiB: 1024 * 1024, iterations: 64, parallelism: 16 } as const;
const MAX_PBKDF2_ITERATIONS = 20_000_000;

/** Argon2 itself accepts 8-byte salts; the vault always uses 16. */
const MIN_SALT_BYTES = 8;

export type KdfVerdict = 'ok' | 'weak' | 'invalid';

const inRange = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;

/** Judges params from any source, including a header or a message from a worker. */
export function judgeKdfParams(params: unknown): KdfVerdict {
  if (typeof params !== 'object' || params === null) return 'invalid';
  const fields = new Map<string, unknown>(Object.entries(params));
  const alg = fields.get('alg');
  const iterations = fields.get('iterations');
  if (alg === 'argon2id') {
    const memoryKiB = fields.get('memoryKiB');
    const parallelism = fields.get('parallelism');
    if (
      !inRange(memoryKiB, 1, MAX_ARGON2.memoryKiB) ||
      !inRange(iterations, 1, MAX_ARGON2.iterations) ||
      !inRange(parallelism, 1, MAX_ARGON2.parallelism) ||
      memoryKiB < 8 * parallelism
    ) {
      return 'invalid';
    }
    const strong =
      memoryKiB >= MIN_ARGON2.memoryKiB &&
      iterations >= MIN_ARGON2.iterations &&
      parallelism >= MIN_ARGON2.parallelism;
    return strong ? 'ok' : 'weak';
  }
  if (alg === 'pbkdf2-sha256') {
    if (!inRange(iterations, 1, MAX_PBKDF2_ITERATIONS)) return 'invalid';
    return iterations >= MIN_PBKDF2_ITERATIONS ? 'ok' : 'weak';
  }
  return 'invalid';
}

/** Throws WeakKdfError below the floor, RangeError for params no Steady would use. */
export function assertKdfParams(params: KdfParams): void {
  const verdict = judgeKdfParams(params);
  if (verdict === 'weak') throw new WeakKdfError();
  if (verdict === 'invalid') throw new RangeError('key-derivation parameters out of range');
}

export const deriveKeyBytes: DeriveKey = async (secret, salt, params) => {
  assertKdfParams(params);
  if (salt.length < MIN_SALT_BYTES) throw new RangeError('salt too short');
  switch (params.alg) {
    case 'argon2id': {
      const output = await argon2id({
        password: secret,
        salt,
        iterations: params.iterations,
        parallelism: params.parallelism,
        memorySize: params.memoryKiB,
        hashLength: DERIVED_KEY_BYTES,
        outputType: 'binary',
      });
      const key = copyOf(output);
      wipe(output);
      return key;
    }
    case 'pbkdf2-sha256':
      return pbkdf2Sha256(secret, salt, params.iterations, DERIVED_KEY_BYTES);
  }
};

/** Exported for its known-answer test; callers outside this folder use deriveKeyBytes. */
export async function pbkdf2Sha256(
  secret: Uint8Array,
  salt: Uint8Array,
  iterations: number,
  length: number,
): Promise<Bytes> {
  const password = copyOf(secret);
  try {
    return await pbkdf2Bits(password, copyOf(salt), iterations, length);
  } finally {
    wipe(password);
  }
}
