import { describe, expect, it } from 'vitest';
import { createEntry, editEntry } from '../model/journal.ts';
import type { JournalRecord } from '../model/journal-types.ts';
import { utf8 } from '../vault/bytes.ts';
import { buildPackage, verifyPackage } from './package.ts';
import { readZip, writeZip } from './zip.ts';

// The details for a court or advocate in the evidence package (issue 19): each entry's
// manifest record carries its last version's details for a reader, the entry's file
// carries every version's, and a change to either is named by its entry.
const SHEET = { name: 'HOW-TO-CHECK.txt', text: 'How to check this package.\n' };

function withDetails(): JournalRecord {
  const made = createEntry(
    {
      occurred: { date: '2026-10-20' },
      stage: 'incident',
      severity: 4,
      what: 'he came to the door',
      details: { place: 'the front door', policeReport: 'CAD 4471', orderInForce: 'yes' },
    },
    new Date('2026-10-21T08:00:00.000Z'),
    'entry-with-details',
  );
  if (!made.ok) throw new Error('a test entry that does not check');
  const edited = editEntry(
    made.value,
    { details: { place: 'the front door', policeReport: 'CAD 4471', orderInForce: 'unsure' } },
    new Date('2026-10-22T08:00:00.000Z'),
  );
  if (!edited.ok) throw new Error('a test edit that does not check');
  return edited.value;
}

function without(): JournalRecord {
  const made = createEntry(
    { occurred: { date: '2026-10-01' }, stage: 'calm', severity: 1, what: 'a quiet day' },
    new Date('2026-10-01T20:00:00.000Z'),
    'entry-without',
  );
  if (!made.ok) throw new Error('a test entry that does not check');
  return made.value;
}

const build = () =>
  buildPackage({
    entries: [withDetails(), without()],
    photos: new Map(),
    madeAt: '2026-12-01T10:00:00.000Z',
    howToCheck: SHEET,
  });

describe('details for a court or advocate in the evidence package', () => {
  it('lists the last version’s details with their entry, none for an entry without', async () => {
    const { bytes, manifest } = await build();
    const [first, second] = manifest.entries;
    expect(first?.id).toBe('entry-without');
    expect(first && 'details' in first).toBe(false);
    expect(second?.details).toEqual({
      place: 'the front door',
      policeReport: 'CAD 4471',
      orderInForce: 'unsure',
    });
    await expect(verifyPackage(bytes)).resolves.toMatchObject({ ok: true, problems: [] });
  });

  it('names the entry and version when a byte of a detail in its file is changed', async () => {
    const { bytes, manifest } = await build();
    const target = manifest.entries[1];
    const files = readZip(bytes).map((f) =>
      f.name === target?.file
        ? { name: f.name, bytes: utf8(new TextDecoder().decode(f.bytes).replace('4471', '4472')) }
        : { name: f.name, bytes: f.bytes },
    );
    const verdict = await verifyPackage(writeZip(files));
    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toEqual([
      { code: 'version-changed', entry: 'entry-with-details', version: 0, file: target?.file },
    ]);
  });

  it('names the entry when the manifest tells its details otherwise', async () => {
    const { bytes, manifest } = await build();
    const told = {
      ...manifest,
      entries: manifest.entries.map((e) =>
        e.details ? { ...e, details: { ...e.details, orderInForce: 'no' } } : e,
      ),
    };
    const files = readZip(bytes).map((f) =>
      f.name === 'manifest.json'
        ? { name: f.name, bytes: utf8(JSON.stringify(told)) }
        : { name: f.name, bytes: f.bytes },
    );
    const verdict = await verifyPackage(writeZip(files));
    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toEqual([
      { code: 'version-changed', entry: 'entry-with-details', version: 1, file: 'manifest.json' },
    ]);
  });
});
