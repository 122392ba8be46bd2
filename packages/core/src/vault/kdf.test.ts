import { argon2id } from 'hash-wasm';
import { describe, expect, it } from 'vitest';
import { WeakKdfError } from './errors.ts';
import {
  DEFAULT_KDF,
  deriveKeyBytes,
  FALLBACK_KDF,
  judgeKdfParams,
  MIN_ARGON2,
  pbkdf2Sha256,
  type KdfParams,
} from './kdf.ts';
import { argon2idReference } from './testing/argon2-reference.ts';
import { hex, rejection } from './testing/fixtures.ts';

const ascii = (text: string) => new TextEncoder().encode(text);

// phc-winner-argon2 (the reference implementation), src/test.c, argon2id v1.3 cases with
// password "password" and salt "somesalt" (no secret, no associated data).
const PHC_VECTORS = [
  { m: 65536, t: 2, p: 1, tag: '09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7' },
  { m: 256, t: 2, p: 1, tag: '9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe' },
  { m: 256, t: 2, p: 2, tag: '6d093c501fd5999645e0ea3bf620d7b8be7fd2db59c20d9fff9539da2bf57037' },
] as const;

const hashWasm = (m: number, t: number, p: number, secret?: Uint8Array) =>
  argon2id({
    password: ascii('password'),
    salt: ascii('somesalt'),
    memorySize: m,
    iterations: t,
    parallelism: p,
    hashLength: 32,
    outputType: 'binary',
    ...(secret ? { secret } : {}),
  });

describe('Argon2id', () => {
  it('deriveKeyBytes gives the reference implementation’s 64 MiB answer', async () => {
    const params: KdfParams = { alg: 'argon2id', memoryKiB: 65536, iterations: 2, parallelism: 1 };
    const key = await deriveKeyBytes(ascii('password'), ascii('somesalt'), params);
    expect(hex(key)).toBe(PHC_VECTORS[0].tag);
  });

  it('hash-wasm and the RFC 9106 reference both give the small phc vectors', async () => {
    for (const { m, t, p, tag } of PHC_VECTORS.slice(1)) {
      expect(hex(await hashWasm(m, t, p))).toBe(tag);
      const reference = argon2idReference({
        password: ascii('password'),
        salt: ascii('somesalt'),
        iterations: t,
        memoryKiB: m,
        parallelism: p,
        tagLength: 32,
      });
      expect(hex(reference)).toBe(tag);
    }
  });

  it('hash-wasm agrees with the RFC 9106 reference when a secret is used', async () => {
    const secret = new Uint8Array(8).fill(3);
    const reference = argon2idReference({
      password: ascii('password'),
      salt: ascii('somesalt'),
      secret,
      iterations: 3,
      memoryKiB: 64,
      parallelism: 2,
      tagLength: 32,
    });
    expect(hex(await hashWasm(64, 3, 2, secret))).toBe(hex(reference));
  });

  it('derives 32 bytes with the defaults, deterministically', async () => {
    const salt = new Uint8Array(16).fill(7);
    const a = await deriveKeyBytes(ascii('correct horse'), salt, DEFAULT_KDF);
    const b = await deriveKeyBytes(ascii('correct horse'), salt, DEFAULT_KDF);
    expect(a.length).toBe(32);
    expect(hex(a)).toBe(hex(b));
    expect(hex(await deriveKeyBytes(ascii('correct horsf'), salt, DEFAULT_KDF))).not.toBe(hex(a));
  });
});

describe('PBKDF2-SHA256 fallback', () => {
  // The widely published PBKDF2-HMAC-SHA256 vectors (the RFC 6070 inputs run with
  // SHA-256), also checked against OpenSSL.
  it('matches known answers', async () => {
    const run = (c: number) => pbkdf2Sha256(ascii('password'), ascii('salt'), c, 32).then(hex);
    expect(await run(1)).toBe('120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b');
    expect(await run(4096)).toBe(
      'c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a',
    );
  });

  it('deriveKeyBytes runs it at 600,000 iterations', async () => {
    const salt = new Uint8Array(16).fill(1);
    const key = await deriveKeyBytes(ascii('pw'), salt, FALLBACK_KDF);
    expect(FALLBACK_KDF.iterations).toBe(600_000);
    expect(hex(key)).toBe(hex(await pbkdf2Sha256(ascii('pw'), salt, 600_000, 32)));
  });
});

describe('parameter floor', () => {
  it('defaults meet or beat OWASP (m = 19 MiB, t = 2, p = 1)', () => {
    expect(MIN_ARGON2).toEqual({ memoryKiB: 19456, iterations: 2, parallelism: 1 });
    expect(DEFAULT_KDF.memoryKiB).toBeGreaterThanOrEqual(MIN_ARGON2.memoryKiB);
    expect(DEFAULT_KDF.iterations).toBeGreaterThanOrEqual(MIN_ARGON2.iterations);
    expect(judgeKdfParams(DEFAULT_KDF)).toBe('ok');
    expect(judgeKdfParams({ alg: 'argon2id', ...MIN_ARGON2 })).toBe('ok');
    expect(judgeKdfParams(FALLBACK_KDF)).toBe('ok');
  });

  it.each([
    { alg: 'argon2id', memoryKiB: 19455, iterations: 2, parallelism: 1 },
    { alg: 'argon2id', memoryKiB: 65536, iterations: 1, parallelism: 1 },
    { alg: 'pbkdf2-sha256', iterations: 599_999 },
  ])('judges %o weak', (params) => {
    expect(judgeKdfParams(params)).toBe('weak');
  });

  it.each([
    null,
    {},
    { alg: 'scrypt', iterations: 5 },
    { alg: 'argon2id', memoryKiB: 32768, iterations: 2 },
    { alg: 'argon2id', memoryKiB: 32768.5, iterations: 2, parallelism: 1 },
    { alg: 'argon2id', memoryKiB: '32768', iterations: 2, parallelism: 1 },
    { alg: 'argon2id', memoryKiB: 2 ** 31, iterations: 2, parallelism: 1 },
    { alg: 'argon2id', memoryKiB: 32768, iterations: 2, parallelism: 0 },
    { alg: 'argon2id', memoryKiB: 32768, iterations: 1000, parallelism: 1 },
    { alg: 'pbkdf2-sha256', iterations: Number.NaN },
    { alg: 'pbkdf2-sha256', iterations: 1e12 },
  ])('judges %o invalid', (params) => {
    expect(judgeKdfParams(params)).toBe('invalid');
  });

  it('deriveKeyBytes refuses weak and invalid params and short salts', async () => {
    const salt = new Uint8Array(16);
    const weak = { alg: 'argon2id', memoryKiB: 1024, iterations: 2, parallelism: 1 } as const;
    expect(await rejection(deriveKeyBytes(ascii('x'), salt, weak))).toBeInstanceOf(WeakKdfError);
    const absurd = { alg: 'pbkdf2-sha256', iterations: -1 } as const;
    expect(await rejection(deriveKeyBytes(ascii('x'), salt, absurd))).toBeInstanceOf(RangeError);
    const short = new Uint8Array(4);
    expect(await rejection(deriveKeyBytes(ascii('x'), short, DEFAULT_KDF))).toBeInstanceOf(
      RangeError,
    );
  });
});
