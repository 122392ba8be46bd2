import { describe, expect, it } from 'vitest';
import { seeded } from '../sync/test-support.ts';
import { concat, toHex, utf8 } from '../vault/bytes.ts';
import { DEFAULT_KDF, deriveKeyBytes, type DeriveKey } from '../vault/kdf.ts';
import {
  isLockedPackage,
  LOCK_CHUNK_BYTES,
  LOCKED_HEADER_BYTES,
  LOCKED_MAGIC,
  lockPackage,
  openLockedPackage,
  type LockErrorCode,
} from './locked.ts';
import { writeZip } from './zip.ts';

const MiB = LOCK_CHUNK_BYTES;
const TAG = 16;
const PASSPHRASE = 'blue kettle under the stairs';

/**
 * The vault's own derivation, remembered by passphrase, salt and parameters: opening the
 * same file a hundred times then derives once. Each call gets its own copy, as the real
 * one's caller wipes what it gets.
 */
function rememberingDerive(): DeriveKey & { calls: () => number } {
  const known = new Map<string, Uint8Array>();
  let calls = 0;
  const derive: DeriveKey = async (secret, salt, params) => {
    const key = `${toHex(secret)}/${toHex(salt)}/${JSON.stringify(params)}`;
    let found = known.get(key);
    if (found === undefined) {
      calls++;
      found = await deriveKeyBytes(secret, salt, params);
      known.set(key, new Uint8Array(found));
    }
    return new Uint8Array(found);
  };
  return Object.assign(derive, { calls: () => calls });
}

const derive = rememberingDerive();

function noise(size: number, seed: number): Uint8Array {
  const next = seeded(seed);
  return Uint8Array.from({ length: size }, () => Math.floor(next() * 256));
}

async function refusal(work: Promise<unknown>): Promise<LockErrorCode | 'opened'> {
  try {
    await work;
    return 'opened';
  } catch (error) {
    if (error instanceof Error && error.name === 'LockError' && 'code' in error) {
      return error.code as LockErrorCode;
    }
    throw error;
  }
}

const openWith = (bytes: Uint8Array, passphrase = PASSPHRASE) =>
  refusal(openLockedPackage(bytes, passphrase, { derive }));

/** A run of `min` or more printable ASCII characters, as `strings` would show. */
function readableRuns(bytes: Uint8Array, min: number): string[] {
  const text = Array.from(bytes, (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '\n'));
  return text
    .join('')
    .split('\n')
    .filter((run) => run.length >= min);
}

describe('a locked package', () => {
  it.each([
    ['empty', 0],
    ['1 byte', 1],
    ['exactly 1 MiB', MiB],
    ['3.5 MiB', 3.5 * MiB],
  ])('opens to the same bytes (%s)', async (_, size) => {
    const plain = noise(size, size + 1);
    const locked = await lockPackage(plain, PASSPHRASE, { derive });
    // One tag per 1 MiB chunk, one chunk even for nothing, no more.
    const chunks = Math.max(1, Math.ceil(size / MiB));
    expect(locked.length).toBe(LOCKED_HEADER_BYTES + size + chunks * TAG);
    expect(isLockedPackage(locked)).toBe(true);
    const opened = await openLockedPackage(locked, PASSPHRASE, { derive });
    expect(opened.length).toBe(size);
    expect(toHex(opened) === toHex(plain)).toBe(true);
  });

  it('uses the vault’s key derivation, written in the header', async () => {
    const locked = await lockPackage(utf8('x'), PASSPHRASE, { derive });
    const view = new DataView(locked.buffer);
    expect(view.getUint8(10)).toBe(1); // Argon2id
    expect(view.getUint32(11)).toBe(DEFAULT_KDF.memoryKiB);
    expect(view.getUint32(15)).toBe(DEFAULT_KDF.iterations);
    expect(view.getUint8(19)).toBe(DEFAULT_KDF.parallelism);
  });

  it('opens with the same passphrase typed as other Unicode (NFC)', async () => {
    const locked = await lockPackage(utf8('notes'), 'caf\u00e9 tres', { derive });
    const opened = await openLockedPackage(locked, 'cafe\u0301 tres', { derive });
    expect(new TextDecoder().decode(opened)).toBe('notes');
  });

  it('holds none of the package’s bytes in plain, and its header no readable text', async () => {
    const zip = writeZip([
      { name: 'manifest.json', bytes: utf8('{"format":"evidence-package"}') },
      { name: 'entries/e0001.json', bytes: utf8('He took my phone and shouted at me') },
    ]);
    const locked = await lockPackage(zip, PASSPHRASE, { derive });
    const text = new TextDecoder('latin1').decode(locked);
    // The zip's own signatures (four bytes each): a bare 'PK' turns up in random bytes
    // about once in 65,536 places, so this file of a few hundred failed now and then.
    const zipMarks = ['PK\u0003\u0004', 'PK\u0001\u0002', 'PK\u0005\u0006'];
    for (const word of [...zipMarks, 'manifest', 'entries', 'He took my phone', 'evidence']) {
      expect(text).not.toContain(word);
    }
    expect(text.toLowerCase()).not.toContain('steady');
    // The fixed part (magic, version, derivation) has no printable run at all; the
    // random part (salt, nonce, check values) is not text by chance only, so it is
    // left out: what matters is that nothing written there was chosen to be read.
    expect(readableRuns(locked.subarray(0, 20), 3)).toEqual([]);
    expect(readableRuns(LOCKED_MAGIC, 2)).toEqual([]);
  });

  it('is locked afresh each time: salt, nonces and every byte after the header differ', async () => {
    const plain = noise(100, 7);
    const a = await lockPackage(plain, PASSPHRASE, { derive });
    const b = await lockPackage(plain, PASSPHRASE, { derive });
    expect(toHex(a.subarray(20, 43))).not.toBe(toHex(b.subarray(20, 43)));
    expect(toHex(a.subarray(LOCKED_HEADER_BYTES))).not.toBe(toHex(b.subarray(LOCKED_HEADER_BYTES)));
  });
});

