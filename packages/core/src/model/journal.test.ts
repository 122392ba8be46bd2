import { describe, expect, it } from 'vitest';
import {
  createEntry,
  currentContent,
  currentVersion,
  editEntry,
  originalVersion,
  setPinned,
} from './journal.ts';
import type { EntryChange } from './journal.ts';
import { NOW, entryInput, makeRecord } from './test-support.ts';

const LATER = new Date('2025-06-20T18:30:00.000Z');
const LATEST = new Date('2025-07-01T07:00:00.000Z');

describe('createEntry', () => {
  it('stamps writtenAt from now and keeps the words as the first version', () => {
    const created = createEntry(entryInput({ what: 'It started over the car keys.' }), NOW, 'e1');
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const record = created.value;
    expect(record.id).toBe('e1');
    expect(record.writtenAt).toBe('2025-06-15T12:00:00.000Z');
    expect(record.pinned).toBe(false);
    expect(record.versions).toHaveLength(1);
    expect(originalVersion(record)).toBe(currentVersion(record));
    expect(currentVersion(record).editedAt).toBe(record.writtenAt);
    expect(currentContent(record).what).toBe('It started over the car keys.');
  });

  it('saves nothing when the input or the id is wrong', () => {
    expect(createEntry(entryInput({ occurred: { date: '2025-02-30' } }), NOW, 'e1')).toMatchObject({
      ok: false,
      issues: [{ path: 'occurred.date', code: 'invalid-date' }],
    });
    expect(createEntry(entryInput(), NOW, '')).toMatchObject({
      ok: false,
      issues: [{ path: 'id', code: 'invalid-id' }],
    });
  });

  it('refuses an invalid clock rather than inventing a time', () => {
    expect(() => createEntry(entryInput(), new Date(Number.NaN), 'e1')).toThrow(RangeError);
  });
});

describe('editEntry', () => {
  const original = makeRecord('e1', {
    what: 'He said I imagined it.',
    harms: ['emotional'],
    occurred: { date: '2025-06-01', time: '20:00', approximate: false },
  });

  it('appends a version and keeps the original readable', () => {
    const edited = editEntry(original, { what: 'He said I imagined it. I did not.' }, LATER);
    expect(edited).toMatchObject({ ok: true, changed: true });
    if (!edited.ok) return;
    const record = edited.value;
    expect(record.versions).toHaveLength(2);
    expect(originalVersion(record)).toEqual(originalVersion(original));
    expect(originalVersion(record).content.what).toBe('He said I imagined it.');
    expect(currentVersion(record)).toEqual({
      editedAt: '2025-06-20T18:30:00.000Z',
      content: { ...currentContent(original), what: 'He said I imagined it. I did not.' },
    });
    expect(record.writtenAt).toBe(original.writtenAt);
    // The record passed in is untouched: edits never rewrite what was there.
    expect(original.versions).toHaveLength(1);
  });

  it('keeps every version through several edits', () => {
    let record = original;
    for (const [i, severity] of ([4, 5, 2] as const).entries()) {
      const edited = editEntry(record, { severity }, new Date(LATER.getTime() + i * 60_000));
      if (!edited.ok) throw new Error('edit refused');
      record = edited.value;
    }
    expect(record.versions.map((v) => v.content.severity)).toEqual([3, 4, 5, 2]);
  });

  it('adds nothing when nothing changes', () => {
    const same: EntryChange[] = [
      {},
      { what: 'He said I imagined it.' },
      { harms: ['emotional'] },
      { occurred: { date: '2025-06-01', time: '20:00' } },
      { what: undefined, felt: undefined },
    ];
    for (const change of same) {
      expect(editEntry(original, change, LATER)).toEqual({
        ok: true,
        value: original,
        changed: false,
      });
    }
  });

  it('treats a set given in another order as the same set', () => {
    const two = editEntry(original, { harms: ['threats', 'emotional'] }, LATER);
    if (!two.ok) throw new Error('edit refused');
    const again = editEntry(two.value, { harms: ['emotional', 'threats'] }, LATEST);
    expect(again).toMatchObject({ ok: true, changed: false });
  });

  it('clears only when asked to', () => {
    const cleared = editEntry(
      original,
      { what: '', occurred: { date: '2025-06-01', approximate: false } },
      LATER,
    );
    if (!cleared.ok) throw new Error('edit refused');
    expect(currentContent(cleared.value).what).toBe('');
    expect(currentContent(cleared.value).occurred).toEqual({
      date: '2025-06-01',
      approximate: false,
    });
  });

  it('refuses a bad edit and leaves the record as it was', () => {
    expect(
      editEntry(original, { stage: 'aftermath' as never, severity: 9 as never }, LATER),
    ).toMatchObject({
      ok: false,
      issues: [
        { path: 'stage', code: 'unknown-value' },
        { path: 'severity', code: 'out-of-range' },
      ],
    });
  });

  it('cannot change when the entry was written', () => {
    const sneaky = { writtenAt: '2020-01-01T00:00:00.000Z' } as EntryChange;
    expect(editEntry(original, sneaky, LATER)).toMatchObject({
      ok: false,
      issues: [{ path: 'writtenAt', code: 'unknown-field' }],
    });
  });
});

describe('setPinned', () => {
  it('pins and unpins without adding a version', () => {
    const record = makeRecord('e1');
    const pinned = setPinned(record, true);
    expect(pinned.pinned).toBe(true);
    expect(pinned.versions).toBe(record.versions);
    expect(setPinned(pinned, true)).toBe(pinned);
    expect(setPinned(pinned, false).pinned).toBe(false);
    expect(record.pinned).toBe(false);
  });
});
