import { describe, expect, test } from 'vitest';
import { checkTranslation, isPluralMessage } from './translation-check.ts';

const options = { sameValueKeys: new Set(['id']) };

describe('translation check and plural messages', () => {
  test('a plural message is recognised by its CLDR forms and its other form', () => {
    expect(isPluralMessage({ one: '{count} minute', other: '{count} minutes' })).toBe(true);
    expect(isPluralMessage({ other: 'Entries: {count}' })).toBe(true);
    expect(isPluralMessage({ one: '{count} minute' })).toBe(false);
    expect(isPluralMessage({ title: 'A', other: 'B' })).toBe(false);
  });

  test('each language brings the forms it needs', () => {
    const en = { time: { one: '{count} minute', other: '{count} minutes' } };
    const es = {
      time: { one: '{count} minuto', many: '{count} minutos', other: '{count} minutos' },
    };
    expect(checkTranslation(en, es, options)).toEqual([]);
  });

  test('a plural left as a string, an unknown form, or an English form is reported', () => {
    const en = { time: { one: '{count} minute', other: '{count} minutes' } };
    expect(checkTranslation(en, { time: '{count} minutos' }, options)).toEqual([
      '$.time: expected a plural message (with an "other" form) in Spanish',
    ]);
    expect(
      checkTranslation(en, { time: { one: '{count} minuto', two: 'x', other: 'y' } }, options),
    ).toEqual(['$.time: Spanish has no "two" plural form']);
    expect(
      checkTranslation(en, { time: { one: '{count} minute', other: '{count} minutos' } }, options),
    ).toEqual(['$.time.one: Spanish is identical to English ("{count} minute")']);
  });
});
