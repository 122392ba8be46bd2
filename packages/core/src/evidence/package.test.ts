import { describe, expect, it } from 'vitest';
import { createEntry, editEntry } from '../model/journal.ts';
import type { JournalRecord } from '../model/journal-types.ts';
import type { AttachmentMeta } from '../records/journal.ts';
import { seeded } from '../sync/test-support.ts';
import { utf8 } from '../vault/bytes.ts';
import { buildPackage, verifyPackage, type EvidencePhoto } from './package.ts';
import { readZip, writeZip, type ZipFile } from './zip.ts';
import formatOne from './fixtures/format-1.json';
import { fromBase64 } from '../records/golden/store.ts';

const SHEET = { name: 'HOW-TO-CHECK.txt', text: 'How to check this package.\n' };

function photo(id: string, size: number, seed: number): EvidencePhoto {
  const next = seeded(seed);
  const bytes = Uint8Array.from({ length: size }, () => Math.floor(next() * 256));
  const meta: AttachmentMeta = { id, type: 'image/jpeg', size, chunks: 1, width: 10, height: 10 };
  return { meta, bytes };
}

function entry(n: number, photos: string[] = [], edits = 0): JournalRecord {
  const day = String(1 + (n % 28)).padStart(2, '0');
  const made = createEntry(
    {
      occurred: { date: `2026-10-${day}` },
      stage: 'incident',
      severity: 3,
      what: `what happened, entry ${n}`,
      attachments: photos,
    },
    new Date(Date.UTC(2026, 10, 1, 8, n)),
    `entry-${String(n).padStart(3, '0')}`,
  );
  if (!made.ok) throw new Error('a test entry that does not check');
  let record = made.value;
  for (let e = 1; e <= edits; e++) {
    const edited = editEntry(
      record,
      { what: `${record.versions[0].content.what}, edit ${e}` },
      new Date(Date.UTC(2026, 10, 2, 9, n + e)),
    );
    if (!edited.ok) throw new Error('a test edit that does not check');
    record = edited.value;
  }
  return record;
}

async function sample() {
  const photos = new Map<string, EvidencePhoto>();
  for (let i = 0; i < 6; i++) photos.set(`photo-${i}`, photo(`photo-${i}`, 2000 + i * 37, i + 1));
  const entries = [
    entry(1, ['photo-0']),
    entry(2, [], 2),
    entry(3, ['photo-1', 'photo-2'], 1),
    entry(4),
    entry(5, ['photo-3']),
    entry(6, [], 3),
    entry(7, ['photo-4', 'photo-5']),
    entry(8, [], 1),
  ];
  // Given in another order: the package chains them as they were written.
  const built = await buildPackage({
    entries: [...entries].reverse(),
    photos,
    madeAt: '2026-12-01T10:00:00.000Z',
    howToCheck: SHEET,
  });
  return { ...built, entries };
}

const filesOf = (bytes: Uint8Array) =>
  readZip(bytes).map((f) => ({ name: f.name, bytes: f.bytes }));
const withManifest = (files: ZipFile[], manifest: unknown) =>
  files.map((f) =>
    f.name === 'manifest.json' ? { name: f.name, bytes: utf8(JSON.stringify(manifest)) } : f,
  );

