// The backup relay's promises (threat-model.md, "Server:"), checked against a real
// SQLite file and a real PostgreSQL server started here: the same suite on both.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../serve.ts';
import type { BackupLimits } from './config.ts';
import { openPostgresStore } from './postgres.ts';
import { startTestPostgres, type TestPostgres } from './postgres-harness.ts';
import { BACKUP_BASE, createBackupApi } from './routes.ts';
import { openSqliteStore } from './sqlite.ts';
import type { BackupStore } from './store.ts';
import { startMainProcess, stopMainProcess } from './main-process.ts';
import { call, OPEN_LIMITS, type Answer } from './test-support.ts';

/** Forgets every limit's count in the store (all its rows expire). */
const freshLimits = async (store: BackupStore) => {
  await store.limits?.expireLimits(Number.MAX_SAFE_INTEGER);
};

interface Vault {
  id: string;
  token: string;
}
const newVault = (): Vault => ({
  id: randomBytes(16).toString('hex'),
  token: randomBytes(32).toString('hex'),
});

const auth = (vault: Vault) => ({ Authorization: `Bearer ${vault.token}` });
const octets = { 'Content-Type': 'application/octet-stream' };

function create(base: string, vault: Vault, blob: Uint8Array): Promise<Answer> {
  return call(
    base,
    'PUT',
    `/vaults/${vault.id}`,
    { ...auth(vault), ...octets, 'If-None-Match': '*' },
    blob,
  );
}
function replace(base: string, vault: Vault, version: number, blob: Uint8Array): Promise<Answer> {
  return call(
    base,
    'PUT',
    `/vaults/${vault.id}`,
    { ...auth(vault), ...octets, 'If-Match': `"${version}"` },
    blob,
  );
}
const latest = (base: string, vault: Vault) =>
  call(base, 'GET', `/vaults/${vault.id}`, auth(vault));
async function versions(base: string, vault: Vault): Promise<{ version: number; size: number }[]> {
  const answer = await call(base, 'GET', `/vaults/${vault.id}/versions`, auth(vault));
  expect(answer.status).toBe(200);
  return (JSON.parse(answer.text) as { versions: { version: number; size: number }[] }).versions;
}

/** A request through node:http, for bodies the server stops reading (413). */
function rawPut(
  base: string,
  vault: Vault,
  headers: Record<string, string>,
  chunks: Uint8Array[],
): Promise<Answer> {
  return new Promise((resolveAnswer, reject) => {
    const req = httpRequest(`${base}${BACKUP_BASE}/vaults/${vault.id}`, {
      method: 'PUT',
      headers: { ...auth(vault), ...octets, ...headers },
      agent: false,
    });
    req.on('response', (res) => {
      const parts: Buffer[] = [];
      res.on('data', (chunk: Buffer) => parts.push(chunk));
      res.on('end', () => {
        const body = new Uint8Array(Buffer.concat(parts));
        const h = new Headers();
        for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') h.set(k, v);
        resolveAnswer({
          status: res.statusCode ?? 0,
          headers: h,
          body,
          text: new TextDecoder().decode(body),
        });
      });
    });
    // The server may answer and close before the whole body is sent.
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

function expectSecurityHeaders(answer: Answer): void {
  expect(answer.headers.get('content-security-policy')).toContain("default-src 'self'");
  expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
  expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
  expect(answer.headers.get('cache-control')).toBe('no-store');
}

function expectError(answer: Answer, status: number, code: string): void {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  const body = JSON.parse(answer.text) as { error: string; message: string };
  expect(body.error).toBe(code);
  expect(body.message.length).toBeGreaterThan(5);
}

interface Backend {
  name: string;
  setUp(): Promise<void>;
  tearDown(): Promise<void>;
  open(): Promise<BackupStore>;
  /** Environment for main.ts to use this store. */
  env(): Record<string, string>;
}

let tempDir: string;
let staticDir: string;
beforeAll(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'steady-backup-'));
  staticDir = join(tempDir, 'dist');
  await writeFile(join(tempDir, 'placeholder'), '');
  await import('node:fs/promises').then((fs) => fs.mkdir(staticDir));
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Steady</title>');
});
afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

