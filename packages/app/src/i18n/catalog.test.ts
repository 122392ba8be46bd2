import { describe, expect, test } from 'vitest';
import { en, es } from './all.ts';
import {
  makeTranslate,
  type Catalog,
  type Locale,
  type Message,
  type MessageKey,
} from './index.ts';

// Words that give away an English sentence left in the Spanish catalog.
const ENGLISH_MARKERS = /\b(the|and|you|your|with|this|that|is|are|not|of)\b/i;
// 'SHA-256: …' names the algorithm, the same word in every language; the court
// details' answer 'No' is the same word in English and Spanish.
const SAME_IN_BOTH = new Set([
  'app.name',
  'lang.en',
  'lang.es',
  'report.entry.voiceDigest',
  'journal.court.choice.no',
]);
const CATALOGS: Record<Locale, Catalog> = { en, es };
const KEYS = Object.keys(en) as MessageKey[];

/** Every text of a message: the message itself, or each form of a plural. */
const forms = (message: Message): string[] =>
  typeof message === 'string' ? [message] : Object.values(message);
const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  test('Spanish has exactly the English keys, none empty', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(es)) {
      for (const text of forms(value)) expect(text.trim(), key).not.toBe('');
    }
  });

  test('a message is plural in Spanish exactly when it is plural in English', () => {
    for (const key of KEYS) expect(typeof es[key], key).toBe(typeof en[key]);
  });

  test('no English is left in the Spanish catalog', () => {
    const left = KEYS.filter(
      (key) =>
        !SAME_IN_BOTH.has(key) &&
        forms(es[key]).some((text) => forms(en[key]).includes(text) || ENGLISH_MARKERS.test(text)),
    );
    expect(left).toEqual([]);
  });

  test('placeholders match between languages', () => {
    for (const key of KEYS) {
      const source = en[key] as Message;
      const target = es[key] as Message;
      if (typeof source === 'string' || typeof target === 'string') {
        expect(names(forms(target).join(' ')), key).toEqual(names(forms(source).join(' ')));
        continue;
      }
      // `other` takes every value; another form may leave one out ("One thing…").
      const all = names(source.other);
      expect(names(target.other), key).toEqual(all);
      for (const text of [...forms(source), ...forms(target)]) {
        expect(all, `${key}: ${text}`).toEqual(expect.arrayContaining(names(text)));
      }
    }
  });

  test('plural forms are categories the language has', () => {
    for (const locale of Object.keys(CATALOGS) as Locale[]) {
      const has = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const key of KEYS) {
        const message = CATALOGS[locale][key] as Message;
        if (typeof message === 'string') continue;
        expect(has, `${locale} ${key}`).toEqual(expect.arrayContaining(Object.keys(message)));
        expect(names(message.other), `${locale} ${key}`).toContain('count');
      }
    }
  });

  test('placeholders are filled as plain text', () => {
    const t = makeTranslate(en, 'en');
    expect(t('settings.exitSaved', { url: '<b>x</b>' })).toBe(
      'Saved. Quick exit now opens <b>x</b>.',
    );
  });
});