describe('the evidence package', () => {
  it('holds every entry, version and photo, and checks as untouched', async () => {
    const { bytes, manifest, entries } = await sample();
    expect(manifest.entries.map((e) => e.id)).toEqual(entries.map((e) => e.id));
    expect(manifest.chain).toEqual({ count: 8, head: manifest.entries.at(-1)?.link });
    const verdict = await verifyPackage(bytes);
    expect(verdict).toMatchObject({ ok: true, entries: 8, versions: 15, photos: 6, problems: [] });
    expect(verdict.head).toBe(manifest.chain.head);
    const names = readZip(bytes).map((f) => f.name);
    expect(names).toContain('entries/e0003.json');
    expect(names).toContain('photos/p0001.jpg');
    // Nothing in a file's name says what the package is about.
    expect(names.join(' ')).not.toMatch(/steady|journal|abuse|incident/i);
    // Photos go in as they are kept, byte for byte.
    const kept = readZip(bytes).find((f) => f.name === manifest.entries[0]?.photos[0]?.file);
    expect(kept?.bytes).toEqual(photo('photo-0', 2000, 1).bytes);
  });

  it("carries a voice note as its bytes under voice/, covered by the entry's digests", async () => {
    const sound = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7) % 256);
    const voice: EvidencePhoto = {
      meta: {
        id: 'voice-0',
        type: 'audio/webm',
        size: sound.length,
        chunks: 1,
        durationMs: 2100,
        transcript: 'typed words',
      },
      bytes: sound,
    };
    const entries = [entry(1, ['photo-0', 'voice-0']), entry(2)];
    const { bytes, manifest } = await buildPackage({
      entries,
      photos: new Map([
        ['photo-0', photo('photo-0', 2000, 1)],
        ['voice-0', voice],
      ]),
      madeAt: '2026-12-01T10:00:00.000Z',
      howToCheck: SHEET,
    });
    const listed = manifest.entries[0]?.photos.find((p) => p.id === 'voice-0');
    expect(listed).toMatchObject({ file: 'voice/v0001.webm', type: 'audio/webm', size: 3000 });
    expect(readZip(bytes).find((f) => f.name === 'voice/v0001.webm')?.bytes).toEqual(sound);
    await expect(verifyPackage(bytes)).resolves.toMatchObject({
      ok: true,
      photos: 1,
      voiceNotes: 1,
    });
    // One byte of the sound changed: refused, naming the entry and the file.
    const files = filesOf(bytes).map((f) =>
      f.name === 'voice/v0001.webm'
        ? { name: f.name, bytes: Uint8Array.from(f.bytes, (b, i) => (i === 1500 ? b ^ 1 : b)) }
        : f,
    );
    const verdict = await verifyPackage(writeZip(files));
    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toContainEqual({
      code: 'photo-changed',
      entry: entries[0]?.id,
      file: 'voice/v0001.webm',
    });
  });

  it('is the same bytes for the same record, so two makers can compare', async () => {
    expect((await sample()).bytes).toEqual((await sample()).bytes);
  });

  it('refuses what is not a package, and an empty one still checks', async () => {
    expect((await verifyPackage(new Uint8Array(10))).problems).toEqual([{ code: 'not-a-package' }]);
    expect((await verifyPackage(writeZip([{ name: 'a.txt', bytes: utf8('x') }]))).problems).toEqual(
      [{ code: 'not-a-package' }],
    );
    const empty = await buildPackage({
      entries: [],
      photos: new Map(),
      madeAt: '2026-12-01T10:00:00.000Z',
      howToCheck: SHEET,
    });
    expect(await verifyPackage(empty.bytes)).toMatchObject({ ok: true, entries: 0, head: null });
  });

  it('names the entry for every one of 600 changed packages: a byte, a photo, an entry taken out or moved', async () => {
    const { bytes, manifest } = await sample();
    const files = filesOf(bytes);
    const entryIds = manifest.entries.map((e) => e.id);
    const next = seeded(2026);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const kinds = new Map<string, number>();
    for (let round = 0; round < 600; round++) {
      const kind = pick([
        'entry-byte',
        'photo-byte',
        'raw-byte',
        'removed',
        'moved',
        'version-dropped',
      ] as const);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      let changed: Uint8Array;
      let expected: string | null;
      if (kind === 'entry-byte' || kind === 'photo-byte') {
        const target = pick(
          kind === 'entry-byte'
            ? manifest.entries
            : manifest.entries.filter((e) => e.photos.length > 0),
        );
        const name = kind === 'entry-byte' ? target.file : pick(target.photos).file;
        changed = writeZip(
          files.map((f) => {
            if (f.name !== name) return f;
            const copy = new Uint8Array(f.bytes);
            const at = Math.floor(next() * copy.length);
            copy[at] = (copy[at] as number) ^ (1 + Math.floor(next() * 255));
            return { name: f.name, bytes: copy };
          }),
        );
        // A photo shared by no other entry: the first entry naming it is the one named.
        expected =
          manifest.entries.find((e) => e.file === name || e.photos.some((p) => p.file === name))
            ?.id ?? null;
      } else if (kind === 'raw-byte') {
        // A byte flipped in the archive itself, inside one entry's or photo's stored bytes.
        const target = pick(manifest.entries);
        const name =
          next() < 0.5 || target.photos.length === 0 ? target.file : pick(target.photos).file;
        const data = files.find((f) => f.name === name)?.bytes as Uint8Array;
        const start = indexOf(bytes, data);
        changed = new Uint8Array(bytes);
        const at = start + Math.floor(next() * data.length);
        changed[at] = (changed[at] as number) ^ 0x20;
        expected =
          manifest.entries.find((e) => e.file === name || e.photos.some((p) => p.file === name))
            ?.id ?? null;
      } else if (kind === 'removed') {
        const i = Math.floor(next() * entryIds.length);
        const gone = manifest.entries[i];
        const m = { ...manifest, entries: manifest.entries.filter((_, n) => n !== i) };
        changed = writeZip(withManifest(files, m).filter((f) => f.name !== gone?.file));
        // The chain breaks at the next entry; taken off the end, the head no longer matches.
        expected = manifest.entries[i + 1]?.id ?? null;
      } else if (kind === 'moved') {
        const i = Math.floor(next() * (entryIds.length - 1));
        const list = [...manifest.entries];
        [list[i], list[i + 1]] = [
          list[i + 1] as (typeof list)[number],
          list[i] as (typeof list)[number],
        ];
        changed = writeZip(withManifest(files, { ...manifest, entries: list }));
        expected = list[i]?.id ?? null;
      } else {
        // A later version taken out of an entry's own file, the archive made whole again.
        const target = pick(manifest.entries.filter((e) => e.versions.length > 1));
        changed = writeZip(
          files.map((f) => {
            if (f.name !== target.file) return f;
            const record = JSON.parse(new TextDecoder().decode(f.bytes)) as JournalRecord;
            const versions = record.versions.slice(0, -1);
            return { name: f.name, bytes: utf8(JSON.stringify({ ...record, versions })) };
          }),
        );
        expected = target.id;
      }
      const verdict = await verifyPackage(changed);
      expect(verdict.ok, `${kind} #${round}`).toBe(false);
      if (expected === null) {
        expect(
          verdict.problems.map((p) => p.code),
          `${kind} #${round}`,
        ).toContain('chain-end-changed');
      } else {
        expect(
          verdict.problems.map((p) => p.entry),
          `${kind} #${round}`,
        ).toContain(expected);
      }
      // Only what was changed is named: no other entry is blamed for a byte or a photo.
      if (kind === 'entry-byte' || kind === 'photo-byte' || kind === 'version-dropped') {
        const named = new Set(verdict.problems.map((p) => p.entry).filter((e) => e !== undefined));
        expect([...named], `${kind} #${round}`).toEqual([expected]);
      }
    }
    expect(kinds.size).toBe(6);
  });

  it('says which version of an entry was changed', async () => {
    const { bytes, manifest } = await sample();
    const files = filesOf(bytes);
    const target = manifest.entries.find((e) => e.versions.length === 4);
    const changed = files.map((f) => {
      if (f.name !== target?.file) return f;
      const record = JSON.parse(new TextDecoder().decode(f.bytes)) as JournalRecord;
      const versions = record.versions.map((v, i) =>
        i === 2 ? { ...v, content: { ...v.content, what: 'rewritten' } } : v,
      );
      return { name: f.name, bytes: utf8(JSON.stringify({ ...record, versions })) };
    });
    const verdict = await verifyPackage(writeZip(changed));
    expect(verdict.problems).toEqual([
      { code: 'version-changed', entry: target?.id, version: 2, file: target?.file },
    ]);
  });

  it('names a file added or taken away, and a sheet that was changed', async () => {
    const { bytes } = await sample();
    const files = filesOf(bytes);
    const added = await verifyPackage(
      writeZip([...files, { name: 'extra.txt', bytes: utf8('added later') }]),
    );
    expect(added.problems).toEqual([{ code: 'unexpected-file', file: 'extra.txt' }]);
    const noSheet = await verifyPackage(writeZip(files.filter((f) => f.name !== SHEET.name)));
    expect(noSheet.problems).toEqual([{ code: 'file-missing', file: SHEET.name }]);
  });
});

