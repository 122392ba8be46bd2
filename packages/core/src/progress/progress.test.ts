import { describe, expect, test } from 'vitest';
import { lineGeometry } from './chart.ts';
import { measureSeries, monthlyProgress, weeklyProgress } from './periods.ts';
import { rollingAt, rollingDaily } from './rolling.ts';
import { answeredMeasures, type CheckIn, type CheckInMeasure, type RebuildEntry } from './types.ts';
import { validateCheckIn, validateRebuildEntry } from './validate.ts';

/** Where each issue is, for a result that failed. */
const paths = (result: { ok: boolean; issues?: readonly { path: string }[] }) =>
  result.ok ? [] : (result.issues ?? []).map((issue) => issue.path);

const SAVED = '2025-01-01T10:00:00.000Z';

function checkIn(date: string, steadiness: number, urge = 5): CheckIn {
  return {
    date,
    steadiness,
    sleep: 5,
    safety: 6,
    feelingLikeMyself: 4,
    urge,
    note: '',
    savedAt: SAVED,
  };
}

/** A check-in with some scales left unanswered. */
function withoutScales(c: CheckIn, ...left: CheckInMeasure[]): CheckIn {
  const copy: { -readonly [K in keyof CheckIn]: CheckIn[K] } = { ...c };
  for (const m of left) delete copy[m];
  return copy;
}

describe('validateCheckIn', () => {
  test('keeps a whole check-in and trims its note', () => {
    const result = validateCheckIn({ ...checkIn('2025-03-02', 7), note: ' slept better ' });
    expect(result).toEqual({
      ok: true,
      value: { ...checkIn('2025-03-02', 7), note: 'slept better' },
    });
  });

  test('names every field that is wrong', () => {
    const result = validateCheckIn({
      ...checkIn('2025-02-30', 11),
      sleep: 2.5,
      note: 'x'.repeat(281),
      savedAt: 'yesterday',
    });
    expect(paths(result)).toEqual(['date', 'steadiness', 'sleep', 'note', 'savedAt']);
    expect(validateCheckIn(null).ok).toBe(false);
    expect(validateCheckIn({ ...checkIn('2025-03-02', 7), note: 'x'.repeat(280) }).ok).toBe(true);
  });

  test('a scale left unanswered stays absent; one given must still be 0-10', () => {
    const partial = withoutScales(checkIn('2025-03-02', 7), 'sleep', 'urge');
    const result = validateCheckIn(partial);
    expect(result).toEqual({ ok: true, value: partial });
    expect(result.ok && 'sleep' in result.value).toBe(false);
    expect(result.ok && answeredMeasures(result.value)).toEqual([
      'steadiness',
      'safety',
      'feelingLikeMyself',
    ]);
    const none = validateCheckIn({ date: '2025-03-02', note: 'just this', savedAt: SAVED });
    expect(none.ok && answeredMeasures(none.value)).toEqual([]);
    expect(paths(validateCheckIn({ ...partial, sleep: null }))).toEqual(['sleep']);
    expect(paths(validateCheckIn({ ...partial, urge: 11 }))).toEqual(['urge']);
  });

  test('drops fields it does not know', () => {
    const result = validateCheckIn({ ...checkIn('2025-03-02', 7), extra: 'secret' });
    expect(result.ok && 'extra' in result.value).toBe(false);
  });
});

describe('validateRebuildEntry', () => {
  const entry: RebuildEntry = {
    id: 'a1',
    date: '2025-03-02',
    kind: 'freedom',
    text: 'Wore the red dress',
    savedAt: SAVED,
  };
  test('accepts a freedom or a connection with words in it', () => {
    expect(validateRebuildEntry(entry)).toEqual({ ok: true, value: entry });
    expect(validateRebuildEntry({ ...entry, kind: 'connection' }).ok).toBe(true);
  });
  test('refuses an empty one, an unknown kind, or one too long', () => {
    expect(paths(validateRebuildEntry({ ...entry, text: '   ' }))).toEqual(['text']);
    expect(paths(validateRebuildEntry({ ...entry, kind: 'other' }))).toEqual(['kind']);
    expect(validateRebuildEntry({ ...entry, text: 'x'.repeat(281) }).ok).toBe(false);
  });
});

describe('rolling averages', () => {
  test('missing days are gaps, not zeros', () => {
    const samples = [
      { date: '2025-03-01', value: 8 },
      { date: '2025-03-04', value: 4 },
    ];
    const points = rollingDaily(samples, 7, '2025-03-01', '2025-03-12');
    expect(points.map((p) => p.mean)).toEqual([8, 8, 8, 6, 6, 6, 6, 4, 4, 4, null, null]);
    expect(points[3]!.count).toBe(2);
  });

  test('a window with nothing in it is null, and a run restarts after a long gap', () => {
    const samples = [
      { date: '2025-01-01', value: 2 },
      { date: '2025-03-01', value: 9 },
    ];
    const [jan, feb, mar] = rollingAt(samples, 7, ['2025-01-03', '2025-02-10', '2025-03-01']);
    expect(jan!.mean).toBe(2);
    expect(feb).toEqual({ date: '2025-02-10', mean: null, count: 0 });
    expect(mar!.mean).toBe(9);
  });

  test('windows cross the year boundary and leap days', () => {
    const samples = [
      { date: '2024-12-29', value: 3 },
      { date: '2024-12-31', value: 5 },
      { date: '2025-01-02', value: 7 },
    ];
    expect(rollingAt(samples, 7, ['2025-01-02'])[0]!.mean).toBe(5);
    expect(rollingAt(samples, 28, ['2025-01-26'])[0]!.mean).toBe(6);
    const leap = [
      { date: '2024-02-28', value: 1 },
      { date: '2024-02-29', value: 3 },
    ];
    expect(rollingAt(leap, 2, ['2024-03-01'])[0]).toMatchObject({ mean: 3, count: 1 });
    expect(() => rollingAt(samples, 0, [])).toThrow(RangeError);
  });

  test('several values on one day all count', () => {
    const samples = [
      { date: '2025-05-05', value: 2 },
      { date: '2025-05-05', value: 6 },
    ];
    expect(rollingAt(samples, 1, ['2025-05-05'])[0]).toMatchObject({ mean: 4, count: 2 });
  });
});

