import { describe, expect, test } from 'vitest';
import { parseExitUrl, readPrefs, writePrefs } from './prefs.ts';

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  };
}

describe('plain preferences', () => {
  test('the browser language picks the first locale Steady has', () => {
    expect(readPrefs(memoryStorage(), ['fr-FR', 'es-MX', 'en']).locale).toBe('es');
    expect(readPrefs(memoryStorage(), ['de']).locale).toBe('en');
  });

  test('a saved choice is read back', () => {
    const storage = memoryStorage();
    writePrefs(storage, {
      locale: 'es',
      theme: 'dark',
      exitUrl: 'https://example.org/',
      country: 'GB-SCT',
      disguise: 'calculator',
      disguiseCode: '4417',
    });
    expect(readPrefs(storage, ['en'])).toEqual({
      locale: 'es',
      theme: 'dark',
      exitUrl: 'https://example.org/',
      country: 'GB-SCT',
      disguise: 'calculator',
      disguiseCode: '4417',
    });
  });

  test('damaged or crafted values fall back to safe defaults', () => {
    for (const raw of [
      '{',
      'null',
      '[]',
      '{"locale":"xx","theme":"neon","exitUrl":"javascript:alert(1)"}',
      '{"country":"xx"}',
      '{"country":"GB-"}',
      '{"country":"international "}',
      '{"country":"<img src=x>"}',
      '{"country":42}',
      '{"country":"constructor"}',
      '{"disguise":"calculator"}',
      '{"disguise":"calculator","disguiseCode":"12"}',
      '{"disguise":"calculator","disguiseCode":"12ab"}',
      '{"disguise":"notes","disguiseCode":"1234"}',
    ]) {
      const prefs = readPrefs(memoryStorage({ 'steady.prefs': raw }), ['en']);
      expect(prefs).toEqual({
        locale: 'en',
        theme: 'system',
        exitUrl: '',
        country: '',
        disguise: 'none',
        disguiseCode: '',
      });
    }
  });

  test('a country shaped as a directory code is kept; Help checks the directory lists it', () => {
    for (const country of ['XX', 'GB', 'GB-SCT', 'international']) {
      const raw = JSON.stringify({ country });
      expect(readPrefs(memoryStorage({ 'steady.prefs': raw }), ['en']).country).toBe(country);
    }
  });

  test('only https addresses (or http on this device) are accepted as the exit page', () => {
    expect(parseExitUrl(' https://www.bbc.com/weather ')).toBe('https://www.bbc.com/weather');
    expect(parseExitUrl('http://localhost:8080/x')).toBe('http://localhost:8080/x');
    for (const bad of [
      'javascript:alert(1)',
      'http://example.org',
      'data:text/html,hi',
      'weather',
      '',
      'https://user:pw@example.org',
    ]) {
      expect(parseExitUrl(bad)).toBeUndefined();
    }
  });
});
