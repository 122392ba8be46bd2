import { describe, expect, it } from 'vitest';
import { addDays } from '../model/dates.ts';
import { STAGES } from '../model/journal-types.ts';
import { seededRandom } from '../model/test-support.ts';
import { timelineSeries } from './timeline.ts';
import { item } from './test-support.ts';

describe('timelineSeries', () => {
  it('puts one point on each day with entries, drawn as its most serious stage', () => {
    const series = timelineSeries(
      [
        item('2025-03-03', 'calm', 1),
        item('2025-03-01', 'tension', 2),
        item('2025-03-03', 'incident', 4, { time: '09:00' }),
        item('2025-03-03', 'repair', 2),
        item('2025-03-05', 'unsure', 2),
        item('2025-03-03', 'unsure', 5),
        item('2025-02-28', 'incident', 5),
        item('2025-03-08', 'incident', 5),
      ],
      '2025-03-01',
      '2025-03-07',
    );
    expect(series).toEqual({
      from: '2025-03-01',
      to: '2025-03-07',
      days: 7,
      points: [
        {
          day: 0,
          date: '2025-03-01',
          stage: 'tension',
          severity: 2,
          count: 1,
          stages: { tension: 1, incident: 0, repair: 0, calm: 0, unsure: 0 },
        },
        {
          day: 2,
          date: '2025-03-03',
          stage: 'incident',
          severity: 5,
          count: 4,
          stages: { tension: 0, incident: 1, repair: 1, calm: 1, unsure: 1 },
        },
        {
          day: 4,
          date: '2025-03-05',
          stage: 'unsure',
          severity: 2,
          count: 1,
          stages: { tension: 0, incident: 0, repair: 0, calm: 0, unsure: 1 },
        },
      ],
    });
  });

  it("names each day's lead entry: the most serious stage, then the most severe, then the earliest", () => {
    const series = timelineSeries(
      [
        item('2025-03-03', 'calm', 5, { id: 'calm-5' }),
        item('2025-03-03', 'incident', 2, { id: 'incident-2', time: '08:00' }),
        item('2025-03-03', 'incident', 4, { id: 'incident-4-late', time: '21:00' }),
        item('2025-03-03', 'incident', 4, { id: 'incident-4-early', time: '07:30' }),
        item('2025-03-04', 'repair', 1, { id: 'only' }),
        item('2025-03-05', 'tension', 3, { id: 'b', writtenAt: '2025-03-05T10:00:00.000Z' }),
        item('2025-03-05', 'tension', 3, { id: 'a', writtenAt: '2025-03-05T12:00:00.000Z' }),
        item('2025-03-06', 'calm', 2),
      ],
      '2025-03-01',
      '2025-03-07',
    );
    expect(series.points.map((p) => [p.date, p.lead])).toEqual([
      ['2025-03-03', 'incident-4-early'],
      ['2025-03-04', 'only'],
      // Same stage, severity and time: the one written first.
      ['2025-03-05', 'b'],
      // An entry without an id leads its day, and the mark has nothing to open.
      ['2025-03-06', undefined],
    ]);
    // The order the entries arrive in does not change who leads.
    const reversed = timelineSeries(
      [
        item('2025-03-03', 'incident', 4, { id: 'incident-4-early', time: '07:30' }),
        item('2025-03-03', 'incident', 4, { id: 'incident-4-late', time: '21:00' }),
        item('2025-03-03', 'calm', 5, { id: 'calm-5' }),
      ],
      '2025-03-03',
      '2025-03-03',
    );
    expect(reversed.points[0]?.lead).toBe('incident-4-early');
  });

  it('counts days across month and leap-year ends', () => {
    const series = timelineSeries([item('2024-03-01', 'calm')], '2024-02-28', '2024-03-01');
    expect(series.days).toBe(3);
    expect(series.points[0]?.day).toBe(2);
  });

  it('refuses a range that is not one', () => {
    expect(() => timelineSeries([], '2025-03-02', '2025-03-01')).toThrow(RangeError);
    expect(() => timelineSeries([], '2025-02-30', '2025-03-01')).toThrow(RangeError);
  });

  it('buckets 10,000 generated entries without losing one', () => {
    const random = seededRandom(11);
    const items = Array.from({ length: 10_000 }, () =>
      item(
        addDays('2020-01-01', Math.floor(random() * 2_000)),
        STAGES[Math.floor(random() * STAGES.length)] ?? 'unsure',
        1 + Math.floor(random() * 5),
      ),
    );
    const from = '2021-01-01';
    const to = '2023-12-31';
    const series = timelineSeries(items, from, to);
    const inRange = items.filter((i) => i.date >= from && i.date <= to);
    expect(series.points.reduce((sum, p) => sum + p.count, 0)).toBe(inRange.length);
    expect(series.points.map((p) => p.day)).toEqual(
      [...new Set(inRange.map((i) => i.date))]
        .sort()
        .map((d) => series.points.find((p) => p.date === d)?.day),
    );
    for (const point of series.points) {
      const day = inRange.filter((i) => i.date === point.date);
      expect(point.date).toBe(addDays(from, point.day));
      expect(point.severity).toBe(Math.max(...day.map((i) => i.severity)));
    }
  });
});
