// Small requests a second on the relay's real entry point, on SQLite and PostgreSQL (with
// fsync on, as a deployment runs): what most of a deployment's requests are
// (docs/capacity-plan.md). 50 clients, each its own vault, either polling its log as an
// open app does every 30 s (GET /v2/:id/log?since=<head>, answered with no entries), or
// appending small log entries one after another (POST /v2/:id/log, 1 KiB each).
// Run: npm run bench -- relay-small   (STEADY_BENCH_SECONDS per phase, default 10)
import { type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startTestPostgres } from '../packages/server/src/backup/postgres-harness.ts';
import { BACKUP_BASE } from '../packages/server/src/backup/routes.ts';
import { percentile, startServerProcess, LIMITS_OUT_OF_THE_WAY } from './support.ts';

const CLIENTS = 50;
const SECONDS = Number(process.env.STEADY_BENCH_SECONDS ?? 10);

interface Phase {
  perSecond: number;
  p50: number;
  p99: number;
}

function send(
  agent: Agent,
  url: string,
  method: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolveAnswer, reject) => {
    const req = request(url, { method, headers, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolveAnswer({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function phase(once: (client: number) => Promise<void>): Promise<Phase> {
  const latencies: number[] = [];
  const begin = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      while (performance.now() - begin < SECONDS * 1000) {
        const t = performance.now();
        await once(client);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return {
    perSecond: latencies.length / ((performance.now() - begin) / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

async function measure(dir: string, env: Record<string, string>): Promise<[Phase, Phase]> {
  const { child, port } = await startServerProcess(dir, {
    ...LIMITS_OUT_OF_THE_WAY,
    STEADY_BACKUP_VAULTS_PER_IP_PER_DAY: '1000000',
    ...env,
  });
  const base = `http://127.0.0.1:${port}${BACKUP_BASE}`;
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  try {
    const vaults = Array.from({ length: CLIENTS }, () => ({
      id: hex(16),
      token: hex(32),
      head: null as string | null,
    }));
    const auth = (vault: (typeof vaults)[number]) => ({ Authorization: `Bearer ${vault.token}` });
    const entry = randomBytes(1024).toString('base64');
    const append = async (client: number) => {
      const vault = vaults[client]!;
      const id = hex(16);
      const answer = await send(
        agent,
        `${base}/v2/${vault.id}/log`,
        'POST',
        { ...auth(vault), 'Content-Type': 'application/json' },
        JSON.stringify({ expected: vault.head, id, bytes: entry }),
      );
      if (answer.status !== 201) throw new Error(`POST log answered ${answer.status}`);
      vault.head = id;
    };
    for (const vault of vaults) {
      const made = await send(agent, `${base}/v2/${vault.id}`, 'PUT', {
        ...auth(vault),
        'If-None-Match': '*',
      });
      if (made.status !== 201) throw new Error(`PUT /v2/:id answered ${made.status}`);
    }
    for (let client = 0; client < CLIENTS; client++) await append(client);
    const polls = await phase(async (client) => {
      const vault = vaults[client]!;
      const answer = await send(agent, `${base}/v2/${vault.id}/log?since=${vault.head}`, 'GET', {
        ...auth(vault),
      });
      if (answer.status !== 200) throw new Error(`GET log answered ${answer.status}`);
    });
    const appends = await phase(append);
    return [polls, appends];
  } finally {
    agent.destroy();
    await stop(child);
  }
}

const stop = (child: ChildProcess) =>
  new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });

export async function run(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'steady-relay-small-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Steady</title>');
  const postgres = await startTestPostgres({ durable: true });
  try {
    console.log(
      `${cpus().length} CPUs; load average before: ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')}; ${SECONDS} s per phase, ${CLIENTS} clients`,
    );
    const sqlite = await measure(dir, {
      STEADY_BACKUP: 'sqlite',
      STEADY_BACKUP_SQLITE: join(dir, 'backup.sqlite'),
    });
    const pg = await measure(dir, { STEADY_BACKUP: 'postgres', STEADY_BACKUP_PG: postgres.url });
    const row = (label: string, a: string, b: string) =>
      console.log(`${label.padEnd(44)} ${a.padStart(16)} ${b.padStart(16)}`);
    row('', 'SQLite', 'PostgreSQL');
    const show = (name: string, index: 0 | 1) => {
      row(
        `${name}: requests a second`,
        sqlite[index].perSecond.toFixed(0),
        pg[index].perSecond.toFixed(0),
      );
      row(
        `${name}: p50 / p99 ms`,
        `${sqlite[index].p50.toFixed(1)} / ${sqlite[index].p99.toFixed(1)}`,
        `${pg[index].p50.toFixed(1)} / ${pg[index].p99.toFixed(1)}`,
      );
    };
    show('log polls (GET, no new entries)', 0);
    show('log appends (POST, 1 KiB)', 1);
  } finally {
    await postgres.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
