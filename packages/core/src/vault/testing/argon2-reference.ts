// Test-only: Argon2id v1.3 written from RFC 9106 for clarity, not speed. hash-wasm cannot
// take the associated data X of the RFC's own test vector (section 5.3), so this reference
// checks that vector, and the tests then hold hash-wasm to this reference.
import { blake2b, readWordsLE, rotr64, writeWordsLE } from './blake2b-reference.ts';

const MASK = (1n << 64n) - 1n;
const LOW32 = 0xffffffffn;
const WORDS = 128; // 1024-byte blocks
const VERSION = 0x13;
const ARGON2ID = 2;

export type Argon2Input = {
  password: Uint8Array;
  salt: Uint8Array;
  secret?: Uint8Array;
  associatedData?: Uint8Array;
  iterations: number;
  memoryKiB: number;
  parallelism: number;
  tagLength: number;
};

type Block = bigint[];

const le32 = (n: number): Uint8Array => {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n, true);
  return out;
};

function cat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((offset, p) => (out.set(p, offset), offset + p.length), 0);
  return out;
}

/** H' of RFC 9106 section 3.3: BLAKE2b stretched to any length. */
function hashLong(length: number, input: Uint8Array): Uint8Array {
  const seeded = cat(le32(length), input);
  if (length <= 64) return blake2b(seeded, length);
  const r = Math.ceil(length / 32) - 2;
  const parts: Uint8Array[] = [];
  let v = blake2b(seeded, 64);
  parts.push(v.slice(0, 32));
  for (let i = 2; i <= r; i++) {
    v = blake2b(v, 64);
    parts.push(v.slice(0, 32));
  }
  parts.push(blake2b(v, length - 32 * r));
  return cat(...parts);
}

const w = (block: Block, i: number): bigint => block[i] ?? 0n;

function blamka(v: Block, a: number, b: number, c: number, d: number): void {
  const mul = (x: bigint, y: bigint) => (2n * (x & LOW32) * (y & LOW32)) & MASK;
  v[a] = (w(v, a) + w(v, b) + mul(w(v, a), w(v, b))) & MASK;
  v[d] = rotr64(w(v, d) ^ w(v, a), 32n);
  v[c] = (w(v, c) + w(v, d) + mul(w(v, c), w(v, d))) & MASK;
  v[b] = rotr64(w(v, b) ^ w(v, c), 24n);
  v[a] = (w(v, a) + w(v, b) + mul(w(v, a), w(v, b))) & MASK;
  v[d] = rotr64(w(v, d) ^ w(v, a), 16n);
  v[c] = (w(v, c) + w(v, d) + mul(w(v, c), w(v, d))) & MASK;
  v[b] = rotr64(w(v, b) ^ w(v, c), 63n);
}

/** The permutation P on 16 words picked out of a block by `at`. */
function permute(block: Block, at: (k: number) => number): void {
  const v = Array.from({ length: 16 }, (_, k) => w(block, at(k)));
  blamka(v, 0, 4, 8, 12);
  blamka(v, 1, 5, 9, 13);
  blamka(v, 2, 6, 10, 14);
  blamka(v, 3, 7, 11, 15);
  blamka(v, 0, 5, 10, 15);
  blamka(v, 1, 6, 11, 12);
  blamka(v, 2, 7, 8, 13);
  blamka(v, 3, 4, 9, 14);
  v.forEach((value, k) => (block[at(k)] = value));
}

/** The compression function G of section 3.5. */
function compressG(x: Block, y: Block): Block {
  const r = x.map((word, i) => word ^ w(y, i));
  const q = [...r];
  for (let row = 0; row < 8; row++) permute(q, (k) => 16 * row + k);
  for (let col = 0; col < 8; col++) permute(q, (k) => 2 * col + 16 * (k >> 1) + (k & 1));
  return q.map((word, i) => word ^ w(r, i));
}

export function argon2idReference(input: Argon2Input): Uint8Array {
  const { password, salt, iterations: t, memoryKiB: m, parallelism: p, tagLength } = input;
  const secret = input.secret ?? new Uint8Array(0);
  const ad = input.associatedData ?? new Uint8Array(0);
  const h0 = blake2b(
    cat(
      ...[p, tagLength, m, t, VERSION, ARGON2ID].map(le32),
      le32(password.length),
      password,
      le32(salt.length),
      salt,
      le32(secret.length),
      secret,
      le32(ad.length),
      ad,
    ),
    64,
  );
  const blocks = 4 * p * Math.floor(Math.max(m, 8 * p) / (4 * p));
  const q = blocks / p;
  const segment = q / 4;
  const memory: Block[] = [];
  const cell = (lane: number, col: number): Block => memory[lane * q + col] ?? [];

  for (let lane = 0; lane < p; lane++) {
    for (const col of [0, 1]) {
      memory[lane * q + col] = readWordsLE(hashLong(1024, cat(h0, le32(col), le32(lane))));
    }
  }

  const zero: Block = new Array<bigint>(WORDS).fill(0n);
  for (let pass = 0; pass < t; pass++) {
    for (let slice = 0; slice < 4; slice++) {
      for (let lane = 0; lane < p; lane++) {
        const independent = pass === 0 && slice < 2;
        const counterBlock: Block = new Array<bigint>(WORDS).fill(0n);
        [pass, lane, slice, blocks, t, ARGON2ID].forEach((n, i) => (counterBlock[i] = BigInt(n)));
        let addresses: Block = zero;
        const nextAddresses = () => {
          counterBlock[6] = w(counterBlock, 6) + 1n;
          addresses = compressG(zero, compressG(zero, counterBlock));
        };
        const first = pass === 0 && slice === 0 ? 2 : 0;
        if (independent && first === 2) nextAddresses();
        for (let index = first; index < segment; index++) {
          const col = slice * segment + index;
          const prev = col === 0 ? q - 1 : col - 1;
          if (independent && index % WORDS === 0) nextAddresses();
          const rand = independent ? w(addresses, index % WORDS) : w(cell(lane, prev), 0);
          const j1 = rand & LOW32;
          const refLane = pass === 0 && slice === 0 ? lane : Number((rand >> 32n) % BigInt(p));
          const sameLane = refLane === lane;
          const done = pass === 0 ? slice * segment : q - segment;
          const area = sameLane ? done + index - 1 : done + (index === 0 ? -1 : 0);
          const x = (j1 * j1) >> 32n;
          const relative = BigInt(area) - 1n - ((BigInt(area) * x) >> 32n);
          const start = pass === 0 || slice === 3 ? 0 : (slice + 1) * segment;
          const refCol = Number((BigInt(start) + relative) % BigInt(q));
          const fresh = compressG(cell(lane, prev), cell(refLane, refCol));
          memory[lane * q + col] =
            pass === 0 ? fresh : fresh.map((v, i) => v ^ w(cell(lane, col), i));
        }
      }
    }
  }

  let final = cell(0, q - 1);
  for (let lane = 1; lane < p; lane++) final = final.map((v, i) => v ^ w(cell(lane, q - 1), i));
  return hashLong(tagLength, writeWordsLE(final));
}
