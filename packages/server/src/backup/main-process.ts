// For tests: the relay's real entry point (main.ts) as its own process, as an operator
// runs it, so a test can kill it, restart it or read what it printed.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** A new temporary folder, with a one-page site in its `dist` for the relay to serve. */
export async function tempSite(prefix: string): Promise<{ dir: string; staticDir: string }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const staticDir = join(dir, 'dist');
  await mkdir(staticDir);
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Steady</title>');
  return { dir, staticDir };
}

/**
 * The environment of a relay serving `site` (from tempSite) with its backups in a SQLite
 * file in `site.dir`, on a free port, with no config file; `extra` goes on top.
 */
export function sqliteRelayEnv(
  site: { readonly dir: string; readonly staticDir: string },
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    PORT: '0',
    STEADY_STATIC_DIR: site.staticDir,
    STEADY_CONFIG: join(site.dir, 'none.json'),
    STEADY_BACKUP: 'sqlite',
    STEADY_BACKUP_SQLITE: join(site.dir, 'backup.sqlite'),
    ...extra,
  };
}

export interface MainProcess {
  readonly child: ChildProcess;
  /** http://127.0.0.1:PORT, once it says where it listens. */
  readonly url: string;
  /** Everything it printed so far. */
  output(): string;
}

/**
 * Starts main.ts with exactly `env` (pass PATH and PORT when wanted) in `cwd`; `imports`
 * are more modules for Node to load first (after tsx), such as module hooks.
 */
export function startMainProcess(
  cwd: string,
  env: Record<string, string>,
  imports: readonly string[] = [],
): Promise<MainProcess> {
  return new Promise((resolveStart, reject) => {
    const preload = imports.flatMap((url) => ['--import', url]);
    const child = spawn(process.execPath, ['--import', TSX, ...preload, MAIN], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no start:\n${output}`)), 20_000);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /running at http:\/\/localhost:(\d+)/.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolveStart({ child, url: `http://127.0.0.1:${port}`, output: () => output });
      }
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}:\n${output}`)));
  });
}

/** Ends the process with `signal` and waits until it has gone. */
export const stopMainProcess = (child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') =>
  new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill(signal);
  });
