import { describe, expect, it } from 'vitest';
import { createEntry, editEntry } from './journal.ts';
import { validateEntryInput, validateJournalRecord } from './journal-validate.ts';
import { NOW, entryInput, makeRecord, unwrap } from './test-support.ts';

function errorsFor(input: unknown): { field: string; code: string }[] {
  const checked = validateEntryInput(input, NOW);
  expect(checked.ok).toBe(false);
  return checked.ok ? [] : checked.issues.map(({ path, code }) => ({ field: path, code }));
}

const full = {
  occurred: { date: '2025-05-30', time: '21:40', approximate: true },
  stage: 'incident',
  harms: ['threats', 'emotional'],
  severity: 4,
  what: 'He shouted in the kitchen and blocked the door.',
  felt: 'Shaking, could not breathe properly.',
  after: ['never-happened', 'apology'],
  afterNote: 'Flowers on Sunday.',
  injuries: 'Bruise on left arm.',
  witnesses: 'Neighbour heard it.',
  attachments: ['att_01', 'att-02'],
};

describe('validateEntryInput', () => {
  it('accepts the least an entry needs and fills the rest', () => {
    expect(
      validateEntryInput({ occurred: { date: '2025-06-01' }, stage: 'calm', severity: 1 }, NOW),
    ).toEqual({
      ok: true,
      value: {
        occurred: { date: '2025-06-01', approximate: false },
        stage: 'calm',
        harms: [],
        severity: 1,
        what: '',
        felt: '',
        after: [],
        afterNote: '',
        injuries: '',
        witnesses: '',
        attachments: [],
      },
    });
  });

  it('keeps every field and puts sets in their canonical order', () => {
    const value = unwrap(validateEntryInput(full, NOW));
    expect(value).toEqual({
      ...full,
      harms: ['emotional', 'threats'],
      after: ['apology', 'never-happened'],
    });
  });

  it('keeps the words exactly as written, spaces and all', () => {
    const what = '  not sure how to say this\n\n  but it happened  ';
    expect(unwrap(validateEntryInput({ ...full, what }, NOW)).what).toBe(what);
  });

  it.each([
    ['2025-02-30', 'invalid-date'],
    ['2025-13-01', 'invalid-date'],
    ['2025-6-1', 'invalid-date'],
    ['1 June 2025', 'invalid-date'],
    ['0225-06-01', 'too-early'],
    ['2025-06-17', 'future-date'],
    ['2026-01-01', 'future-date'],
  ])('refuses the date %s (%s)', (date, code) => {
    expect(errorsFor({ ...full, occurred: { date } })).toEqual([{ field: 'occurred.date', code }]);
  });

  it('allows a date one day past the UTC day, which is today somewhere', () => {
    expect(validateEntryInput({ ...full, occurred: { date: '2025-06-16' } }, NOW).ok).toBe(true);
    expect(validateEntryInput({ ...full, occurred: { date: '1990-03-04' } }, NOW).ok).toBe(true);
  });

  it.each(['24:00', '12:60', '9:30', '21:40:00', ''])('refuses the time %j', (time) => {
    expect(errorsFor({ ...full, occurred: { date: '2025-05-30', time } })).toEqual([
      { field: 'occurred.time', code: 'invalid-time' },
    ]);
  });

  it('refuses unknown stages, harms and aftermath', () => {
    expect(errorsFor({ ...full, stage: 'honeymoon' })).toEqual([
      { field: 'stage', code: 'unknown-value' },
    ]);
    expect(errorsFor({ ...full, harms: ['emotional', 'verbal'] })).toEqual([
      { field: 'harms[1]', code: 'unknown-value' },
    ]);
    expect(errorsFor({ ...full, after: ['sorry'] })).toEqual([
      { field: 'after[0]', code: 'unknown-value' },
    ]);
    expect(errorsFor({ ...full, harms: ['physical', 'physical'] })).toEqual([
      { field: 'harms[1]', code: 'duplicate' },
    ]);
  });

  it.each([
    [0, 'out-of-range'],
    [6, 'out-of-range'],
    [2.5, 'out-of-range'],
    [Number.NaN, 'out-of-range'],
    ['3', 'wrong-type'],
    [undefined, 'required'],
  ])('refuses the severity %j', (severity, code) => {
    expect(errorsFor({ ...full, severity })).toEqual([{ field: 'severity', code }]);
  });

  it('bounds the size of every text and of the attachments', () => {
    expect(validateEntryInput({ ...full, what: 'a'.repeat(20_000) }, NOW).ok).toBe(true);
    expect(errorsFor({ ...full, what: 'a'.repeat(20_001) })).toEqual([
      { field: 'what', code: 'too-long' },
    ]);
    expect(errorsFor({ ...full, felt: 'a'.repeat(20_001) })).toEqual([
      { field: 'felt', code: 'too-long' },
    ]);
    for (const field of ['afterNote', 'injuries', 'witnesses']) {
      expect(validateEntryInput({ ...full, [field]: 'a'.repeat(2_000) }, NOW).ok).toBe(true);
      expect(errorsFor({ ...full, [field]: 'a'.repeat(2_001) })).toEqual([
        { field, code: 'too-long' },
      ]);
    }
    const twenty = Array.from({ length: 20 }, (_, i) => `att${i}`);
    expect(validateEntryInput({ ...full, attachments: twenty }, NOW).ok).toBe(true);
    expect(errorsFor({ ...full, attachments: [...twenty, 'att20'] })).toEqual([
      { field: 'attachments', code: 'too-many' },
    ]);
  });

  it('refuses attachment ids that are not ids, or repeated', () => {
    expect(errorsFor({ ...full, attachments: ['ok', '../etc/passwd', 7, 'ok'] })).toEqual([
      { field: 'attachments[1]', code: 'invalid-id' },
      { field: 'attachments[2]', code: 'wrong-type' },
      { field: 'attachments[3]', code: 'duplicate' },
    ]);
  });

  it('refuses text that would not survive being saved (a lone surrogate)', () => {
    expect(errorsFor({ ...full, what: 'broken \ud83d here' })).toEqual([
      { field: 'what', code: 'malformed-text' },
    ]);
    expect(validateEntryInput({ ...full, what: 'whole \ud83d\ude22 emoji' }, NOW).ok).toBe(true);
  });

  it('refuses unknown fields, writtenAt included, since the app alone sets it', () => {
    expect(errorsFor({ ...full, writtenAt: '2020-01-01T00:00:00.000Z', whta: 'x' })).toEqual([
      { field: 'writtenAt', code: 'unknown-field' },
      { field: 'whta', code: 'unknown-field' },
    ]);
    expect(errorsFor({ ...full, occurred: { date: '2025-05-30', tz: 'UTC' } })).toEqual([
      { field: 'occurred.tz', code: 'unknown-field' },
    ]);
  });

  it('reports every problem at once, as codes', () => {
    expect(
      errorsFor({
        occurred: { date: '2025-02-30', time: '25:00', approximate: 'yes' },
        harms: 'physical',
        what: 42,
      }),
    ).toEqual([
      { field: 'occurred.date', code: 'invalid-date' },
      { field: 'occurred.time', code: 'invalid-time' },
      { field: 'occurred.approximate', code: 'wrong-type' },
      { field: 'stage', code: 'required' },
      { field: 'harms', code: 'wrong-type' },
      { field: 'severity', code: 'required' },
      { field: 'what', code: 'wrong-type' },
    ]);
  });

  it.each([[null], [[]], ['entry'], [3], [new Date('2025-06-01')]])(
    'refuses %j as an entry',
    (input) => {
      expect(errorsFor(input)).toEqual([{ field: '', code: 'wrong-type' }]);
    },
  );

  it('asks for an entry when given nothing', () => {
    expect(errorsFor(undefined)).toEqual([{ field: '', code: 'required' }]);
  });

  it('reads only own fields, never something inherited', () => {
    const inherited = Object.assign(Object.create({ stage: 'incident' }) as object, {
      occurred: { date: '2025-06-01' },
      severity: 2,
    });
    expect(errorsFor(inherited)).toEqual([{ field: '', code: 'wrong-type' }]);
  });
});

