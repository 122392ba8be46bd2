import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateOfDay,
  dayNumber,
  daysBetween,
  isCalendarDate,
  isClockTime,
  isIsoInstant,
  utcDate,
} from './dates.ts';

describe('calendar dates', () => {
  it.each(['2025-01-31', '2024-02-29', '2000-02-29', '1900-01-01', '2025-12-31'])(
    'accepts %s',
    (date) => expect(isCalendarDate(date)).toBe(true),
  );

  it.each([
    '2025-02-30',
    '2025-02-29',
    '1900-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-1-5',
    '25-01-05',
    '2025-01-05T00:00',
    ' 2025-01-05',
    '',
  ])('refuses %j', (date) => expect(isCalendarDate(date)).toBe(false));

  it('counts days exactly as the UTC calendar does, across leap years', () => {
    const wrong: string[] = [];
    for (let day = dayNumber('1899-12-01'); day < dayNumber('2101-01-31'); day += 1) {
      const date = dateOfDay(day);
      const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (date !== expected || dayNumber(date) !== day) wrong.push(`${day}: ${date}`);
    }
    expect(wrong).toEqual([]);
  });

  it('adds and counts days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2024-12-25', '2025-01-24')).toBe(30);
    expect(daysBetween('2025-01-24', '2024-12-25')).toBe(-30);
  });

  it('takes the UTC day of an instant', () => {
    expect(utcDate(new Date('2025-03-01T23:30:00.000-05:00'))).toBe('2025-03-02');
  });
});

describe('times and instants', () => {
  it.each(['00:00', '09:05', '23:59'])('accepts the time %s', (time) =>
    expect(isClockTime(time)).toBe(true),
  );
  it.each(['24:00', '12:60', '9:30', '09:30:00', '0930', 'noon', ''])(
    'refuses the time %j',
    (time) => expect(isClockTime(time)).toBe(false),
  );

  it('accepts only the exact toISOString form', () => {
    expect(isIsoInstant('2025-06-15T12:00:00.000Z')).toBe(true);
    expect(isIsoInstant('2025-06-15T12:00:00Z')).toBe(false);
    expect(isIsoInstant('2025-06-15T12:00:00.000+01:00')).toBe(false);
    expect(isIsoInstant('2025-02-30T12:00:00.000Z')).toBe(false);
  });
});
