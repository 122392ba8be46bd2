import { describe, expect, it } from 'vitest';
import { findCycles, type CycleItem } from './cycles.ts';
import { escalation } from './escalation.ts';
import { cyclesEvery, item } from './test-support.ts';

function escalationOf(items: readonly CycleItem[]) {
  return escalation(findCycles(items).cycles);
}

describe('escalation', () => {
  it('calls an incident about every 30 days at the same severity steady', () => {
    const result = escalationOf(
      cyclesEvery('2024-01-15', [30, 29, 31, 30, 30], [3, 3, 4, 3, 3, 3]),
    );
    expect(result).toMatchObject({
      verdict: 'steady',
      incidents: 6,
      firstIncident: '2024-01-15',
      lastIncident: '2024-06-13',
      closer: false,
      moreSevere: false,
      fartherApart: false,
      lessSevere: false,
      daysBetween: { early: 29.5, recent: 30 },
    });
    expect(result.severity?.early).toBeCloseTo(10 / 3);
    expect(result.severity?.recent).toBe(3);
  });

  it('sees incidents coming closer together: 30, 21, 14, 9, then 5 days apart', () => {
    const result = escalationOf(cyclesEvery('2024-01-15', [30, 21, 14, 9, 5]));
    expect(result).toMatchObject({
      verdict: 'escalating',
      incidents: 6,
      closer: true,
      moreSevere: false,
      daysBetween: { early: 25.5, recent: 7, slope: expect.closeTo(-6.2) },
      severity: { early: 3, recent: 3, slope: 0 },
    });
  });

  it('sees incidents growing more severe at a regular rhythm', () => {
    const result = escalationOf(
      cyclesEvery('2024-01-15', [30, 30, 30, 30, 30], [1, 2, 2, 3, 4, 5]),
    );
    expect(result).toMatchObject({
      verdict: 'escalating',
      closer: false,
      moreSevere: true,
      daysBetween: { early: 30, recent: 30, slope: 0 },
    });
    expect(result.severity?.early).toBeCloseTo(5 / 3);
    expect(result.severity?.recent).toBe(4);
    expect(result.severity?.slope).toBeGreaterThan(0);
  });

  it('calls it escalating when one sign worsens even if the other eases', () => {
    const result = escalationOf(cyclesEvery('2024-01-15', [5, 9, 14, 21, 30], [1, 2, 3, 4, 5, 5]));
    expect(result).toMatchObject({ verdict: 'escalating', fartherApart: true, moreSevere: true });
  });

  it('calls incidents further apart and less severe easing', () => {
    expect(escalationOf(cyclesEvery('2024-01-15', [5, 9, 14, 21, 30]))).toMatchObject({
      verdict: 'easing',
      fartherApart: true,
      lessSevere: false,
    });
    expect(
      escalationOf(cyclesEvery('2024-01-15', [30, 30, 30, 30], [5, 5, 3, 2, 1])),
    ).toMatchObject({
      verdict: 'easing',
      fartherApart: false,
      lessSevere: true,
    });
  });

  it('claims nothing with fewer than three incidents', () => {
    const none = escalationOf([item('2025-01-01', 'tension'), item('2025-01-02', 'calm')]);
    expect(none).toEqual({
      verdict: 'too-few',
      incidents: 0,
      firstIncident: null,
      lastIncident: null,
      closer: false,
      fartherApart: false,
      moreSevere: false,
      lessSevere: false,
      daysBetween: null,
      severity: null,
    });
    // Two incidents five days after one a month earlier look like escalation, but are one interval.
    expect(escalationOf(cyclesEvery('2025-01-01', [30]))).toMatchObject({
      verdict: 'too-few',
      incidents: 2,
    });
  });

  it('decides with three incidents, and counts several on one day as one', () => {
    const items = [
      ...cyclesEvery('2025-01-01', [20, 6]),
      item('2025-01-27', 'incident', 3, { time: '23:00' }),
    ];
    expect(escalationOf(items)).toMatchObject({
      verdict: 'escalating',
      incidents: 3,
      daysBetween: { early: 20, recent: 6 },
    });
  });

  it('is not decided by a single gap of months', () => {
    const before = cyclesEvery('2024-01-10', [30, 30, 31]);
    const after = cyclesEvery('2024-11-01', [29, 30, 30]);
    const result = escalationOf([...before, ...after]);
    expect(result.verdict).toBe('steady');
    expect(result.daysBetween).toMatchObject({ early: 30, recent: 30 });
  });

  it('needs the cycles in no particular order', () => {
    const { cycles } = findCycles(cyclesEvery('2024-01-15', [30, 21, 14, 9, 5]));
    expect(escalation([...cycles].reverse())).toEqual(escalation(cycles));
  });
});
