// The relay's total storage budget (issue 18): once all vaults hold it, writes that add
// bytes are refused with 507 storage_full and the rest still works; on a real SQLite file
// and a real PostgreSQL, where two instances on one database share one total and a
// restarted relay finds it in the store.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../serve.ts';
import { totalBudget } from './budget.ts';
import type { BackupLimits } from './config.ts';
import { openPostgresStore } from './postgres.ts';
import { startTestPostgres, type TestPostgres } from './postgres-harness.ts';
import { BACKUP_BASE, createBackupApi } from './routes.ts';
import { openSqliteStore } from './sqlite.ts';
import type { BackupStore } from './store.ts';
import { OPEN_LIMITS } from './test-support.ts';

describe('the total as counted', () => {
  it('is read from the store again once old, and adds what this instance stored since', async () => {
    let inStore = 100;
    let reads = 0;
    let clock = 0;
    const store = {
      totalUsage: async () => {
        reads++;
        return inStore;
      },
    };
    const total = totalBudget(store, 1000, 10_000, () => clock);
    expect(await total.full()).toBe(false);
    expect(reads).toBe(1);
    total.added(850);
    // 100 counted + 850 stored here since: not yet full; 50 more and it is.
    expect(await total.full()).toBe(false);
    total.added(50);
    expect(await total.full()).toBe(true);
    expect(reads).toBe(1);
    // Another instance deleted a vault: seen once the count is read again.
    inStore = 200;
    clock = 10_000;
    // Past checkMs: read again in the background, this answer from the last count.
    expect(await total.full()).toBe(true);
    await Promise.resolve();
    expect(reads).toBe(2);
    expect(await total.full()).toBe(false);
    expect(total.used()).toBe(200);
    // After a quiet spell (twice checkMs), the write waits for the new count.
    inStore = 5000;
    clock = 40_000;
    expect(await total.full()).toBe(true);
    expect(reads).toBe(3);
  });

  it('keeps the last count when the store does not answer', async () => {
    let answer = true;
    let clock = 0;
    const total = totalBudget(
      {
        totalUsage: async () => {
          if (!answer) throw new Error('the database is down');
          return 2000;
        },
      },
      1000,
      1000,
      () => clock,
    );
    expect(await total.full()).toBe(true);
    answer = false;
    clock = 5000;
    expect(await total.full()).toBe(true);
  });
});

interface Vault {
  id: string;
  token: string;
}
const newVault = (): Vault => ({
  id: randomBytes(16).toString('hex'),
  token: randomBytes(32).toString('hex'),
});
const newName = () => randomBytes(16).toString('hex');

interface Answer {
  status: number;
  retryAfter: string | null;
  json: Record<string, unknown>;
}

async function call(
  base: string,
  method: string,
  path: string,
  vault: Vault,
  headers: Record<string, string> = {},
  body?: Uint8Array | string,
): Promise<Answer> {
  const init: RequestInit = {
    method,
    headers: { Authorization: `Bearer ${vault.token}`, ...headers },
  };
  if (body !== undefined) init.body = body as BodyInit;
  const response = await fetch(`${base}${BACKUP_BASE}${path}`, init);
  const text = await response.text();
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    json: response.headers.get('content-type')?.startsWith('application/json')
      ? (JSON.parse(text) as Record<string, unknown>)
      : {},
  };
}
const octets = { 'Content-Type': 'application/octet-stream' };
const createSync = (base: string, v: Vault) =>
  call(base, 'PUT', `/v2/${v.id}`, v, { 'If-None-Match': '*' });
const putObject = (base: string, v: Vault, name: string, size: number) =>
  call(base, 'PUT', `/v2/${v.id}/objects/${name}`, v, octets, randomBytes(size));
const getObject = (base: string, v: Vault, name: string) =>
  call(base, 'GET', `/v2/${v.id}/objects/${name}`, v);
const appendLog = (base: string, v: Vault) =>
  call(
    base,
    'POST',
    `/v2/${v.id}/log`,
    v,
    { 'Content-Type': 'application/json' },
    JSON.stringify({ expected: null, id: newName(), bytes: randomBytes(30).toString('base64') }),
  );
