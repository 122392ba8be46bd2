import { describe, expect, test } from 'vitest';
import { NO_DEPLOYMENT, parseDeployment } from './deployment.ts';

const harbour = {
  id: 'harbour-leeds-helpline',
  country: 'GB-ENG',
  name: 'Harbour',
  ways: [{ kind: 'call', value: '0113 496 0123' }],
  hours: '24/7',
  source: ['harbour-leeds.example'],
  checked: '2026-11-20',
};

describe('the deployment settings, checked again on the device', () => {
  test('keeps a valid default country and local services', async () => {
    expect(
      await parseDeployment({
        defaultLocale: 'es',
        defaultCountry: 'GB-ENG',
        quickExitUrl: 'https://www.bbc.co.uk/weather',
        localServices: [harbour],
      }),
    ).toEqual({
      defaultLocale: 'es',
      defaultCountry: 'GB-ENG',
      quickExitUrl: 'https://www.bbc.co.uk/weather',
      localServices: [harbour],
    });
  });

  test('anything that is not an object gives no deployment, without throwing', async () => {
    for (const data of [null, 42, 'x', [], [harbour], undefined]) {
      expect(await parseDeployment(data)).toEqual(NO_DEPLOYMENT);
    }
  });

  test('keeps a backup server only as an https origin', async () => {
    expect(
      (await parseDeployment({ backupServer: 'https://relay.example.org/any/path' })).backupServer,
    ).toBe('https://relay.example.org');
    for (const backupServer of ['http://relay.example.org', 'javascript:alert(1)', 'relay', 7]) {
      expect((await parseDeployment({ backupServer })).backupServer).toBeUndefined();
    }
  });

  test('an unknown or crafted default country is ignored', async () => {
    for (const defaultCountry of ['XX', 'GB', '<b>', 42, { code: 'ES' }, 'constructor']) {
      expect((await parseDeployment({ defaultCountry })).defaultCountry).toBeUndefined();
    }
  });

  test('each bad service is left out and the good ones kept', async () => {
    const services = [
      { ...harbour, id: 'script', ways: [{ kind: 'web', value: 'javascript:alert(1)' }] },
      { ...harbour, id: 'forward', ways: [{ kind: 'call', value: '**21*0113#' }] },
      { ...harbour, id: 'extra', onclick: 'alert(1)' },
      { ...harbour, id: 'es-016' },
      { ...harbour, id: 'nowhere', country: 'PT' },
      { ...harbour, id: 'rtl', name: 'Harbour\u202e' },
      'not a service',
      null,
      harbour,
      { ...harbour, name: 'Second with the same id' },
    ];
    expect((await parseDeployment({ localServices: services })).localServices).toEqual([harbour]);
    expect((await parseDeployment({ localServices: { 0: harbour } })).localServices).toEqual([]);
  });

  test('a service checked "in the future" by a wrong phone clock still shows', async () => {
    const later = { ...harbour, checked: '2099-01-01' };
    expect((await parseDeployment({ localServices: [later] })).localServices).toEqual([later]);
  });
});
