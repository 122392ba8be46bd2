// The relay on PostgreSQL outlives its database: backends killed mid-write and an
// ordinary restart (`pg_ctl stop -m fast`, then start) fail those requests with 503 and
// Retry-After, never the process; it answers 201 again once the database is back, and
// no version it acknowledged is lost. Run against the real entry point (main.ts).
import type { ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type TestPostgres } from './postgres-harness.ts';
import { BACKUP_BASE } from './routes.ts';
import { startMainProcess } from './main-process.ts';

interface Relay {
  child: ChildProcess;
  url: string;
  output: () => string;
}

function startRelay(cwd: string, env: Record<string, string>): Promise<Relay> {
  return startMainProcess(cwd, { PATH: process.env.PATH ?? '', PORT: '0', ...env });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface Writer {
  id: string;
  token: string;
  version: number;
  /** Acknowledged versions (201) and the SHA-256 of what was sent. */
  acked: Map<number, string>;
}

let dir: string;
let postgres: TestPostgres;
let relay: Relay;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'steady-dbloss-'));
  const staticDir = join(dir, 'dist');
  await mkdir(staticDir);
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Steady</title>');
  postgres = await startTestPostgres();
  relay = await startRelay(dir, {
    STEADY_STATIC_DIR: staticDir,
    STEADY_CONFIG: join(dir, 'none.json'),
    STEADY_BACKUP: 'postgres',
    STEADY_BACKUP_PG: postgres.url,
    STEADY_BACKUP_KEEP_VERSIONS: '1000',
    STEADY_BACKUP_VAULT_PER_MINUTE: '1000000',
    STEADY_BACKUP_VAULT_BURST: '100000',
    STEADY_BACKUP_IP_PER_MINUTE: '1000000',
    STEADY_BACKUP_IP_BURST: '100000',
  });
}, 120_000);
afterAll(async () => {
  relay?.child.kill('SIGKILL');
  await postgres?.stop();
  await rm(dir, { recursive: true, force: true });
}, 60_000);

describe('the PostgreSQL relay when the database goes away', () => {
  it('keeps running through killed backends and a restart, then answers 201 again', async () => {
    const { url } = relay;
    const put = (writer: Writer, body: Uint8Array, headers: Record<string, string>) =>
      fetch(`${url}${BACKUP_BASE}/vaults/${writer.id}`, {
        method: 'PUT',
        headers: {
          Authorization: `Bearer ${writer.token}`,
          'Content-Type': 'application/octet-stream',
          ...headers,
        },
        body: body as Uint8Array<ArrayBuffer>,
      });

    const writers: Writer[] = [];
    for (let i = 0; i < 8; i++) {
      const writer: Writer = {
        id: randomBytes(16).toString('hex'),
        token: randomBytes(32).toString('hex'),
        version: 0,
        acked: new Map(),
      };
      const first = randomBytes(2048);
      const created = await put(writer, first, { 'If-None-Match': '*' });
      expect(created.status).toBe(201);
      writer.version = 1;
      writer.acked.set(1, digest(first));
      writers.push(writer);
    }

    const statuses = new Map<number, number>();
    let unavailableWithRetryAfter = 0;
    let running = true;
    const loops = writers.map(async (writer) => {
      while (running) {
        const body = randomBytes(2048);
        let answer: Response;
        try {
          answer = await put(writer, body, { 'If-Match': `"${writer.version}"` });
        } catch {
          // The relay itself must not go away; a failed fetch is counted as status 0.
          statuses.set(0, (statuses.get(0) ?? 0) + 1);
          await sleep(50);
          continue;
        }
        await answer.arrayBuffer();
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        if (answer.status === 201) {
          writer.version++;
          writer.acked.set(writer.version, digest(body));
        } else if (answer.status === 412) {
          // A write that failed after its commit was stored though not acknowledged.
          writer.version = Number(answer.headers.get('etag')!.slice(1, -1));
        } else if (answer.status === 503) {
          if (Number(answer.headers.get('retry-after')) >= 1) unavailableWithRetryAfter++;
          await sleep(20);
        }
      }
    });

    // 1. Backends ended from a second connection while writes are in flight.
    const admin = new pg.Client({ connectionString: postgres.url });
    admin.on('error', () => undefined);
    await admin.connect();
    const until = Date.now() + 2000;
    let killed = 0;
    while (Date.now() < until) {
      const result = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      killed += result.rowCount ?? 0;
      await sleep(30);
    }
    await admin.end();
    expect(killed).toBeGreaterThan(0);
    expect(relay.child.exitCode, relay.output()).toBeNull();

    // 2. An ordinary restart: stopped (fast) for a second while writes go on, then started.
    await postgres.halt();
    await sleep(1000);
    expect(relay.child.exitCode).toBeNull();
    // The relay answers, and says its store does not.
    const health = await fetch(`${url}${BACKUP_BASE}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ ok: false, store: 'unavailable' });
    await postgres.resume();

    // Every writer gets 201 again once the database is back.
    const before = writers.map((w) => w.version);
    const deadline = Date.now() + 15_000;
    while (writers.some((w, i) => w.version <= before[i]!) && Date.now() < deadline) {
      await sleep(100);
    }
    running = false;
    await Promise.all(loops);

    expect(relay.child.exitCode).toBeNull();
    expect(writers.every((w, i) => w.version > before[i]!)).toBe(true);
    expect(statuses.get(503) ?? 0).toBeGreaterThan(0);
    expect(unavailableWithRetryAfter).toBe(statuses.get(503));
    expect(statuses.get(0) ?? 0).toBe(0);
    // Only the expected answers: stored, raced with an unacknowledged write, or unavailable.
    expect([...statuses.keys()].sort()).toEqual(
      [...statuses.keys()].filter((s) => [201, 412, 503].includes(s)).sort(),
    );

    // No acknowledged version is lost.
    for (const writer of writers) {
      for (const [version, hash] of writer.acked) {
        const read = await fetch(`${url}${BACKUP_BASE}/vaults/${writer.id}/versions/${version}`, {
          headers: { Authorization: `Bearer ${writer.token}` },
        });
        expect(read.status).toBe(200);
        expect(digest(new Uint8Array(await read.arrayBuffer()))).toBe(hash);
      }
    }
    expect(relay.output()).not.toMatch(/error/i);
  }, 90_000);
});
