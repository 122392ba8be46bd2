import { describe, expect, test } from 'vitest';
import { createTripleShift } from './tripleShift.ts';

function run(events: Array<[number, string, boolean?]>): boolean[] {
  let clock = 0;
  const detect = createTripleShift(() => clock, 1000);
  return events.map(([at, key, repeat]) => {
    clock = at;
    return detect({ key, repeat: repeat ?? false });
  });
}

describe('Shift pressed three times', () => {
  test('three presses within a second trigger on the third', () => {
    expect(
      run([
        [0, 'Shift'],
        [200, 'Shift'],
        [400, 'Shift'],
      ]),
    ).toEqual([false, false, true]);
  });
  test('presses spread over more than a second do not', () => {
    expect(
      run([
        [0, 'Shift'],
        [600, 'Shift'],
        [1200, 'Shift'],
      ]),
    ).toEqual([false, false, false]);
  });
  test('a sliding window: the last three count', () => {
    expect(
      run([
        [0, 'Shift'],
        [900, 'Shift'],
        [1500, 'Shift'],
        [1700, 'Shift'],
      ]),
    ).toEqual([false, false, false, true]);
  });
  test('a held Shift (key repeat) does not count', () => {
    expect(
      run([
        [0, 'Shift'],
        [30, 'Shift', true],
        [60, 'Shift', true],
        [90, 'Shift', true],
      ]),
    ).toEqual([false, false, false, false]);
  });
  test('typing capitals between presses resets the count', () => {
    expect(
      run([
        [0, 'Shift'],
        [50, 'A'],
        [100, 'Shift'],
        [150, 'B'],
        [200, 'Shift'],
      ]),
    ).toEqual([false, false, false, false, false]);
  });
  test('after triggering, it starts counting afresh', () => {
    expect(
      run([
        [0, 'Shift'],
        [100, 'Shift'],
        [200, 'Shift'],
        [300, 'Shift'],
        [400, 'Shift'],
      ]),
    ).toEqual([false, false, true, false, false]);
  });
});
