// Limits that hold across instances and restarts (issue 18): the rate limits and the
// count of new vaults per address per day live in the store, so two relay processes on
// one PostgreSQL enforce one limit together, and a restart (of both) starts nothing over.
// SQLite, single-instance, keeps them in its file across a restart. Run against the real
// entry point (main.ts), with client addresses given through the trusted-proxy header.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';

import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SharedLimits } from './limits.ts';
import { startMainProcess, stopMainProcess, tempSite, type MainProcess } from './main-process.ts';
import { openPostgresStore } from './postgres.ts';
import { startTestPostgres, type TestPostgres } from './postgres-harness.ts';
import { BACKUP_BASE } from './routes.ts';
import { openSqliteStore } from './sqlite.ts';

interface Vault {
  id: string;
  token: string;
}
const newVault = (): Vault => ({
  id: randomBytes(16).toString('hex'),
  token: randomBytes(32).toString('hex'),
});

async function call(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Uint8Array,
): Promise<{ status: number; text: string; retryAfter: string | null }> {
  const init: RequestInit = { method, headers };
  if (body) init.body = body as Uint8Array<ArrayBuffer>;
  const response = await fetch(`${base}${BACKUP_BASE}${path}`, init);
  return {
    status: response.status,
    text: await response.text(),
    retryAfter: response.headers.get('retry-after'),
  };
}

const from = (address: string) => ({ 'X-Forwarded-For': address });
const create = (base: string, vault: Vault, address: string) =>
  call(
    base,
    'PUT',
    `/vaults/${vault.id}`,
    {
      ...from(address),
      Authorization: `Bearer ${vault.token}`,
      'Content-Type': 'application/octet-stream',
      'If-None-Match': '*',
    },
    randomBytes(64),
  );
const read = (base: string, vault: Vault, address: string) =>
  call(base, 'GET', `/vaults/${vault.id}`, {
    ...from(address),
    Authorization: `Bearer ${vault.token}`,
  });

let dir: string;
let staticDir: string;
let postgres: TestPostgres;
const started: MainProcess[] = [];
beforeAll(async () => {
  ({ dir, staticDir } = await tempSite('steady-limits-'));
  postgres = await startTestPostgres();
}, 120_000);
afterAll(async () => {
  for (const relay of started) await stopMainProcess(relay.child, 'SIGKILL');
  await postgres?.stop();
  await rm(dir, { recursive: true, force: true });
}, 60_000);

async function relay(store: Record<string, string>, limits: Record<string, string>) {
  const cwd = await mkdtemp(join(dir, 'relay-'));
  const process_ = await startMainProcess(cwd, {
    PATH: process.env.PATH ?? '',
    PORT: '0',
    STEADY_STATIC_DIR: staticDir,
    STEADY_CONFIG: join(cwd, 'none.json'),
    STEADY_BACKUP_TRUST_PROXY: '1',
    ...store,
    ...limits,
  });
  started.push(process_);
  return process_;
}

const pgStore = () => ({ STEADY_BACKUP: 'postgres', STEADY_BACKUP_PG: postgres.url });

