import { describe, expect, it } from 'vitest';
import { journalEntry } from '../records/journal.ts';
import { putChange, readStored } from '../records/kind.ts';
import { filterEntries } from './journal-search.ts';
import { createJottedEntry, currentContent, editEntry } from './journal.ts';
import { JOURNAL_LIMITS, type CourtDetails } from './journal-types.ts';
import { validateEntryInput, validateJournalRecord } from './journal-validate.ts';
import { entryInput, makeRecord, NOW, unwrap } from './test-support.ts';

const DETAILS: CourtDetails = {
  place: 'The car park behind the bakery',
  policeReport: 'CAD 4471/26',
  medicalWhere: 'St Mary’s walk-in centre',
  medicalWhen: 'The next morning, about nine',
  property: 'My phone screen',
  messages: '“You will regret this”, sent at 23:10',
  evidenceKept: 'Printed copies at my sister’s',
  orderInForce: 'yes',
  orderBroken: 'unsure',
  children: 'no',
};

const stored = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
type Loose = { versions: Array<{ content: Record<string, unknown> }> };

describe('details for a court or advocate, in an entry', () => {
  it('keeps every detail given, in one order whatever order they came in', () => {
    const reversed = Object.fromEntries(Object.entries(DETAILS).reverse());
    const content = unwrap(validateEntryInput(entryInput({ details: reversed }), NOW));
    expect(content.details).toEqual(DETAILS);
    expect(Object.keys(content.details ?? {})).toEqual([
      'place',
      'policeReport',
      'medicalWhere',
      'medicalWhen',
      'property',
      'messages',
      'evidenceKept',
      'orderInForce',
      'orderBroken',
      'children',
    ]);
  });

  it('leaves out empty details, and the whole of them when nothing was given', () => {
    const some = unwrap(
      validateEntryInput(entryInput({ details: { place: 'At home', policeReport: '' } }), NOW),
    );
    expect(some.details).toEqual({ place: 'At home' });
    const none = unwrap(
      validateEntryInput(entryInput({ details: { place: '', messages: '' } }), NOW),
    );
    expect('details' in none).toBe(false);
    const plain = unwrap(validateEntryInput(entryInput(), NOW));
    expect(none).toEqual(plain);
  });

  it('says which detail is wrong: an unknown one, an answer not yes, no or not sure, too long', () => {
    const checked = validateEntryInput(
      entryInput({
        details: {
          place: 'x'.repeat(JOURNAL_LIMITS.shortText + 1),
          children: 'maybe',
          gps: '51.5,-0.1',
        } as unknown as CourtDetails,
      }),
      NOW,
    );
    expect(!checked.ok && checked.issues.map((i) => [i.path, i.code])).toEqual([
      ['details.gps', 'unknown-field'],
      ['details.place', 'too-long'],
      ['details.children', 'unknown-value'],
    ]);
    const notObject = validateEntryInput(
      entryInput({ details: 'at home' as unknown as CourtDetails }),
      NOW,
    );
    expect(!notObject.ok && notObject.issues.map((i) => [i.path, i.code])).toEqual([
      ['details', 'wrong-type'],
    ]);
  });

  it('takes long messages, up to an entry’s longest text', () => {
    const messages = 'm'.repeat(JOURNAL_LIMITS.longText);
    const content = unwrap(validateEntryInput(entryInput({ details: { messages } }), NOW));
    expect(content.details?.messages).toBe(messages);
  });

  it('reads back from storage as saved, in every version', () => {
    const record = makeRecord('with-details', { details: DETAILS });
    expect(validateJournalRecord(stored(record))).toEqual({ ok: true, value: record });
  });

  it('an edit of the details adds a version and keeps the first; saving them unchanged adds none', () => {
    const record = makeRecord('court', { details: { place: 'At home' } });
    const later = new Date('2025-06-16T08:00:00.000Z');
    const same = editEntry(record, { details: { place: 'At home' } }, later);
    expect(same.ok && same.changed).toBe(false);
    const kept = editEntry(record, { what: 'More words.' }, later);
    expect(kept.ok && currentContent(kept.value).details).toEqual({ place: 'At home' });

    const edited = editEntry(record, { details: { place: 'At home', children: 'yes' } }, later);
    expect(edited.ok && edited.changed).toBe(true);
    if (!edited.ok) return;
    expect(edited.value.versions[0]).toEqual(record.versions[0]);
    expect(currentContent(edited.value).details).toEqual({ place: 'At home', children: 'yes' });

    const cleared = editEntry(edited.value, { details: {} }, later);
    expect(cleared.ok && cleared.changed).toBe(true);
    expect(cleared.ok && 'details' in currentContent(cleared.value)).toBe(false);
    // Every version is still there, details and all.
    expect(cleared.ok && cleared.value.versions.map((v) => v.content.details)).toEqual([
      { place: 'At home' },
      { place: 'At home', children: 'yes' },
      undefined,
    ]);
  });

  it('search finds words in the written details, accents folded, and not in the answers', () => {
    const records = [
      makeRecord('court', { details: DETAILS, what: 'He came to the car.' }),
      makeRecord('plain', { what: 'A quiet day.', occurred: { date: '2025-06-02' } }),
    ];
    const ids = (text: string) => filterEntries(records, { text }).map((r) => r.id);
    expect(ids('bakery')).toEqual(['court']);
    expect(ids('4471/26')).toEqual(['court']);
    expect(ids('MARY’S walk-in')).toEqual(['court']);
    expect(ids('regret')).toEqual(['court']);
    expect(ids('sister’s')).toEqual(['court']);
    expect(ids('yes')).toEqual([]);
    expect(ids('quiet')).toEqual(['plain']);
  });
});

