import { describe, expect, it } from 'vitest';
import type { JournalRecord } from '../model/journal-types.ts';
import { validateJournalRecord } from '../model/journal-validate.ts';
import { linkDigest, versionDigests } from './digest.ts';

/*
 * Digests handed out before a change of the entry's shape must still come out the same:
 * a package made, or a receipt taken, for an entry is checked against them later. These
 * were computed by the code of 2026-12-03 before entries could hold details for a court
 * (journal entry version 2), and pinned here.
 */

const FULL = {
  id: 'entry-full',
  writtenAt: '2026-11-20T08:30:00.000Z',
  pinned: true,
  versions: [
    {
      editedAt: '2026-11-20T08:30:00.000Z',
      content: {
        occurred: { date: '2026-11-19', time: '21:15', approximate: false },
        stage: 'incident',
        harms: ['emotional', 'threats'],
        severity: 4,
        what: 'He shouted and took my phone.',
        felt: 'Shaking, cold.',
        after: ['apology'],
        afterNote: 'Flowers the next day.',
        injuries: 'A bruise on my arm.',
        witnesses: 'Ana, next door.',
        attachments: ['photo-1'],
      },
    },
    {
      editedAt: '2026-11-21T10:00:00.000Z',
      content: {
        occurred: { date: '2026-11-19', time: '21:15', approximate: true },
        stage: 'incident',
        harms: ['emotional', 'threats'],
        severity: 4,
        what: 'He shouted and took my phone. Gritó.',
        felt: 'Shaking, cold.',
        after: ['apology', 'promises'],
        afterNote: 'Flowers the next day.',
        injuries: 'A bruise on my arm.',
        witnesses: 'Ana, next door.',
        attachments: ['photo-1', 'voice-1'],
      },
    },
  ],
};

const JOT = {
  id: 'entry-jot',
  writtenAt: '2026-11-22T07:00:00.000Z',
  pinned: false,
  versions: [
    {
      editedAt: '2026-11-22T07:00:00.000Z',
      content: {
        occurred: { date: '2026-11-22', approximate: false },
        harms: [],
        what: 'Quick note: he came by.',
        felt: '',
        after: [],
        afterNote: '',
        injuries: '',
        witnesses: '',
        attachments: [],
      },
    },
  ],
};

const SHA: Readonly<Record<string, string>> = {
  'photo-1': 'a'.repeat(64),
  'voice-1': 'b'.repeat(64),
};
const shaOf = (id: string) => SHA[id];

function read(value: unknown): JournalRecord {
  const checked = validateJournalRecord(value);
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  return checked.value;
}

describe('entry digests', () => {
  it('are those the code before details gave, for entries without details', async () => {
    const full = await versionDigests(read(FULL), shaOf);
    const jot = await versionDigests(read(JOT), shaOf);
    expect(full).toEqual([
      '401cedeb1c2af004ca06a50a09ba88ee06948f81a2206b425eca234bbcdc7e3e',
      'ae9809d2c1f1d21072cd710b61fa85a665006082185d7bc5a5b7f72d4546e84f',
    ]);
    expect(jot).toEqual(['8d54c621fede53a2d4c8d35ac5a68ff30b3ca79102a8bca4280956528f97a29e']);
    const first = await linkDigest(null, FULL.id, FULL.writtenAt, full);
    expect(first).toBe('fa3ff5f3b4037243cc2690d03cbe617b247e52facc9a2fd872fe206b11988aac');
    expect(await linkDigest(first, JOT.id, JOT.writtenAt, jot)).toBe(
      '7e20820f8c73de1f59e62f3ff48439c5051544a0ef1116fdfd1f0fbc623398e9',
    );
  });

  it('cover the details when an entry has them: each one changes the digest', async () => {
    const withDetails = (details: Record<string, string>) => {
      const [, second] = FULL.versions;
      return read({
        ...FULL,
        versions: [FULL.versions[0], { ...second, content: { ...second?.content, details } }],
      });
    };
    const plain = await versionDigests(read(FULL), shaOf);
    const given = { place: 'The car park', policeReport: 'CAD 4471/26', children: 'no' };
    const detailed = await versionDigests(withDetails(given), shaOf);
    // The first version, without details, keeps its digest; the second's is new.
    expect(detailed[0]).toBe(plain[0]);
    expect(detailed[1]).not.toBe(plain[1]);
    const changed = [
      { ...given, place: 'The car park.' },
      { ...given, policeReport: 'CAD 4471/27' },
      { ...given, children: 'unsure' },
      { place: given.place, policeReport: given.policeReport },
    ];
    for (const details of changed) {
      expect((await versionDigests(withDetails(details), shaOf))[1]).not.toBe(detailed[1]);
    }
    // Given in another order they are the same details, and the same digest.
    const reordered = { children: 'no', policeReport: 'CAD 4471/26', place: 'The car park' };
    expect(await versionDigests(withDetails(reordered), shaOf)).toEqual(detailed);
    // Empty details are no details: the digest the entry had before.
    expect(await versionDigests(withDetails({ place: '' }), shaOf)).toEqual(plain);
  });
});
