// Issue 18's load figures, in one run: the relay's real entry point in its own process,
// on SQLite and on PostgreSQL side by side, storing 1 MiB sync objects (PUT
// /v2/:id/objects/:name) from 50 concurrent clients, with /health asked all the while;
// and the same run's references: a plain Node server that reads and discards 1 MiB
// bodies under the same load, and the disk's sequential write+fsync rate in the same
// temporary folder.
// Run: npm run bench -- relay-load
// Longer: STEADY_BENCH_SECONDS=60 npm run bench -- relay-load (seconds of load per store).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startTestPostgres } from '../packages/server/src/backup/postgres-harness.ts';
import { BACKUP_BASE } from '../packages/server/src/backup/routes.ts';
import { percentile, startServerProcess, LIMITS_OUT_OF_THE_WAY } from './support.ts';

const CLIENTS = 50;
const OBJECT_BYTES = 1024 * 1024;
const SECONDS = Number(process.env.STEADY_BENCH_SECONDS ?? 15);
const FSYNC_SECONDS = Math.max(3, Math.min(SECONDS, 10));
const MiB = 1024 * 1024;

interface Load {
  requests: number;
  mbPerSecond: number;
  p50: number;
  p99: number;
  /** /health latencies asked one after another during the load, when a relay. */
  health?: { requests: number; p50: number; p99: number; max: number };
}