describe('limits shared by two relay processes on one PostgreSQL', () => {
  it('enforce one per-address budget and one daily count together, also after both restart', async () => {
    const limits = {
      // One token a minute refills: nothing the test should see.
      STEADY_BACKUP_IP_PER_MINUTE: '1',
      STEADY_BACKUP_IP_BURST: '12',
      STEADY_BACKUP_VAULTS_PER_IP_PER_DAY: '5',
    };
    let [one, two] = await Promise.all([relay(pgStore(), limits), relay(pgStore(), limits)]);
    const address = '198.51.100.20';
    // Eight new vaults from one address, four at each instance at once: exactly five made.
    const vaults = Array.from({ length: 8 }, newVault);
    const made = await Promise.all(
      vaults.map((vault, i) => create(i % 2 ? two.url : one.url, vault, address)),
    );
    expect(made.filter((a) => a.status === 201)).toHaveLength(5);
    const refused = made.filter((a) => a.status === 429);
    expect(refused).toHaveLength(3);
    for (const answer of refused) expect(answer.text).toContain('too_many_vaults');
    // The address has 12 - 8 = 4 requests left, in all; each instance alone would give 12.
    const reads = await Promise.all(
      Array.from({ length: 10 }, (_, i) => read(i % 2 ? two.url : one.url, vaults[0]!, address)),
    );
    expect(reads.filter((a) => a.status !== 429)).toHaveLength(4);

    // Both restart: the spent budget and today's count are still spent.
    await Promise.all([stopMainProcess(one.child), stopMainProcess(two.child)]);
    [one, two] = await Promise.all([relay(pgStore(), limits), relay(pgStore(), limits)]);
    const after = await read(one.url, vaults[0]!, address);
    expect(after.status).toBe(429);
    expect(Number(after.retryAfter)).toBeGreaterThanOrEqual(1);
    expect((await read(two.url, vaults[0]!, address)).status).toBe(429);
    // Another address is not held back, yet it meets the same daily count on both.
    const other = '203.0.113.20';
    const more = await Promise.all(
      Array.from({ length: 8 }, (_, i) => create(i % 2 ? two.url : one.url, newVault(), other)),
    );
    expect(more.filter((a) => a.status === 201)).toHaveLength(5);
    await Promise.all([stopMainProcess(one.child), stopMainProcess(two.child)]);
    [one, two] = await Promise.all([relay(pgStore(), limits), relay(pgStore(), limits)]);
    const sixth = await create(two.url, newVault(), other);
    expect(sixth.status).toBe(429);
    expect(sixth.text).toContain('too_many_vaults');
    await Promise.all([stopMainProcess(one.child), stopMainProcess(two.child)]);
  }, 90_000);

  it('admit exactly the daily limit of 40 concurrent slow new vaults split over both', async () => {
    const limits = { STEADY_BACKUP_VAULTS_PER_IP_PER_DAY: '20' };
    const [one, two] = await Promise.all([relay(pgStore(), limits), relay(pgStore(), limits)]);
    const vaults = Array.from({ length: 40 }, newVault);
    const made = await Promise.all(
      // Addresses of one /64, alternating instance: one count.
      vaults.map((vault, i) =>
        create(i % 2 ? two.url : one.url, vault, `2001:db8:40:0::${(i + 1).toString(16)}`),
      ),
    );
    expect(made.filter((a) => a.status === 201)).toHaveLength(20);
    expect(made.filter((a) => a.status === 429)).toHaveLength(20);
    const kept = await Promise.all(vaults.map((vault) => read(one.url, vault, '192.0.2.40')));
    expect(kept.filter((a) => a.status === 200)).toHaveLength(20);
    await Promise.all([stopMainProcess(one.child), stopMainProcess(two.child)]);
  }, 60_000);

  it("never let wrong tokens at either instance make the owner's request 429", async () => {
    const limits = { STEADY_BACKUP_VAULT_PER_MINUTE: '30', STEADY_BACKUP_VAULT_BURST: '20' };
    const [one, two] = await Promise.all([relay(pgStore(), limits), relay(pgStore(), limits)]);
    const vault = newVault();
    expect((await create(one.url, vault, '192.0.2.30')).status).toBe(201);
    const stranger = { id: vault.id, token: randomBytes(32).toString('hex') };
    const wrong = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        read(i % 2 ? two.url : one.url, stranger, `192.0.2.${100 + (i % 50)}`),
      ),
    );
    for (const answer of wrong) expect(answer.status).toBe(404);
    expect((await read(two.url, vault, '192.0.2.30')).status).toBe(200);
    expect((await read(one.url, vault, '192.0.2.30')).status).toBe(200);
    // The owner's own requests, at both, meet the vault's one budget of 20.
    const own = await Promise.all(
      Array.from({ length: 30 }, (_, i) => read(i % 2 ? two.url : one.url, vault, '192.0.2.30')),
    );
    const through = own.filter((a) => a.status === 200).length;
    // 20, less the create and two reads, and one or two refilled meanwhile (30 a minute).
    expect(through).toBeGreaterThanOrEqual(17);
    expect(through).toBeLessThanOrEqual(19);
    await Promise.all([stopMainProcess(one.child), stopMainProcess(two.child)]);
  }, 60_000);

  it('store keyed hashes with one secret, never an address or a vault id, and expire old rows', async () => {
    const client = new pg.Client(postgres.url);
    await client.connect();
    try {
      const keys = (await client.query<{ key: string }>('SELECT key FROM steady_backup_limits'))
        .rows;
      expect(keys.length).toBeGreaterThan(0);
      const all = keys.map((row) => row.key).join('\n');
      for (const seen of ['198.51.100', '203.0.113', '192.0.2', '2001:db8']) {
        expect(all).not.toContain(seen);
      }
      const secrets = await client.query('SELECT name FROM steady_backup_secrets');
      expect(secrets.rowCount).toBe(1);
      const vaultIds = (await client.query<{ id: string }>('SELECT id FROM steady_backup_vaults'))
        .rows;
      for (const { id } of vaultIds) expect(all).not.toContain(id);

      // Two stores (instances) hash alike; rows past their time go.
      const a = await openPostgresStore(postgres.url);
      const b = await openPostgresStore(postgres.url);
      expect(a.limits!.hash('x')).toBe(b.limits!.hash('x'));
      const shared = new SharedLimits(a.limits!);
      const now = Date.now();
      expect(await shared.take('t:old', 1, 2, now)).toBe(0);
      // Full again two minutes later: then the row limits nothing and is deleted.
      const kept = () => client.query("SELECT 1 FROM steady_backup_limits WHERE key = 't:old'");
      await a.limits!.expireLimits(now + 60_000);
      expect((await kept()).rowCount).toBe(1);
      expect(await b.limits!.expireLimits(now + 121_000)).toBeGreaterThanOrEqual(1);
      expect((await kept()).rowCount).toBe(0);
      await a.close();
      await b.close();
    } finally {
      await client.end();
    }
  });
});

