// /health says whether the store answers, on the relay's real entry point (main.ts): on
// PostgreSQL stopped as an ordinary restart does and started again, on SQLite with its
// file's WAL locks held by another process (a stuck tool with the file open). And a read
// whose PostgreSQL connection is lost under it is tried once more on a fresh one.
// /metrics's steady_backup_store_up follows the same check.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';

import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMainProcess, stopMainProcess, tempSite, type MainProcess } from './main-process.ts';
import { openPostgresStore } from './postgres.ts';
import { startTestPostgres, type TestPostgres } from './postgres-harness.ts';
import { BACKUP_BASE } from './routes.ts';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

let dir: string;
let staticDir: string;
let postgres: TestPostgres;
const started: ChildProcess[] = [];

beforeAll(async () => {
  ({ dir, staticDir } = await tempSite('steady-health-'));
  postgres = await startTestPostgres();
}, 120_000);
afterAll(async () => {
  await Promise.all(started.map((child) => stopMainProcess(child, 'SIGKILL')));
  await postgres?.stop();
  await rm(dir, { recursive: true, force: true });
}, 60_000);

async function startRelay(env: Record<string, string>): Promise<MainProcess> {
  const relay = await startMainProcess(dir, {
    PATH: process.env.PATH ?? '',
    PORT: '0',
    STEADY_STATIC_DIR: staticDir,
    STEADY_CONFIG: join(dir, 'none.json'),
    ...env,
  });
  started.push(relay.child);
  return relay;
}

interface Health {
  status: number;
  body: unknown;
  retryAfter: string | null;
}

async function health(url: string, path = `${BACKUP_BASE}/health`): Promise<Health> {
  const answer = await fetch(`${url}${path}`);
  return {
    status: answer.status,
    body: await answer.json(),
    retryAfter: answer.headers.get('retry-after'),
  };
}

/** Asks /health until it answers `status` (one answer may stand for a second). */
async function healthBecomes(url: string, status: number, withinMs: number): Promise<Health> {
  const until = Date.now() + withinMs;
  for (;;) {
    const answer = await health(url);
    if (answer.status === status || Date.now() > until) return answer;
    await sleep(200);
  }
}

const OK = { ok: true, store: 'ok' };
const DOWN = { ok: false, store: 'unavailable' };

describe('/health on PostgreSQL', () => {
  it('answers 503 while the database is stopped and 200 once it is back', async () => {
    const relay = await startRelay({
      STEADY_BACKUP: 'postgres',
      STEADY_BACKUP_PG: postgres.url,
      STEADY_METRICS: 'on',
    });
    const storeUp = async () =>
      /^steady_backup_store_up (\d)$/m.exec(
        await (await fetch(`${relay.url}/metrics`)).text(),
      )?.[1];
    expect(await healthBecomes(relay.url, 200, 10_000)).toMatchObject({ status: 200, body: OK });
    expect(await storeUp()).toBe('1');
    expect(await health(relay.url, '/health')).toMatchObject({ status: 200, body: OK });

    await postgres.halt();
    try {
      const down = await healthBecomes(relay.url, 503, 5000);
      expect(down).toMatchObject({ status: 503, body: DOWN });
      expect(Number(down.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(await health(relay.url, '/health')).toMatchObject({ status: 503, body: DOWN });
      expect(await storeUp()).toBe('0');
      expect(relay.child.exitCode).toBeNull();
    } finally {
      await postgres.resume();
    }

    expect(await healthBecomes(relay.url, 200, 10_000)).toMatchObject({ status: 200, body: OK });
    expect(await health(relay.url, '/health')).toMatchObject({ status: 200, body: OK });
    expect(await storeUp()).toBe('1');
    expect(relay.output()).not.toMatch(/error/i);
    await stopMainProcess(relay.child);
  }, 60_000);
});

/**
 * Holds the SQLite file's WAL locks (bytes 120 to 127 of its -shm file) from another
 * process until released, as a tool that has the file open and is stuck would. POSIX
 * record locks through perl, which every Debian system with PostgreSQL has; the struct
 * is 64-bit Linux's (short type, short whence, off_t start, off_t len, pid_t pid).
 */
async function holdWalLocks(file: string): Promise<() => Promise<void>> {
  const script = `
    use Fcntl;
    open(my $fh, '+<', $ARGV[0]) or die "open: $!";
    my $lock = pack('s s x4 q q i x4', F_WRLCK, SEEK_SET, 120, 8, 0);
    fcntl($fh, F_SETLK, $lock) or die "lock: $!";
    $| = 1; print "locked\\n";
    <STDIN>;`;
  const child = spawn('perl', ['-e', script, `${file}-shm`], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let said = '';
  child.stderr.on('data', (chunk: Buffer) => (said += chunk.toString()));
  await new Promise<void>((locked, failed) => {
    child.stdout.once('data', () => locked());
    child.once('exit', (code) => failed(new Error(`perl exited ${code}: ${said}`)));
  });
  return () =>
    new Promise((released) => {
      child.once('exit', () => released());
      child.stdin.end();
    });
}

describe('/health on SQLite', () => {
  it('answers 503 while the file cannot be read and 200 once it can again', async () => {
    const file = join(dir, 'backup.sqlite');
    const relay = await startRelay({ STEADY_BACKUP: 'sqlite', STEADY_BACKUP_SQLITE: file });
    // Its worker threads may still be starting on a busy machine.
    expect(await healthBecomes(relay.url, 200, 10_000)).toMatchObject({ status: 200, body: OK });

    const release = await holdWalLocks(file);
    let down: Health;
    try {
      down = await healthBecomes(relay.url, 503, 6000);
    } finally {
      await release();
    }
    expect(down).toMatchObject({ status: 503, body: DOWN });
    expect(relay.child.exitCode).toBeNull();

    // SQLite's own retries of a locked read end within about ten seconds.
    expect(await healthBecomes(relay.url, 200, 20_000)).toMatchObject({ status: 200, body: OK });
    await stopMainProcess(relay.child);
  }, 60_000);
});

describe('reads on PostgreSQL', () => {
  it('are tried once more when the connection is lost under them', async () => {
    const store = await openPostgresStore(postgres.url, 2);
    const admin = new pg.Client({ connectionString: postgres.url });
    admin.on('error', () => undefined);
    await admin.connect();
    try {
      const id = randomBytes(16).toString('hex');
      const hash = randomBytes(32);
      expect(await store.createVault(id, hash, 1)).toEqual({ ok: true });

      // The read waits on a lock held here; its backend is then ended under it.
      await admin.query('BEGIN');
      await admin.query('LOCK TABLE steady_backup_vaults IN ACCESS EXCLUSIVE MODE');
      // Settled here, so a failure is an assertion below rather than an unhandled error.
      const reading = store.tokenHash(id).then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      );
      let waiting: number | undefined;
      for (let i = 0; i < 100 && waiting === undefined; i++) {
        const found = await admin.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock'
             AND pid <> pg_backend_pid()`,
        );
        waiting = found.rows[0]?.pid;
        if (waiting === undefined) await sleep(50);
      }
      expect(waiting).toBeDefined();
      await admin.query('SELECT pg_terminate_backend($1)', [waiting]);
      await sleep(200);
      await admin.query('ROLLBACK');

      const read = await reading;
      expect(read).not.toHaveProperty('error');
      expect(Buffer.from((read as { value: Uint8Array }).value)).toEqual(hash);
    } finally {
      await admin.end();
      await store.close();
    }
  }, 30_000);
});