const putVersion = (base: string, v: Vault, known: number | null, size: number) =>
  call(
    base,
    'PUT',
    `/vaults/${v.id}`,
    v,
    { ...octets, ...(known === null ? { 'If-None-Match': '*' } : { 'If-Match': `"${known}"` }) },
    randomBytes(size),
  );
const usage = async (base: string, v: Vault) =>
  (await call(base, 'GET', `/v2/${v.id}/usage`, v)).json.used;

function expectFull(answer: Answer): void {
  expect(answer.status, JSON.stringify(answer.json)).toBe(507);
  expect(answer.json.error).toBe('storage_full');
  expect(answer.json.message).toMatch(/server is full/);
  expect(Number(answer.retryAfter)).toBeGreaterThan(0);
}

interface Backend {
  name: string;
  setUp(): Promise<void>;
  tearDown(): Promise<void>;
  /** A place of its own for one test: a new file or database. */
  newPlace(): Promise<string>;
  open(place: string): Promise<BackupStore>;
}

let tempDir: string;
let staticDir: string;
let postgres: TestPostgres | undefined;
let databases = 0;
beforeAll(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'steady-budget-'));
  staticDir = join(tempDir, 'dist');
  await mkdir(staticDir);
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Steady</title>');
});
afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

const backends: Backend[] = [
  {
    name: 'SQLite',
    setUp: async () => undefined,
    tearDown: async () => undefined,
    newPlace: async () => join(tempDir, `budget-${databases++}.sqlite`),
    open: async (file) => openSqliteStore(file),
  },
  {
    name: 'PostgreSQL',
    setUp: async () => {
      postgres = await startTestPostgres();
    },
    tearDown: async () => {
      await postgres?.stop();
    },
    async newPlace() {
      const database = `budget_${databases++}`;
      const admin = new pg.Client(postgres!.url.replace(/\/steady_backup$/, '/postgres'));
      await admin.connect();
      await admin.query(`CREATE DATABASE ${database}`);
      await admin.end();
      return postgres!.url.replace(/\/steady_backup$/, `/${database}`);
    },
    open: (url) => openPostgresStore(url),
  },
];

