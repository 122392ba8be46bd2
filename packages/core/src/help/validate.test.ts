import { describe, expect, it } from 'vitest';
import { DIRECTORY } from './directory.ts';
import { isIsoDate, validateDirectory } from './validate.ts';

const TODAY = '2026-12-02';

// A JSON copy is plain mutable data, like a directory file read from disk.
type Json = Record<string, unknown>;
function copy(): Json {
  const value: unknown = JSON.parse(JSON.stringify(DIRECTORY));
  return value as Json;
}
function get(root: unknown, path: readonly (string | number)[]): Json {
  let node: unknown = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node as Json;
}
const firstService = ['countries', 0, 'services', 0] as const;
const firstWay = [...firstService, 'ways', 0] as const;

function errorsFor(input: unknown): { path: string; message: string }[] {
  const result = validateDirectory(input, TODAY);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues.map(({ path, message }) => ({ path, message }));
}

function expectError(input: unknown, path: string, message: RegExp): void {
  const errors = errorsFor(input);
  expect(errors).toContainEqual({ path, message: expect.stringMatching(message) });
}

describe('validateDirectory refuses', () => {
  it('something that is not a directory', () => {
    expectError(null, '', /must be an object, not null/);
    expectError([], '', /must be an object, not an array/);
    expectError('{}', '', /must be an object, not a string/);
    expectError({}, 'countries', /is required/);
    expectError({ countries: [] }, 'countries', /must not be empty/);
  });

  it.each(['id', 'country', 'name', 'ways', 'hours', 'source', 'checked'])(
    'a service without its %s',
    (field) => {
      const d = copy();
      delete get(d, firstService)[field];
      expectError(d, `countries[0].services[0].${field}`, /is required/);
    },
  );

  it.each([
    ['a number', 42, /must be a string, not a number/],
    ['an empty string', '   ', /must not be empty/],
    ['a direction override', 'Safe\u202eenilpleH', /control or direction characters/],
    ['a newline', 'Hotline\nCall 0900 expensive', /control or direction characters/],
    ['an overlong name', 'x'.repeat(121), /too long/],
  ])('a name that is %s', (_label, name, message) => {
    const d = copy();
    get(d, firstService).name = name;
    expectError(d, 'countries[0].services[0].name', message);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://thehotline.org/',
    '//thehotline.org/',
    'thehotline.org',
    'https://user:secret@thehotline.org/',
    'https://thehotline .org/',
    'https://java\tscript.org/',
    'https://localhost/',
    'https://',
  ])('the web link %j', (url) => {
    const d = copy();
    get(d, firstWay).kind = 'web';
    get(d, firstWay).value = url;
    expectError(
      d,
      'countries[0].services[0].ways[0].value',
      /https|URL|spaces|control|user name|host/,
    );
  });

  it.each(['0800 HELP NOW', '1-800-799-723a', '*#06#', '999;55', 'tel:999', '999,1'])(
    'the phone number %j',
    (value) => {
      const d = copy();
      get(d, firstWay).value = value;
      expectError(d, 'countries[0].services[0].ways[0].value', /not a phone number/);
    },
  );

  it('an emergency number with letters', () => {
    const d = copy();
    get(d, ['countries', 1, 'emergency', 0]).number = '999 then 55';
    expectError(d, 'countries[1].emergency[0].number', /not a phone number/);
  });

  it('a WhatsApp number without its country code', () => {
    const d = copy();
    get(d, firstWay).kind = 'whatsapp';
    get(d, firstWay).value = '600 000 016';
    expectError(d, 'countries[0].services[0].ways[0].value', /must be international/);
  });

  it('an unknown way, hours or note key', () => {
    const d = copy();
    get(d, firstWay).kind = 'fax';
    get(d, firstService).hours = 'Mon-Fri 9-5';
    get(d, firstService).notes = ['help.note.nope'];
    get(d, firstService).traceNote = 'help.note.silentSolution';
    const errors = errorsFor(d);
    const paths = errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'countries[0].services[0].ways[0].kind',
        'countries[0].services[0].hours',
        'countries[0].services[0].notes[0]',
        'countries[0].services[0].traceNote',
      ]),
    );
  });

  it('a body on a way that is not a text, or a body that is not a keyword', () => {
    const d = copy();
    get(d, firstWay).body = 'START';
    expectError(d, 'countries[0].services[0].ways[0].body', /only a way of kind "text"/);
    const e = copy();
    get(e, [...firstService, 'ways', 2]).body = 'START&body=x';
    expectError(e, 'countries[0].services[0].ways[2].body', /short keyword/);
  });

  it.each([
    ['in the future', '2026-12-03', /in the future/],
    ['far in the future', '2999-01-01', /in the future/],
    ['not a real day', '2026-02-30', /real date/],
    ['written another way', '24/11/2026', /real date/],
    ['with a time', '2026-11-24T00:00:00Z', /too long|real date/],
  ])('a checked date %s', (_label, checked, message) => {
    const d = copy();
    get(d, firstService).checked = checked;
    expectError(d, 'countries[0].services[0].checked', message);
  });

  it('a source that is not a domain or an https URL', () => {
    const d = copy();
    get(d, firstService).source = ['javascript:alert(1)'];
    expectError(d, 'countries[0].services[0].source[0]', /domain/);
    const e = copy();
    get(e, firstService).source = [];
    expectError(e, 'countries[0].services[0].source', /must not be empty/);
  });

  it('duplicate service ids, naming both places', () => {
    const d = copy();
    get(d, ['countries', 1, 'services', 0]).id = 'us-ndvh';
    expectError(
      d,
      'countries[1].services[0].id',
      /duplicate id "us-ndvh" \(also at countries\[0\]\.services\[0\]\.id\)/,
    );
  });

  it('duplicate countries', () => {
    const d = copy();
    const countries = d.countries as unknown[];
    countries[2] = countries[1];
    expectError(
      d,
      'countries[2].code',
      /duplicate country "GB-ENG" \(also at countries\[1\]\.code\)/,
    );
    expectError(d, 'countries[2].services[0].id', /duplicate id "gb-eng-ndah"/);
  });

  it('a country code that is not ISO 3166, and a service filed under the wrong country', () => {
    const d = copy();
    get(d, ['countries', 1]).code = 'UK';
    expectError(d, 'countries[1].services[0].country', /must be "UK" or a part of it/);
    const e = copy();
    get(e, ['countries', 1]).code = 'england';
    expectError(e, 'countries[1].code', /ISO 3166/);
  });

  it('a country with no emergency number and no advice in its place', () => {
    const d = copy();
    get(d, ['countries', 0]).emergency = [];
    expectError(d, 'countries[0].emergency', /at least one number/);
  });

  it('a directory without the international fallback', () => {
    const d = copy();
    (d.countries as unknown[]).pop();
    expectError(d, 'countries', /"international"/);
  });

  it('unknown fields at every level, so a typo is not silently ignored', () => {
    const d = copy();
    d.version = 2;
    get(d, ['countries', 0]).emergencies = [];
    get(d, firstService).hour = '24/7';
    get(d, firstWay).number = '999';
    const paths = errorsFor(d).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'version',
        'countries[0].emergencies',
        'countries[0].services[0].hour',
        'countries[0].services[0].ways[0].number',
      ]),
    );
  });

  it('a __proto__ key from JSON, without touching any prototype', () => {
    const text = JSON.stringify(DIRECTORY).replace(
      '"id":"us-ndvh"',
      '"__proto__":{"polluted":true},"id":"us-ndvh"',
    );
    const d: unknown = JSON.parse(text);
    expectError(d, 'countries[0].services[0].__proto__', /unknown field/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('oversized lists before walking them', () => {
    const d = copy();
    get(d, firstService).ways = Array.from({ length: 100_000 }, () => ({
      kind: 'call',
      value: '999',
    }));
    expectError(d, 'countries[0].services[0].ways', /too many items/);
  });

  it('languages that are not BCP 47 tags', () => {
    const d = copy();
    get(d, firstService).languages = ['en', 'not a tag'];
    expectError(d, 'countries[0].services[0].languages[1]', /BCP 47/);
  });

  it('an emergency number reached in an unknown way', () => {
    const d = copy();
    get(d, ['countries', 1, 'emergency', 0]).kind = 'fax';
    expectError(d, 'countries[1].emergency[0].kind', /unknown value "fax"/);
    get(d, ['countries', 1, 'emergency', 0]).kind = 1;
    expectError(d, 'countries[1].emergency[0].kind', /must be a string/);
  });

  it('whom a line serves, when it is not one of the known phrases', () => {
    const d = copy();
    get(d, firstService).serves = 'Women only, call now!';
    expectError(d, 'countries[0].services[0].serves', /unknown value/);
    get(d, firstService).serves = ['help.serves.women'];
    expectError(d, 'countries[0].services[0].serves', /must be a string/);
  });

  it('free that is not a boolean', () => {
    const d = copy();
    get(d, firstService).free = 'yes';
    expectError(d, 'countries[0].services[0].free', /true or false/);
  });
});

describe('validateDirectory accepts', () => {
  it('optional fields when they are well formed', () => {
    const d = copy();
    Object.assign(get(d, firstService), { languages: ['en', 'es-419'], free: true });
    const result = validateDirectory(d, TODAY);
    expect(result.ok && result.value.countries[0]?.services[0]).toMatchObject({
      languages: ['en', 'es-419'],
      free: true,
    });
  });

  it('whom a line serves, and an emergency number reached by text', () => {
    const d = copy();
    get(d, firstService).serves = 'help.serves.women';
    get(d, ['countries', 0, 'emergency', 0]).kind = 'text';
    const result = validateDirectory(d, TODAY);
    expect(result.ok && result.value.countries[0]?.services[0]?.serves).toBe('help.serves.women');
    expect(result.ok && result.value.countries[0]?.emergency[0]).toEqual({
      number: '911',
      kind: 'text',
    });
  });

  it('an emergency number marked as a call, which is the default and is left out', () => {
    const d = copy();
    get(d, ['countries', 0, 'emergency', 0]).kind = 'call';
    const result = validateDirectory(d, TODAY);
    expect(result.ok && result.value.countries[0]?.emergency[0]).toEqual({ number: '911' });
  });

  it('a date of today', () => {
    const d = copy();
    get(d, firstService).checked = TODAY;
    expect(validateDirectory(d, TODAY).ok).toBe(true);
  });
});

describe('today', () => {
  it('must itself be a real date', () => {
    expect(() => validateDirectory(DIRECTORY, '2026-13-01')).toThrow(RangeError);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
  });
});
