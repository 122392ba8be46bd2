import { describe, expect, test } from 'vitest';
import type { HoldRecord, UrgeRecord } from './types.ts';
import {
  daysWithoutContact,
  isoWeekOf,
  localDayAtOffset,
  localDayIn,
  urgeTrend,
  weeklyUrges,
  type UrgeWeek,
} from './weeks.ts';

const utc = localDayIn('UTC');

function urge(at: string, strength: number, id = `u${at.replace(/\D/g, '')}`): UrgeRecord {
  return { id, at, strength, pulls: [], note: '' };
}

function hold(startedAt: string, outcome?: HoldRecord['outcome'], resolvedAt?: string): HoldRecord {
  const endsAt = new Date(Date.parse(startedAt) + 86_400_000).toISOString();
  return {
    id: `h${startedAt.replace(/\D/g, '')}`,
    startedAt,
    endsAt,
    ...(outcome ? { outcome, resolvedAt: resolvedAt ?? endsAt } : {}),
  };
}

describe('ISO weeks', () => {
  test.each([
    ['2024-12-30', '2025-W01', '2024-12-30'], // Monday of week 1 of 2025, still December
    ['2025-01-01', '2025-W01', '2024-12-30'],
    ['2021-01-03', '2020-W53', '2020-12-28'], // a Sunday in January, in the old year's week 53
    ['2020-12-31', '2020-W53', '2020-12-28'],
    ['2026-12-31', '2026-W53', '2026-12-28'],
    ['2027-01-03', '2026-W53', '2026-12-28'],
    ['2027-01-04', '2027-W01', '2027-01-04'],
    ['2025-06-15', '2025-W24', '2025-06-09'],
  ])('%s is in %s, which starts on %s', (date, key, start) => {
    const week = isoWeekOf(date);
    expect(week.key).toBe(key);
    expect(week.start).toBe(start);
  });

  test('consecutive weeks have consecutive indexes across a year boundary', () => {
    expect(isoWeekOf('2021-01-04').index - isoWeekOf('2020-12-28').index).toBe(1);
    expect(isoWeekOf('2027-01-04').index - isoWeekOf('2026-12-31').index).toBe(1);
  });
});

describe('weekly aggregates', () => {
  test('counts, averages and contacts per week, across a year boundary', () => {
    const weeks = weeklyUrges(
      [
        urge('2020-12-29T10:00:00.000Z', 8),
        urge('2021-01-02T10:00:00.000Z', 6), // same ISO week (2020-W53)
        urge('2021-01-04T10:00:00.000Z', 3), // 2021-W01
      ],
      [hold('2020-12-30T09:00:00.000Z', 'contacted'), hold('2021-01-05T09:00:00.000Z')],
      utc,
    );
    expect(weeks.map((w) => [w.key, w.urges, w.averageStrength, w.contacts, w.holds])).toEqual([
      ['2020-W53', 2, 7, 1, 1],
      ['2021-W01', 1, 3, 0, 1],
    ]);
  });

  test('an urge late on Sunday belongs to the week the person lives in', () => {
    // 23:30 on Sunday 2025-01-05 in Madrid (UTC+1) is 22:30 UTC; 00:30 Monday in Madrid is 23:30 UTC Sunday.
    const sundayNight = urge('2025-01-05T22:30:00.000Z', 5);
    const mondayEarly = urge('2025-01-05T23:30:00.000Z', 7);
    const madrid = weeklyUrges([sundayNight, mondayEarly], [], localDayIn('Europe/Madrid'));
    expect(madrid.map((w) => [w.key, w.urges])).toEqual([
      ['2025-W01', 1],
      ['2025-W02', 1],
    ]);
    const inUtc = weeklyUrges([sundayNight, mondayEarly], [], utc);
    expect(inUtc.map((w) => [w.key, w.urges])).toEqual([['2025-W01', 2]]);
  });

  test('New Year in a zone behind UTC stays in the old year', () => {
    // 20:00 on 31 December 2026 in New York is 01:00 UTC on 1 January 2027.
    const at = '2027-01-01T01:00:00.000Z';
    expect(localDayIn('America/New_York')(at)).toBe('2026-12-31');
    expect(weeklyUrges([urge(at, 4)], [], localDayIn('America/New_York'))[0]?.key).toBe('2026-W53');
    // And a zone far ahead puts an instant late on 31 December UTC into the new year.
    expect(localDayIn('Pacific/Auckland')('2024-12-31T12:00:00.000Z')).toBe('2025-01-01');
  });

  test('summer time is followed by the IANA zone and by an offset function alike', () => {
    // 22:30 UTC on 2025-06-29 (a Sunday) is 00:30 Monday in Madrid (UTC+2 in summer).
    const at = '2025-06-29T22:30:00.000Z';
    expect(localDayIn('Europe/Madrid')(at)).toBe('2025-06-30');
    const madridOffset = (ms: number) => (ms >= Date.parse('2025-03-30T01:00:00Z') ? 120 : 60);
    expect(localDayAtOffset(madridOffset)(at)).toBe('2025-06-30');
    expect(localDayAtOffset(() => -300)('2025-01-01T03:00:00.000Z')).toBe('2024-12-31');
  });

  test('weeks with nothing logged are left out, not filled with zeros', () => {
    const weeks = weeklyUrges(
      [urge('2025-01-06T10:00:00.000Z', 5), urge('2025-02-03T10:00:00.000Z', 5)],
      [],
      utc,
    );
    expect(weeks.map((w) => w.key)).toEqual(['2025-W02', '2025-W06']);
  });

  test('a week with only a hold has no average strength', () => {
    const [week] = weeklyUrges([], [hold('2025-03-03T10:00:00.000Z', 'did-not-contact')], utc);
    expect(week?.urges).toBe(0);
    expect(week?.averageStrength).toBeNull();
  });
});