describe('weekly and monthly progress', () => {
  const input = {
    checkIns: [
      checkIn('2024-12-30', 4, 8),
      checkIn('2025-01-01', 6, 6),
      checkIn('2025-01-15', 8, 2),
    ],
    rebuild: [
      {
        id: 'f',
        date: '2025-01-02',
        kind: 'freedom' as const,
        text: 'Saw my sister',
        savedAt: SAVED,
      },
      {
        id: 'c',
        date: '2025-01-16',
        kind: 'connection' as const,
        text: 'Called Ana',
        savedAt: SAVED,
      },
    ],
    urges: [
      { date: '2024-12-31', strength: 9 },
      { date: '2024-12-31', strength: 7 },
    ],
  };

  test('ISO weeks run across the new year; an empty week is a gap', () => {
    const weeks = weeklyProgress(input);
    expect(weeks.map((w) => w.key)).toEqual(['2025-W01', '2025-W02', '2025-W03']);
    expect(weeks[0]).toMatchObject({
      start: '2024-12-30',
      end: '2025-01-05',
      checkIns: 2,
      freedoms: 1,
      connections: 0,
      urges: 2,
      urgeStrength: 8,
      rolling: expect.objectContaining({ steadiness: 5 }),
    });
    expect(weeks[0]!.means.steadiness).toBe(5);
    expect(weeks[1]).toMatchObject({
      checkIns: 0,
      urges: 0,
      urgeStrength: null,
      rolling: expect.objectContaining({ steadiness: 5 }),
    });
    expect(weeks[1]!.means.steadiness).toBeNull();
    expect(weeks[2]).toMatchObject({
      checkIns: 1,
      connections: 1,
      rolling: expect.objectContaining({ steadiness: 6, urge: 16 / 3 }),
    });
  });

  test('a scale left unanswered is left out of its mean and line, never counted as 0', () => {
    const unanswered = withoutScales(checkIn('2025-01-14', 0), 'steadiness');
    const weeks = weeklyProgress({
      checkIns: [checkIn('2025-01-13', 8), unanswered],
      rebuild: [],
      urges: [],
    });
    expect(weeks).toHaveLength(1);
    expect(weeks[0]).toMatchObject({ checkIns: 2 });
    expect(weeks[0]!.means.steadiness).toBe(8);
    expect(weeks[0]!.rolling.steadiness).toBe(8);
    expect(weeks[0]!.means.sleep).toBe(5);
    expect(measureSeries([checkIn('2025-01-13', 8), unanswered], 'steadiness')).toEqual([
      { date: '2025-01-13', value: 8 },
    ]);
    const alone = weeklyProgress({ checkIns: [unanswered], rebuild: [], urges: [] });
    expect(alone[0]!.means.steadiness).toBeNull();
    expect(alone[0]!.rolling.steadiness).toBeNull();
  });

  test('weeks run on to a chosen day, and nothing at all gives nothing', () => {
    expect(
      weeklyProgress(input, '2025-02-01')
        .map((w) => w.key)
        .at(-1),
    ).toBe('2025-W05');
    expect(weeklyProgress({ checkIns: [], rebuild: [], urges: [] })).toEqual([]);
  });

  test('months split at the calendar month, December to January included', () => {
    const months = monthlyProgress({
      ...input,
      checkIns: [...input.checkIns, checkIn('2025-03-31', 9)],
    });
    expect(months.map((m) => [m.key, m.start, m.end, m.checkIns])).toEqual([
      ['2024-12', '2024-12-01', '2024-12-31', 1],
      ['2025-01', '2025-01-01', '2025-01-31', 2],
      ['2025-02', '2025-02-01', '2025-02-28', 0],
      ['2025-03', '2025-03-01', '2025-03-31', 1],
    ]);
    expect(months[1]!.means.urge).toBe(4);
    expect(months[0]).toMatchObject({ urges: 2, urgeStrength: 8 });
  });
});

describe('lineGeometry', () => {
  test('lifts the pen over gaps and scales 0-10 into the box', () => {
    const size = { width: 120, height: 120, padding: 10 };
    const line = lineGeometry([0, 10, null, 5], size);
    expect(line.path).toBe('M10 110 L43.3 10 M110 60');
    expect(line.dots.map((d) => d.index)).toEqual([0, 1, 3]);
    expect(lineGeometry([], size)).toEqual({ path: '', dots: [] });
    expect(lineGeometry([4], size).dots[0]!.x).toBe(60);
  });
});
