// How long a vault's data lives, on a real SQLite file and a real PostgreSQL server:
// whole-vault versions kept spaced in time (retention.ts), and a vault deleted with its
// token after a delay that the token can cancel. The clock is the test's.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectDeletedVaults } from './collect.ts';
import type { BackupLimits } from './config.ts';
import { openPostgresStore } from './postgres.ts';
import { startTestPostgres, type TestPostgres } from './postgres-harness.ts';
import type { RetentionPolicy } from './retention.ts';
import { createBackupApi } from './routes.ts';
import { openSqliteStore } from './sqlite.ts';
import { QuotaExceededError, type BackupStore } from './store.ts';
import { OPEN_LIMITS } from './test-support.ts';

const HOUR = 3600;
const DAY = 24 * HOUR;
const POLICY: RetentionPolicy = { recent: 10, daily: 30, weekly: 52, graceHours: 72 };

interface Vault {
  id: string;
  token: string;
}
const newVault = (): Vault => ({
  id: randomBytes(16).toString('hex'),
  token: randomBytes(32).toString('hex'),
});
const newName = () => randomBytes(16).toString('hex');
const sha256 = async (text: string) =>
  (await import('node:crypto')).createHash('sha256').update(text).digest();

interface Backend {
  name: string;
  setUp(): Promise<void>;
  tearDown(): Promise<void>;
  open(): Promise<BackupStore>;
  /** Rows the database holds for the vault, per table, read straight from the tables. */
  rows(id: string): Promise<Record<string, number>>;
}

let tempDir: string;
beforeAll(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'steady-lifetime-'));
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
    open: async () => openSqliteStore(join(tempDir, 'lifetime.sqlite')),
    async rows(id) {
      const db = new Database(join(tempDir, 'lifetime.sqlite'), { readonly: true });
      const count = (sql: string) => (db.prepare(sql).get(id) as { n: number }).n;
      const rows = {
        vaults: count('SELECT COUNT(*) AS n FROM vaults WHERE id = ?'),
        versions: count('SELECT COUNT(*) AS n FROM versions WHERE vault_id = ?'),
        objects: count('SELECT COUNT(*) AS n FROM sync_objects WHERE vault_id = ?'),
        log: count('SELECT COUNT(*) AS n FROM sync_log WHERE vault_id = ?'),
      };
      db.close();
      return rows;
    },
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
    async rows(id) {
      const client = new pg.Client(postgres!.url);
      await client.connect();
      const count = async (table: string, column: string) =>
        Number(
          (
            await client.query<{ n: string }>(
              `SELECT COUNT(*) AS n FROM ${table} WHERE ${column} = $1`,
              [id],
            )
          ).rows[0]!.n,
        );
      const rows = {
        vaults: await count('steady_backup_vaults', 'id'),
        versions: await count('steady_backup_versions', 'vault_id'),
        objects: await count('steady_sync_objects', 'vault_id'),
        log: await count('steady_sync_log', 'vault_id'),
      };
      await client.end();
      return rows;
    },
  },
];

