import { describe, expect, it } from 'vitest';
import { countDetailsToAdd, cycleItemsFromJournal } from '../insight/journal-items.ts';
import { timelineSeries } from '../insight/timeline.ts';
import { journalEntry } from '../records/journal.ts';
import { putChange, readStored } from '../records/kind.ts';
import { filterEntries } from './journal-search.ts';
import { createJottedEntry, currentContent, editEntry, hasDetails } from './journal.ts';
import { validateEntryInput, validateJournalRecord } from './journal-validate.ts';
import { makeRecord, NOW, unwrap } from './test-support.ts';

const jot = (what = 'He took my keys again.', id = 'jot-1') =>
  unwrap(createJottedEntry({ what, occurred: { date: '2025-06-15' } }, NOW, id));

describe('a quick note (jotted down now, details later)', () => {
  it('saves its words and the day, with no stage or severity, and the time it was written', () => {
    const record = jot();
    expect(record.writtenAt).toBe(NOW.toISOString());
    expect(record.versions).toHaveLength(1);
    const content = currentContent(record);
    expect(content).toEqual({
      occurred: { date: '2025-06-15', approximate: false },
      harms: [],
      what: 'He took my keys again.',
      felt: '',
      after: [],
      afterNote: '',
      injuries: '',
      witnesses: '',
      attachments: [],
    });
    expect('stage' in content || 'severity' in content).toBe(false);
    expect(hasDetails(content)).toBe(false);
  });

  it('needs its words', () => {
    const empty = createJottedEntry({ what: '   ', occurred: { date: '2025-06-15' } }, NOW, 'j');
    expect(empty.ok).toBe(false);
    expect(!empty.ok && empty.issues.map((i) => [i.path, i.code])).toEqual([['what', 'required']]);
  });

  it('refuses a future day, as every entry does', () => {
    const later = createJottedEntry({ what: 'x', occurred: { date: '2025-07-01' } }, NOW, 'j');
    expect(!later.ok && later.issues.map((i) => i.code)).toEqual(['future-date']);
  });

  it('is read back from storage, but the full form still asks for stage and severity', () => {
    const record = jot();
    expect(validateJournalRecord(JSON.parse(JSON.stringify(record)))).toEqual({
      ok: true,
      value: record,
    });
    const form = validateEntryInput({ occurred: { date: '2025-06-15' }, what: 'x' }, NOW);
    expect(!form.ok && form.issues.map((i) => i.path)).toEqual(['stage', 'severity']);
  });

  it('refuses a stored entry with only one of stage and severity', () => {
    const record = jot();
    const [first] = record.versions;
    const half = {
      ...record,
      versions: [{ ...first, content: { ...first.content, stage: 'calm' } }],
    };
    const read = validateJournalRecord(half);
    expect(!read.ok && read.issues.map((i) => [i.path, i.code])).toEqual([
      ['versions[0].content.severity', 'required'],
    ]);
  });

  it('gets its details by an edit that keeps the original words, time and version', () => {
    const record = jot();
    const later = new Date('2025-06-16T08:00:00.000Z');
    const noDetails = editEntry(record, { felt: 'scared' }, later);
    expect(!noDetails.ok && noDetails.issues.map((i) => i.path)).toEqual(['stage', 'severity']);

    const edited = editEntry(
      record,
      { stage: 'incident', severity: 4, harms: ['threats'], felt: 'scared' },
      later,
    );
    expect(edited.ok).toBe(true);
    if (!edited.ok) return;
    expect(edited.value.versions).toHaveLength(2);
    expect(edited.value.versions[0]).toEqual(record.versions[0]);
    expect(edited.value.writtenAt).toBe(record.writtenAt);
    const now = currentContent(edited.value);
    expect(hasDetails(now)).toBe(true);
    expect(now).toMatchObject({ what: 'He took my keys again.', stage: 'incident', severity: 4 });
  });

  it('is left out of the cycle and the timeline, and counted as details to add', () => {
    const records = [jot(), makeRecord('full', { occurred: { date: '2025-06-09' } })];
    const items = cycleItemsFromJournal(records);
    expect(items.map((item) => item.id)).toEqual(['full']);
    expect(countDetailsToAdd(records)).toBe(1);
    const series = timelineSeries(items, '2025-06-01', '2025-06-30');
    expect(series.points.map((p) => p.date)).toEqual(['2025-06-09']);
  });

  it('matches no stage or severity filter, and the details-to-add filter finds it', () => {
    const records = [jot(), makeRecord('full', { occurred: { date: '2025-06-09' } })];
    const ids = (filter: Parameters<typeof filterEntries>[1]) =>
      filterEntries(records, filter).map((r) => r.id);
    expect(ids({})).toEqual(['jot-1', 'full']);
    expect(ids({ stages: ['incident', 'unsure'] })).toEqual(['full']);
    expect(ids({ minSeverity: 1 })).toEqual(['full']);
    expect(ids({ maxSeverity: 5 })).toEqual(['full']);
    expect(ids({ detailsToAdd: true })).toEqual(['jot-1']);
    expect(ids({ detailsToAdd: false })).toEqual(['full']);
    expect(ids({ text: 'keys' })).toEqual(['jot-1']);
  });
});

describe('the journal entry kind, from version 2', () => {
  it('stores a quick note as the current version (3), and reads a version-1 entry unchanged', () => {
    expect(journalEntry.version).toBe(3);
    const record = jot();
    const change = putChange(journalEntry, record.id, record);
    expect(change).toMatchObject({ op: 'put', version: 3, value: record });

    const old = makeRecord('old-one');
    const stored = JSON.parse(JSON.stringify(old)) as unknown;
    expect(readStored(journalEntry, { id: old.id, value: stored, version: 1 })).toEqual({
      ok: true,
      id: old.id,
      value: old,
      storedVersion: 1,
    });
  });

  it('a version-1 entry with its stage missing is still unreadable', () => {
    const old = JSON.parse(JSON.stringify(makeRecord('old-two'))) as {
      versions: Array<{ content: Record<string, unknown> }>;
    };
    delete old.versions[0]?.content.stage;
    const read = readStored(journalEntry, { id: 'old-two', value: old, version: 1 });
    expect(read).toMatchObject({ ok: false, code: 'migration-failed', version: 1 });
  });

  it('a version-1 entry that lost both its stage and severity is unreadable, not a quick note', () => {
    const old = JSON.parse(JSON.stringify(makeRecord('old-three'))) as {
      versions: Array<{ content: Record<string, unknown> }>;
    };
    delete old.versions[0]?.content.stage;
    delete old.versions[0]?.content.severity;
    const read = readStored(journalEntry, { id: 'old-three', value: old, version: 1 });
    expect(read).toMatchObject({ ok: false, code: 'migration-failed', version: 1 });
  });
});