describe('opening refuses', () => {
  it('a wrong passphrase', async () => {
    const locked = await lockPackage(utf8('records'), PASSPHRASE, { derive });
    expect(await openWith(locked, 'blue kettle under the stair')).toBe('wrong-passphrase');
    expect(await openWith(locked, PASSPHRASE.toUpperCase())).toBe('wrong-passphrase');
  });

  it('an empty passphrase, locking or opening', async () => {
    expect(await refusal(lockPackage(utf8('records'), '', { derive }))).toBe('empty-passphrase');
    const locked = await lockPackage(utf8('records'), PASSPHRASE, { derive });
    expect(await openWith(locked, '')).toBe('empty-passphrase');
  });

  it('what is not locked: a zip, nothing, noise', async () => {
    const zip = writeZip([{ name: 'manifest.json', bytes: utf8('{}') }]);
    expect(await openWith(zip)).toBe('not-locked');
    expect(await openWith(new Uint8Array())).toBe('not-locked');
    expect(await openWith(noise(500, 3))).toBe('not-locked');
    expect(isLockedPackage(zip)).toBe(false);
  });

  it('a newer format version', async () => {
    const locked = await lockPackage(utf8('records'), PASSPHRASE, { derive });
    const newer = locked.slice();
    newer[9] = 2;
    expect(await openWith(newer)).toBe('unsupported-version');
  });

  it('a file cut short anywhere: in the header, at a chunk’s end, in the last chunk', async () => {
    const locked = await lockPackage(noise(3.5 * MiB, 11), PASSPHRASE, { derive });
    const cuts = [
      4,
      9,
      50,
      LOCKED_HEADER_BYTES - 1,
      LOCKED_HEADER_BYTES,
      LOCKED_HEADER_BYTES + MiB + TAG,
      LOCKED_HEADER_BYTES + 3 * (MiB + TAG),
      locked.length - 1,
    ];
    for (const cut of cuts) {
      expect(await openWith(locked.subarray(0, cut)), `cut at ${cut}`).toBe('cut-short');
    }
  });

  it('chunks moved, repeated, or taken out; bytes added at the end', async () => {
    const locked = await lockPackage(noise(3.5 * MiB, 13), PASSPHRASE, { derive });
    const header = locked.subarray(0, LOCKED_HEADER_BYTES);
    const chunk = (i: number) =>
      locked.subarray(
        LOCKED_HEADER_BYTES + i * (MiB + TAG),
        Math.min(locked.length, LOCKED_HEADER_BYTES + (i + 1) * (MiB + TAG)),
      );
    expect(await openWith(concat(header, chunk(1), chunk(0), chunk(2), chunk(3)))).toBe('damaged');
    expect(await openWith(concat(header, chunk(0), chunk(0), chunk(2), chunk(3)))).toBe('damaged');
    // The last chunk put in place of a full one, and a full one marked as not last at the end.
    expect(await openWith(concat(header, chunk(0), chunk(1), chunk(3), chunk(2)))).toBe('damaged');
    expect(await openWith(concat(header, chunk(0), chunk(2), chunk(3)))).toBe('cut-short');
    expect(await openWith(concat(locked, Uint8Array.of(0)))).toBe('damaged');
  });

  it('a chunk from another file locked with the same passphrase', async () => {
    const a = await lockPackage(noise(2 * MiB, 17), PASSPHRASE, { derive });
    const b = await lockPackage(noise(2 * MiB, 19), PASSPHRASE, { derive });
    const mixed = concat(
      a.subarray(0, LOCKED_HEADER_BYTES + MiB + TAG),
      b.subarray(LOCKED_HEADER_BYTES + MiB + TAG),
    );
    expect(await openWith(mixed)).toBe('damaged');
  });

  it('every single-byte change in a small locked file, each named', async () => {
    const locked = await lockPackage(utf8('a short package, some forty bytes.'), PASSPHRASE, {
      derive,
    });
    const seen = new Map<LockErrorCode | 'opened', number>();
    for (let at = 0; at < locked.length; at++) {
      for (const mask of [0x01, 0x80, 0xff]) {
        const changed = locked.slice();
        changed[at] = (changed[at] ?? 0) ^ mask;
        const code = await openWith(changed);
        seen.set(code, (seen.get(code) ?? 0) + 1);
        const expected: LockErrorCode =
          at < 8 ? 'not-locked' : at < 10 ? 'unsupported-version' : 'damaged';
        expect(code, `byte ${at} ^ ${mask}`).toBe(expected);
      }
    }
    expect(seen.get('opened')).toBeUndefined();
    // Past the magic and the version, every change is named damage, never a wrong passphrase.
    expect(seen.get('damaged')).toBe((locked.length - 10) * 3);
  });
});