function series(values: ReadonlyArray<number | null>, from = '2024-12-02'): UrgeWeek[] {
  // One urge per week at the given strength; null leaves that week out.
  const urges: UrgeRecord[] = [];
  values.forEach((value, i) => {
    if (value === null) return;
    const day = new Date(Date.parse(`${from}T12:00:00.000Z`) + i * 7 * 86_400_000);
    urges.push(urge(day.toISOString(), value));
  });
  return weeklyUrges(urges, [], utc);
}

describe('the trend', () => {
  test('falling, flat and rising', () => {
    expect(urgeTrend(series([9, 8, 8, 6, 5, 4, 4, 3])).verdict).toBe('falling');
    expect(urgeTrend(series([5, 6, 5, 5, 6, 5, 5, 6])).verdict).toBe('flat');
    expect(urgeTrend(series([2, 3, 3, 5, 6, 6, 7, 8])).verdict).toBe('rising');
  });

  test('the slope is per calendar week, with gaps keeping their width', () => {
    // 8 then 6 two weeks later, then 4 two weeks after: one point per week down.
    const trend = urgeTrend(series([8, null, 6, null, 4]));
    expect(trend.verdict).toBe('falling');
    expect(trend.slope).toBeCloseTo(-1);
    expect(trend.weeks).toBe(3);
    expect(trend.spanWeeks).toBe(5);
  });

  test('missing weeks are gaps, not zeros', () => {
    // Counting the missing weeks as 0 would make this look like falling then rising.
    const trend = urgeTrend(series([6, null, null, null, 6, null, null, 6, 6]));
    expect(trend.verdict).toBe('flat');
    expect(trend.slope).toBeCloseTo(0);
  });

  test('the trend crosses a year boundary without a jump', () => {
    const trend = urgeTrend(series([9, 8, 7, 6, 5], '2020-12-14'));
    expect(trend.slope).toBeCloseTo(-1);
  });

  test('too few weeks, or weeks too close together, say nothing', () => {
    expect(urgeTrend([]).verdict).toBe('too-few');
    expect(urgeTrend(series([9])).verdict).toBe('too-few');
    expect(urgeTrend(series([9, 2])).verdict).toBe('too-few');
    expect(urgeTrend(series([9, 2])).slope).toBe(0);
  });

  test('a sparse history over months still gives a direction', () => {
    const values: Array<number | null> = Array.from({ length: 30 }, () => null);
    values[0] = 9;
    values[12] = 6;
    values[29] = 3;
    const trend = urgeTrend(series(values));
    expect(trend.verdict).toBe('falling');
    expect(trend.weeks).toBe(3);
  });

  test('a week with many urges counts once', () => {
    const urges = [
      urge('2025-01-06T10:00:00.000Z', 9),
      ...Array.from({ length: 20 }, (_, i) =>
        urge(`2025-01-13T10:${String(i).padStart(2, '0')}:00.000Z`, 9),
      ),
      urge('2025-01-20T10:00:00.000Z', 9),
    ];
    expect(urgeTrend(weeklyUrges(urges, [], utc)).verdict).toBe('flat');
  });
});

describe('days without contact', () => {
  const now = new Date('2025-03-10T12:00:00.000Z');

  test('counts from the last time the person reached out', () => {
    const holds = [
      hold('2025-03-01T10:00:00.000Z', 'contacted', '2025-03-01T18:00:00.000Z'),
      hold('2025-03-05T10:00:00.000Z', 'did-not-contact'),
    ];
    expect(daysWithoutContact(holds, now, utc)).toBe(9);
  });

  test('being contacted does not reset it', () => {
    const holds = [hold('2025-03-08T10:00:00.000Z', 'they-contacted-me')];
    expect(daysWithoutContact(holds, now, utc, '2025-02-28')).toBe(10);
  });

  test('nothing to count from gives null; the later of the two starts wins', () => {
    expect(daysWithoutContact([], now, utc)).toBeNull();
    const holds = [hold('2025-02-01T10:00:00.000Z', 'contacted', '2025-02-01T11:00:00.000Z')];
    expect(daysWithoutContact(holds, now, utc, '2025-03-03')).toBe(7);
  });

  test('today is the person’s today', () => {
    const late = new Date('2025-03-10T23:30:00.000Z'); // already the 11th in Madrid
    expect(daysWithoutContact([], late, localDayIn('Europe/Madrid'), '2025-03-10')).toBe(1);
    expect(daysWithoutContact([], late, utc, '2025-03-10')).toBe(0);
  });
});
