import { describe, expect, test } from 'vitest';
import { createTwoFingerTap, type TouchPoint, type TouchStep } from './twoFingerTap.ts';

/** Feeds steps at given times; returns how many times the gesture fired. */
function run(steps: Array<[number, TouchStep]>): number {
  let clock = 0;
  const recognise = createTwoFingerTap(() => clock);
  let fired = 0;
  for (const [at, step] of steps) {
    clock = at;
    if (recognise(step)) fired++;
  }
  return fired;
}

const A: TouchPoint = { id: 1, x: 100, y: 300 };
const B: TouchPoint = { id: 2, x: 160, y: 310 };
const moved = (p: TouchPoint, dx: number, dy: number): TouchPoint => ({
  ...p,
  x: p.x + dx,
  y: p.y + dy,
});

/** One two-finger tap starting at `t`, fingers landing 20 ms apart, lifted after `hold`. */
function tap(t: number, hold = 120): Array<[number, TouchStep]> {
  return [
    [t, { type: 'start', touches: [A] }],
    [t + 20, { type: 'start', touches: [A, B] }],
    [t + hold, { type: 'end', touches: [B] }],
    [t + hold + 10, { type: 'end', touches: [] }],
  ];
}

describe('two-finger double tap', () => {
  test('two quick two-finger taps fire once', () => {
    expect(run([...tap(0), ...tap(250)])).toBe(1);
  });

  test('one two-finger tap does not fire, nor do two taps far apart', () => {
    expect(run(tap(0))).toBe(0);
    expect(run([...tap(0), ...tap(1000)])).toBe(0);
  });

  test('typing: one finger at a time, however fast, never fires', () => {
    const steps: Array<[number, TouchStep]> = [];
    for (let i = 0; i < 200; i++) {
      const key = { id: i, x: 20 + (i % 10) * 30, y: 600 };
      steps.push(
        [i * 60, { type: 'start', touches: [key] }],
        [i * 60 + 40, { type: 'end', touches: [] }],
      );
    }
    expect(run(steps)).toBe(0);
  });

  test('a pinch, a two-finger scroll and a held two-finger touch are not taps', () => {
    const pinch: Array<[number, TouchStep]> = [
      [0, { type: 'start', touches: [A, B] }],
      [60, { type: 'move', touches: [moved(A, -40, 0), moved(B, 40, 0)] }],
      [120, { type: 'end', touches: [] }],
    ];
    const scroll: Array<[number, TouchStep]> = [
      [0, { type: 'start', touches: [A, B] }],
      [80, { type: 'move', touches: [moved(A, 0, -200), moved(B, 0, -200)] }],
      [150, { type: 'end', touches: [] }],
    ];
    const held = tap(0, 900);
    expect(run([...pinch, ...tap(200)])).toBe(0);
    expect(run([...scroll, ...tap(200)])).toBe(0);
    expect(run([...held, ...tap(1000)])).toBe(0);
  });

  test('three fingers, or a one-finger tap in between, start the count again', () => {
    const C: TouchPoint = { id: 3, x: 200, y: 320 };
    const three: Array<[number, TouchStep]> = [
      [0, { type: 'start', touches: [A, B, C] }],
      [100, { type: 'end', touches: [] }],
    ];
    const single: Array<[number, TouchStep]> = [
      [200, { type: 'start', touches: [A] }],
      [240, { type: 'end', touches: [] }],
    ];
    expect(run([...three, ...tap(150)])).toBe(0);
    expect(run([...tap(0), ...single, ...tap(300)])).toBe(0);
    expect(run([...tap(0), [200, { type: 'cancel' }], ...tap(250)])).toBe(0);
  });

  test('a small drift while tapping still counts', () => {
    const drift: Array<[number, TouchStep]> = [
      [0, { type: 'start', touches: [A, B] }],
      [50, { type: 'move', touches: [moved(A, 5, 6), moved(B, -4, 3)] }],
      [110, { type: 'end', touches: [] }],
    ];
    expect(run([...drift, ...tap(300)])).toBe(1);
  });
});
