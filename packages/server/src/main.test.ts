import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The real entry point, started as an operator would: `node --import tsx main.ts`.
const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
// Absolute, so the server can be started from any folder (the default file is
// looked for in the current one).
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

const service = {
  id: 'harbour-leeds-helpline',
  country: 'GB-ENG',
  name: 'Harbour Domestic Abuse Service',
  ways: [{ kind: 'call', value: '0113 496 0123' }],
  hours: 'help.hours.officeHours',
  source: ['harbour-leeds.example/contact'],
  checked: '2026-01-05',
};

let dir: string;
let staticDir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'steady-main-'));
  staticDir = join(dir, 'dist');
  await mkdir(staticDir);
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Steady</title>');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Starts main.ts. Resolves when it exits, or, once it prints its address, after
 * `whileRunning` has been given the address and the process has been stopped.
 */
function runMain(
  env: Record<string, string>,
  cwd: string,
  whileRunning?: (url: string) => Promise<void>,
): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, MAIN], {
      cwd,
      env: { PATH: process.env.PATH ?? '', STEADY_STATIC_DIR: staticDir, PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let checking = false;
    let failure: unknown;
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      const url = /running at (http:\/\/\S+)/.exec(stdout)?.[1];
      if (url === undefined || checking) return;
      checking = true;
      void (whileRunning?.(url) ?? Promise.resolve())
        .catch((error: unknown) => (failure = error))
        .finally(() => child.kill('SIGTERM'));
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (failure !== undefined) reject(failure instanceof Error ? failure : new Error('failed'));
      else resolvePromise({ code, stdout, stderr });
    });
  });
}

describe('starting the server with a deployment file', () => {
  it('stops before listening when the file is malformed, naming the field', async () => {
    const file = join(dir, 'bad.json');
    await writeFile(
      file,
      JSON.stringify({ defaultCountry: 'GB-ENG', quickExitUrl: 'javascript:alert(1)' }),
    );
    const run = await runMain({ STEADY_CONFIG: file }, dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}: quickExitUrl: must be an https:// URL`);
    expect(run.stdout).not.toContain('running at');
  });

  it('names a bad field deep inside a local service', async () => {
    const file = join(dir, 'bad-service.json');
    const bad = { ...service, ways: [{ kind: 'call', value: '**21*0113#' }] };
    await writeFile(file, JSON.stringify({ localServices: [bad] }));
    const run = await runMain({ STEADY_CONFIG: file }, dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('localServices[0].ways[0].value: not a phone number');
  });

  it('reads steady.config.json in the current folder when STEADY_CONFIG is not set', async () => {
    const cwd = await mkdtemp(join(dir, 'cwd-'));
    await writeFile(join(cwd, 'steady.config.json'), '{ "defaultLocale": "fr" }');
    const run = await runMain({}, cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/steady\.config\.json: defaultLocale: unknown value "fr"/);
  });

  it('starts with a valid file and serves its public part to the app', async () => {
    const file = join(dir, 'good.json');
    await writeFile(
      file,
      JSON.stringify({
        defaultCountry: 'GB-ENG',
        localServices: [service],
        backupServer: 'https://backup.harbour-leeds.example',
      }),
    );
    let served: unknown;
    let policy = '';
    const run = await runMain({ STEADY_CONFIG: file }, dir, async (url) => {
      const response = await fetch(`${url}/steady-config.json`);
      policy = response.headers.get('Content-Security-Policy') ?? '';
      served = await response.json();
    });
    expect(run.stdout).toMatch(/Steady is running at http:\/\/localhost:\d+/);
    expect(run.stdout).toContain(`deployment settings from ${file}`);
    expect(run.code).toBe(0);
    expect(served).toEqual({
      defaultLocale: 'en',
      defaultCountry: 'GB-ENG',
      quickExitUrl: 'https://www.bbc.com/weather',
      localServices: [service],
      backupServer: 'https://backup.harbour-leeds.example',
    });
    // The page may send backups there, and nowhere else.
    expect(policy).toContain("connect-src 'self' https://backup.harbour-leeds.example;");
  });

  it('starts with the defaults when there is no file', async () => {
    const cwd = await mkdtemp(join(dir, 'empty-'));
    let served: unknown;
    const run = await runMain({}, cwd, async (url) => {
      served = await (await fetch(`${url}/steady-config.json`)).json();
    });
    expect(run.stdout).toContain('no deployment file');
    expect(run.stdout).toMatch(/running at http:\/\/localhost:\d+/);
    expect(served).toMatchObject({ defaultCountry: 'international', localServices: [] });
  });
});
