import { describe, expect, test } from 'vitest';
import {
  breathingSchedule,
  breathsPerMinute,
  elapsedOn,
  pauseClock,
  phaseAt,
  resumeClock,
  startClock,
  type BreathPhase,
} from './breathing.ts';

/** A small seeded generator, so a failing run can be repeated exactly. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every ideal phase boundary of a session, worked out independently by addition. */
function idealBoundaries(lengths: ReadonlyArray<[BreathPhase, number]>, breaths: number) {
  const out: Array<{ at: number; next: BreathPhase | 'done' }> = [];
  let at = 0;
  for (let b = 0; b < breaths; b++) {
    for (let i = 0; i < lengths.length; i++) {
      at += lengths[i]![1];
      const last = b === breaths - 1 && i === lengths.length - 1;
      out.push({ at, next: last ? 'done' : lengths[(i + 1) % lengths.length]![0] });
    }
  }
  return out;
}

describe('breathingSchedule', () => {
  test('4 s in and 6 s out is six breaths a minute, ending on a whole breath', () => {
    const schedule = breathingSchedule({ inhaleMs: 4000, exhaleMs: 6000, durationMs: 180_000 });
    expect(breathsPerMinute(schedule)).toBe(6);
    expect(schedule.breaths).toBe(18);
    expect(schedule.totalMs).toBe(180_000);
    expect(schedule.phases.map((p) => p.phase)).toEqual(['in', 'out']);
  });

  test('holds are included only when asked for', () => {
    const schedule = breathingSchedule({
      inhaleMs: 4000,
      holdInMs: 2000,
      exhaleMs: 6000,
      holdOutMs: 1000,
      durationMs: 60_000,
    });
    expect(schedule.phases.map((p) => [p.phase, p.startMs, p.endMs])).toEqual([
      ['in', 0, 4000],
      ['hold', 4000, 6000],
      ['out', 6000, 12_000],
      ['holdOut', 12_000, 13_000],
    ]);
    expect(schedule.breaths).toBe(5);
  });

  test('refuses lengths no one could follow', () => {
    expect(() => breathingSchedule({ inhaleMs: 0, exhaleMs: 6000, durationMs: 60_000 })).toThrow(
      RangeError,
    );
    expect(() =>
      breathingSchedule({ inhaleMs: 4000, exhaleMs: Number.NaN, durationMs: 60_000 }),
    ).toThrow(RangeError);
    expect(() => breathingSchedule({ inhaleMs: 4000, exhaleMs: 6000, durationMs: -1 })).toThrow(
      RangeError,
    );
  });
});

describe('phaseAt', () => {
  const schedule = breathingSchedule({ inhaleMs: 4000, exhaleMs: 6000, durationMs: 60_000 });

  test('reads the phase, its progress and the breath from elapsed time', () => {
    expect(phaseAt(schedule, 0)).toEqual({
      phase: 'in',
      phaseProgress: 0,
      breath: 1,
      phaseEndsAt: 4000,
      remainingMs: 4000,
    });
    expect(phaseAt(schedule, 2000).phaseProgress).toBe(0.5);
    expect(phaseAt(schedule, 4000)).toMatchObject({ phase: 'out', breath: 1, phaseEndsAt: 10_000 });
    expect(phaseAt(schedule, 13_000)).toMatchObject({ phase: 'in', breath: 2, remainingMs: 1000 });
    expect(phaseAt(schedule, 59_999)).toMatchObject({ phase: 'out', breath: 6 });
    expect(phaseAt(schedule, 60_000)).toMatchObject({ phase: 'done', breath: 6, remainingMs: 0 });
    expect(phaseAt(schedule, -50).phase).toBe('in');
  });

  test('over ten minutes of a jittery render loop, every boundary seen is within 50 ms of ideal', () => {
    const lengths: Array<[BreathPhase, number]> = [
      ['in', 4000],
      ['hold', 1000],
      ['out', 6000],
      ['holdOut', 1000],
    ];
    const long = breathingSchedule({
      inhaleMs: 4000,
      holdInMs: 1000,
      exhaleMs: 6000,
      holdOutMs: 1000,
      durationMs: 600_000,
    });
    expect(long.totalMs).toBe(600_000);
    const ideal = idealBoundaries(lengths, long.breaths);
    const rand = random(7);

    // The clock a frame reads: frames every 16±10 ms, now and then a stall of
    // 30-45 ms (garbage collection, a busy phone), once in a while a long pause
    // (the tab hidden for seconds). Elapsed time is always read from the clock.
    let now = 0;
    let previous = phaseAt(long, 0);
    let previousNow = 0;
    let next = 0;
    let checked = 0;
    let longPauses = 0;
    while (previous.phase !== 'done') {
      const roll = rand();
      let step = 6 + rand() * 20;
      if (roll < 0.03) step = 30 + rand() * 15;
      const longPause = roll > 0.9995;
      if (longPause) {
        step = 1000 + rand() * 4000;
        longPauses++;
      }
      now += step;
      const state = phaseAt(long, now);
      const firstCrossed = next;
      // Every boundary crossed since the last frame, in order.
      while (next < ideal.length && ideal[next]!.at <= now) {
        const boundary = ideal[next]!;
        expect(boundary.at).toBeGreaterThan(previousNow);
        if (!longPause) {
          // A boundary is shown on the first frame after it: never early, never
          // more than one frame late.
          expect(now - boundary.at).toBeLessThanOrEqual(50);
          expect(now - boundary.at).toBeGreaterThanOrEqual(0);
          checked++;
        }
        next++;
      }
      // After any pause the state is exactly where the ideal schedule says.
      const last = ideal[next - 1];
      if (state.phase !== 'done') {
        if (last) expect(state.phase).toBe(last.next);
        expect(state.phaseEndsAt).toBe(ideal[next]!.at);
      }
      if (state.phase !== previous.phase || state.breath !== previous.breath) {
        // The phase that just ended, ended where the ideal says.
        expect(previous.phaseEndsAt).toBe(ideal[firstCrossed]!.at);
      }
      previous = state;
      previousNow = now;
    }
    expect(next).toBe(ideal.length);
    expect(checked).toBeGreaterThan(ideal.length * 0.9);
    expect(longPauses).toBeGreaterThan(0);
    expect(ideal[ideal.length - 1]!.at).toBe(600_000);
  });
});

describe('the session clock', () => {
  test('pausing stops elapsed time; resuming carries on from where it was', () => {
    let clock = startClock(1000);
    expect(elapsedOn(clock, 4000)).toBe(3000);
    clock = pauseClock(clock, 4000);
    expect(elapsedOn(clock, 90_000)).toBe(3000);
    clock = resumeClock(clock, 90_000);
    expect(elapsedOn(clock, 91_500)).toBe(4500);
    expect(resumeClock(clock, 99_999)).toBe(clock);
    clock = pauseClock(pauseClock(clock, 92_000), 95_000);
    expect(elapsedOn(clock, 200_000)).toBe(5000);
  });
});