describe('validateJournalRecord', () => {
  const record = makeRecord('entry-1', { what: 'first words' });
  const edited = editEntry(record, { what: 'second words' }, new Date('2025-06-12T08:00:00.000Z'));

  it('accepts a record that went through storage as JSON', () => {
    expect(edited.ok).toBe(true);
    if (!edited.ok) return;
    const stored: unknown = JSON.parse(JSON.stringify(edited.value));
    expect(validateJournalRecord(stored)).toEqual({ ok: true, value: edited.value });
  });

  it('checks each version against its own moment of saving', () => {
    const created = unwrap(
      createEntry(entryInput({ occurred: { date: '2025-06-16' } }), NOW, 'entry-2'),
    );
    expect(validateJournalRecord(created).ok).toBe(true);
    const backdated = { ...created, writtenAt: '2025-06-01T00:00:00.000Z' };
    const versions = [{ ...created.versions[0], editedAt: backdated.writtenAt }];
    expect(validateJournalRecord({ ...backdated, versions })).toMatchObject({
      ok: false,
      issues: [{ path: 'versions[0].content.occurred.date', code: 'future-date' }],
    });
  });

  it('refuses a record whose original and writtenAt disagree', () => {
    expect(
      validateJournalRecord({ ...record, writtenAt: '2025-06-10T09:00:01.000Z' }),
    ).toMatchObject({
      ok: false,
      issues: [{ path: 'versions[0].editedAt', code: 'mismatch' }],
    });
  });

  it('refuses a record with no versions, a bad id or bad fields', () => {
    expect(validateJournalRecord({ ...record, versions: [] })).toMatchObject({
      ok: false,
      issues: [{ path: 'versions', code: 'required' }],
    });
    expect(
      validateJournalRecord({ ...record, id: 'a b', pinned: 'no', writtenAt: 'yesterday', x: 1 }),
    ).toMatchObject({
      ok: false,
      issues: [
        { path: 'x', code: 'unknown-field' },
        { path: 'id', code: 'invalid-id' },
        { path: 'writtenAt', code: 'invalid-instant' },
        { path: 'pinned', code: 'wrong-type' },
      ],
    });
  });
});
