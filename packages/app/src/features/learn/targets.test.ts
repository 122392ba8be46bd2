import { describe, expect, test } from 'vitest';
import { requestChapter, screenFor, takeRequestedChapter } from './targets.ts';

describe('what-helps targets', () => {
  test('a target opens its own screen when this build has it', () => {
    expect(screenFor('help', ['home', 'help'])).toBe('help');
  });

  test('a part of Steady that is not built yet has no link', () => {
    expect(screenFor('journal', ['home', 'help'])).toBeUndefined();
    expect(screenFor('calm', ['home', 'help'])).toBeUndefined();
  });
});

describe('asking Learn for a chapter', () => {
  test('is taken once', () => {
    requestChapter('the-cycle');
    expect(takeRequestedChapter()).toBe('the-cycle');
    expect(takeRequestedChapter()).toBeNull();
  });
});
