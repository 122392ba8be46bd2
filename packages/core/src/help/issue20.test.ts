import { describe, expect, it } from 'vitest';
import { DIRECTORY } from './directory.ts';
import { emergencyFor, servicesFor, telHref } from './links.ts';
import { DIGITS_ONLY_TEL, RFC3966_TEL, todayUtc } from './test-support.ts';
import { validateDirectory } from './validate.ts';

// The places issue 20 added, each with the line a person there would call.
const ADDED = [
  ['MX', 'Mexico', 'mx-linea-mujeres-079'],
  ['CO', 'Colombia', 'co-linea-155'],
  ['AR', 'Argentina', 'ar-linea-144'],
  ['PE', 'Peru', 'pe-linea-100'],
  ['CL', 'Chile', 'cl-fono-1455'],
  ['ZA', 'South Africa', 'za-gbv-command-centre'],
  ['PH', 'the Philippines', 'ph-911-vawc'],
  ['NG', 'Nigeria', 'ng-la-dsva'],
  ['KE', 'Kenya', 'ke-1195'],
  ['CA-QC', 'Quebec', 'ca-qc-sos-violence-conjugale'],
] as const;

describe('the places added for issue 20', () => {
  it('are nine countries and Quebec', () => {
    expect(ADDED.map(([code]) => code)).toEqual([
      'MX',
      'CO',
      'AR',
      'PE',
      'CL',
      'ZA',
      'PH',
      'NG',
      'KE',
      'CA-QC',
    ]);
  });

  it.each(ADDED)('%s (%s) has an emergency number with a well-formed tel: link', (code) => {
    const info = emergencyFor(DIRECTORY, code);
    // Quebec is part of Canada: it gets Canada's entry, not the international one.
    expect(info.country).toBe(code === 'CA-QC' ? 'CA' : code);
    expect(info.numbers.length).toBeGreaterThan(0);
    for (const { number, kind } of info.numbers) {
      expect(kind, number).toBeUndefined();
      const href = telHref(number);
      expect(href, number).toMatch(RFC3966_TEL);
      expect(href, number).toMatch(DIGITS_ONLY_TEL);
    }
  });

  it.each(ADDED)(
    '%s (%s) has a line for violence against women or domestic abuse',
    (code, _name, id) => {
      const service = servicesFor(DIRECTORY, code).find((s) => s.id === id);
      expect(service, id).toBeDefined();
      if (service === undefined) return;
      expect(service.source.length).toBeGreaterThan(0);
      expect(service.checked).toBe('2026-12-01');
      const call = service.ways.find((w) => w.kind === 'call');
      expect(telHref(call?.value ?? ''), id).toMatch(DIGITS_ONLY_TEL);
    },
  );

  it('keeps the whole directory valid against the extended schema', () => {
    const result = validateDirectory(DIRECTORY, todayUtc());
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
});