function send(
  agent: Agent,
  url: string,
  method: string,
  headers: Record<string, string> = {},
  body?: Uint8Array,
): Promise<number> {
  return new Promise((resolveAnswer, reject) => {
    const req = request(url, { method, headers, agent }, (res) => {
      res.resume();
      res.on('end', () => resolveAnswer(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** CLIENTS loops each running `once` until SECONDS have passed; `during` runs alongside. */
async function load(
  once: (client: number) => Promise<void>,
  during?: (until: () => boolean) => Promise<Load['health']>,
): Promise<Load> {
  const latencies: number[] = [];
  const begin = performance.now();
  const running = () => performance.now() - begin < SECONDS * 1000;
  const [health] = await Promise.all([
    during?.(running),
    ...Array.from({ length: CLIENTS }, async (_, client) => {
      while (running()) {
        const t = performance.now();
        await once(client);
        latencies.push(performance.now() - t);
      }
    }),
  ]);
  const seconds = (performance.now() - begin) / 1000;
  return {
    requests: latencies.length,
    mbPerSecond: (latencies.length * OBJECT_BYTES) / MiB / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    health,
  };
}

/** GETs `url` one after another (10 ms apart) while the load runs: its latencies. */
const probe =
  (url: string, agent: Agent) =>
  async (running: () => boolean): Promise<Load['health']> => {
    const latencies: number[] = [];
    while (running()) {
      const t = performance.now();
      const status = await send(agent, url, 'GET');
      if (status !== 200) throw new Error(`${url} answered ${status}`);
      latencies.push(performance.now() - t);
      await new Promise((wait) => setTimeout(wait, 10));
    }
    return {
      requests: latencies.length,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: Math.max(...latencies),
    };
  };

async function measureRelay(dir: string, env: Record<string, string>): Promise<Load> {
  const { child, port } = await startServerProcess(dir, {
    ...LIMITS_OUT_OF_THE_WAY,
    STEADY_BACKUP_VAULTS_PER_IP_PER_DAY: '1000000',
    STEADY_BACKUP_MAX_UPLOADS: '1000',
    STEADY_BACKUP_MAX_UPLOADS_PER_IP: '1000',
    ...env,
  });
  const base = `http://127.0.0.1:${port}${BACKUP_BASE}`;
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const healthAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    // One vault per client; each object is new (a fresh name), so each is one stored MiB.
    const vaults = Array.from({ length: CLIENTS }, () => ({
      id: randomBytes(16).toString('hex'),
      token: randomBytes(32).toString('hex'),
      bytes: new Uint8Array(randomBytes(OBJECT_BYTES)),
    }));
    for (const vault of vaults) {
      const status = await send(agent, `${base}/v2/${vault.id}`, 'PUT', {
        Authorization: `Bearer ${vault.token}`,
        'If-None-Match': '*',
      });
      if (status !== 201) throw new Error(`PUT /v2/:id answered ${status}`);
    }
    const put = async (client: number) => {
      const vault = vaults[client]!;
      const name = randomBytes(16).toString('hex');
      const status = await send(
        agent,
        `${base}/v2/${vault.id}/objects/${name}`,
        'PUT',
        {
          Authorization: `Bearer ${vault.token}`,
          'Content-Type': 'application/octet-stream',
          'Content-Length': String(OBJECT_BYTES),
        },
        vault.bytes,
      );
      if (status !== 201) throw new Error(`PUT object answered ${status}`);
    };
    return await load(put, probe(`${base}/health`, healthAgent));
  } finally {
    agent.destroy();
    healthAgent.destroy();
    await stop(child);
  }
}

const stop = (child: ChildProcess) =>
  new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });

// Its own process, as the relay is: the load generator does not share its event loop.
const DISCARD_SERVER = `
const server = require('node:http').createServer((req, res) => {
  req.on('data', () => {});
  req.on('end', () => {
    res.statusCode = req.method === 'GET' ? 200 : 201;
    res.end(req.method === 'GET' ? '{"ok":true}' : '{"stored":true}');
  });
});
server.listen(0, '127.0.0.1', () => console.log('port ' + server.address().port));
`;

async function measureDiscard(): Promise<Load> {
  const child = spawn(process.execPath, ['-e', DISCARD_SERVER], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolvePort, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /port (\d+)/.exec(output)?.[1];
      if (found) resolvePort(Number(found));
    });
    child.once('exit', (code) => reject(new Error(`the discard server exited (${code})`)));
  });
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const healthAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  const bytes = new Uint8Array(randomBytes(OBJECT_BYTES));
  try {
    return await load(
      async () => {
        const status = await send(
          agent,
          `http://127.0.0.1:${port}/discard`,
          'PUT',
          { 'Content-Type': 'application/octet-stream', 'Content-Length': String(OBJECT_BYTES) },
          bytes,
        );
        if (status !== 201) throw new Error(`discard answered ${status}`);
      },
      probe(`http://127.0.0.1:${port}/health`, healthAgent),
    );
  } finally {
    agent.destroy();
    healthAgent.destroy();
    await stop(child);
  }
}

/** Sequential 1 MiB write + fsync into one file in `dir`, for FSYNC_SECONDS: MB/s. */
function measureFsync(dir: string): number {
  const block = randomBytes(OBJECT_BYTES);
  const fd = openSync(join(dir, 'fsync.bin'), 'w');
  let blocks = 0;
  const begin = performance.now();
  try {
    while (performance.now() - begin < FSYNC_SECONDS * 1000) {
      writeSync(fd, block);
      fsyncSync(fd);
      blocks++;
    }
  } finally {
    closeSync(fd);
  }
  return (blocks * OBJECT_BYTES) / MiB / ((performance.now() - begin) / 1000);
}

export async function run(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'steady-relay-load-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Steady</title>');
  console.log(
    `${cpus().length} CPUs; load average before: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; ${SECONDS} s of load per server, ${CLIENTS} clients, 1 MiB objects`,
  );
  try {
    const fsync = measureFsync(dir);
    const discard = await measureDiscard();
    const sqlite = await measureRelay(dir, {
      STEADY_BACKUP: 'sqlite',
      STEADY_BACKUP_SQLITE: join(dir, 'backup.sqlite'),
    });
    const postgres = await startTestPostgres({ durable: true });
    let pg: Load;
    try {
      pg = await measureRelay(dir, { STEADY_BACKUP: 'postgres', STEADY_BACKUP_PG: postgres.url });
    } finally {
      await postgres.stop();
    }
    print(sqlite, pg, discard, fsync);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function print(sqlite: Load, pg: Load, discard: Load, fsync: number): void {
  const rows: Array<[string, (l: Load) => string]> = [
    ['requests', (l) => String(l.requests)],
    ['write MB/s', (l) => l.mbPerSecond.toFixed(1)],
    ['write p50 / p99 ms', (l) => `${l.p50.toFixed(0)} / ${l.p99.toFixed(0)}`],
    [
      '/health p50 / p99 / max ms (target p99 < 100)',
      (l) =>
        l.health
          ? `${l.health.p50.toFixed(1)} / ${l.health.p99.toFixed(1)} / ${l.health.max.toFixed(0)}`
          : '-',
    ],
    [
      '/health requests (discard server: a GET answered at once)',
      (l) => (l.health ? String(l.health.requests) : '-'),
    ],
    ['÷ discard server MB/s', (l) => (l.mbPerSecond / discard.mbPerSecond).toFixed(3)],
    ['÷ fsync MB/s (target ≥ 0.5)', (l) => (l.mbPerSecond / fsync).toFixed(3)],
  ];
  const width = 50;
  const column = 22;
  console.log(
    `\n${''.padEnd(width)}${'SQLite'.padStart(column)}${'PostgreSQL'.padStart(column)}${'discard server'.padStart(column)}`,
  );
  for (const [label, value] of rows) {
    console.log(
      `${label.padEnd(width)}${value(sqlite).padStart(column)}${value(pg).padStart(column)}${value(discard).padStart(column)}`,
    );
  }
  console.log(
    `${'disk: sequential 1 MiB write+fsync MB/s'.padEnd(width)}${fsync.toFixed(1).padStart(column)}`,
  );
}
