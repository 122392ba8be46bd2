import { describe, expect, test } from 'vitest';
import { en } from './en.ts';
import { es } from './es.ts';
import { makeTranslate } from './index.ts';

// Words that give away an English sentence left in the Spanish catalog.
const ENGLISH_MARKERS = /\b(the|and|you|your|with|this|that|is|are|not|of)\b/i;
const SAME_IN_BOTH = new Set(['app.name', 'lang.en', 'lang.es']);

describe('message catalogs', () => {
  test('Spanish has exactly the English keys, none empty', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(es)) expect(value.trim(), key).not.toBe('');
  });

  test('no English is left in the Spanish catalog', () => {
    const left = Object.entries(es).filter(
      ([key, value]) =>
        !SAME_IN_BOTH.has(key) &&
        (value === en[key as keyof typeof en] || ENGLISH_MARKERS.test(value)),
    );
    expect(left).toEqual([]);
  });

  test('placeholders match between languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(names(es[key]), key).toEqual(names(en[key]));
    }
  });

  test('placeholders are filled as plain text', () => {
    const t = makeTranslate(en);
    expect(t('settings.exitSaved', { url: '<b>x</b>' })).toBe(
      'Saved. Quick exit now opens <b>x</b>.',
    );
  });
});
