import { describe, expect, test } from 'vitest';
import {
  readUrgeSettings,
  validateContact,
  validateIfThen,
  validateReminder,
  validateUrge,
} from './validate.ts';

const at = '2025-05-01T08:00:00.000Z';

describe('urge records', () => {
  test('a good urge is kept, its pulls put in order and unknown fields dropped', () => {
    const checked = validateUrge({
      id: 'abc',
      at,
      strength: 7,
      pulls: ['fear', 'missing-them'],
      note: 'after the song',
      extra: 1,
    });
    expect(checked).toEqual({
      ok: true,
      value: {
        id: 'abc',
        at,
        strength: 7,
        pulls: ['missing-them', 'fear'],
        note: 'after the song',
      },
    });
  });

  test.each([
    [{ strength: 11 }, 'strength'],
    [{ strength: 2.5 }, 'strength'],
    [{ strength: -1 }, 'strength'],
    [{ pulls: ['boredom'] }, 'pulls'],
    [{ at: '2025-05-01' }, 'at'],
    [{ id: 'a b' }, 'id'],
  ])('%o is refused (%s)', (change, field) => {
    const checked = validateUrge({ id: 'abc', at, strength: 5, pulls: [], note: '', ...change });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.issues.map((issue) => issue.path)).toContain(field);
  });
});

describe('the person’s own words', () => {
  test('reminders and if-then plans need text', () => {
    expect(validateReminder({ id: 'r', text: 'I deserve calm', writtenAt: at }).ok).toBe(true);
    expect(validateReminder({ id: 'r', text: '  ', writtenAt: at }).ok).toBe(false);
    expect(validateIfThen({ id: 'i', when: 'at night', then: 'call Ana', writtenAt: at }).ok).toBe(
      true,
    );
    expect(validateIfThen({ id: 'i', when: 'at night', then: '', writtenAt: at }).ok).toBe(false);
  });

  test('a trusted person needs a name and a number a phone will dial', () => {
    expect(validateContact({ name: ' Ana ', phone: '+34 600 000 000' })).toEqual({
      name: 'Ana',
      phone: '+34 600 000 000',
    });
    expect(validateContact({ name: 'Ana', phone: '**21*600#' })).toBeNull();
    expect(validateContact({ name: '', phone: '600000000' })).toBeNull();
  });

  test('settings are read leniently', () => {
    // No settings yet: the count of days without contact starts hidden.
    expect(readUrgeSettings(undefined)).toEqual({ showDaysWithoutContact: false, contacts: [] });
    // A stored record from before keeps the count it showed.
    expect(readUrgeSettings({ contacts: [] })).toEqual({
      showDaysWithoutContact: true,
      contacts: [],
    });
    expect(
      readUrgeSettings({
        showDaysWithoutContact: false,
        lastContact: '2025-02-30',
        contacts: [{ name: 'Ana', phone: '600 000 000' }, { name: 'x' }],
      }),
    ).toEqual({ showDaysWithoutContact: false, contacts: [{ name: 'Ana', phone: '600 000 000' }] });
  });
});
