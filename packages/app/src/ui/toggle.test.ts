import { describe, expect, test } from 'vitest';
import { toggle } from './toggle.ts';

describe('toggle', () => {
  test('toggling keeps the canonical order', () => {
    expect(toggle(['c'], 'a', true, ['a', 'b', 'c'])).toEqual(['a', 'c']);
    expect(toggle(['a', 'c'], 'a', false, ['a', 'b', 'c'])).toEqual(['c']);
  });

  test('a choice already there, or not there, is left as it is', () => {
    expect(toggle(['a'], 'a', true, ['a', 'b'])).toEqual(['a']);
    expect(toggle(['a'], 'b', false, ['a', 'b'])).toEqual(['a']);
  });
});
