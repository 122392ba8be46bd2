// Threat model: "Thousands of mutated backup files: each is refused with a clear message
// or imported whole; what was stored before is unchanged."
import { describe, expect, it } from 'vitest';
import { sha256 } from '../crypto/webcrypto.ts';
import { MemoryStore, type MemorySnapshot } from '../store/memory.ts';
import type { StoreOp } from '../store/store.ts';
import { fastDerive, opts } from '../vault/testing/fixtures.ts';
import { createVault, unlock } from '../vault/vault.ts';
import { exportBackup, importBackup } from './backup.ts';
import { isBackupError, type BackupErrorCode } from './errors.ts';

const PASS = 'correct horse battery staple';
const CASES = 6000;
const SEED = 0x5eed_2026;
/** Far above what one small import costs; a case that takes longer counts as a hang. */
const CASE_LIMIT_MS = 2000;

/** mulberry32: small, fast and good enough to pick mutations reproducibly. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number): number => Math.floor(next() * below);
  const bytes = (length: number): Uint8Array => Uint8Array.from({ length }, () => int(256));
  return { next, int, bytes };
}
type Rng = ReturnType<typeof prng>;

type Layout = { readonly entries: ReadonlyArray<{ start: number; end: number }>; countAt: number };

/** Where the entries of a well-formed file lie (format.ts documents the layout). */
function layoutOf(file: Uint8Array): Layout {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const headerLength = view.getUint32(14);
  const countAt = 18 + headerLength;
  const count = view.getUint32(countAt);
  const entries: Array<{ start: number; end: number }> = [];
  let at = countAt + 4;
  for (let i = 0; i < count; i++) {
    const start = at;
    at += 1 + (file[at] ?? 0);
    at += 1 + (file[at] ?? 0);
    at += 4 + view.getUint32(at);
    entries.push({ start, end: at });
  }
  return { entries, countAt };
}

const MUTATIONS = [
  'bit-flip',
  'byte-change',
  'truncate',
  'insert',
  'delete',
  'duplicate-range',
  'swap-entries',
  'huge-length',
  'empty',
  'random-bytes',
  'drop-entry',
  'count-change',
] as const;
type Mutation = (typeof MUTATIONS)[number];

function mutate(kind: Mutation, file: Uint8Array, layout: Layout, rng: Rng): Uint8Array {
  const out = new Uint8Array(file);
  const at = rng.int(file.length);
  switch (kind) {
    case 'bit-flip': {
      const flips = 1 + rng.int(3);
      for (let i = 0; i < flips; i++) {
        const p = rng.int(out.length);
        out[p] = (out[p] ?? 0) ^ (1 << rng.int(8));
      }
      return out;
    }
    case 'byte-change':
      out[at] = rng.int(256);
      return out;
    case 'truncate':
      return out.slice(0, at);
    case 'insert':
      return concat(out.subarray(0, at), rng.bytes(1 + rng.int(64)), out.subarray(at));
    case 'delete':
      return concat(out.subarray(0, at), out.subarray(Math.min(out.length, at + 1 + rng.int(64))));
    case 'duplicate-range': {
      const end = Math.min(out.length, at + 1 + rng.int(256));
      const where = rng.int(out.length + 1);
      return concat(out.subarray(0, where), out.subarray(at, end), out.subarray(where));
    }
    case 'swap-entries': {
      const [a, b] = [rng.int(layout.entries.length), rng.int(layout.entries.length)].sort();
      const first = layout.entries[a ?? 0];
      const second = layout.entries[b ?? 0];
      if (!first || !second || a === b) return out;
      return concat(
        out.subarray(0, first.start),
        out.subarray(second.start, second.end),
        out.subarray(first.end, second.start),
        out.subarray(first.start, first.end),
        out.subarray(second.end),
      );
    }
    case 'huge-length': {
      // One of the u32 length fields: file length, header length, count, a record length.
      const view = new DataView(out.buffer);
      const entry = layout.entries[rng.int(layout.entries.length)];
      const fields = [10, 14, layout.countAt];
      if (entry)
        fields.push(
          entry.start +
            2 +
            (out[entry.start] ?? 0) +
            (out[entry.start + 1 + (out[entry.start] ?? 0)] ?? 0),
        );
      const field = fields[rng.int(fields.length)] ?? 10;
      const values = [0xffffffff, 0x80000000, 0x7fffffff, 512 * 1024 * 1024 + 1, rng.int(2 ** 32)];
      view.setUint32(field, values[rng.int(values.length)] ?? 0);
      return out;
    }
    case 'empty':
      return new Uint8Array(0);
    case 'random-bytes':
      return rng.next() < 0.5
        ? rng.bytes(rng.int(4096))
        : concat(file.subarray(0, 14), rng.bytes(rng.int(file.length))); // right magic, junk after
    case 'drop-entry': {
      const entry = layout.entries[rng.int(layout.entries.length)];
      if (!entry) return out;
      const dropped = concat(out.subarray(0, entry.start), out.subarray(entry.end));
      const view = new DataView(dropped.buffer);
      view.setUint32(layout.countAt, layout.entries.length - 1);
      return dropped;
    }
    case 'count-change': {
      new DataView(out.buffer).setUint32(layout.countAt, rng.int(8));
      return out;
    }
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * What someone editing the file on purpose would do: make the declared length and the
 * checksum agree again, so the mutation reaches the structural parser and the MAC.
 */
async function reseal(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes.length < 14 + 32) return bytes;
  const out = new Uint8Array(bytes);
  new DataView(out.buffer).setUint32(10, out.length);
  out.set(await sha256(out.subarray(0, out.length - 32)), out.length - 32);
  return out;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function restoreOps(snapshot: MemorySnapshot): StoreOp[] {
  return [
    ...snapshot.meta.map(({ key, value }): StoreOp => ({ op: 'setMeta', key, value })),
    ...snapshot.records.map(({ tag, id, data }): StoreOp => ({ op: 'put', tag, id, data })),
  ];
}

function snapshotsEqual(a: MemorySnapshot, b: MemorySnapshot): boolean {
  const flat = (s: MemorySnapshot) => [
    ...s.meta.map(({ key, value }) => ({ k: `m:${key}`, v: value })),
    ...s.records.map(({ tag, id, data }) => ({ k: `r:${tag}/${id}`, v: data })),
  ];
  const left = flat(a).sort((x, y) => (x.k < y.k ? -1 : 1));
  const right = flat(b).sort((x, y) => (x.k < y.k ? -1 : 1));
  return (
    left.length === right.length &&
    left.every(
      (entry, i) => entry.k === right[i]?.k && sameBytes(entry.v, right[i]?.v ?? new Uint8Array()),
    )
  );
}

function withinLimit<T>(promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`a case took over ${CASE_LIMIT_MS} ms`)),
      CASE_LIMIT_MS,
    );
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

