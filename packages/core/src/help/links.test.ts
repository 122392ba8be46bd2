import { describe, expect, it } from 'vitest';
import { DIRECTORY } from './directory.ts';
import {
  CALL_LOCAL_EMERGENCY,
  emergencyFor,
  parsePhone,
  regionsOverlap,
  servicesFor,
  smsHref,
  telHref,
  whatsappHref,
} from './links.ts';
import { RFC3966_TEL, RFC5724_SMS } from './test-support.ts';
import type { Service } from './types.ts';

describe('telHref', () => {
  it.each([
    ['999', 'tel:999'],
    ['0808 2000 247', 'tel:08082000247'],
    ['1-800-799-7233', 'tel:18007997233'],
    ['(0808) 802-1414', 'tel:08088021414'],
    ['1.800.799.7233', 'tel:18007997233'],
    ['+34 600 000 016', 'tel:+34600000016'],
  ])('%s -> %s', (value, href) => {
    expect(telHref(value)).toBe(href);
    expect(href).toMatch(RFC3966_TEL);
  });

  it.each([
    ['empty', ''],
    ['letters', '0800 HELP NOW'],
    ['a trailing letter', '999a'],
    ['hex digits RFC 3966 would allow', '0808 2000 24F'],
    ['an MMI code', '*#06#'],
    ['call forwarding', '**21*07700900123#'],
    ['a wait and tones', '999;55'],
    ['a pause and tones', '999,55'],
    ['a parameter', '999;phone-context=+44'],
    ['a URI', 'javascript:alert(1)'],
    ['a tel: URI', 'tel:999'],
    ['markup', '999"><script>'],
    ['a newline', '999\n112'],
    ['leading space', ' 999'],
    ['a + in the middle', '44+999'],
    ['two +', '++44 20'],
    ['too short', '1'],
    ['too many digits for E.164', '+1234567890123456'],
    ['a country code starting with 0', '+0 808 2000 247'],
    ['the (0) trunk prefix', '+44 (0)808 2000 247'],
    ['full-width digits', '９９９'],
    ['too long', `1${' '.repeat(40)}2`],
  ])('rejects %s', (_label, value) => {
    expect(telHref(value)).toBeNull();
    expect(smsHref(value)).toBeNull();
    expect(whatsappHref(value)).toBeNull();
    expect(parsePhone(value)).toBeNull();
  });
});

describe('smsHref', () => {
  it('prefills a body, percent-encoding everything outside the unreserved set', () => {
    const href = smsHref('88788', "START & stop=1\n'(*)!");
    expect(href).toBe('sms:88788?body=START%20%26%20stop%3D1%0A%27%28%2A%29%21');
    expect(href).toMatch(RFC5724_SMS);
  });

  it('leaves out an empty body', () => {
    expect(smsHref('07860 077333', '')).toBe('sms:07860077333');
    expect(smsHref('+61 458 737 732')).toBe('sms:+61458737732');
  });
});

describe('whatsappHref', () => {
  it('links an international number to wa.me', () => {
    expect(whatsappHref('+34 600 000 016')).toBe('https://wa.me/34600000016');
  });

  it('refuses a number without its country code, which wa.me cannot place', () => {
    expect(whatsappHref('600 000 016')).toBeNull();
  });
});

const local = (id: string, country: string): Service => ({
  id,
  country,
  name: `Local ${id}`,
  ways: [{ kind: 'call', value: '0113 496 0000' }],
  hours: 'help.hours.officeHours',
  source: ['safeharbour.example'],
  checked: '2026-11-01',
});

describe('servicesFor', () => {
  it('puts the deployment’s own services first, then the directory’s', () => {
    const mine = [local('harbour-leeds', 'GB-ENG'), local('harbour-outreach', 'GB-ENG')];
    const ids = servicesFor(DIRECTORY, 'GB-ENG', mine).map((s) => s.id);
    expect(ids).toEqual([
      'harbour-leeds',
      'harbour-outreach',
      'gb-eng-ndah',
      'gb-eng-ndah-bsl',
      'gb-eng-galop',
      'gb-eng-mens-advice-line',
    ]);
  });

  it('offers a local service only where it is', () => {
    const mine = [local('harbour-leeds', 'GB-ENG'), local('toronto', 'CA-ON'), local('uk', 'GB')];
    expect(servicesFor(DIRECTORY, 'GB-SCT', mine).map((s) => s.id)).toEqual([
      'uk',
      'gb-sct-dafmh',
      'gb-sct-galop',
      'gb-sct-mens-advice-line',
    ]);
    expect(servicesFor(DIRECTORY, 'CA', mine).map((s) => s.id)).toEqual([
      'toronto',
      'ca-sheltersafe',
      'ca-on-awhl',
      'ca-qc-sos-violence-conjugale',
      'ca-hope-for-wellness',
      'ca-on-talk4healing',
    ]);
  });

  it('gives a part of a country its country’s entry before the international one', () => {
    expect(servicesFor(DIRECTORY, 'CA-QC').map((s) => s.id)).toContain(
      'ca-qc-sos-violence-conjugale',
    );
    expect(emergencyFor(DIRECTORY, 'CA-QC')).toEqual({
      country: 'CA',
      numbers: [{ number: '911' }],
    });
    // A directory entry of its own still wins over the country's.
    expect(emergencyFor(DIRECTORY, 'GB-SCT').country).toBe('GB-SCT');
    // A part of a country that is not listed at all falls back as before.
    expect(emergencyFor(DIRECTORY, 'PT-11').country).toBe('international');
  });

  it('falls back to the international entry for a country it does not know', () => {
    expect(servicesFor(DIRECTORY, 'PT').map((s) => s.id)).toEqual(['intl-hotpeachpages']);
  });

  it('does not change the directory or the local list', () => {
    const mine = [local('harbour-leeds', 'GB-ENG')];
    const list = servicesFor(DIRECTORY, 'GB-ENG', mine);
    const listed = servicesFor(DIRECTORY, 'GB-ENG').length;
    list.pop();
    expect(mine).toHaveLength(1);
    expect(servicesFor(DIRECTORY, 'GB-ENG')).toHaveLength(listed);
    expect(list).toHaveLength(listed);
  });
});

describe('emergencyFor', () => {
  it('gives the country’s numbers, with the UK silent-call note on 999', () => {
    expect(emergencyFor(DIRECTORY, 'GB-WLS')).toEqual({
      country: 'GB-WLS',
      numbers: [{ number: '999', note: 'help.note.silentSolution' }, { number: '112' }],
    });
    expect(emergencyFor(DIRECTORY, 'AU').numbers).toEqual([{ number: '000' }]);
  });

  it('says to call the local emergency number where it knows none', () => {
    expect(emergencyFor(DIRECTORY, 'PT')).toEqual({
      country: 'international',
      numbers: [],
      note: CALL_LOCAL_EMERGENCY,
    });
  });
});

describe('regionsOverlap', () => {
  it('matches a place with its parts, and nothing else', () => {
    expect(regionsOverlap('CA-ON', 'CA')).toBe(true);
    expect(regionsOverlap('GB', 'GB-NIR')).toBe(true);
    expect(regionsOverlap('GB-ENG', 'GB-SCT')).toBe(false);
    expect(regionsOverlap('CA', 'CAT')).toBe(false);
    expect(regionsOverlap('international', 'IN')).toBe(false);
  });
});
