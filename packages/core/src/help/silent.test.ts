import { describe, expect, it } from 'vitest';
import { DIRECTORY } from './directory.ts';
import { silentWaysFor, smsHref, telHref, whatsappHref } from './links.ts';
import { DIGITS_ONLY_TEL, RFC5724_SMS, todayUtc } from './test-support.ts';
import { validateDirectory } from './validate.ts';

const TODAY = '2026-12-02';
const UK = ['GB-ENG', 'GB-SCT', 'GB-WLS', 'GB-NIR'];

// A JSON copy is plain mutable data, like a directory file read from disk.
type Json = Record<string, unknown>;
function withSilent(code: string, silent: unknown): unknown {
  const d = JSON.parse(JSON.stringify(DIRECTORY)) as { countries: Json[] };
  const country = d.countries.find((c) => c.code === code);
  if (country === undefined) throw new Error(`no ${code} in the directory`);
  country.silent = silent;
  return d;
}
const GOOD = {
  kind: 'text',
  value: '114',
  how: 'help.silent.frText114',
  source: ['interieur.gouv.fr'],
  checked: '2026-12-01',
};

function errorsFor(input: unknown): { path: string; message: string }[] {
  const result = validateDirectory(input, TODAY);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues.map(({ path, message }) => ({ path, message }));
}
function pathOf(code: string): string {
  return `countries[${DIRECTORY.countries.findIndex((c) => c.code === code)}].silent`;
}

describe('if you cannot speak: the shipped directory', () => {
  it('lists the silent ways of the UK, France, the US, Canada and Spain', () => {
    const ways = (code: string) => silentWaysFor(DIRECTORY, code).map((w) => [w.kind, w.value]);
    for (const code of UK) expect(ways(code), code).toEqual([['call', '999']]);
    expect(ways('FR')).toEqual([['text', '114']]);
    expect(ways('US')).toEqual([['text', '911']]);
    expect(ways('CA')).toEqual([['call', '911']]);
    expect(ways('ES')).toEqual([['whatsapp', '+34 600 000 016']]);
  });

  it('gives each silent way its own steps, a source and a checked date', () => {
    const all = DIRECTORY.countries.flatMap((c) => c.silent ?? []);
    expect(all.length).toBeGreaterThanOrEqual(8);
    for (const way of all) {
      expect(way.how).toMatch(/^help\.silent\./);
      expect(way.source.length).toBeGreaterThan(0);
      expect(way.checked <= todayUtc()).toBe(true);
    }
  });

  it('turns every silent way into a well-formed link', () => {
    for (const c of DIRECTORY.countries) {
      for (const w of c.silent ?? []) {
        const label = `${c.code} ${w.kind} ${w.value}`;
        if (w.kind === 'call') expect(telHref(w.value), label).toMatch(DIGITS_ONLY_TEL);
        if (w.kind === 'text') expect(smsHref(w.value), label).toMatch(RFC5724_SMS);
        if (w.kind === 'whatsapp') {
          expect(whatsappHref(w.value), label).toMatch(/^https:\/\/wa\.me\/[1-9][0-9]{6,14}$/);
        }
      }
    }
  });

  it('gives a part of a country its country’s ways, and an unknown place none', () => {
    expect(silentWaysFor(DIRECTORY, 'CA-QC')).toBe(silentWaysFor(DIRECTORY, 'CA'));
    expect(silentWaysFor(DIRECTORY, 'international')).toEqual([]);
    expect(silentWaysFor(DIRECTORY, 'ZZ')).toEqual([]);
    // Known to have no silent way listed yet: nothing is invented for it.
    expect(silentWaysFor(DIRECTORY, 'DE')).toEqual([]);
  });
});

describe('if you cannot speak: the schema', () => {
  it('accepts a well-formed silent way and keeps every field', () => {
    const result = validateDirectory(withSilent('FR', [GOOD]), TODAY);
    expect(result.ok ? [] : result.issues).toEqual([]);
    const fr = result.ok ? result.value.countries.find((c) => c.code === 'FR') : undefined;
    expect(fr?.silent).toEqual([GOOD]);
  });

  it.each(['kind', 'value', 'how', 'source', 'checked'])(
    'refuses a silent way without its %s',
    (f) => {
      const way: Json = { ...GOOD };
      delete way[f];
      expect(errorsFor(withSilent('FR', [way]))).toContainEqual({
        path: `${pathOf('FR')}[0].${f}`,
        message: expect.stringMatching(/is required/),
      });
    },
  );

  it.each([
    ['an unknown field', { ...GOOD, note: 'help.note.police' }, 'note', /unknown field/],
    ['a kind with no link', { ...GOOD, kind: 'web' }, 'kind', /unknown value/],
    ['a dial code', { ...GOOD, value: '**21*114#' }, 'value', /not a phone number/],
    [
      'a local WhatsApp number',
      { ...GOOD, kind: 'whatsapp', value: '600 000 016' },
      'value',
      /must be international/,
    ],
    ['steps the app has no words for', { ...GOOD, how: 'Just text us' }, 'how', /unknown value/],
    [
      'a source that is not a domain or https',
      { ...GOOD, source: ['javascript:x'] },
      'source[0]',
      /domain/,
    ],
    ['no source', { ...GOOD, source: [] }, 'source', /must not be empty/],
    ['a future checked date', { ...GOOD, checked: '2099-01-01' }, 'checked', /future/],
    ['an impossible date', { ...GOOD, checked: '2026-02-30' }, 'checked', /real date/],
  ])('refuses %s', (_label, way, field, message) => {
    expect(errorsFor(withSilent('FR', [way]))).toContainEqual({
      path: `${pathOf('FR')}[0].${field}`,
      message: expect.stringMatching(message),
    });
  });

  it('refuses an empty list (leave the field out instead) and a list that is not one', () => {
    expect(errorsFor(withSilent('FR', []))).toContainEqual({
      path: pathOf('FR'),
      message: expect.stringMatching(/must not be empty/),
    });
    expect(errorsFor(withSilent('FR', GOOD))).toContainEqual({
      path: pathOf('FR'),
      message: expect.stringMatching(/array/),
    });
  });
});
