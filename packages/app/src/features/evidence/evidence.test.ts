import {
  attachmentChunk,
  attachmentMeta,
  createEntry,
  editEntry,
  type AttachmentMeta,
  type JournalRecord,
  type ReadResult,
  type RecordKind,
} from '@steady/core';
import { buildPackage, readZip, writeZip } from '@steady/core/evidence';
import { describe, expect, it } from 'vitest';
import { toBase64 } from '../../lib/base64.ts';
import type { VaultApi } from '../../vault/api.ts';
import { checkPackageFile, groupHex, PACKAGE_LIMIT, packageFileName } from './format.ts';
import { entryNames } from './names.ts';
import { photoIds, readPhotos } from './photos.ts';

function entry(n: number, what: string, attachments: string[] = []): JournalRecord {
  const made = createEntry(
    { occurred: { date: `2026-10-0${n}` }, stage: 'incident', severity: 3, what, attachments },
    new Date(Date.UTC(2026, 10, 1, 8, n)),
    `entry-${n}`,
  );
  if (!made.ok) throw new Error('a test entry that does not check');
  return made.value;
}

/** A vault that answers reads from what the test put in, by kind and id. */
function fakeVault(records: Array<[RecordKind<unknown>, string, unknown]>): Pick<VaultApi, 'read'> {
  return {
    read<T>(kind: RecordKind<T>, id: string): Promise<ReadResult<T> | undefined> {
      const found = records.find(([k, i]) => k === kind && i === id);
      if (!found) return Promise.resolve(undefined);
      return Promise.resolve({ ok: true, id, value: found[2] as T, storedVersion: 1 });
    },
  };
}

function stored(id: string, bytes: Uint8Array, chunkBytes: number) {
  const chunks = Math.ceil(bytes.length / chunkBytes);
  const meta: AttachmentMeta = {
    id,
    type: 'image/jpeg',
    size: bytes.length,
    chunks,
    width: 4,
    height: 4,
  };
  const out: Array<[RecordKind<unknown>, string, unknown]> = [[attachmentMeta, id, meta]];
  for (let n = 0; n < chunks; n++) {
    const part = bytes.subarray(n * chunkBytes, (n + 1) * chunkBytes);
    out.push([attachmentChunk, `${id}:${n}`, toBase64(part)]);
  }
  return out;
}

const bytesOf = (length: number, seed: number) =>
  Uint8Array.from({ length }, (_, i) => (i * 31 + seed) % 256);

describe('reading photos into the package', () => {
  it('names every photo of every version once', () => {
    const first = entry(1, 'one', ['a', 'b']);
    const edited = editEntry(first, { attachments: ['b', 'c'] }, new Date(Date.UTC(2026, 10, 3)));
    if (!edited.ok) throw new Error('a test edit that does not check');
    expect(photoIds([edited.value, entry(2, 'two', ['a'])])).toEqual(['a', 'b', 'c']);
  });

  it('puts a photo’s chunks back together, byte for byte', async () => {
    const a = bytesOf(2500, 1);
    const vault = fakeVault(stored('a', a, 1000));
    const { photos, missing } = await readPhotos(vault, [entry(1, 'one', ['a'])]);
    expect(missing).toBe(0);
    expect(photos.get('a')?.bytes).toEqual(a);
    expect(photos.get('a')?.meta.chunks).toBe(3);
  });

  it('leaves out, and counts, a photo with no description or a chunk gone', async () => {
    const a = stored('a', bytesOf(2500, 1), 1000).filter(([, id]) => id !== 'a:1');
    const b = stored('b', bytesOf(800, 2), 1000);
    const vault = fakeVault([...a, ...b]);
    const records = [entry(1, 'one', ['a', 'b', 'gone'])];
    const { photos, missing } = await readPhotos(vault, records);
    expect([...photos.keys()]).toEqual(['b']);
    expect(missing).toBe(2);
  });

  it('leaves out a photo shorter than its description says', async () => {
    const records = stored('a', bytesOf(900, 3), 1000);
    const meta = records[0]![2] as AttachmentMeta;
    records[0] = [attachmentMeta, 'a', { ...meta, size: 1200 }];
    const { photos, missing } = await readPhotos(fakeVault(records), [entry(1, 'one', ['a'])]);
    expect(photos.size).toBe(0);
    expect(missing).toBe(1);
  });
});

describe('the package’s words and names', () => {
  it('groups a digest in fours', () => {
    expect(groupHex('0123456789abcdef01')).toBe('0123 4567 89ab cdef 01');
    expect(groupHex('a'.repeat(64)).split(' ')).toHaveLength(16);
  });

  it('names the file by the day only', () => {
    expect(packageFileName(new Date(2026, 11, 1, 23, 59))).toBe('records-2026-12-01.zip');
    expect(packageFileName(new Date(2026, 11, 1, 23, 59), true)).toBe('records-2026-12-01.enc');
  });

  it('refuses an empty or a huge file before reading it', () => {
    expect(checkPackageFile({ size: 0 })).toBe('empty');
    expect(checkPackageFile({ size: PACKAGE_LIMIT.bytes + 1 })).toBe('too-big');
    expect(checkPackageFile({ size: 1234 })).toBeNull();
  });

  it('names entries by their day and first words, also once changed', async () => {
    const long = 'He took my phone and would not give it back until the morning came';
    const { bytes } = await buildPackage({
      entries: [entry(1, long), entry(2, 'A quiet day')],
      photos: new Map(),
      madeAt: '2026-12-01T10:00:00.000Z',
      howToCheck: { name: 'how-to-check.txt', text: 'How to check.\n' },
    });
    const files = readZip(bytes).map((f) =>
      f.name === 'entries/e0002.json'
        ? {
            name: f.name,
            bytes: new TextEncoder().encode(
              new TextDecoder().decode(f.bytes).replace('A quiet day', 'A different day'),
            ),
          }
        : { name: f.name, bytes: f.bytes },
    );
    const names = entryNames(writeZip(files));
    expect(names.get('entry-1')).toEqual({
      date: '2026-10-01',
      words: 'He took my phone and would not give…',
    });
    expect(names.get('entry-2')).toEqual({ date: '2026-10-02', words: 'A different day' });
  });

  it('names nothing for a file that is not a package', () => {
    expect(entryNames(new Uint8Array([1, 2, 3])).size).toBe(0);
    expect(entryNames(writeZip([{ name: 'a.txt', bytes: new Uint8Array([65]) }])).size).toBe(0);
  });
});