describe('the journal entry kind, version 3', () => {
  it('stores an entry with details, and a quick note, as version 3', () => {
    expect(journalEntry.version).toBe(3);
    const record = makeRecord('court', { details: DETAILS });
    expect(putChange(journalEntry, record.id, record)).toMatchObject({ version: 3, value: record });
    const note = unwrap(
      createJottedEntry({ what: 'Quick.', occurred: { date: '2025-06-15' } }, NOW, 'jot'),
    );
    expect(putChange(journalEntry, note.id, note)).toMatchObject({ version: 3, value: note });
  });

  it('reads a version-2 and a version-1 entry without details unchanged', () => {
    const note = unwrap(
      createJottedEntry({ what: 'Quick.', occurred: { date: '2025-06-15' } }, NOW, 'jot'),
    );
    expect(readStored(journalEntry, { id: 'jot', value: stored(note), version: 2 })).toEqual({
      ok: true,
      id: 'jot',
      value: note,
      storedVersion: 2,
    });
    const old = makeRecord('old');
    expect(readStored(journalEntry, { id: 'old', value: stored(old), version: 1 })).toEqual({
      ok: true,
      id: 'old',
      value: old,
      storedVersion: 1,
    });
  });

  it('a version-2 or version-1 entry that claims details is unreadable, not cleaned of them', () => {
    const record = makeRecord('claims', { details: DETAILS });
    for (const version of [1, 2]) {
      const value = stored(record);
      expect(readStored(journalEntry, { id: 'claims', value, version })).toMatchObject({
        ok: false,
        code: 'migration-failed',
        version,
      });
      // Even empty details: no release before version 3 wrote the field at all.
      const empty = stored(makeRecord('claims')) as Loose;
      const [first] = empty.versions;
      if (first) first.content.details = {};
      expect(readStored(journalEntry, { id: 'claims', value: empty, version })).toMatchObject({
        ok: false,
        code: 'migration-failed',
      });
      // Reading changed nothing it was given.
      expect(value).toEqual(stored(record));
    }
  });

  it('a version-2 entry whose later version claims details is unreadable too', () => {
    const record = makeRecord('later', { details: DETAILS });
    const edited = unwrap(
      editEntry(record, { what: 'edited' }, new Date('2025-06-16T08:00:00.000Z')),
    );
    const value = stored({ ...edited, versions: [...edited.versions] }) as Loose;
    delete value.versions[0]?.content.details;
    expect(readStored(journalEntry, { id: 'later', value, version: 2 })).toMatchObject({
      ok: false,
      code: 'migration-failed',
      version: 2,
    });
  });
});
