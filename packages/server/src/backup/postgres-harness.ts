// Starts a throwaway PostgreSQL server for the tests and the benchmark: initdb in
// a temporary folder, listening on 127.0.0.1 at a free port with its socket in
// that folder. As root it runs as the 'postgres' user, since PostgreSQL refuses root.
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';

export interface TestPostgres {
  /** postgres:// URL of an empty database. */
  readonly url: string;
  /** Stops the server as an ordinary restart does (`pg_ctl stop -m fast`), keeping its data. */
  halt(): Promise<void>;
  /** Starts it again after halt(), on the same port and data. */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

const MISSING =
  'PostgreSQL is not installed: the backup tests need its initdb and pg_ctl. ' +
  'Run scripts/system-deps.sh (as root, or install the Debian package "postgresql").';

/** The folder holding initdb, pg_ctl and postgres: Debian's versioned folder, else PATH. */
export function findPostgresBin(): string | undefined {
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const bin = join(debian, version, 'bin');
      if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
    }
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** uid and gid to run PostgreSQL as: ourselves, or a non-root user when we are root. */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const user of ['postgres', 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
      return { uid, gid };
    } catch {
      // Try the next user.
    }
  }
  throw new Error('Running as root, and there is no postgres or nobody user to run PostgreSQL as.');
}

function run(
  command: string,
  args: string[],
  user: { uid: number; gid: number } | undefined,
): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, {
      ...user,
      cwd: tmpdir(),
      env: { PATH: process.env.PATH ?? '', LANG: 'C', LC_ALL: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolveRun()
        : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`)),
    );
  });
}

export interface TestPostgresOptions {
  /** Wait for the disk on commit as a real deployment does (the benchmark); tests skip it. */
  readonly durable?: boolean;
}

export async function startTestPostgres(options: TestPostgresOptions = {}): Promise<TestPostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error(MISSING);
  const user = runAs();
  const dir = await mkdtemp(join(tmpdir(), 'steady-pg-'));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  const log = join(dir, 'postgres.log');
  await run(
    join(bin, 'initdb'),
    ['-D', data, '-U', 'steady', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
    user,
  );
  let port = 0;
  let settings = '';
  for (let attempt = 0; ; attempt++) {
    port = await freePort();
    settings = [
      `-c listen_addresses=127.0.0.1`,
      `-c port=${port}`,
      `-c unix_socket_directories=${dir}`,
      // A throwaway database need not wait for the disk, unless measured as a real one.
      options.durable ? '-c fsync=on' : '-c fsync=off',
      '-c max_connections=200',
    ].join(' ');
    try {
      await run(join(bin, 'pg_ctl'), ['-D', data, '-l', log, '-w', '-o', settings, 'start'], user);
      break;
    } catch (error) {
      if (attempt >= 2) {
        const detail = existsSync(log) ? readFileSync(log, 'utf8') : '';
        await rm(dir, { recursive: true, force: true });
        throw new Error(`${(error as Error).message}\n${detail}`);
      }
    }
  }
  const stop = async () => {
    await run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], user).catch(
      () => undefined,
    );
    await rm(dir, { recursive: true, force: true });
  };
  const halt = () => run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop'], user);
  const resume = () =>
    run(join(bin, 'pg_ctl'), ['-D', data, '-l', log, '-w', '-o', settings, 'start'], user);
  try {
    const admin = new pg.Client({ host: '127.0.0.1', port, user: 'steady', database: 'postgres' });
    await admin.connect();
    await admin.query('CREATE DATABASE steady_backup');
    await admin.end();
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `postgres://steady@127.0.0.1:${port}/steady_backup`, halt, resume, stop };
}
