import { describe, expect, it } from 'vitest';
import { countryName, regionFromLanguages, selectableCountries } from './countries.ts';
import { DIRECTORY } from './directory.ts';
import { FALLBACK_COUNTRY } from './keys.ts';
import { HELP_MESSAGE_KEYS } from './keys.ts';
import { smsHref, telHref, whatsappHref } from './links.ts';
import { DIGITS_ONLY_TEL, RFC3966_TEL, RFC5724_SMS, todayUtc } from './test-support.ts';
import { validateDirectory } from './validate.ts';

const services = DIRECTORY.countries.flatMap((c) => c.services);

describe('the shipped directory', () => {
  it('validates against the schema, and nothing is lost in the check', () => {
    const result = validateDirectory(DIRECTORY, todayUtc());
    expect(result.ok ? [] : result.issues).toEqual([]);
    // The validator rebuilds the value from checked fields: equal means every
    // field of the data is one the schema knows.
    expect(result.ok && result.value).toEqual(DIRECTORY);
  });

  it('also validates after a round trip through JSON, as a deployment would ship it', () => {
    const result = validateDirectory(JSON.parse(JSON.stringify(DIRECTORY)), todayUtc());
    expect(result.ok).toBe(true);
  });

  it('covers every place in the content guide, plus the international fallback', () => {
    expect(DIRECTORY.countries.map((c) => c.code)).toEqual([
      'US',
      'GB-ENG',
      'GB-SCT',
      'GB-WLS',
      'GB-NIR',
      'IE',
      'CA',
      'AU',
      'NZ',
      'DE',
      'FR',
      'ES',
      'IN',
      'MX',
      'CO',
      'AR',
      'PE',
      'CL',
      'ZA',
      'PH',
      'NG',
      'KE',
      FALLBACK_COUNTRY,
    ]);
  });

  it('has a source and a checked date on every service', () => {
    for (const s of services) {
      expect(s.source.length, s.id).toBeGreaterThan(0);
      for (const source of s.source) expect(source.trim(), s.id).not.toBe('');
      expect(s.checked, s.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('uses exactly the numbers in the content guide and those looked up for issue 20', () => {
    const ways = Object.fromEntries(
      services.map((s) => [s.id, s.ways.map((w) => `${w.kind} ${w.value}`)]),
    );
    expect(ways).toEqual({
      'us-ndvh': [
        'call 1-800-799-7233',
        'tty 1-800-787-3224',
        'text 88788',
        'chat https://www.thehotline.org/',
      ],
      'us-stronghearts': ['call 1-844-762-8483', 'chat https://strongheartshelpline.org/'],
      'gb-eng-ndah': ['call 0808 2000 247', 'web https://www.nationaldahelpline.org.uk/'],
      'gb-eng-ndah-bsl': ['web https://www.nationaldahelpline.org.uk/'],
      'gb-eng-galop': ['call 0800 999 5428'],
      'gb-eng-mens-advice-line': ['call 0808 801 0327'],
      'gb-sct-dafmh': ['call 0800 027 1234'],
      'gb-sct-galop': ['call 0800 999 5428'],
      'gb-sct-mens-advice-line': ['call 0808 801 0327'],
      'gb-wls-live-fear-free': ['call 0808 80 10 800', 'text 07860 077333'],
      'gb-wls-galop': ['call 0800 999 5428'],
      'gb-wls-mens-advice-line': ['call 0808 801 0327'],
      'gb-nir-dsah': ['call 0808 802 1414'],
      'gb-nir-galop': ['call 0800 999 5428'],
      'ie-womens-aid': ['call 1800 341 900'],
      'ca-sheltersafe': ['web https://sheltersafe.ca/'],
      'ca-on-awhl': ['call 1-866-863-0511'],
      'ca-qc-sos-violence-conjugale': ['call 1 800 363-9010'],
      'ca-hope-for-wellness': ['call 1-855-242-3310', 'chat https://www.hopeforwellness.ca/'],
      'ca-on-talk4healing': ['call 1-855-554-4325'],
      'au-1800respect': [
        'call 1800 737 732',
        'text 0458 737 732',
        'chat https://www.1800respect.org.au/',
      ],
      'au-mensline': ['call 1300 78 99 78'],
      'nz-womens-refuge': ['call 0800 733 843'],
      'de-hilfetelefon': ['call 116 016'],
      'fr-3919': ['call 3919'],
      'es-016': ['call 016', 'whatsapp +34 600 000 016'],
      'in-181': ['call 181'],
      'mx-linea-mujeres-079': ['call 079'],
      'co-linea-155': ['call 155'],
      'co-dc-linea-purpura': ['call 01 8000 112 137'],
      'ar-linea-144': ['call 144'],
      'ar-linea-137': ['call 137'],
      'pe-linea-100': ['call 100'],
      'cl-fono-1455': ['call 1455'],
      'za-gbv-command-centre': ['call 0800 428 428'],
      'za-national-shelter-helpline': ['call 0800 001 005'],
      'ph-911-vawc': ['call 911'],
      'ng-la-dsva': ['call 08000 333 333'],
      'ke-1195': ['call 1195'],
      'intl-hotpeachpages': ['web https://www.hotpeachpages.net/'],
    });
    const emergency = Object.fromEntries(
      DIRECTORY.countries.map((c) => [c.code, c.emergency.map((e) => e.number)]),
    );
    expect(emergency).toEqual({
      US: ['911'],
      'GB-ENG': ['999', '112'],
      'GB-SCT': ['999', '112'],
      'GB-WLS': ['999', '112'],
      'GB-NIR': ['999', '112'],
      IE: ['999', '112'],
      CA: ['911'],
      AU: ['000'],
      NZ: ['111'],
      DE: ['110', '112'],
      FR: ['17', '114', '112'],
      ES: ['112'],
      IN: ['112'],
      MX: ['911'],
      CO: ['123'],
      AR: ['911'],
      PE: ['105'],
      CL: ['133'],
      ZA: ['10111'],
      PH: ['911'],
      NG: ['112'],
      KE: ['999', '112'],
      international: [],
    });
  });

  it('gives every UK nation the silent-call advice on 999', () => {
    for (const c of DIRECTORY.countries.filter((c) => c.code.startsWith('GB-'))) {
      expect(c.emergency[0]).toEqual({ number: '999', note: 'help.note.silentSolution' });
    }
  });

  it('turns every number into a well-formed tel: or sms: URI and every WhatsApp number into wa.me', () => {
    const checked: string[] = [];
    for (const c of DIRECTORY.countries) {
      for (const e of c.emergency) {
        if (e.kind === 'text') {
          expect(smsHref(e.number), `${c.code} ${e.number}`).toMatch(RFC5724_SMS);
        } else {
          const href = telHref(e.number);
          expect(href, `${c.code} ${e.number}`).toMatch(RFC3966_TEL);
          expect(href).toMatch(DIGITS_ONLY_TEL);
        }
        checked.push(e.number);
      }
    }
    for (const s of services) {
      for (const w of s.ways) {
        const label = `${s.id} ${w.kind} ${w.value}`;
        switch (w.kind) {
          case 'call':
          case 'tty':
            expect(telHref(w.value), label).toMatch(RFC3966_TEL);
            expect(telHref(w.value), label).toMatch(DIGITS_ONLY_TEL);
            break;
          case 'text':
            expect(smsHref(w.value, w.body), label).toMatch(RFC5724_SMS);
            expect(smsHref(w.value), label).toMatch(RFC5724_SMS);
            break;
          case 'whatsapp':
            expect(whatsappHref(w.value), label).toMatch(/^https:\/\/wa\.me\/[1-9][0-9]{6,14}$/);
            break;
          case 'chat':
          case 'web':
            expect(new URL(w.value).protocol, label).toBe('https:');
            break;
        }
        checked.push(w.value);
      }
    }
    expect(checked.length).toBeGreaterThan(30);
  });

  it('has the corrections of issue 20: police beside 112, the silent text line, and hours', () => {
    const emergency = (code: string) => DIRECTORY.countries.find((c) => c.code === code)?.emergency;
    expect(emergency('FR')).toContainEqual({
      number: '114',
      kind: 'text',
      note: 'help.note.textOnly114',
    });
    expect(emergency('DE')?.[0]).toEqual({ number: '110', note: 'help.note.police' });
    expect(emergency('IE')?.[0]).toEqual({ number: '999' });
    const us = services.find((s) => s.id === 'us-ndvh');
    expect(us?.languages).toEqual(['en', 'es']);
    expect(services.find((s) => s.id === 'fr-3919')?.ways).toEqual([
      { kind: 'call', value: '3919' },
    ]);
  });

  it('marks every service added for issue 20 with whom it serves and whether it is free', () => {
    for (const s of services.filter((s) => s.checked === '2026-12-01' && s.id !== 'us-ndvh')) {
      expect(s.free, s.id).toBe(true);
      expect(s.serves, s.id).toBeDefined();
    }
  });

  it('prefills the keyword the US hotline asks for', () => {
    expect(smsHref('88788', 'START')).toBe('sms:88788?body=START');
  });

  it('uses only message keys the app has sentences for', () => {
    const known: readonly string[] = HELP_MESSAGE_KEYS;
    const used = JSON.stringify(DIRECTORY).match(/"help\.[^"]+"/g) ?? [];
    expect(used.length).toBeGreaterThan(0);
    for (const key of used) expect(known).toContain(JSON.parse(key));
    expect(new Set(known).size).toBe(known.length);
  });
});

describe('selectable countries', () => {
  it('offers every directory entry once, with a name the app can show', () => {
    const choices = selectableCountries(DIRECTORY);
    expect(choices.map((c) => c.code)).toEqual(DIRECTORY.countries.map((c) => c.code));
    expect(countryName('IE')).toEqual({ region: 'IE' });
    expect(countryName('GB-SCT')).toEqual({ key: 'help.country.scotland' });
    expect(countryName(FALLBACK_COUNTRY)).toEqual({ key: 'help.country.international' });
    // Intl can name every region we hand it as one.
    const names = new Intl.DisplayNames(['es'], { type: 'region' });
    for (const { name } of choices) {
      if ('region' in name) expect(names.of(name.region)).not.toBe(name.region);
    }
  });
});

describe('regionFromLanguages', () => {
  it('reads the region of the first browser language whose country is listed', () => {
    expect(regionFromLanguages(['en-US', 'en'], DIRECTORY)).toBe('US');
    expect(regionFromLanguages(['es-MX'], DIRECTORY)).toBe('MX');
    expect(regionFromLanguages(['fr-CA', 'fr'], DIRECTORY)).toBe('CA');
    expect(regionFromLanguages(['es-419', 'pt-PT', 'es-CO'], DIRECTORY)).toBe('CO');
  });

  it('guesses nothing from a language alone, a region not listed, or a broken tag', () => {
    expect(regionFromLanguages(['es', 'en'], DIRECTORY)).toBeUndefined();
    // The UK is listed by nation, and the browser cannot say which one.
    expect(regionFromLanguages(['en-GB'], DIRECTORY)).toBeUndefined();
    expect(regionFromLanguages(['pt-BR'], DIRECTORY)).toBeUndefined();
    expect(regionFromLanguages(['not a tag', '', 'x-'], DIRECTORY)).toBeUndefined();
    expect(regionFromLanguages([], DIRECTORY)).toBeUndefined();
  });
});