describe.each(backends)('the total storage budget on $name', (backend) => {
  const running: { server: RunningServer; store: BackupStore }[] = [];
  async function serve(store: BackupStore, limits: Partial<BackupLimits>): Promise<string> {
    const backupApi = createBackupApi(store, {
      limits: { ...OPEN_LIMITS, ...limits },
      trustProxy: false,
    });
    const server = await startServer({ staticDir, port: 0, backupApi });
    running.push({ server, store });
    return `http://127.0.0.1:${server.port}`;
  }
  async function stop(base: string): Promise<void> {
    const at = running.findIndex(({ server }) => `http://127.0.0.1:${server.port}` === base);
    const [gone] = running.splice(at, 1);
    await gone!.server.close();
    await gone!.store.close();
  }

  beforeAll(() => backend.setUp(), 120_000);
  afterAll(async () => {
    for (const { server, store } of running) {
      await server.close();
      await store.close();
    }
    await backend.tearDown();
  }, 60_000);

  // Whole-vault versions: only the newest is kept, so a new one replaces the last.
  const budget: Partial<BackupLimits> = {
    totalBytes: 10_000,
    totalCheckSeconds: 1,
    keepVersions: 1,
    keepDaily: 0,
    keepWeekly: 0,
    keepHours: 0,
  };

  it('refuses what adds bytes once full, and still reads, deletes and takes what adds none', async () => {
    const place = await backend.newPlace();
    const store = await backend.open(place);
    const base = await serve(store, budget);
    const copy = newVault();
    expect((await putVersion(base, copy, null, 3000)).status).toBe(201);
    const synced = newVault();
    expect((await createSync(base, synced)).status).toBe(201);
    const first = newName();
    expect((await putObject(base, synced, first, 6000)).status).toBe(201);
    // 9,000 of 10,000 bytes held: this one is let in, and passes the budget by its size.
    const second = newName();
    expect((await putObject(base, synced, second, 2000)).status).toBe(201);
    expect(await store.totalUsage()).toBe(11_000);

    // Full: nothing that adds bytes, for any vault, and no new vault.
    expectFull(await putObject(base, synced, newName(), 10));
    expectFull(await appendLog(base, synced));
    expectFull(await createSync(base, newVault()));
    expectFull(await putVersion(base, newVault(), null, 100));
    expectFull(await putVersion(base, copy, 1, 3001));
    expect(await usage(base, synced)).toBe(8000);
    expect(await usage(base, copy)).toBe(3000);

    // What adds nothing still goes: reads, an object already held, a version that
    // replaces one as large or larger.
    expect((await getObject(base, synced, first)).status).toBe(200);
    const again = await putObject(base, synced, first, 6000);
    expect(again.status).toBe(200);
    expect(again.json.stored).toBe(false);
    expect((await putVersion(base, copy, 1, 3000)).status).toBe(201);
    expect((await putVersion(base, copy, 2, 1000)).status).toBe(201);
    expect(await usage(base, copy)).toBe(1000);
    expect((await call(base, 'GET', `/vaults/${copy.id}`, copy)).status).toBe(200);
    // And deleting: asked, cancelled, asked again; once the sweep deletes it the space is
    // free again, seen once the total is counted anew (at most twice 1 s here).
    expect((await call(base, 'DELETE', `/vaults/${synced.id}`, synced)).status).toBe(202);
    expect((await call(base, 'POST', `/vaults/${synced.id}/cancel-delete`, synced)).json).toEqual({
      cancelled: true,
      deleteAt: null,
    });
    expect((await call(base, 'DELETE', `/vaults/${synced.id}`, synced)).status).toBe(202);
    expect(await store.deleteDueVaults(Number.MAX_SAFE_INTEGER)).toBe(1);
    await new Promise((done) => setTimeout(done, 2100));
    const later = newVault();
    expect((await createSync(base, later)).status).toBe(201);
    expect((await putObject(base, later, newName(), 4000)).status).toBe(201);
    expect(await store.totalUsage()).toBe(5000);
  });

  it('is one budget for every instance on one database, and a restart finds it full', async () => {
    const place = await backend.newPlace();
    // PostgreSQL: two instances at once. SQLite runs as one instance: the second relay
    // on its file is the one after a restart.
    const one = await serve(await backend.open(place), budget);
    const vault = newVault();
    expect((await createSync(one, vault)).status).toBe(201);
    expect((await putObject(one, vault, newName(), 100)).status).toBe(201);
    let two: string | undefined;
    const other = newVault();
    if (backend.name === 'PostgreSQL') {
      two = await serve(await backend.open(place), budget);
      // Both counted the store's 100 bytes.
      expect((await createSync(two, other)).status).toBe(201);
    }
    // The first instance fills the relay; the second stored nothing of it itself.
    expect((await putObject(one, vault, newName(), 9950)).status).toBe(201);
    expectFull(await putObject(one, vault, newName(), 10));
    if (two !== undefined) {
      // Once its count is older than the check's time, the second sees the store's total.
      await new Promise((done) => setTimeout(done, 2100));
      expectFull(await putObject(two, other, newName(), 10));
      expectFull(await createSync(two, newVault()));
      expect((await getObject(two, vault, newName())).status).toBe(404);
    }
    // Every instance restarts: the first count comes from the store, so it is full at once.
    await stop(one);
    if (two !== undefined) await stop(two);
    const restarted = await serve(await backend.open(place), budget);
    expectFull(await putObject(restarted, vault, newName(), 10));
    expect(await usage(restarted, vault)).toBe(10_050);
    // A relay with a larger budget takes writes again.
    await stop(restarted);
    const larger = await serve(await backend.open(place), { ...budget, totalBytes: 1_000_000 });
    expect((await putObject(larger, vault, newName(), 10)).status).toBe(201);
  });
});
