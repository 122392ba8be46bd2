import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadDeploymentConfig, localToday } from './load.ts';

const TODAY = '2026-11-24';
const EXAMPLE = fileURLToPath(new URL('./steady.config.example.json', import.meta.url));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'steady-config-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let count = 0;
async function fileWith(content: string | Uint8Array): Promise<string> {
  count += 1;
  const path = join(dir, `steady.config.${count}.json`);
  await writeFile(path, content);
  return path;
}

/** The ConfigError loading `content` throws, so tests can read its message. */
async function failure(content: string | Uint8Array): Promise<ConfigError> {
  const path = await fileWith(content);
  const error: unknown = await loadDeploymentConfig(path, { today: TODAY }).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  if (!(error instanceof ConfigError)) throw new Error('unreachable');
  expect(error.message.startsWith(`${path}: `)).toBe(true);
  return error;
}

const service = {
  id: 'harbour-leeds',
  country: 'GB-ENG',
  name: 'Harbour',
  ways: [{ kind: 'call', value: '0113 496 0123' }],
  hours: '24/7',
  source: ['harbour-leeds.example'],
  checked: '2026-11-20',
};

describe('loadDeploymentConfig', () => {
  it('uses the defaults when there is no file', async () => {
    const config = await loadDeploymentConfig(join(dir, 'absent.json'), { today: TODAY });
    expect(config).toEqual({
      defaultLocale: 'en',
      defaultCountry: 'international',
      quickExitUrl: 'https://www.bbc.com/weather',
      localServices: [],
    });
  });

  it('loads the example a service organisation would start from', async () => {
    const config = await loadDeploymentConfig(EXAMPLE, { today: TODAY });
    expect(config.defaultCountry).toBe('GB-ENG');
    expect(config.localServices.map((s) => s.id)).toEqual([
      'harbour-leeds-helpline',
      'harbour-leeds-out-of-hours',
    ]);
  });

  it('accepts a byte-order mark and fills the fields left out', async () => {
    const path = await fileWith(`\uFEFF${JSON.stringify({ defaultLocale: 'es' })}`);
    const config = await loadDeploymentConfig(path, { today: TODAY });
    expect(config.defaultLocale).toBe('es');
    expect(config.quickExitUrl).toBe('https://www.bbc.com/weather');
  });

  it('stops on bad JSON, saying where', async () => {
    const error = await failure(
      '{\n  "defaultLocale": "en",\n  "defaultCountry": "GB-ENG"\n  "quickExitUrl": "https://example.org"\n}\n',
    );
    expect(error.message).toMatch(/: not valid JSON at line 4, column 3 \(/);
  });

  it('stops on a trailing comma and on a truncated file', async () => {
    expect((await failure('{ "defaultLocale": "en", }')).message).toMatch(
      /not valid JSON at line 1, column 26/,
    );
    expect((await failure('{ "defaultLocale": ')).message).toMatch(
      /not valid JSON at the end of the file/,
    );
    expect((await failure('')).message).toMatch(/not valid JSON/);
  });

  it('stops on a field of the wrong type, naming it', async () => {
    const error = await failure(JSON.stringify({ localServices: { 0: service } }));
    expect(error.message).toMatch(/: localServices: must be an array, not an object$/);
    expect(error.issues).toEqual([
      { path: 'localServices', code: 'wrong-type', message: 'must be an array, not an object' },
    ]);
  });

  it('stops on a bad URL, naming it', async () => {
    const error = await failure(JSON.stringify({ quickExitUrl: 'javascript:alert(1)' }));
    expect(error.message).toMatch(/: quickExitUrl: must be an https:\/\/ URL$/);
  });

  it('stops on an unknown field, so a typo does not pass unnoticed', async () => {
    const error = await failure(JSON.stringify({ quickExitURL: 'https://www.bbc.com/weather' }));
    expect(error.message).toMatch(/: quickExitURL: unknown field$/);
  });

  it('stops on a country that is not in the directory', async () => {
    const error = await failure(JSON.stringify({ defaultCountry: 'XX' }));
    expect(error.message).toMatch(/: defaultCountry: unknown country "XX"/);
  });

  it('stops on a bad phone number deep in a local service, naming the path', async () => {
    const bad = { ...service, ways: [...service.ways, { kind: 'text', value: '07700 9OO456' }] };
    const error = await failure(JSON.stringify({ localServices: [bad] }));
    expect(error.message).toContain(': localServices[0].ways[1].value: not a phone number');
  });

  it('lists every problem, one per line', async () => {
    const error = await failure(
      JSON.stringify({ defaultLocale: 'fr', backupServer: 'http://x.example' }),
    );
    expect(error.message.split('\n')).toHaveLength(2);
    expect(error.issues.map((i) => i.path)).toEqual(['defaultLocale', 'backupServer']);
  });

  it('stops on a file that is not UTF-8 or is far too large', async () => {
    expect((await failure(new Uint8Array([0x7b, 0xff, 0x7d]))).message).toMatch(/not UTF-8/);
    expect((await failure(' '.repeat(1024 * 1024 + 1))).message).toMatch(/too large/);
  });

  it('stops when the path cannot be read as a file', async () => {
    const error: unknown = await loadDeploymentConfig(dir, { today: TODAY }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).toMatch(/cannot be read \(EISDIR\)/);
  });
});

describe('localToday', () => {
  it('writes the local calendar date', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