describe('backup fuzz', () => {
  it(`refuses or imports whole each of ${CASES} mutated files, never changing what was stored`, async () => {
    const source = new MemoryStore();
    const { vault } = await createVault(source, PASS, opts);
    // As after set-up, once the person has confirmed the recovery key.
    await vault.confirmRecoveryKey();
    await vault.putMany([
      { kind: 'journal', id: 'a', value: { text: 'first entry' } },
      { kind: 'journal', id: 'b', value: { text: 'second entry', mood: 3 } },
      { kind: 'urges', id: 'c', value: 42 },
      { kind: 'settings', id: 'security', value: { autoLockMinutes: 5 } },
    ]);
    const file = await exportBackup(source, vault);
    const layout = layoutOf(file);
    expect(layout.entries.length).toBe(4);

    // The device already holds another vault, which must survive every refusal.
    const existing = new MemoryStore();
    await createVault(existing, 'the vault already on this phone', opts);
    const before = existing.snapshot();

    const rng = prng(SEED);
    const codes = new Map<string, number>();
    let imported = 0;
    const started = performance.now();
    for (let i = 0; i < CASES; i++) {
      const kind = MUTATIONS[i % MUTATIONS.length] ?? 'bit-flip';
      let bytes = mutate(kind, file, layout, rng);
      if (rng.next() < 0.5) bytes = await reseal(bytes);
      const noOp = sameBytes(bytes, file);

      const target = new MemoryStore();
      await target.commit(restoreOps(before));
      const outcome = await withinLimit(
        importBackup(target, bytes, PASS, { derive: fastDerive }).then(
          () => ({ ok: true as const }),
          (error: unknown) => ({ ok: false as const, error }),
        ),
      );
      const label = `case ${i} (${kind}${noOp ? ', no-op' : ''})`;
      if (outcome.ok) {
        expect(noOp, `${label} was imported`).toBe(true);
        expect(snapshotsEqual(target.snapshot(), source.snapshot()), label).toBe(true);
        imported += 1;
        codes.set('imported', (codes.get('imported') ?? 0) + 1);
      } else {
        if (!isBackupError(outcome.error)) throw outcome.error;
        const code: BackupErrorCode = outcome.error.code;
        codes.set(code, (codes.get(code) ?? 0) + 1);
        expect(snapshotsEqual(target.snapshot(), before), `${label} changed the store`).toBe(true);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `backup fuzz: ${CASES} cases in ${seconds.toFixed(1)} s`,
      Object.fromEntries([...codes].sort()),
    );
    // The fuzz must reach every layer, not stop at the checksum.
    for (const code of [
      'not-a-backup',
      'truncated',
      'corrupt',
      'tampered',
      'unsupported-version',
    ]) {
      expect(codes.get(code) ?? 0, code).toBeGreaterThan(0);
    }
    expect(imported).toBe(codes.get('imported') ?? 0);

    // And the original still restores and opens.
    const target = new MemoryStore();
    await importBackup(target, file, PASS, { derive: fastDerive });
    const restored = await unlock(target, PASS, { derive: fastDerive });
    expect(await restored.get('journal', 'b')).toEqual({ text: 'second entry', mood: 3 });
  }, 60_000);
});
