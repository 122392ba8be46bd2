import { describe, expect, it } from 'vitest';
import { DEFAULT_DEPLOYMENT_CONFIG, validateDeploymentConfig } from './config.ts';

const TODAY = '2026-11-24';

const harbour = {
  id: 'safe-harbour-leeds',
  country: 'GB-ENG',
  name: 'Safe Harbour Leeds',
  ways: [
    { kind: 'call', value: '0113 496 0000' },
    { kind: 'web', value: 'https://safeharbour.example/' },
  ],
  hours: 'help.hours.officeHours',
  source: ['safeharbour.example'],
  checked: '2026-11-20',
};

function errorsFor(input: unknown): { path: string; message: string }[] {
  const result = validateDeploymentConfig(input, TODAY);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues.map(({ path, message }) => ({ path, message }));
}

describe('validateDeploymentConfig', () => {
  it('fills every absent field with its default', () => {
    expect(validateDeploymentConfig({}, TODAY)).toEqual({
      ok: true,
      value: DEFAULT_DEPLOYMENT_CONFIG,
    });
    expect(DEFAULT_DEPLOYMENT_CONFIG.quickExitUrl).toBe('https://www.bbc.com/weather');
  });

  it('accepts a full config', () => {
    const input = {
      defaultLocale: 'es',
      defaultCountry: 'GB-ENG',
      quickExitUrl: 'https://www.bbc.co.uk/weather',
      localServices: [harbour],
      backupServer: 'https://backup.safeharbour.example',
    };
    expect(validateDeploymentConfig(input, TODAY)).toEqual({ ok: true, value: input });
  });

  it('refuses unknown top-level fields', () => {
    expect(errorsFor({ defaultCountyr: 'GB-ENG' })).toEqual([
      { path: 'defaultCountyr', message: 'unknown field' },
    ]);
  });

  it('refuses a locale the app does not have', () => {
    expect(errorsFor({ defaultLocale: 'fr' })).toContainEqual({
      path: 'defaultLocale',
      message: expect.stringMatching(/unknown value "fr" \(expected one of: en, es\)/),
    });
  });

  it('refuses a country that is not in the directory', () => {
    expect(errorsFor({ defaultCountry: 'PT' })).toContainEqual({
      path: 'defaultCountry',
      message: expect.stringMatching(/unknown country "PT"/),
    });
    expect(errorsFor({ defaultCountry: 'GB' })[0]?.path).toBe('defaultCountry');
  });

  it.each(['http://www.bbc.com/weather', 'javascript:history.back()', '/weather', ''])(
    'refuses the quick exit URL %j',
    (url) => {
      expect(errorsFor({ quickExitUrl: url })[0]?.path).toBe('quickExitUrl');
    },
  );

  it('refuses a backup server that is not https', () => {
    expect(errorsFor({ backupServer: 'http://backup.example.org' })[0]?.path).toBe('backupServer');
  });

  it('checks each local service with the directory schema', () => {
    const bad = { ...harbour, ways: [harbour.ways[0], { kind: 'call', value: '0113 496 CALL' }] };
    expect(errorsFor({ localServices: [bad] })).toContainEqual({
      path: 'localServices[0].ways[1].value',
      message: expect.stringMatching(/^not a phone number/),
    });
  });

  it('refuses a local id that is used twice or taken by the directory', () => {
    const errors = errorsFor({
      localServices: [harbour, harbour, { ...harbour, id: 'es-016' }],
    });
    expect(errors).toContainEqual({
      path: 'localServices[1].id',
      message: 'duplicate id "safe-harbour-leeds" (also at localServices[0].id)',
    });
    expect(errors).toContainEqual({
      path: 'localServices[2].id',
      message: 'duplicate id "es-016" (also at the directory (ES))',
    });
  });

  it('refuses a local service in a place the directory does not cover', () => {
    expect(errorsFor({ localServices: [{ ...harbour, country: 'PT' }] })).toContainEqual({
      path: 'localServices[0].country',
      message: expect.stringMatching(/not covered by the directory/),
    });
  });

  it('accepts a local service for a whole country whose parts the directory lists', () => {
    expect(
      validateDeploymentConfig({ localServices: [{ ...harbour, country: 'GB' }] }, TODAY).ok,
    ).toBe(true);
  });

  it('refuses a local service checked in the future', () => {
    expect(errorsFor({ localServices: [{ ...harbour, checked: '2026-12-01' }] })).toContainEqual({
      path: 'localServices[0].checked',
      message: 'is in the future (today is 2026-11-24)',
    });
  });

  it('refuses a config that is not an object', () => {
    expect(errorsFor(null)).toEqual([{ path: '', message: 'must be an object, not null' }]);
    expect(errorsFor([harbour])[0]?.message).toMatch(/not an array/);
  });
});