describe('limits on SQLite (single instance)', () => {
  it('outlive a restart, kept in the same file as keyed hashes', async () => {
    const file = join(dir, 'limits.sqlite');
    const store = { STEADY_BACKUP: 'sqlite', STEADY_BACKUP_SQLITE: file };
    const limits = {
      STEADY_BACKUP_IP_PER_MINUTE: '1',
      STEADY_BACKUP_IP_BURST: '6',
      STEADY_BACKUP_VAULTS_PER_IP_PER_DAY: '3',
    };
    let one = await relay(store, limits);
    const address = '198.51.100.30';
    const made = await Promise.all(
      Array.from({ length: 5 }, () => create(one.url, newVault(), address)),
    );
    expect(made.filter((a) => a.status === 201)).toHaveLength(3);
    await stopMainProcess(one.child, 'SIGKILL');
    one = await relay(store, limits);
    // Killed and started again: today's count and the spent budget are kept.
    const again = await create(one.url, newVault(), '198.51.100.31');
    expect(again.status).toBe(201);
    expect((await create(one.url, newVault(), address)).status).toBe(429);
    await stopMainProcess(one.child);

    // The limits are kept beside the relay's file, in one of their own.
    const db = new Database(`${file}-limits`, { readonly: true });
    const keys = db
      .prepare<[], { key: string }>('SELECT key FROM rate_limits')
      .all()
      .map((row) => row.key)
      .join('\n');
    expect(keys).not.toContain('198.51.100');
    expect(db.prepare('SELECT count(*) AS n FROM secrets').get()).toEqual({ n: 1 });
    db.close();
    const reopened = openSqliteStore(file);
    const shared = new SharedLimits(reopened.limits!);
    expect((await shared.takeToday('day:x', 1)).ok).toBe(true);
    expect((await shared.takeToday('day:x', 1)).ok).toBe(false);
    await reopened.close();
  }, 60_000);
});
