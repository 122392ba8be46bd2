import {
  createEntry,
  createJottedEntry,
  editEntry,
  type EntryInput,
  type JournalRecord,
} from '@steady/core';
import { describe, expect, test } from 'vitest';
import { buildReport, HARM_CHOICES, journalSpan, type ReportOptions } from './build.ts';

let n = 0;
function entry(input: EntryInput, pinned = false): JournalRecord {
  n += 1;
  const made = createEntry(input, new Date(`2025-06-0${(n % 9) + 1}T10:00:00.000Z`), `id${n}`);
  if (!made.ok) throw new Error(JSON.stringify(made.issues));
  return { ...made.value, pinned };
}

const ALL: ReportOptions = {
  from: '',
  to: '',
  harms: HARM_CHOICES,
  pinnedOnly: false,
  summary: true,
  timeline: true,
  fullText: true,
  originals: false,
  injuries: true,
};

const records = [
  entry({ occurred: { date: '2025-03-01' }, stage: 'incident', severity: 2, harms: ['emotional'] }),
  entry({ occurred: { date: '2025-01-10' }, stage: 'incident', severity: 3, harms: ['threats'] }),
  entry({ occurred: { date: '2025-01-12' }, stage: 'repair', severity: 1 }, true),
  entry({
    occurred: { date: '2025-05-20' },
    stage: 'incident',
    severity: 4,
    harms: ['physical', 'threats'],
  }),
];

describe('the report', () => {
  test('starts from the whole span of the journal', () => {
    expect(journalSpan(records)).toEqual({ from: '2025-01-10', to: '2025-05-20' });
  });

  test('lists the chosen entries oldest first, within the dates', () => {
    const report = buildReport(records, { ...ALL, from: '2025-01-11', to: '2025-04-01' });
    expect(report.records.map((r) => r.versions[0].content.occurred.date)).toEqual([
      '2025-01-12',
      '2025-03-01',
    ]);
  });

  test('kinds of harm: any ticked kind, and entries with none only when that is ticked', () => {
    const threats = buildReport(records, { ...ALL, harms: ['threats'] });
    expect(threats.records.map((r) => r.id)).toEqual(['id2', 'id4']);
    const none = buildReport(records, { ...ALL, harms: ['none'] });
    expect(none.records.map((r) => r.id)).toEqual(['id3']);
    expect(buildReport(records, { ...ALL, harms: [] }).records).toEqual([]);
  });

  test('pinned only, and a reversed range gives nothing rather than a guess', () => {
    expect(buildReport(records, { ...ALL, pinnedOnly: true }).records.map((r) => r.id)).toEqual([
      'id3',
    ]);
    expect(buildReport(records, { ...ALL, from: '2025-05-01', to: '2025-01-01' }).records).toEqual(
      [],
    );
  });

  test('the summary counts only what is in the report', () => {
    const { summary } = buildReport(records, ALL);
    expect(summary.entries).toBe(4);
    expect(summary.stages).toEqual({ tension: 0, incident: 3, repair: 1, calm: 0, unsure: 0 });
    expect(summary.harms).toEqual([
      ['emotional', 1],
      ['threats', 2],
      ['physical', 1],
    ]);
    expect(summary.noHarm).toBe(1);
    expect(summary.incidents).toBe(3);
    expect(summary.occasions).toBe(3);
    // 2025-01-10 to 03-01 is 50 days; 03-01 to 05-20 is 80.
    expect(summary.gaps).toEqual({ shortest: 50, longest: 80, median: 65 });
    expect(summary.pattern.verdict).not.toBe('too-few');
  });

  test('an edited entry is reported as it reads now', () => {
    const first = records[0]!;
    const edited = editEntry(first, { harms: ['financial'] }, new Date('2025-07-01T00:00:00Z'));
    if (!edited.ok) throw new Error('edit failed');
    const report = buildReport([edited.value], { ...ALL, harms: ['financial'] });
    expect(report.records).toHaveLength(1);
  });

  test('a quick note is in the report, counted as details to add, in no stage and no cycle', () => {
    const made = createJottedEntry(
      { what: 'He took my keys.', occurred: { date: '2025-04-02' } },
      new Date('2025-04-02T10:00:00.000Z'),
      'jotted',
    );
    if (!made.ok) throw new Error('jot failed');
    const report = buildReport([...records, made.value], ALL);
    expect(report.records.map((r) => r.id)).toContain('jotted');
    expect(report.summary.entries).toBe(5);
    expect(report.summary.detailsToAdd).toBe(1);
    expect(report.summary.stages).toEqual({
      tension: 0,
      incident: 3,
      repair: 1,
      calm: 0,
      unsure: 0,
    });
    expect(report.summary.noHarm).toBe(2);
    expect(report.summary.occasions).toBe(3);
    // It has no kinds of harm yet, so it is left out when only some kinds are chosen.
    expect(buildReport([made.value], { ...ALL, harms: ['threats'] }).records).toEqual([]);
  });
});