// Receipts signed by the relay, and checked by openssl too: packages/server/src/timestamp.
describe('receipts in the package (format 2)', () => {
  it('still checks a format-1 package as it was made then (no receipts)', async () => {
    const old = fromBase64(formatOne.file);
    const manifest = JSON.parse(
      new TextDecoder().decode(readZip(old).find((f) => f.name === 'manifest.json')?.bytes),
    ) as { version: number };
    expect(manifest.version).toBe(1);
    expect(await verifyPackage(old)).toMatchObject({
      ok: true,
      entries: 2,
      versions: 3,
      photos: 1,
      receipts: 0,
      problems: [],
    });
    // And a changed byte in it is named as before.
    const files = filesOf(old).map((f) =>
      f.name === 'photos/p0001.jpg'
        ? { name: f.name, bytes: Uint8Array.from(f.bytes, (b, i) => (i === 10 ? b ^ 1 : b)) }
        : f,
    );
    expect((await verifyPackage(writeZip(files))).problems).toEqual([
      { code: 'photo-changed', entry: 'entry-one', file: 'photos/p0001.jpg' },
    ]);
  });

  it('is format 2, with no authority listed when no receipt was given', async () => {
    const { manifest } = await sample();
    expect(manifest.version).toBe(2);
    expect(manifest.authorities).toEqual([]);
    expect(manifest.entries.every((e) => e.receipts.length === 0)).toBe(true);
  });

  it('leaves out a receipt whose token does not check for its version', async () => {
    const one = entry(1);
    const { manifest } = await buildPackage({
      entries: [one],
      receipts: new Map([[one.id, [{ version: 0, token: utf8('not a token') }]]]),
      photos: new Map(),
      madeAt: '2026-12-01T10:00:00.000Z',
      howToCheck: SHEET,
    });
    expect(manifest.entries[0]?.receipts).toEqual([]);
  });

  it('refuses a receipt that is not a token for its version, naming the entry and version', async () => {
    const { bytes, manifest } = await sample();
    const target = manifest.entries[2]!;
    const forged = {
      ...manifest,
      authorities: [{ name: 'Anyone', sha256: 'ab'.repeat(32), certificate: btoa('x') }],
      entries: manifest.entries.map((e) =>
        e.id === target.id
          ? {
              ...e,
              receipts: [
                { version: 1, time: '2026-12-01T10:00:00.000Z', authority: 0, token: btoa('x') },
              ],
            }
          : e,
      ),
    };
    const verdict = await verifyPackage(writeZip(withManifest(filesOf(bytes), forged)));
    expect(verdict.ok).toBe(false);
    expect(verdict.receipts).toBe(1);
    expect(verdict.problems).toEqual([{ code: 'receipt-invalid', entry: target.id, version: 1 }]);
  });
});

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  throw new Error('not found');
}
