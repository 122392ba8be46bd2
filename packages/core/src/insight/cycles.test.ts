import { describe, expect, it } from 'vitest';
import { permutations } from './permutations.ts';
import { seededRandom, shuffled } from '../model/test-support.ts';
import { compareCycleItems, findCycles, sortCycleItems } from './cycles.ts';
import { cyclesEvery, item } from './test-support.ts';

describe('findCycles', () => {
  it('finds each run of tension, incident, repair and calm', () => {
    const analysis = findCycles(cyclesEvery('2025-01-10', [30, 30]));
    expect(analysis.cycles).toEqual([
      {
        start: '2025-01-08',
        end: '2025-01-12',
        open: false,
        firstIncident: '2025-01-10',
        incidents: ['2025-01-10'],
        maxSeverity: 3,
        incidentSeverity: 3,
        daysSincePrevious: null,
        stages: { tension: 1, incident: 1, repair: 1, calm: 1 },
        unsure: 0,
      },
      expect.objectContaining({
        start: '2025-02-07',
        end: '2025-02-11',
        daysSincePrevious: 30,
      }),
      expect.objectContaining({ firstIncident: '2025-03-11', daysSincePrevious: 30 }),
    ]);
    expect(analysis).toMatchObject({ entries: 12, unsure: 0, outside: 0, ignored: 0 });
  });

  it('the most recent cycle is open until calm is recorded after its harm', () => {
    const harm = [item('2025-01-01', 'tension'), item('2025-01-02', 'incident', 3)];
    const open = (items: Parameters<typeof findCycles>[0]) =>
      findCycles(items).cycles.map((c) => c.open);
    // Harm, and nothing after it yet; then repair: still open.
    expect(open(harm)).toEqual([true]);
    expect(open([...harm, item('2025-01-03', 'repair')])).toEqual([true]);
    // Calm after it: the cycle has run its course.
    expect(open([...harm, item('2025-01-03', 'repair'), item('2025-01-05', 'calm')])).toEqual([
      false,
    ]);
    // A new cycle begun ends the one before it, whether or not calm came between.
    expect(open([...harm, item('2025-01-20', 'incident', 2)])).toEqual([false, true]);
    expect(open([...harm, item('2025-01-10', 'tension')])).toEqual([false]);
    // Entries of 'unsure' shape nothing: the cycle stays open.
    expect(open([...harm, item('2025-01-04', 'unsure')])).toEqual([true]);
    // Every cycle of the first test reached calm.
    expect(findCycles(cyclesEvery('2025-01-10', [30, 30])).cycles.map((c) => c.open)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('needs no tension, repair or calm: incidents alone make cycles', () => {
    const analysis = findCycles([
      item('2025-01-01', 'incident', 2),
      item('2025-01-20', 'incident', 4),
      item('2025-02-01', 'incident', 3),
    ]);
    expect(analysis.cycles.map((c) => [c.start, c.end, c.daysSincePrevious])).toEqual([
      ['2025-01-01', '2025-01-01', null],
      ['2025-01-20', '2025-01-20', 19],
      ['2025-02-01', '2025-02-01', 12],
    ]);
  });

  it('finds nothing in a history with no incidents', () => {
    const analysis = findCycles([
      item('2025-01-01', 'tension'),
      item('2025-01-03', 'calm'),
      item('2025-01-05', 'repair'),
      item('2025-01-09', 'unsure'),
    ]);
    expect(analysis.cycles).toEqual([]);
    expect(analysis).toMatchObject({ entries: 4, unsure: 1, outside: 3 });
    expect(findCycles([]).cycles).toEqual([]);
    expect(findCycles([]).longestGap).toBeNull();
  });

  it('keeps the highest severity of the cycle apart from that of its incidents', () => {
    const [cycle] = findCycles([
      item('2025-01-01', 'tension', 5),
      item('2025-01-02', 'incident', 3),
      item('2025-01-03', 'repair', 1),
    ]).cycles;
    expect(cycle).toMatchObject({ maxSeverity: 5, incidentSeverity: 3 });
  });

  it('ignores unsure entries for the structure but counts them', () => {
    const analysis = findCycles([
      item('2025-01-01', 'unsure'),
      item('2025-01-02', 'tension'),
      item('2025-01-03', 'unsure'),
      item('2025-01-04', 'incident'),
      item('2025-01-05', 'unsure'),
      item('2025-01-06', 'repair'),
      item('2025-01-07', 'unsure'),
      item('2025-01-20', 'incident'),
    ]);
    expect(analysis.cycles.map((c) => [c.start, c.end, c.unsure])).toEqual([
      ['2025-01-02', '2025-01-06', 2],
      ['2025-01-20', '2025-01-20', 0],
    ]);
    expect(analysis.unsure).toBe(4);
    expect(analysis.entries).toBe(8);
  });

  it('holds several incidents on one day in one cycle', () => {
    const analysis = findCycles([
      item('2025-03-01', 'tension'),
      item('2025-03-02', 'incident', 3, { time: '08:15' }),
      item('2025-03-02', 'incident', 4, { time: '19:40' }),
      item('2025-03-02', 'incident', 2),
      item('2025-03-03', 'repair'),
    ]);
    expect(analysis.cycles).toHaveLength(1);
    expect(analysis.cycles[0]).toMatchObject({
      incidents: ['2025-03-02', '2025-03-02', '2025-03-02'],
      incidentSeverity: 4,
      stages: { tension: 1, incident: 3, repair: 1, calm: 0 },
    });
  });

  it('starts a new cycle for an incident on a later day or after a repair', () => {
    const analysis = findCycles([
      item('2025-03-02', 'incident'),
      item('2025-03-03', 'incident'),
      item('2025-03-03', 'repair', 1, { time: '12:00' }),
      item('2025-03-03', 'incident', 3, { time: '22:00' }),
    ]);
    expect(analysis.cycles.map((c) => [c.firstIncident, c.daysSincePrevious])).toEqual([
      ['2025-03-02', null],
      ['2025-03-03', 1],
      ['2025-03-03', 0],
    ]);
  });

  it('counts relief with no incident before it, and tension that led to none, as outside', () => {
    const analysis = findCycles([
      item('2025-01-01', 'repair'),
      item('2025-01-02', 'tension'),
      item('2025-01-03', 'tension'),
      item('2025-01-04', 'calm'),
      item('2025-01-10', 'incident'),
      item('2025-01-12', 'tension'),
    ]);
    expect(analysis.cycles.map((c) => c.start)).toEqual(['2025-01-10']);
    expect(analysis.outside).toBe(5);
  });

  it('survives gaps of months and reports the longest', () => {
    const before = cyclesEvery('2024-01-10', [28, 31]);
    const after = cyclesEvery('2024-09-15', [30, 29]);
    const analysis = findCycles([...before, ...after]);
    expect(analysis.cycles.map((c) => c.firstIncident)).toEqual([
      '2024-01-10',
      '2024-02-07',
      '2024-03-09',
      '2024-09-15',
      '2024-10-15',
      '2024-11-13',
    ]);
    expect(analysis.cycles[3]?.daysSincePrevious).toBe(190);
    expect(analysis.longestGap).toEqual({ from: '2024-03-11', to: '2024-09-13', days: 186 });
    expect(analysis.longestGapDays).toBe(186);
  });

  it('leaves out items it cannot place, and says how many', () => {
    const analysis = findCycles([
      item('2025-02-30', 'incident'),
      item('2025-03-01', 'incident', 3, { time: '25:00' }),
      item('2025-03-01', 'honeymoon' as never),
      item('2025-03-01', 'incident', Number.NaN),
      item('2025-03-02', 'incident'),
    ]);
    expect(analysis.ignored).toBe(4);
    expect(analysis.cycles.map((c) => c.firstIncident)).toEqual(['2025-03-02']);
  });

  it('gives the same result for unsorted and backdated input as for sorted', () => {
    // Written in the order a person might: some entries days or weeks after
    // the fact, so the order of writing is not the order of happening.
    const history = cyclesEvery('2025-01-05', [30, 21, 14, 9, 5], [2, 3, 3, 4, 5, 5]).map(
      (entry, i) => ({
        ...entry,
        id: `e${i}`,
        writtenAt: new Date(Date.UTC(2025, 5, 1) - ((i * 7919) % 100) * 86_400_000).toISOString(),
      }),
    );
    const expected = findCycles(sortCycleItems(history));
    const random = seededRandom(7);
    for (let round = 0; round < 20; round += 1) {
      expect(findCycles(shuffled(history, random))).toEqual(expected);
    }
    expect(findCycles([...history].reverse())).toEqual(expected);
  });
});

describe('sortCycleItems', () => {
  const sameDay = [
    item('2025-04-02', 'incident', 3, { writtenAt: '2025-04-02T09:00:00.000Z', id: 'a' }),
    item('2025-04-02', 'repair', 1, { writtenAt: '2025-04-02T10:00:00.000Z', id: 'b' }),
    item('2025-04-02', 'incident', 4, {
      time: '07:30',
      writtenAt: '2025-04-05T00:00:00.000Z',
      id: 'c',
    }),
    item('2025-04-02', 'repair', 1, {
      time: '21:00',
      writtenAt: '2025-04-02T22:00:00.000Z',
      id: 'd',
    }),
    item('2025-04-02', 'calm', 1, {
      time: '21:00',
      writtenAt: '2025-04-02T22:00:00.000Z',
      id: 'e',
    }),
    item('2025-04-02', 'calm', 2, {
      time: '21:00',
      writtenAt: '2025-04-02T22:00:00.000Z',
      id: 'e',
    }),
    item('2025-04-01', 'tension', 2, { time: '23:59', writtenAt: '2025-04-09T00:00:00.000Z' }),
  ];

  it('orders ties on one day by time (untimed first), then writtenAt, then id', () => {
    expect(sortCycleItems(sameDay).map((i) => [i.id ?? '-', i.severity])).toEqual([
      ['-', 2],
      ['a', 3],
      ['b', 1],
      ['c', 4],
      ['d', 1],
      ['e', 1],
      ['e', 2],
    ]);
  });

  it('gives that order from every starting order', () => {
    const expected = sortCycleItems(sameDay);
    let orders = 0;
    for (const order of permutations(sameDay)) {
      expect(sortCycleItems(order)).toEqual(expected);
      orders += 1;
    }
    expect(orders).toBe(5040);
  });

  it('is a consistent comparison', () => {
    for (const a of sameDay) {
      expect(compareCycleItems(a, a)).toBe(0);
      for (const b of sameDay) {
        expect(Math.sign(compareCycleItems(a, b)) + Math.sign(compareCycleItems(b, a))).toBe(0);
      }
    }
  });
});
