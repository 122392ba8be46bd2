import { describe, expect, test } from 'vitest';
import { initialCalc, isValidCode, press, type Key } from './calc.ts';

function run(keys: string, secret = ''): { display: string; unlocked: boolean } {
  let state = initialCalc;
  let unlocked = false;
  for (const key of keys.split(' ')) {
    const result = press(state, key as Key, secret);
    state = result.state;
    unlocked ||= result.unlock;
  }
  return { display: state.display, unlocked };
}

describe('the calculator cover', () => {
  test('does ordinary arithmetic', () => {
    expect(run('1 2 + 3 0 =').display).toBe('42');
    expect(run('7 * 6 =').display).toBe('42');
    expect(run('1 0 0 / 8 =').display).toBe('12.5');
    expect(run('5 - 8 =').display).toBe('-3');
    expect(run('0 . 1 + 0 . 2 =').display).toBe('0.3');
    expect(run('2 + 3 * 4 =').display).toBe('20');
  });
  test('dividing by zero shows an error, not a crash', () => {
    expect(run('4 / 0 =').display).toBe('Error');
  });
  test('the secret code followed by = opens Steady, and nothing else does', () => {
    expect(run('4 4 1 7 =', '4417').unlocked).toBe(true);
    expect(run('4 4 1 7 + 1 =', '4417').unlocked).toBe(false);
    expect(run('1 4 4 1 7 =', '4417').unlocked).toBe(false);
    expect(run('4 4 1 7 =', '').unlocked).toBe(false);
    expect(run('4 4 C 4 4 1 7 =', '4417').unlocked).toBe(true);
  });
  test('codes are 4 to 8 digits', () => {
    expect(isValidCode('4417')).toBe(true);
    expect(isValidCode('12345678')).toBe(true);
    expect(isValidCode('123')).toBe(false);
    expect(isValidCode('12a4')).toBe(false);
  });
});
