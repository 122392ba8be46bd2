import { describe, expect, test } from 'vitest';
import { DIRECTORY, FALLBACK_COUNTRY, HELP_MESSAGE_KEYS, type Way } from '@steady/core/help';
import { en, es } from '../../i18n/all.ts';
import { makeTranslate } from '../../i18n/index.ts';
import { chosenCountry } from './Help.tsx';
import { checkedDate, countryLabel, countryOptions, languageList, wayLink } from './format.ts';

const tEn = makeTranslate(en, 'en');
const tEs = makeTranslate(es, 'es');

describe('help formatting', () => {
  test('both catalogs have a sentence for every key the help data can carry', () => {
    for (const key of HELP_MESSAGE_KEYS) {
      expect(en[key], key).toBeTruthy();
      expect(es[key], key).toBeTruthy();
    }
  });

  test('countries are named in the reader’s language, sorted, "another country" last', () => {
    expect(countryLabel('ES', 'es', tEs)).toBe('España');
    expect(countryLabel('DE', 'en', tEn)).toBe('Germany');
    expect(countryLabel('GB-SCT', 'en', tEn)).toBe('United Kingdom: Scotland');
    const labels = countryOptions(DIRECTORY, 'en', tEn);
    expect(labels).toHaveLength(DIRECTORY.countries.length);
    expect(labels.at(-1)).toEqual({ code: FALLBACK_COUNTRY, label: 'Another country' });
    const names = labels.slice(0, -1).map((o) => o.label);
    expect(names).toEqual([...names].sort(new Intl.Collator('en').compare));
    expect(countryOptions(DIRECTORY, 'es', tEs)[0]?.label).toBe('Alemania');
  });

  test('languages and dates follow the reader’s language', () => {
    expect(languageList(['en', 'ur', 'pl'], 'en')).toBe('English, Urdu, and Polish');
    expect(languageList(['en', 'ur', 'pl'], 'es')).toBe('inglés, urdu y polaco');
    expect(checkedDate('2026-11-24', 'en')).toBe('November 24, 2026');
    expect(checkedDate('2026-11-24', 'es')).toBe('24 de noviembre de 2026');
  });

  test('each way becomes a safe link, or none', () => {
    const link = (way: Way) => wayLink(way).href;
    expect(link({ kind: 'call', value: '0808 2000 247' })).toBe('tel:08082000247');
    expect(link({ kind: 'tty', value: '1-800-787-3224' })).toBe('tel:18007873224');
    expect(link({ kind: 'text', value: '88788', body: 'START' })).toBe('sms:88788?body=START');
    expect(link({ kind: 'whatsapp', value: '+34 600 000 016' })).toBe('https://wa.me/34600000016');
    expect(link({ kind: 'web', value: 'https://sheltersafe.ca/' })).toBe('https://sheltersafe.ca/');
    expect(wayLink({ kind: 'web', value: 'https://sheltersafe.ca/' }).shown).toBe('sheltersafe.ca');
    expect(link({ kind: 'call', value: '**21*0113#' })).toBeNull();
    expect(link({ kind: 'chat', value: 'javascript:alert(1)' })).toBeNull();
    expect(link({ kind: 'whatsapp', value: '600 000 016' })).toBeNull();
  });

  test('the person’s choice wins, then the deployment’s, then "another country"', () => {
    expect(chosenCountry('ES', 'GB-ENG')).toBe('ES');
    expect(chosenCountry('', 'GB-ENG')).toBe('GB-ENG');
    expect(chosenCountry('', undefined)).toBe(FALLBACK_COUNTRY);
  });

  test('a saved country this directory does not list is not used (damaged, or removed since)', () => {
    for (const saved of ['XX', 'GB']) {
      expect(chosenCountry(saved, undefined)).toBe(FALLBACK_COUNTRY);
      expect(chosenCountry(saved, 'GB-ENG')).toBe('GB-ENG');
      expect(chosenCountry(saved, undefined, ['es-MX'])).toBe('MX');
    }
  });

  test('with no choice and no deployment default, the browser’s region is the first guess', () => {
    expect(chosenCountry('', undefined, ['en-US', 'en'])).toBe('US');
    expect(chosenCountry('', undefined, ['es-MX', 'es'])).toBe('MX');
    // A server without a default of its own sends "international": not a choice.
    expect(chosenCountry('', FALLBACK_COUNTRY, ['es-MX'])).toBe('MX');
    // The deployment's default and the person's own choice both win over the guess.
    expect(chosenCountry('', 'GB-ENG', ['es-MX'])).toBe('GB-ENG');
    expect(chosenCountry('ES', undefined, ['es-MX'])).toBe('ES');
    expect(chosenCountry('', undefined, ['es', 'en-GB'])).toBe(FALLBACK_COUNTRY);
  });
});