describe.each(backends)('a vault over time on $name', (backend) => {
  let store: BackupStore;
  // Seconds since 1970, moved on by the tests.
  let clock = Math.floor(Date.now() / 1000);
  const now = () => clock;

  beforeAll(async () => {
    await backend.setUp();
    store = await backend.open();
  }, 120_000);
  afterAll(async () => {
    await store.close();
    await backend.tearDown();
  }, 60_000);

  async function relay(limits: Partial<BackupLimits> = {}) {
    await store.limits?.expireLimits(Number.MAX_SAFE_INTEGER);
    const api = createBackupApi(store, {
      limits: { ...OPEN_LIMITS, ...limits },
      trustProxy: false,
      now,
    });
    return async (method: string, path: string, vault: Vault, body?: Uint8Array) => {
      const headers: Record<string, string> = { Authorization: `Bearer ${vault.token}` };
      if (body) headers['Content-Type'] = 'application/octet-stream';
      if (body && method === 'PUT') headers['If-None-Match'] = '*';
      const init: RequestInit = { method, headers };
      if (body) init.body = body as Uint8Array<ArrayBuffer>;
      const response = await api.request(path, init);
      const text = await response.text();
      return { status: response.status, json: () => JSON.parse(text) as Record<string, unknown> };
    };
  }

  /** A vault with two whole-vault versions, two objects and a log entry. */
  async function fullVault(): Promise<Vault> {
    const vault = newVault();
    expect((await store.create(vault.id, await sha256(vault.token), randomBytes(100), clock)).ok);
    expect((await store.append(vault.id, 1, randomBytes(100), POLICY, clock)).ok).toBe(true);
    await store.putObjects(
      vault.id,
      [
        { name: newName(), bytes: randomBytes(200) },
        { name: newName(), bytes: randomBytes(300) },
      ],
      clock,
    );
    const logged = await store.appendLog(
      vault.id,
      null,
      { id: newName(), bytes: randomBytes(50) },
      clock,
    );
    expect(logged.ok).toBe(true);
    expect(await backend.rows(vault.id)).toEqual({ vaults: 1, versions: 2, objects: 2, log: 1 });
    return vault;
  }

  it('keeps versions spaced in time, and all of a burst, pruning in the write', async () => {
    const vault = newVault();
    const start = clock - 400 * DAY;
    expect((await store.create(vault.id, randomBytes(32), new Uint8Array([0]), start)).ok).toBe(
      true,
    );
    // One version a day for 400 days, then 200 in a few minutes.
    const times = [start];
    for (let day = 1; day < 400; day++) times.push(start + day * DAY);
    for (let i = 0; i < 200; i++) times.push(clock + i);
    for (let v = 1; v < times.length; v++) {
      const at = times[v]!;
      expect((await store.append(vault.id, v, new Uint8Array([v % 256]), POLICY, at)).ok).toBe(
        true,
      );
    }
    const kept = (await store.versions(vault.id)).map((v) => v.version);
    const keptAt = (await store.versions(vault.id)).map((v) => v.createdAt);
    // All 200 of the burst, and the daily version of each of the last 30 days.
    for (let v = 400; v < 600; v++) expect(kept).toContain(v + 1);
    // (Today and the 29 days before it: yesterday's is the newest of the daily ones.)
    for (let day = 0; day < 29; day++) expect(keptAt).toContain(start + (399 - day) * DAY);
    // About one a week before that, and nothing from before the 52 weeks.
    expect(Math.min(...keptAt)).toBeGreaterThanOrEqual(clock - 52 * 7 * DAY);
    expect(kept.length).toBeGreaterThan(200 + 30 + 40);
    expect(kept.length).toBeLessThan(200 + 30 + 53);
    // The latest is what a device reads.
    expect((await store.latest(vault.id))?.version).toBe(600);
  });

  it('refuses a whole-vault version past the quota once pruned, changing nothing', async () => {
    const vault = newVault();
    expect((await store.create(vault.id, randomBytes(32), randomBytes(400), clock)).ok).toBe(true);
    expect((await store.append(vault.id, 1, randomBytes(400), POLICY, clock, 1000)).ok).toBe(true);
    const failure = await store
      .append(vault.id, 2, randomBytes(400), POLICY, clock, 1000)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QuotaExceededError);
    expect((await store.versions(vault.id)).map((v) => v.version)).toEqual([1, 2]);
    expect((await store.latest(vault.id))?.version).toBe(2);
    // Past the delay the oldest is pruned in the same write, and the new one fits.
    const later = clock + 73 * HOUR;
    const lean = { ...POLICY, recent: 1, daily: 0, weekly: 0 };
    expect((await store.append(vault.id, 2, randomBytes(400), lean, later, 1000)).ok).toBe(true);
    expect((await store.versions(vault.id)).map((v) => v.version)).toEqual([3]);
  });

  it('schedules a deletion with the token, answers when, and keeps reads working', async () => {
    const request = await relay();
    const vault = await fullVault();
    const asked = await request('DELETE', `/vaults/${vault.id}`, vault);
    expect(asked.status).toBe(202);
    const at = clock + 72 * HOUR;
    expect(asked.json()).toEqual({ deleteAt: at, deleteAtIso: new Date(at * 1000).toISOString() });
    expect((await request('GET', `/vaults/${vault.id}/deletion`, vault)).json()).toEqual({
      ...asked.json(),
      delayHours: 72,
    });
    // Asking again later does not put it off.
    clock += HOUR;
    expect((await request('DELETE', `/vaults/${vault.id}`, vault)).json()).toMatchObject({
      deleteAt: at,
    });
    // Until then everything reads (and the sweep, an hour early, deletes nothing).
    expect((await request('GET', `/vaults/${vault.id}`, vault)).status).toBe(200);
    expect((await request('GET', `/v2/${vault.id}/log`, vault)).status).toBe(200);
    expect(await collectDeletedVaults(store, at - 1)).toBe(0);
    expect(await backend.rows(vault.id)).toEqual({ vaults: 1, versions: 2, objects: 2, log: 1 });
    expect((await request('GET', `/vaults/${vault.id}/versions`, vault)).status).toBe(200);
    await request('POST', `/vaults/${vault.id}/cancel-delete`, vault);
  });

  it('cancels a scheduled deletion with the token, so the sweep keeps the vault', async () => {
    const request = await relay();
    const vault = await fullVault();
    const at = (await request('DELETE', `/vaults/${vault.id}`, vault)).json().deleteAt as number;
    const cancelled = await request('POST', `/vaults/${vault.id}/cancel-delete`, vault);
    expect(cancelled.status).toBe(200);
    expect(cancelled.json()).toEqual({ cancelled: true, deleteAt: null });
    expect((await request('GET', `/vaults/${vault.id}/deletion`, vault)).json()).toEqual({
      deleteAt: null,
      delayHours: 72,
    });
    await collectDeletedVaults(store, at + 1000 * DAY);
    expect(await backend.rows(vault.id)).toEqual({ vaults: 1, versions: 2, objects: 2, log: 1 });
    // Nothing left to cancel; a new request starts a new delay.
    expect((await request('POST', `/vaults/${vault.id}/cancel-delete`, vault)).json()).toEqual({
      cancelled: false,
      deleteAt: null,
    });
    clock += DAY;
    expect((await request('DELETE', `/vaults/${vault.id}`, vault)).json()).toMatchObject({
      deleteAt: clock + 72 * HOUR,
    });
    await request('POST', `/vaults/${vault.id}/cancel-delete`, vault);
  });

  it('deletes the vault whole once the delay has passed, and no other', async () => {
    const request = await relay({ deleteDelayHours: 24 });
    const vault = await fullVault();
    const neighbour = await fullVault();
    const at = (await request('DELETE', `/vaults/${vault.id}`, vault)).json().deleteAt;
    expect(at).toBe(clock + 24 * HOUR);
    expect(await collectDeletedVaults(store, clock + 24 * HOUR)).toBe(1);
    expect(await backend.rows(vault.id)).toEqual({ vaults: 0, versions: 0, objects: 0, log: 0 });
    expect(await backend.rows(neighbour.id)).toEqual({
      vaults: 1,
      versions: 2,
      objects: 2,
      log: 1,
    });
    // Gone: answered as an unknown vault, and nothing left to cancel.
    for (const [method, path] of [
      ['GET', `/vaults/${vault.id}`],
      ['GET', `/v2/${vault.id}/log`],
      ['POST', `/vaults/${vault.id}/cancel-delete`],
      ['DELETE', `/vaults/${vault.id}`],
    ] as const) {
      const answer = await request(method, path, vault);
      expect(answer.status, `${method} ${path}`).toBe(404);
      expect(answer.json().error).toBe('not_found');
    }
    expect(await collectDeletedVaults(store, clock + 1000 * DAY)).toBe(0);
  });

  it("refuses a wrong token without spending the owner's budget or touching the deletion", async () => {
    const request = await relay({ vaultPerMinute: 30, vaultBurst: 5 });
    const vault = await fullVault();
    const stranger = { id: vault.id, token: randomBytes(32).toString('hex') };
    const wrong = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        request(
          i % 2 === 0 ? 'DELETE' : 'POST',
          `/vaults/${vault.id}${i % 2 === 0 ? '' : '/cancel-delete'}`,
          stranger,
        ),
      ),
    );
    for (const answer of wrong) {
      expect(answer.status).toBe(404);
      expect(answer.json().error).toBe('not_found');
    }
    expect(await store.deletionAt(vault.id)).toBeNull();
    // The owner's request is not 429.
    const asked = await request('DELETE', `/vaults/${vault.id}`, vault);
    expect(asked.status).toBe(202);
    // A wrong token cannot cancel it either.
    expect((await request('POST', `/vaults/${vault.id}/cancel-delete`, stranger)).status).toBe(404);
    expect(await store.deletionAt(vault.id)).toBe(asked.json().deleteAt);
    expect((await request('POST', `/vaults/${vault.id}/cancel-delete`, vault)).status).toBe(200);
  });
});
