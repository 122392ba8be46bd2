// Issue 10's figures: the backup relay storing 1 MB versions for 50 concurrent
// clients on loopback, SQLite and PostgreSQL side by side, against the same
// server answering an empty request (GET /api/backup/v1/health).
// Run: npm run bench -- backup
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startTestPostgres } from '../packages/server/src/backup/postgres-harness.ts';
import { BACKUP_BASE } from '../packages/server/src/backup/routes.ts';
import { line, percentile, startServerProcess } from './support.ts';

// The real entry point in its own process, as an operator runs it.
const CLIENTS = 50;
const BLOB_BYTES = 1024 * 1024;
const MAX_REQUESTS = 2000;
const MAX_MS = 10_000;

interface Figures {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/** Runs `once` from CLIENTS loops until MAX_REQUESTS are done or MAX_MS has passed. */
async function load(once: (client: number) => Promise<void>): Promise<Figures> {
  const latencies: number[] = [];
  let started = 0;
  const begin = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      while (started < MAX_REQUESTS && performance.now() - begin < MAX_MS) {
        started++;
        const t = performance.now();
        await once(client);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - begin) / 1000;
  return {
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

interface Answer {
  status: number;
}

function send(
  agent: Agent,
  url: string,
  method: string,
  headers: Record<string, string> = {},
  body?: Uint8Array,
): Promise<Answer> {
  return new Promise((resolveAnswer, reject) => {
    const req = request(url, { method, headers, agent }, (res) => {
      res.resume();
      res.on('end', () => resolveAnswer({ status: res.statusCode ?? 0 }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function startMain(
  dir: string,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; port: number }> {
  return startServerProcess(dir, {
    STEADY_BACKUP_VAULT_PER_MINUTE: '1000000',
    STEADY_BACKUP_VAULT_BURST: '1000000',
    STEADY_BACKUP_IP_PER_MINUTE: '1000000',
    STEADY_BACKUP_IP_BURST: '1000000',
    STEADY_BACKUP_VAULTS_PER_IP_PER_DAY: '1000000',
    // Each write prunes as a long-running relay's does (the newest ten and the first of
    // the day and week), not keeping every version of the run as the 72-hour delay would.
    STEADY_BACKUP_KEEP_HOURS: '0',
    ...env,
  });
}

async function measure(name: string, dir: string, env: Record<string, string>): Promise<void> {
  const { child, port } = await startMain(dir, env);
  const base = `http://127.0.0.1:${port}${BACKUP_BASE}`;
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  try {
    const vaults = Array.from({ length: CLIENTS }, () => ({
      id: randomBytes(16).toString('hex'),
      token: randomBytes(32).toString('hex'),
      version: 0,
      blob: new Uint8Array(randomBytes(BLOB_BYTES)),
    }));
    const put = async (client: number) => {
      const vault = vaults[client]!;
      const answer = await send(
        agent,
        `${base}/vaults/${vault.id}`,
        'PUT',
        {
          Authorization: `Bearer ${vault.token}`,
          'Content-Type': 'application/octet-stream',
          'Content-Length': String(vault.blob.byteLength),
          ...(vault.version === 0
            ? { 'If-None-Match': '*' }
            : { 'If-Match': `"${vault.version}"` }),
        },
        vault.blob,
      );
      if (answer.status !== 201) throw new Error(`PUT answered ${answer.status}`);
      vault.version++;
    };
    await Promise.all(vaults.map((_, client) => put(client)));

    const stored = await load(put);
    const empty = await load(async () => {
      const answer = await send(agent, `${base}/health`, 'GET');
      if (answer.status !== 200) throw new Error(`health answered ${answer.status}`);
    });

    console.log(
      `\n${name}: ${CLIENTS} clients, 1 MB versions, loopback, server in its own process`,
    );
    line(
      `PUT 1 MB version (${stored.requests} requests): per second`,
      `${stored.perSecond.toFixed(1)} /s`,
    );
    line('PUT 1 MB version: p50 / p99', `${stored.p50.toFixed(0)} / ${stored.p99.toFixed(0)} ms`);
    line(
      `empty request (${empty.requests} requests): per second`,
      `${empty.perSecond.toFixed(0)} /s`,
    );
    line('empty request: p50 / p99', `${empty.p50.toFixed(1)} / ${empty.p99.toFixed(1)} ms`);
    line(
      'PUT throughput / empty-request throughput',
      (stored.perSecond / empty.perSecond).toFixed(3),
    );
    line('PUT p50 / empty-request p50', (stored.p50 / empty.p50).toFixed(1));
    line('written', `${((stored.perSecond * BLOB_BYTES) / 1024 / 1024).toFixed(1)} MB/s`);
  } finally {
    agent.destroy();
    await new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  }
}

export async function run(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'steady-backup-bench-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Steady</title>');
  console.log(
    `load average before: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  try {
    await measure('SQLite (WAL, synchronous=FULL)', dir, {
      STEADY_BACKUP: 'sqlite',
      STEADY_BACKUP_SQLITE: join(dir, 'backup.sqlite'),
    });
    const postgres = await startTestPostgres({ durable: true });
    try {
      await measure('PostgreSQL (fsync on, pool of 10)', dir, {
        STEADY_BACKUP: 'postgres',
        STEADY_BACKUP_PG: postgres.url,
      });
    } finally {
      await postgres.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
