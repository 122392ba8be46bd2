import { describe, expect, test } from 'vitest';
import { countingFor, fillPlaceholders, pluralForm, pluralText, type Plural } from './plural.ts';

const ENTRIES: Plural = { one: '{count} entry', other: '{count} entries' };

describe('plural messages', () => {
  test('the form follows the language’s plural rules', () => {
    expect([0, 1, 2, 5, 21].map((n) => pluralForm(ENTRIES, 'en', n))).toEqual([
      '{count} entries',
      '{count} entry',
      '{count} entries',
      '{count} entries',
      '{count} entries',
    ]);
  });

  test('a language with more categories gets each of its forms', () => {
    // Arabic uses all six CLDR categories; nothing in the design stops at one/other.
    const arabic: Plural = { zero: 'z', one: 'o', two: 't', few: 'f', many: 'm', other: 'x' };
    expect([0, 1, 2, 3, 11, 100].map((n) => pluralForm(arabic, 'ar', n))).toEqual([
      'z',
      'o',
      't',
      'f',
      'm',
      'x',
    ]);
  });

  test('a category without its own form reads as other', () => {
    // Spanish has `many` for exact millions; written in digits it reads like `other`.
    expect(new Intl.PluralRules('es').select(1_000_000)).toBe('many');
    const entradas: Plural = { one: '{count} entrada', other: '{count} entradas' };
    expect(pluralText(entradas, 'es', { count: 1_000_000 })).toBe('1.000.000 entradas');
    expect(pluralText({ other: 'Entries: {count}' }, 'en', { count: 1 })).toBe('Entries: 1');
  });

  test('numbers are written the reader’s way, and the form follows the number shown', () => {
    expect(pluralText(ENTRIES, 'en', { count: 10_000 })).toBe('10,000 entries');
    const days: Plural = { one: 'every day', other: 'every {count} days, from {early}' };
    expect(pluralText(days, 'en', { count: 2.54, early: 7 })).toBe('every 2.5 days, from 7');
    expect(pluralText(days, 'en', { count: 1.04, early: 7 })).toBe('every day');
    const dias: Plural = { one: 'cada día', other: 'cada {count} días' };
    expect(pluralText(dias, 'es', { count: 2.5 })).toBe('cada 2,5 días');
  });

  test('plural rules and number formats are made once per locale', () => {
    expect(countingFor('es')).toBe(countingFor('es'));
    expect(countingFor('en')).not.toBe(countingFor('es'));
  });

  test('values are inserted as text, and unknown placeholders are left as they are', () => {
    expect(fillPlaceholders('{a} and {b}', { a: '<i>x</i>' })).toBe('<i>x</i> and {b}');
  });

  test('the types require the other form', () => {
    // @ts-expect-error: a plural without `other` does not typecheck.
    const missing: Plural = { one: '{count} entry' };
    // @ts-expect-error: nor does a form that is not a CLDR category.
    const unknown: Plural = { other: '{count} entries', plural: '{count} entries' };
    expect([missing, unknown]).toHaveLength(2);
  });
});
