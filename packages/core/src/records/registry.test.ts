import { describe, expect, it } from 'vitest';
import { putChange, readStored, defineKind, InvalidRecordError, mergeRuleOf } from './kind.ts';
import { journalEntry } from './journal.ts';
import { kindFor, RECORD_KINDS } from './registry.ts';
import { reminder } from './urges.ts';
import { dailyCheckIn } from './checkins.ts';
import { homeSettings, securitySettings } from './settings.ts';
import { ok } from '../schema/issues.ts';

describe('the record registry', () => {
  it('names every kind once, and no two kinds claim the same stored record', () => {
    const names = RECORD_KINDS.map((k) => k.name);
    expect(new Set(names).size).toBe(names.length);
    for (const [i, a] of RECORD_KINDS.entries()) {
      for (const b of RECORD_KINDS.slice(i + 1)) {
        if (a.kind !== b.kind) continue;
        // Sharing a stored name is allowed only between kinds of fixed, distinct ids.
        expect(a.ids && b.ids, `${a.name} and ${b.name}`).toBeTruthy();
        expect(a.ids?.filter((id) => b.ids?.includes(id))).toEqual([]);
      }
    }
  });

  it('has a migration from every earlier version of every kind', () => {
    for (const kind of RECORD_KINDS) {
      for (let v = 1; v < kind.version; v++) expect(typeof kind.migrate[v]).toBe('function');
    }
    expect(() => defineKind({ ...reminder, version: 3, migrate: { 1: (v) => v } })).toThrow(
      /no migration from version 2/,
    );
  });

  it('says how every kind merges across devices: content kinds merge, local ones never leave', () => {
    for (const kind of RECORD_KINDS) {
      const strategy = mergeRuleOf(kind).strategy;
      if (kind.scope === 'local') expect(strategy, kind.name).toBe('local');
      else expect(['fields', 'grow-only'], kind.name).toContain(strategy);
    }
    expect(mergeRuleOf(journalEntry)).toMatchObject({ strategy: 'grow-only', list: 'versions' });
    expect(() => defineKind({ ...reminder, merge: undefined })).toThrow(/content kind/);
    expect(() => defineKind({ ...securitySettings, merge: reminder.merge })).toThrow(/local kind/);
  });

  it('finds the kind of a stored record by its name and id', () => {
    expect(kindFor('settings', 'security')).toBe(securitySettings);
    expect(kindFor('settings', 'serverBackup')?.name).toBe('server backup settings');
    expect(kindFor('settings', 'other')).toBeUndefined();
    expect(kindFor('checkin', '2026-01-01')).toBe(dailyCheckIn);
    expect(kindFor('written-by-a-newer-release', 'x')).toBeUndefined();
  });
});

describe('reading a stored value', () => {
  const value = { id: 'r1', text: 'I deserve calm', writtenAt: '2026-01-01T00:00:00.000Z' };

  it('is unreadable, never guessed at, when a newer release wrote it', () => {
    expect(readStored(reminder, { id: 'r1', value, version: 2 })).toMatchObject({
      ok: false,
      code: 'newer-version',
      version: 2,
    });
    expect(readStored(reminder, { id: 'r1', value, version: 0 })).toMatchObject({
      ok: false,
      code: 'unknown-version',
    });
  });

  it('says why a value does not read: its check, its id, its migration', () => {
    expect(
      readStored(reminder, { id: 'r1', value: { ...value, text: ' ' }, version: 1 }),
    ).toMatchObject({ ok: false, code: 'invalid', issues: [{ path: 'text', code: 'empty' }] });
    expect(readStored(reminder, { id: 'other', value, version: 1 })).toMatchObject({
      ok: false,
      code: 'wrong-id',
    });
    const throwing = defineKind({
      ...reminder,
      version: 2,
      migrate: {
        1: () => {
          throw new Error('cannot');
        },
      },
      parse: (v: unknown) => ok(v),
    });
    expect(readStored(throwing, { id: 'r1', value, version: 1 })).toMatchObject({
      ok: false,
      code: 'migration-failed',
    });
  });
});

describe('writing a value', () => {
  it('checks it first and writes the current version, rebuilt from checked fields', () => {
    const change = putChange(reminder, 'r1', {
      id: 'r1',
      text: 'I deserve calm',
      writtenAt: '2026-01-01T00:00:00.000Z',
      ...{ extra: 'dropped' },
    });
    expect(change).toEqual({
      op: 'put',
      kind: 'reminder',
      id: 'r1',
      version: 1,
      value: { id: 'r1', text: 'I deserve calm', writtenAt: '2026-01-01T00:00:00.000Z' },
    });
    expect(() =>
      putChange(reminder, 'r1', { id: 'r1', text: '', writtenAt: '2026-01-01T00:00:00.000Z' }),
    ).toThrow(InvalidRecordError);
    expect(() =>
      putChange(reminder, 'r2', { id: 'r1', text: 'x', writtenAt: '2026-01-01T00:00:00.000Z' }),
    ).toThrow(/stored as r2/);
    expect(() =>
      putChange(securitySettings, 'elsewhere', { autoLockMinutes: 5, lockWhenHidden: false }),
    ).toThrow(/no record "elsewhere"/);
  });
});

describe('home settings', () => {
  it('keep whether the start-here list was put away, and refuse anything else', () => {
    expect(kindFor('settings', 'home')).toBe(homeSettings);
    expect(homeSettings.scope).toBe('local');
    expect(homeSettings.parse({ startHereHidden: true })).toEqual(ok({ startHereHidden: true }));
    expect(homeSettings.parse({ startHereHidden: 'yes' }).ok).toBe(false);
    expect(homeSettings.parse({ startHereHidden: false, extra: 1 }).ok).toBe(false);
    expect(homeSettings.parse(null).ok).toBe(false);
  });
});
