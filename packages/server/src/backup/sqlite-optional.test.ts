// The relay's SQLite driver (better-sqlite3, native, an optional dependency) is loaded only
// when the relay uses SQLite (issue 18): the real entry point, with the package made
// impossible to find by a module hook, still serves the app with the relay off, and says
// what to install when the relay is set to SQLite.
import { once } from 'node:events';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  sqliteRelayEnv,
  startMainProcess,
  stopMainProcess,
  tempSite,
  type MainProcess,
} from './main-process.ts';

// Registered after tsx's hooks, so it runs before them: 'better-sqlite3' is not there.
const HOOKS = `
export async function resolve(specifier, context, next) {
  if (specifier === 'better-sqlite3' || specifier.startsWith('better-sqlite3/')) {
    const error = new Error("Cannot find package 'better-sqlite3' (hidden by the test)");
    error.code = 'ERR_MODULE_NOT_FOUND';
    throw error;
  }
  return next(specifier, context);
}`;
const BLOCKER = `
import { register } from 'node:module';
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)});
`;

let site: { dir: string; staticDir: string };
let blocker: string;
const started: MainProcess[] = [];
beforeAll(async () => {
  site = await tempSite('steady-no-sqlite-');
  const file = join(site.dir, 'no-sqlite.mjs');
  await writeFile(file, BLOCKER);
  blocker = pathToFileURL(file).href;
});
afterAll(async () => {
  for (const relay of started) await stopMainProcess(relay.child, 'SIGKILL');
  await rm(site.dir, { recursive: true, force: true });
});

describe('the server without the SQLite driver', () => {
  it('serves the app with the relay off, never loading better-sqlite3', async () => {
    const env = { ...sqliteRelayEnv(site), STEADY_BACKUP: 'off' };
    const server = await startMainProcess(site.dir, env, [blocker]);
    started.push(server);
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Steady</title>');
    expect(server.output()).not.toMatch(/backup relay on|better-sqlite3|Error/);
  });

  it('with the relay set to SQLite, stops at start and says what to install', async () => {
    // The hook hides the package: had the server not loaded it, it would have started.
    const main = fileURLToPath(new URL('../main.ts', import.meta.url));
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const child = spawn(process.execPath, ['--import', tsx, '--import', blocker, main], {
      cwd: site.dir,
      env: sqliteRelayEnv(site),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(1);
    expect(output).toContain('Steady did not start: STEADY_BACKUP=sqlite needs the package');
    expect(output).toContain('npm install better-sqlite3');
    expect(output).not.toMatch(/running at/);
  });
});
