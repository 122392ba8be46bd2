// Test-only: BLAKE2b written from RFC 7693 for clarity, not speed (64-bit words as
// BigInt). It exists so the Argon2id reference below depends on nothing under test.

const MASK = (1n << 64n) - 1n;

const IV = [
  0x6a09e667f3bcc908n,
  0xbb67ae8584caa73bn,
  0x3c6ef372fe94f82bn,
  0xa54ff53a5f1d36f1n,
  0x510e527fade682d1n,
  0x9b05688c2b3e6c1fn,
  0x1f83d9abfb41bd6bn,
  0x5be0cd19137e2179n,
] as const;

const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
] as const;

export const rotr64 = (x: bigint, n: bigint): bigint => ((x >> n) | (x << (64n - n))) & MASK;

export function readWordsLE(bytes: Uint8Array): bigint[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Array.from({ length: bytes.length / 8 }, (_, i) => view.getBigUint64(i * 8, true));
}

export function writeWordsLE(words: readonly bigint[]): Uint8Array {
  const out = new Uint8Array(words.length * 8);
  const view = new DataView(out.buffer);
  words.forEach((word, i) => view.setBigUint64(i * 8, word, true));
  return out;
}

const at = (array: readonly bigint[], i: number): bigint => array[i] ?? 0n;

function mix(v: bigint[], a: number, b: number, c: number, d: number, x: bigint, y: bigint) {
  v[a] = (at(v, a) + at(v, b) + x) & MASK;
  v[d] = rotr64(at(v, d) ^ at(v, a), 32n);
  v[c] = (at(v, c) + at(v, d)) & MASK;
  v[b] = rotr64(at(v, b) ^ at(v, c), 24n);
  v[a] = (at(v, a) + at(v, b) + y) & MASK;
  v[d] = rotr64(at(v, d) ^ at(v, a), 16n);
  v[c] = (at(v, c) + at(v, d)) & MASK;
  v[b] = rotr64(at(v, b) ^ at(v, c), 63n);
}

function compress(h: bigint[], block: Uint8Array, counter: bigint, last: boolean): void {
  const m = readWordsLE(block);
  const v = [...h, ...IV];
  v[12] = at(v, 12) ^ (counter & MASK);
  v[13] = at(v, 13) ^ (counter >> 64n);
  if (last) v[14] = at(v, 14) ^ MASK;
  for (let round = 0; round < 12; round++) {
    const s = SIGMA[round % 10] ?? SIGMA[0];
    const w = (i: number) => at(m, s[i] ?? 0);
    mix(v, 0, 4, 8, 12, w(0), w(1));
    mix(v, 1, 5, 9, 13, w(2), w(3));
    mix(v, 2, 6, 10, 14, w(4), w(5));
    mix(v, 3, 7, 11, 15, w(6), w(7));
    mix(v, 0, 5, 10, 15, w(8), w(9));
    mix(v, 1, 6, 11, 12, w(10), w(11));
    mix(v, 2, 7, 8, 13, w(12), w(13));
    mix(v, 3, 4, 9, 14, w(14), w(15));
  }
  for (let i = 0; i < 8; i++) h[i] = at(h, i) ^ at(v, i) ^ at(v, i + 8);
}

/** Unkeyed BLAKE2b with an output of 1..64 bytes. */
export function blake2b(input: Uint8Array, outLength: number): Uint8Array {
  const h: bigint[] = [...IV];
  h[0] = at(h, 0) ^ 0x01010000n ^ BigInt(outLength);
  const blocks = Math.max(1, Math.ceil(input.length / 128));
  for (let i = 0; i < blocks; i++) {
    const block = new Uint8Array(128);
    block.set(input.subarray(i * 128, (i + 1) * 128));
    const last = i === blocks - 1;
    compress(h, block, BigInt(last ? input.length : (i + 1) * 128), last);
  }
  return writeWordsLE(h).slice(0, outLength);
}
