// Test-only helpers for the vault tests.
import { expect } from 'vitest';
import { hkdfBits, importHkdfKey } from '../../crypto/webcrypto.ts';
import type { MemoryStore } from '../../store/memory.ts';
import { DEFAULT_KDF, type DeriveKey } from '../kdf.ts';

/**
 * Stands in for the Worker-run KDF: same contract, none of the cost, so tests that are
 * not about the KDF stay fast. It still depends on every param, so a changed header gives
 * a different key. The vault judges the params before calling it, exactly as with the
 * real one; tests that are about the KDF use deriveKeyBytes itself.
 */
export const fastDerive: DeriveKey = async (secret, salt, params) => {
  const base = await importHkdfKey(new Uint8Array(secret), ['deriveBits']);
  const info = new TextEncoder().encode(JSON.stringify(params));
  return hkdfBits(base, new Uint8Array(salt), info, 32);
};

export function countingDerive(): { derive: DeriveKey; calls: Parameters<DeriveKey>[] } {
  const calls: Parameters<DeriveKey>[] = [];
  return {
    calls,
    derive: (secret, salt, params) => {
      calls.push([new Uint8Array(secret), new Uint8Array(salt), params]);
      return fastDerive(secret, salt, params);
    },
  };
}

export const opts = { derive: fastDerive, kdf: DEFAULT_KDF };

/** A comparable picture of everything in the store. */
export function picture(store: MemoryStore): unknown {
  const { meta, records } = store.snapshot();
  return {
    meta: meta.map(({ key, value }) => [key, [...value]]).sort(),
    records: records.map(({ tag, id, data }) => [tag, id, [...data]]).sort(),
  };
}

/** Resolves to the error a promise rejected with, failing the test if it resolved. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  const outcome = await promise.then(
    (value: unknown) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  expect(outcome.ok, 'expected a rejection').toBe(false);
  return outcome.ok ? undefined : outcome.error;
}

export { toHex as hex, fromHex } from '../bytes.ts';