let postgres: TestPostgres | undefined;
const backends: Backend[] = [
  {
    name: 'SQLite',
    setUp: async () => undefined,
    tearDown: async () => undefined,
    open: async () => openSqliteStore(join(tempDir, 'backup.sqlite')),
    env: () => ({ STEADY_BACKUP: 'sqlite', STEADY_BACKUP_SQLITE: join(tempDir, 'backup.sqlite') }),
  },
  {
    name: 'PostgreSQL',
    setUp: async () => {
      // Fails (not skips) when PostgreSQL is missing, naming scripts/system-deps.sh.
      postgres = await startTestPostgres();
    },
    tearDown: async () => {
      await postgres?.stop();
    },
    open: () => openPostgresStore(postgres!.url),
    env: () => ({ STEADY_BACKUP: 'postgres', STEADY_BACKUP_PG: postgres!.url }),
  },
];

describe.each(backends)('backup relay on $name', (backend) => {
  const running: { server: RunningServer; store: BackupStore }[] = [];
  async function serve(limits: Partial<BackupLimits> = {}): Promise<string> {
    const store = await backend.open();
    // The limits live in the store, shared by every relay on it: each test's relay starts
    // with fresh budgets, as a new deployment would.
    await freshLimits(store);
    const backupApi = createBackupApi(store, {
      limits: { ...OPEN_LIMITS, ...limits },
      trustProxy: false,
    });
    const server = await startServer({ staticDir, port: 0, backupApi });
    running.push({ server, store });
    return `http://127.0.0.1:${server.port}`;
  }
  let base: string;

  beforeAll(async () => {
    await backend.setUp();
    base = await serve();
  }, 120_000);
  afterAll(async () => {
    for (const { server, store } of running) {
      await server.close();
      await store.close();
    }
    await backend.tearDown();
  }, 60_000);

  it('creates a vault, stores versions and reads each back', async () => {
    const vault = newVault();
    const first = randomBytes(5000);
    const second = randomBytes(7000);
    const created = await create(base, vault, first);
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(JSON.parse(created.text)).toEqual({ version: 1, size: 5000 });
    expectSecurityHeaders(created);

    const read = await latest(base, vault);
    expect(read.status).toBe(200);
    expect(read.headers.get('content-type')).toBe('application/octet-stream');
    expect(read.headers.get('etag')).toBe('"1"');
    expect(Buffer.from(read.body).equals(first)).toBe(true);
    expectSecurityHeaders(read);

    const updated = await replace(base, vault, 1, second);
    expect(updated.status).toBe(201);
    expect(updated.headers.get('etag')).toBe('"2"');
    // A bare number in If-Match is accepted too.
    const third = await call(
      base,
      'PUT',
      `/vaults/${vault.id}`,
      { ...auth(vault), ...octets, 'If-Match': '2' },
      new Uint8Array([1, 2, 3]),
    );
    expect(third.status).toBe(201);
    expect((await versions(base, vault)).map(({ version, size }) => [version, size])).toEqual([
      [1, 5000],
      [2, 7000],
      [3, 3],
    ]);
    const old = await call(base, 'GET', `/vaults/${vault.id}/versions/1`, auth(vault));
    expect(old.headers.get('etag')).toBe('"1"');
    expect(Buffer.from(old.body).equals(first)).toBe(true);

    // Creating it again is refused and changes nothing.
    const again = await create(base, vault, randomBytes(10));
    expectError(again, 412, 'exists');
    expect((await versions(base, vault)).length).toBe(3);
  });

  it('keeps every version of the last 72 hours, however many are written', async () => {
    const vault = newVault();
    expect((await create(base, vault, new Uint8Array([0]))).status).toBe(201);
    for (let v = 1; v <= 14; v++) {
      expect((await replace(base, vault, v, new Uint8Array([v]))).status).toBe(201);
    }
    expect((await versions(base, vault)).map((v) => v.version)).toEqual(
      Array.from({ length: 15 }, (_, i) => i + 1),
    );
  });

  it('keeps the last ten versions, and the first of the day, once past the delay', async () => {
    const noDelay = await serve({ keepHours: 0 });
    const vault = newVault();
    expect((await create(noDelay, vault, new Uint8Array([0]))).status).toBe(201);
    for (let v = 1; v <= 12; v++) {
      expect((await replace(noDelay, vault, v, new Uint8Array([v]))).status).toBe(201);
    }
    // Version 1 is the first of today (and of this week): kept for the day.
    expect((await versions(noDelay, vault)).map((v) => v.version)).toEqual([
      1, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
    ]);
    const base = noDelay;
    expectError(
      await call(base, 'GET', `/vaults/${vault.id}/versions/3`, auth(vault)),
      404,
      'version_not_found',
    );
    const kept = await call(base, 'GET', `/vaults/${vault.id}/versions/4`, auth(vault));
    expect([...kept.body]).toEqual([3]);
  });

  it("keeps vaults apart: one vault's token cannot read or write another", async () => {
    const a = newVault();
    const b = newVault();
    const bBlob = randomBytes(1000);
    expect((await create(base, a, randomBytes(100))).status).toBe(201);
    expect((await create(base, b, bBlob)).status).toBe(201);
    const aOnB = { ...b, token: a.token };
    const unknown = { ...newVault(), token: a.token };

    const attempts: [string, (v: Vault) => Promise<Answer>][] = [
      ['read latest', (v) => latest(base, v)],
      ['list versions', (v) => call(base, 'GET', `/vaults/${v.id}/versions`, auth(v))],
      ['read a version', (v) => call(base, 'GET', `/vaults/${v.id}/versions/1`, auth(v))],
      ['write', (v) => replace(base, v, 1, randomBytes(50))],
    ];
    for (const [what, attempt] of attempts) {
      const wrongToken = await attempt(aOnB);
      const noVault = await attempt(unknown);
      // Alike: same status, same body, byte for byte.
      expect(wrongToken.status, what).toBe(404);
      expect(noVault.status, what).toBe(404);
      expect(wrongToken.text, what).toBe(noVault.text);
      expect(wrongToken.headers.get('etag'), what).toBeNull();
      expectSecurityHeaders(wrongToken);
    }
    // Creating over B with A's token answers as a wrong token does.
    const createOver = await create(base, aOnB, randomBytes(50));
    expect(createOver.status).toBe(404);
    expect(createOver.text).toBe((await latest(base, unknown)).text);
    // B is untouched, and the unknown id was not created by the attempts.
    const bNow = await latest(base, b);
    expect(bNow.headers.get('etag')).toBe('"1"');
    expect(Buffer.from(bNow.body).equals(bBlob)).toBe(true);
    expect((await latest(base, unknown)).status).toBe(404);
  });

  it('lets exactly one of 20 racing writers win; the others get 412', async () => {
    const vault = newVault();
    expect((await create(base, vault, new Uint8Array([0]))).status).toBe(201);
    const blobs = Array.from({ length: 20 }, () => randomBytes(20_000));
    const answers = await Promise.all(blobs.map((blob) => replace(base, vault, 1, blob)));
    const winners = answers.filter((a) => a.status === 201);
    expect(winners.length).toBe(1);
    for (const lost of answers.filter((a) => a.status !== 201)) {
      expectError(lost, 412, 'version_mismatch');
      expect(lost.headers.get('etag')).toBe('"2"');
    }
    expect((await versions(base, vault)).map((v) => v.version)).toEqual([1, 2]);
    const winner = blobs[answers.indexOf(winners[0]!)]!;
    expect(Buffer.from((await latest(base, vault)).body).equals(winner)).toBe(true);
  });

  it('loses no update when racing writers retry on 412', async () => {
    const vault = newVault();
    expect((await create(base, vault, new Uint8Array([0]))).status).toBe(201);
    const writers = 10;
    await Promise.all(
      Array.from({ length: writers }, async (_, writer) => {
        for (;;) {
          const current = Number((await latest(base, vault)).headers.get('etag')!.slice(1, -1));
          const answer = await replace(base, vault, current, new Uint8Array([writer + 1]));
          if (answer.status === 201) return;
          expect(answer.status).toBe(412);
        }
      }),
    );
    const kept = await versions(base, vault);
    // The first as well: nothing younger than 72 hours is pruned.
    expect(kept.map((v) => v.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const written = await Promise.all(
      kept.slice(1).map(async (v) => {
        const answer = await call(base, 'GET', `/vaults/${vault.id}/versions/${v.version}`, {
          ...auth(vault),
        });
        return answer.body[0]!;
      }),
    );
    // Every writer's update is there exactly once.
    expect(written.sort((x, y) => x - y)).toEqual(Array.from({ length: writers }, (_, i) => i + 1));
  });

  it('refuses a blob over the size limit with 413 and stores nothing', async () => {
    const small = await serve({ maxBlobBytes: 64 * 1024 });
    const vault = newVault();
    const first = randomBytes(1000);
    expect((await create(small, vault, first)).status).toBe(201);

    // Declared too large: refused before the body is read.
    const declared = await rawPut(small, vault, { 'If-Match': '"1"' }, [
      randomBytes(64 * 1024 + 1),
    ]);
    expectError(declared, 413, 'too_large');
    expectSecurityHeaders(declared);
    // Streamed without a length: refused once it passes the limit.
    const streamed = await rawPut(
      small,
      vault,
      { 'If-Match': '"1"', 'Transfer-Encoding': 'chunked' },
      Array.from({ length: 40 }, () => randomBytes(4096)),
    );
    expectError(streamed, 413, 'too_large');
    // Exactly the limit is fine.
    expect((await replace(small, vault, 1, randomBytes(64 * 1024))).status).toBe(201);
    expect((await versions(small, vault)).map((v) => v.version)).toEqual([1, 2]);

    // A too-large first version creates no vault.
    const other = newVault();
    expectError(
      await rawPut(small, other, { 'If-None-Match': '*' }, [randomBytes(100_000)]),
      413,
      'too_large',
    );
    expect((await latest(small, other)).status).toBe(404);
  });

  it('holds the rate limits under load (429 with Retry-After)', async () => {
    const limited = await serve({ vaultPerMinute: 60, vaultBurst: 5 });
    const vault = newVault();
    expect((await create(limited, vault, randomBytes(100))).status).toBe(201);
    const answers = await Promise.all(Array.from({ length: 60 }, () => latest(limited, vault)));
    const ok = answers.filter((a) => a.status === 200).length;
    // The create took one token of five; at most one more refills during the burst.
    expect(ok).toBeGreaterThanOrEqual(4);
    expect(ok).toBeLessThanOrEqual(5);
    const refused = answers.filter((a) => a.status !== 200);
    for (const answer of refused) {
      expectError(answer, 429, 'rate_limited');
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expectSecurityHeaders(answer);
    }
    // Another vault is not held back by this one.
    const other = newVault();
    expect((await create(limited, other, randomBytes(10))).status).toBe(201);

    // Per client address, across vault ids.
    const perAddress = await serve({ ipPerMinute: 60, ipBurst: 10 });
    const spread = await Promise.all(
      Array.from({ length: 50 }, () => latest(perAddress, newVault())),
    );
    const through = spread.filter((a) => a.status !== 429).length;
    expect(through).toBeGreaterThanOrEqual(10);
    expect(through).toBeLessThanOrEqual(11);

    // New vaults per address per day.
    const daily = await serve({ vaultsPerIpPerDay: 3 });
    for (let i = 0; i < 3; i++)
      expect((await create(daily, newVault(), randomBytes(10))).status).toBe(201);
    const fourth = newVault();
    const refusedVault = await create(daily, fourth, randomBytes(10));
    expectError(refusedVault, 429, 'too_many_vaults');
    expect(Number(refusedVault.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await latest(daily, fourth)).status).toBe(404);
  });

  it('admits exactly the daily limit of 40 concurrent slow new vaults from one address', async () => {
    const limited = await serve({ vaultsPerIpPerDay: 20, maxUploads: 100, maxUploadsPerIp: 100 });
    const vaults = Array.from({ length: 40 }, newVault);
    const body = randomBytes(4096);
    // Each sends its headers and half its body, and the rest only once all 40 are in.
    const requests = vaults.map((vault) => {
      const req = httpRequest(`${limited}${BACKUP_BASE}/vaults/${vault.id}`, {
        method: 'PUT',
        headers: {
          ...auth(vault),
          ...octets,
          'If-None-Match': '*',
          'Content-Length': String(body.byteLength),
        },
        agent: false,
      });
      const status = new Promise<number>((resolveStatus, reject) => {
        req.on('response', (res) => {
          res.resume();
          resolveStatus(res.statusCode ?? 0);
        });
        req.on('error', reject);
      });
      req.write(body.subarray(0, 2048));
      return { req, status };
    });
    await new Promise((done) => setTimeout(done, 500));
    for (const { req } of requests) req.end(body.subarray(2048));
    const statuses = await Promise.all(requests.map((r) => r.status));
    expect(statuses.filter((s) => s === 201)).toHaveLength(20);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20);
    const kept = await Promise.all(vaults.map((vault) => latest(limited, vault)));
    expect(kept.filter((a) => a.status === 200)).toHaveLength(20);
    // Full for today, also for vaults made for sync alone.
    const another = newVault();
    const sync = await call(limited, 'PUT', `/v2/${another.id}`, {
      ...auth(another),
      'If-None-Match': '*',
    });
    expectError(sync, 429, 'too_many_vaults');

    // Sync-only vaults race the same way.
    const v2 = await serve({ vaultsPerIpPerDay: 20 });
    const created = await Promise.all(
      Array.from({ length: 40 }, newVault).map((vault) =>
        call(v2, 'PUT', `/v2/${vault.id}`, { ...auth(vault), 'If-None-Match': '*' }),
      ),
    );
    expect(created.filter((a) => a.status === 201)).toHaveLength(20);
    expect(created.filter((a) => a.status === 429)).toHaveLength(20);
  });

  it("does not let wrong tokens spend the owner's budget for the vault", async () => {
    const limited = await serve({ vaultPerMinute: 30, vaultBurst: 20 });
    const vault = newVault();
    expect((await create(limited, vault, randomBytes(100))).status).toBe(201);
    const stranger = { id: vault.id, token: randomBytes(32).toString('hex') };
    const wrong = await Promise.all([
      ...Array.from({ length: 25 }, () => latest(limited, stranger)),
      ...Array.from({ length: 25 }, () => replace(limited, stranger, 1, randomBytes(10))),
      ...Array.from({ length: 25 }, () => create(limited, stranger, randomBytes(10))),
      ...Array.from({ length: 25 }, () =>
        call(limited, 'GET', `/v2/${vault.id}/log`, auth(stranger)),
      ),
    ]);
    // Each is the answer for an unknown vault, never a 429 that would tell the id is busy.
    for (const answer of wrong) expectError(answer, 404, 'not_found');
    // The owner is not locked out.
    const read = await latest(limited, vault);
    expect(read.status).toBe(200);
    expect((await replace(limited, vault, 1, randomBytes(10))).status).toBe(201);
    expect((await call(limited, 'GET', `/v2/${vault.id}/log`, auth(vault))).status).toBe(200);
    // The owner's own requests still meet the vault's limit.
    const own = await Promise.all(Array.from({ length: 25 }, () => latest(limited, vault)));
    expect(own.filter((a) => a.status === 429).length).toBeGreaterThan(0);
  });

  it('answers malformed requests with 400 and a JSON reason, changing nothing', async () => {
    const vault = newVault();
    const blob = randomBytes(300);
    expect((await create(base, vault, blob)).status).toBe(201);
    const put = (
      path: string,
      headers: Record<string, string>,
      body: Uint8Array = randomBytes(10),
    ) => call(base, 'PUT', path, headers, body);
    const good = { ...auth(vault), ...octets, 'If-Match': '"1"' };
    const path = `/vaults/${vault.id}`;

    for (const id of [vault.id.toUpperCase(), vault.id.slice(1), `${vault.id}0`, 'x'.repeat(32)]) {
      expectError(await put(`/vaults/${id}`, good), 400, 'bad_vault_id');
      expectError(await call(base, 'GET', `/vaults/${id}`, auth(vault)), 400, 'bad_vault_id');
    }
    for (const authorization of [
      undefined,
      `Bearer ${vault.token.slice(2)}`,
      `Bearer ${vault.token.toUpperCase()}`,
      `Basic ${vault.token}`,
      `Bearer  ${vault.token}`,
    ]) {
      const headers: Record<string, string> = { ...octets, 'If-Match': '"1"' };
      if (authorization !== undefined) headers.Authorization = authorization;
      expectError(await put(path, headers), 400, 'bad_token');
    }
    for (const ifMatch of ['W/"1"', 'abc', '*', '"0"', '"1", "2"', '"-1"', '"99999999999"']) {
      expectError(await put(path, { ...good, 'If-Match': ifMatch }), 400, 'bad_precondition');
    }
    expectError(await put(path, { ...good, 'If-None-Match': '*' }), 400, 'bad_precondition');
    expectError(
      await put(path, { ...auth(vault), ...octets, 'If-None-Match': '"1"' }),
      400,
      'bad_precondition',
    );
    expectError(await put(path, { ...auth(vault), ...octets }), 428, 'precondition_required');
    expectError(
      await put(path, { ...good, 'Content-Type': 'application/json' }),
      415,
      'bad_content_type',
    );
    expectError(await put(path, good, new Uint8Array(0)), 400, 'empty_body');
    for (const n of ['0', '01', 'x', '-1', '1.5']) {
      expectError(
        await call(base, 'GET', `${path}/versions/${n}`, auth(vault)),
        400,
        'bad_version',
      );
    }
    const unknownPath = await call(base, 'GET', '/nothing-here', {});
    expectError(unknownPath, 404, 'no_such_endpoint');
    expectSecurityHeaders(unknownPath);

    expect((await versions(base, vault)).map((v) => v.version)).toEqual([1]);
    expect(Buffer.from((await latest(base, vault)).body).equals(blob)).toBe(true);
  });

  it('keeps the previous version when the server is killed (SIGKILL) mid-upload', async () => {
    const cwd = await mkdtemp(join(tempDir, 'main-'));
    const env = {
      PATH: process.env.PATH ?? '',
      STEADY_STATIC_DIR: staticDir,
      STEADY_CONFIG: join(cwd, 'none.json'),
      PORT: '0',
      ...backend.env(),
    };
    const start = () => startMainProcess(cwd, env);
    const kill = (child: ChildProcess) => stopMainProcess(child, 'SIGKILL');

    const vault = newVault();
    const first = randomBytes(64 * 1024);
    await freshLimits(running[0]!.store);
    let server = await start();
    expect(server.output()).toContain('backup relay on');
    expect((await create(server.url, vault, first)).status).toBe(201);

    // 1. Killed while the body is still arriving.
    const big = 8 * 1024 * 1024;
    const chunk = randomBytes(256 * 1024);
    const req = httpRequest(`${server.url}${BACKUP_BASE}/vaults/${vault.id}`, {
      method: 'PUT',
      headers: { ...auth(vault), ...octets, 'If-Match': '"1"', 'Content-Length': String(big) },
    });
    req.on('error', () => undefined);
    for (let sent = 0; sent < 2 * 1024 * 1024; sent += chunk.byteLength) {
      req.write(chunk);
      await new Promise((r) => setTimeout(r, 20));
    }
    await kill(server.child);
    req.destroy();

    server = await start();
    let read = await latest(server.url, vault);
    expect(read.headers.get('etag')).toBe('"1"');
    expect(Buffer.from(read.body).equals(first)).toBe(true);
    expect((await versions(server.url, vault)).map((v) => v.version)).toEqual([1]);

    // 2. Killed as the last byte arrives, while the version is being written: all or nothing.
    const whole = randomBytes(12 * 1024 * 1024);
    const late = httpRequest(`${server.url}${BACKUP_BASE}/vaults/${vault.id}`, {
      method: 'PUT',
      headers: { ...auth(vault), ...octets, 'If-Match': '"1"' },
    });
    late.on('error', () => undefined);
    await new Promise<void>((done) => late.end(whole, () => done()));
    await kill(server.child);

    server = await start();
    read = await latest(server.url, vault);
    const kept = await versions(server.url, vault);
    if (read.headers.get('etag') === '"1"') {
      expect(Buffer.from(read.body).equals(first)).toBe(true);
      expect(kept.map((v) => v.version)).toEqual([1]);
    } else {
      expect(read.headers.get('etag')).toBe('"2"');
      expect(Buffer.from(read.body).equals(whole)).toBe(true);
      expect(kept.map((v) => [v.version, v.size])).toEqual([
        [1, first.byteLength],
        [2, whole.byteLength],
      ]);
    }
    // The vault still takes writes after the restart.
    const next = Number(read.headers.get('etag')!.slice(1, -1));
    expect((await replace(server.url, vault, next, randomBytes(10))).status).toBe(201);

    // Nothing about the request reached the server's output.
    const output = server.output();
    await kill(server.child);
    expect(output).not.toContain(vault.id);
    expect(output).not.toContain(vault.token);
    expect(output).not.toContain('127.0.0.1');
  }, 90_000);
});

describe('backup relay CORS', () => {
  let store: BackupStore;
  const servers: RunningServer[] = [];
  beforeAll(() => {
    store = openSqliteStore(join(tempDir, 'cors.sqlite'));
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
    await store.close();
  });
  async function serve(appOrigin?: string): Promise<string> {
    const backupApi = createBackupApi(store, { limits: OPEN_LIMITS, trustProxy: false, appOrigin });
    const server = await startServer({ staticDir, port: 0, backupApi });
    servers.push(server);
    return `http://127.0.0.1:${server.port}`;
  }

  it('sends no CORS headers by default (same origin)', async () => {
    const base = await serve();
    const answer = await call(base, 'GET', '/health', { Origin: 'https://app.example.org' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expectSecurityHeaders(answer);
  });

  it('answers only the configured app origin when it differs', async () => {
    const base = await serve('https://app.example.org');
    const preflight = await call(base, 'OPTIONS', `/vaults/${newVault().id}`, {
      Origin: 'https://app.example.org',
      'Access-Control-Request-Method': 'PUT',
      'Access-Control-Request-Headers': 'authorization, if-match, content-type',
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
      'if-match',
    );
    const vault = newVault();
    const created = await call(
      base,
      'PUT',
      `/vaults/${vault.id}`,
      { ...auth(vault), ...octets, 'If-None-Match': '*', Origin: 'https://app.example.org' },
      randomBytes(10),
    );
    expect(created.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    expect(created.headers.get('access-control-expose-headers')).toContain('ETag');
    const stranger = await call(base, 'GET', '/health', { Origin: 'https://evil.example' });
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
  });
});
