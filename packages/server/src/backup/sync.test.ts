// Sync, version 2, on the relay (docs/sync-v2.md), against a real SQLite file and a real
// PostgreSQL server started here: the same suite on both, over HTTP on 127.0.0.1.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { mkdtemp, rm, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journalEntry, reminder, type JournalRecord } from '@steady/core';
import {
  createHttpRelay,
  createSyncCodec,
  MAX_OBJECT_BYTES,
  SyncDevice,
  isSyncError,
} from '@steady/core/sync';
import { content } from '../../../core/src/sync/test-support.ts';
import { startServer, type RunningServer } from '../serve.ts';
import { DEFAULT_LIMITS, DEFAULT_MAX_OBJECT_BYTES, type BackupLimits } from './config.ts';
import { collectOrphans } from './collect.ts';
import { openPostgresStore } from './postgres.ts';
import { startTestPostgres, type TestPostgres } from './postgres-harness.ts';
import { BACKUP_BASE, createBackupApi } from './routes.ts';
import { openSqliteStore } from './sqlite.ts';
import type { BackupStore } from './store.ts';
import { startMainProcess, stopMainProcess } from './main-process.ts';
import { OPEN_LIMITS } from './test-support.ts';

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
const newName = () => randomBytes(16).toString('hex');

interface Answer {
  status: number;
  headers: Headers;
  body: Uint8Array;
  text: string;
  json: () => Record<string, unknown>;
}

async function call(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: Uint8Array | string,
): Promise<Answer> {
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = body as BodyInit;
  const response = await fetch(`${base}${BACKUP_BASE}${path}`, init);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  return {
    status: response.status,
    headers: response.headers,
    body: bytes,
    text,
    json: () => JSON.parse(text) as Record<string, unknown>,
  };
}

const auth = (vault: Vault) => ({ Authorization: `Bearer ${vault.token}` });
const octets = { 'Content-Type': 'application/octet-stream' };
const jsonType = { 'Content-Type': 'application/json' };

const createSync = (base: string, v: Vault) =>
  call(base, 'PUT', `/v2/${v.id}`, { ...auth(v), 'If-None-Match': '*' });
const putObject = (base: string, v: Vault, name: string, bytes: Uint8Array) =>
  call(base, 'PUT', `/v2/${v.id}/objects/${name}`, { ...auth(v), ...octets }, bytes);
const getObject = (base: string, v: Vault, name: string) =>
  call(base, 'GET', `/v2/${v.id}/objects/${name}`, auth(v));
const missing = (base: string, v: Vault, names: unknown) =>
  call(
    base,
    'POST',
    `/v2/${v.id}/objects/missing`,
    { ...auth(v), ...jsonType },
    JSON.stringify({ names }),
  );
/** Objects as frames (core's frames.ts), built here by hand. */
function frames(objects: { name: string; bytes: Uint8Array }[]): Uint8Array {
  return Buffer.concat(
    objects.flatMap(({ name, bytes }) => {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(bytes.byteLength);
      return [Buffer.from(name, 'hex'), length, Buffer.from(bytes)];
    }),
  );
}
const putBatch = (base: string, v: Vault, body: Uint8Array) =>
  call(base, 'POST', `/v2/${v.id}/objects`, { ...auth(v), ...octets }, body);
const getBatch = (base: string, v: Vault, names: unknown) =>
  call(
    base,
    'POST',
    `/v2/${v.id}/objects/get`,
    { ...auth(v), ...jsonType },
    JSON.stringify({ names }),
  );
/** A batch read's answer: how many names it covers, then the objects as frames. */
function readBatch(answer: Answer): { answered: number; objects: Map<string, Buffer> } {
  expect(answer.status, answer.text).toBe(200);
  expect(answer.headers.get('content-type')).toBe('application/octet-stream');
  const body = Buffer.from(answer.body);
  const objects = new Map<string, Buffer>();
  let at = 4;
  while (at < body.length) {
    const name = body.subarray(at, at + 16).toString('hex');
    const length = body.readUInt32BE(at + 16);
    objects.set(name, body.subarray(at + 20, at + 20 + length));
    at += 20 + length;
  }
  expect(at).toBe(body.length);
  return { answered: body.readUInt32BE(0), objects };
}
const append = (base: string, v: Vault, expected: string | null, id: string, bytes: Uint8Array) =>
  call(
    base,
    'POST',
    `/v2/${v.id}/log`,
    { ...auth(v), ...jsonType },
    JSON.stringify({ expected, id, bytes: Buffer.from(bytes).toString('base64') }),
  );
const usage = (base: string, v: Vault) => call(base, 'GET', `/v2/${v.id}/usage`, auth(v));
const readLog = (base: string, v: Vault, since?: string) =>
  call(base, 'GET', `/v2/${v.id}/log${since === undefined ? '' : `?since=${since}`}`, auth(v));

interface LogAnswer {
  entries: { id: string; bytes: string }[];
  head: string | null;
  more: boolean;
}

function expectError(answer: Answer, status: number, code: string): void {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  const body = answer.json() as { error: string; message: string };
  expect(body.error).toBe(code);
  expect(body.message.length).toBeGreaterThan(5);
}

/** A PUT through node:http, for bodies the server stops reading (413). */
function rawPut(
  base: string,
  path: string,
  headers: Record<string, string>,
  chunks: Uint8Array[],
): Promise<Answer> {
  return new Promise((resolveAnswer, reject) => {
    const req = httpRequest(`${base}${BACKUP_BASE}${path}`, {
      method: 'PUT',
      headers,
      agent: false,
    });
    req.on('response', (res) => {
      const parts: Buffer[] = [];
      res.on('data', (chunk: Buffer) => parts.push(chunk));
      res.on('end', () => {
        const body = new Uint8Array(Buffer.concat(parts));
        const h = new Headers();
        for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') h.set(k, v);
        const text = new TextDecoder().decode(body);
        resolveAnswer({
          status: res.statusCode ?? 0,
          headers: h,
          body,
          text,
          json: () => JSON.parse(text) as Record<string, unknown>,
        });
      });
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

const startMain = startMainProcess;
const stopMain = (child: ChildProcess) => stopMainProcess(child);

// The tables a relay from before sync v2 made, exactly as it made them.
const V1_SQLITE = `
CREATE TABLE vaults (id TEXT PRIMARY KEY, token_hash BLOB NOT NULL, latest INTEGER NOT NULL,
  created_at INTEGER NOT NULL) STRICT;
CREATE TABLE versions (vault_id TEXT NOT NULL REFERENCES vaults(id), version INTEGER NOT NULL,
  size INTEGER NOT NULL, blob BLOB NOT NULL, created_at INTEGER NOT NULL,
  PRIMARY KEY (vault_id, version)) STRICT, WITHOUT ROWID;
`;
const V1_POSTGRES = `
CREATE TABLE steady_backup_vaults (id text PRIMARY KEY, token_hash bytea NOT NULL,
  latest integer NOT NULL, created_at bigint NOT NULL);
CREATE TABLE steady_backup_versions (vault_id text NOT NULL REFERENCES steady_backup_vaults(id),
  version integer NOT NULL, size integer NOT NULL, blob bytea NOT NULL, created_at bigint NOT NULL,
  PRIMARY KEY (vault_id, version));
`;
const sha256 = (text: string) =>
  import('node:crypto').then(({ createHash }) => createHash('sha256').update(text).digest());

interface Backend {
  name: string;
  setUp(): Promise<void>;
  tearDown(): Promise<void>;
  open(): Promise<BackupStore>;
  /** A store opened over a database that an older relay made, holding one v1 vault. */
  openOld(vault: Vault, blob: Uint8Array): Promise<BackupStore>;
  /** Environment for main.ts to use this store. */
  env(): Record<string, string>;
  /** Every sync byte the database holds for a vault, read straight from the tables. */
  stored(vault: Vault): Promise<Buffer[]>;
}

let tempDir: string;
let staticDir: string;
beforeAll(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'steady-sync-'));
  staticDir = join(tempDir, 'dist');
  await mkdir(staticDir);
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
    open: async () => openSqliteStore(join(tempDir, 'sync.sqlite')),
    env: () => ({ STEADY_BACKUP: 'sqlite', STEADY_BACKUP_SQLITE: join(tempDir, 'sync.sqlite') }),
    async openOld(vault, blob) {
      const file = join(tempDir, `old-${vault.id}.sqlite`);
      const db = new Database(file);
      db.exec(V1_SQLITE);
      db.prepare('INSERT INTO vaults VALUES (?, ?, 1, 1000)').run(
        vault.id,
        await sha256(vault.token),
      );
      db.prepare('INSERT INTO versions VALUES (?, 1, ?, ?, 1000)').run(vault.id, blob.length, blob);
      db.close();
      return openSqliteStore(file);
    },
    async stored(vault) {
      const db = new Database(join(tempDir, 'sync.sqlite'), { readonly: true });
      const rows = db
        .prepare<[string, string], { bytes: Buffer }>(
          `SELECT bytes FROM sync_objects WHERE vault_id = ?
           UNION ALL SELECT bytes FROM sync_log WHERE vault_id = ?`,
        )
        .all(vault.id, vault.id);
      db.close();
      return rows.map((row) => row.bytes);
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
    env: () => ({ STEADY_BACKUP: 'postgres', STEADY_BACKUP_PG: postgres!.url }),
    async openOld(vault, blob) {
      const database = `old_${vault.id}`;
      const admin = new pg.Client(postgres!.url.replace(/\/steady_backup$/, '/postgres'));
      await admin.connect();
      await admin.query(`CREATE DATABASE ${database}`);
      await admin.end();
      const url = postgres!.url.replace(/\/steady_backup$/, `/${database}`);
      const old = new pg.Client(url);
      await old.connect();
      await old.query(V1_POSTGRES);
      await old.query('INSERT INTO steady_backup_vaults VALUES ($1, $2, 1, 1000)', [
        vault.id,
        await sha256(vault.token),
      ]);
      await old.query('INSERT INTO steady_backup_versions VALUES ($1, 1, $2, $3, 1000)', [
        vault.id,
        blob.length,
        Buffer.from(blob),
      ]);
      await old.end();
      return openPostgresStore(url);
    },
    async stored(vault) {
      const client = new pg.Client(postgres!.url);
      await client.connect();
      const rows = await client.query<{ bytes: Buffer }>(
        `SELECT bytes FROM steady_sync_objects WHERE vault_id = $1
         UNION ALL SELECT bytes FROM steady_sync_log WHERE vault_id = $1`,
        [vault.id],
      );
      await client.end();
      return rows.rows.map((row) => row.bytes);
    },
  },
];

describe.each(backends)('sync v2 relay on $name', (backend) => {
  const running: { server: RunningServer; store: BackupStore }[] = [];
  async function serveStore(store: BackupStore, limits: Partial<BackupLimits> = {}) {
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
  const serve = async (limits: Partial<BackupLimits> = {}) =>
    serveStore(await backend.open(), limits);
  let base: string;
  /** A second server, with its own store, on the same database: another instance. */
  let other: string;

  beforeAll(async () => {
    await backend.setUp();
    base = await serve();
    other = await serve();
  }, 120_000);
  afterAll(async () => {
    for (const { server, store } of running) {
      await server.close();
      await store.close();
    }
    await backend.tearDown();
  }, 60_000);

  async function syncVault(): Promise<Vault> {
    const vault = newVault();
    expect((await createSync(base, vault)).status).toBe(201);
    return vault;
  }

  it('stores objects under their names, says which are missing, and keeps the first', async () => {
    const vault = await syncVault();
    const [a, b, c] = [newName(), newName(), newName()];
    const aBytes = randomBytes(3000);
    expect((await missing(base, vault, [a, b, c])).json()).toEqual({ missing: [a, b, c] });
    const stored = await putObject(base, vault, a, aBytes);
    expect(stored.status).toBe(201);
    expect(stored.json()).toEqual({ stored: true });
    expect((await putObject(base, vault, b, randomBytes(10))).status).toBe(201);
    expect((await missing(base, vault, [a, b, c])).json()).toEqual({ missing: [c] });
    expect((await missing(base, vault, [])).json()).toEqual({ missing: [] });

    const read = await getObject(base, vault, a);
    expect(read.status).toBe(200);
    expect(read.headers.get('content-type')).toBe('application/octet-stream');
    expect(read.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.from(read.body).equals(aBytes)).toBe(true);
    expectError(await getObject(base, vault, c), 404, 'object_not_found');

    // A second PUT under a held name changes nothing: the first bytes stay.
    const again = await putObject(other, vault, a, randomBytes(3000));
    expect(again.status).toBe(200);
    expect(again.json()).toEqual({ stored: false });
    expect(Buffer.from((await getObject(other, vault, a)).body).equals(aBytes)).toBe(true);

    // Racing PUTs of different bytes under one new name: one is kept, whole.
    const racing = Array.from({ length: 10 }, () => randomBytes(2000));
    const answers = await Promise.all(
      racing.map((bytes, i) => putObject(i % 2 ? other : base, vault, c, bytes)),
    );
    expect(answers.filter((x) => x.status === 201).length).toBe(1);
    const kept = Buffer.from((await getObject(base, vault, c)).body);
    expect(racing.some((bytes) => kept.equals(bytes))).toBe(true);

    // Names are per vault: another vault holds none of these.
    const stranger = await syncVault();
    expect((await missing(base, stranger, [a, b])).json()).toEqual({ missing: [a, b] });
  });

  it('refuses an object over the size limit with 413 and stores nothing', async () => {
    const small = await serve({ maxObjectBytes: 64 * 1024 });
    const vault = await syncVault();
    const name = newName();
    const path = `/v2/${vault.id}/objects/${name}`;
    const headers = { ...auth(vault), ...octets };
    const declared = await rawPut(small, path, headers, [randomBytes(64 * 1024 + 1)]);
    expectError(declared, 413, 'too_large');
    expect(declared.json().message).toMatch(/object may be at most 65536 bytes/);
    const streamed = await rawPut(
      small,
      path,
      { ...headers, 'Transfer-Encoding': 'chunked' },
      Array.from({ length: 40 }, () => randomBytes(4096)),
    );
    expectError(streamed, 413, 'too_large');
    expect((await missing(small, vault, [name])).json()).toEqual({ missing: [name] });
    expectError(await putObject(small, vault, name, new Uint8Array(0)), 400, 'empty_body');
    // Exactly the limit is fine.
    const exact = randomBytes(64 * 1024);
    expect((await putObject(small, vault, name, exact)).status).toBe(201);
    expect(Buffer.from((await getObject(small, vault, name)).body).equals(exact)).toBe(true);

    // The default lets the largest object a device seals through, and little more.
    const codec = await createSyncCodec(randomBytes(32));
    const largest = await codec.sealObject(new Uint8Array(MAX_OBJECT_BYTES));
    expect(largest.bytes.length).toBe(DEFAULT_MAX_OBJECT_BYTES);
    const big = await putObject(base, vault, largest.name, largest.bytes);
    expect(big.status).toBe(201);
    const over = await rawPut(base, `/v2/${vault.id}/objects/${newName()}`, headers, [
      randomBytes(DEFAULT_MAX_OBJECT_BYTES + 1),
    ]);
    expectError(over, 413, 'too_large');

    // A log entry over its limit is refused as well, and the log stays empty.
    const tight = await serve({ maxEntryBytes: 1000 });
    expectError(await append(tight, vault, null, newName(), randomBytes(1001)), 413, 'too_large');
    expect((await readLog(tight, vault)).json()).toEqual({ entries: [], head: null, more: false });
  });

  it('answers malformed requests with 400 and a JSON reason, changing nothing', async () => {
    const vault = await syncVault();
    const good = newName();
    for (const name of [good.toUpperCase(), good.slice(1), `${good}0`, 'g'.repeat(32), 'a-b']) {
      expectError(await putObject(base, vault, name, randomBytes(10)), 400, 'bad_name');
      expectError(await getObject(base, vault, name), 400, 'bad_name');
      expectError(await missing(base, vault, [good, name]), 400, 'bad_names');
    }
    expectError(
      await missing(base, vault, Array.from({ length: 1001 }, newName)),
      400,
      'bad_names',
    );
    expectError(await missing(base, vault, 'abc'), 400, 'bad_names');
    const post = (path: string, body: string, headers: Record<string, string> = jsonType) =>
      call(base, 'POST', `/v2/${vault.id}${path}`, { ...auth(vault), ...headers }, body);
    expectError(await post('/objects/missing', '{"names": ['), 400, 'bad_json');
    expectError(await post('/objects/missing', '[]'), 400, 'bad_json');
    expectError(await post('/objects/missing', '{"names": [], "x": 1}'), 400, 'bad_json');
    expectError(await post('/objects/missing', '{"names": []}', octets), 415, 'bad_content_type');
    expectError(
      await call(base, 'PUT', `/v2/${vault.id}/objects/${good}`, auth(vault), 'x'),
      415,
      'bad_content_type',
    );

    const entry = (body: Record<string, unknown>) => post('/log', JSON.stringify(body));
    const bytes = Buffer.from(randomBytes(40)).toString('base64');
    const id = newName();
    for (const expected of ['', 'abc', good.toUpperCase(), 5, false]) {
      expectError(await entry({ expected, id, bytes }), 400, 'bad_expected');
    }
    expectError(await entry({ id, bytes }), 400, 'bad_expected');
    for (const badId of [null, '', good.slice(2), `${good}aa`]) {
      expectError(await entry({ expected: null, id: badId, bytes }), 400, 'bad_id');
    }
    for (const badBytes of ['', 'not base64!', 'abc', 7, `${bytes}\n`]) {
      expectError(await entry({ expected: null, id, bytes: badBytes }), 400, 'bad_bytes');
    }
    expectError(await entry({ expected: null, id, bytes, extra: 1 }), 400, 'bad_json');
    for (const since of ['abc', good.toUpperCase(), '']) {
      expectError(await readLog(base, vault, since), 400, 'bad_since');
    }
    expectError(
      await call(base, 'GET', `/v2/${vault.id}/log?since=${good}&since=${good}`, auth(vault)),
      400,
      'bad_query',
    );
    expectError(
      await call(base, 'GET', `/v2/${vault.id}/log?limit=5`, auth(vault)),
      400,
      'bad_query',
    );
    expectError(
      await call(base, 'GET', `/v2/${vault.id.toUpperCase()}/log`, auth(vault)),
      400,
      'bad_vault_id',
    );
    expectError(
      await call(base, 'GET', `/v2/${vault.id}/log`, { Authorization: 'Bearer x' }),
      400,
      'bad_token',
    );

    // Nothing was stored by any of it.
    expect((await readLog(base, vault)).json()).toEqual({ entries: [], head: null, more: false });
    expect((await missing(base, vault, [good])).json()).toEqual({ missing: [good] });
  });

  it("answers a wrong token as an unknown vault, and touches nothing of the vault's", async () => {
    const vault = await syncVault();
    const name = newName();
    const bytes = randomBytes(500);
    expect((await putObject(base, vault, name, bytes)).status).toBe(201);
    const head = newName();
    expect((await append(base, vault, null, head, randomBytes(100))).status).toBe(201);

    const wrong = { ...vault, token: newVault().token };
    const unknown = newVault();
    const attempts: [string, (v: Vault) => Promise<Answer>][] = [
      ['missing', (v) => missing(base, v, [name])],
      ['put', (v) => putObject(base, v, newName(), randomBytes(50))],
      ['put over', (v) => putObject(base, v, name, randomBytes(50))],
      ['get', (v) => getObject(base, v, name)],
      ['append', (v) => append(base, v, head, newName(), randomBytes(50))],
      ['read', (v) => readLog(base, v)],
      ['read since', (v) => readLog(base, v, head)],
      ['create', (v) => createSync(base, v)],
    ];
    for (const [what, attempt] of attempts) {
      const byWrong = await attempt(wrong);
      expect(byWrong.status, what).toBe(404);
      if (what !== 'create') {
        const byUnknown = await attempt(unknown);
        expect(byUnknown.status, what).toBe(404);
        expect(byWrong.text, what).toBe(byUnknown.text);
      }
      expect(byWrong.json().error, what).toBe('not_found');
    }
    // Creating with the right token answers that it exists.
    expectError(await createSync(base, vault), 412, 'exists');
    expect(Buffer.from((await getObject(base, vault, name)).body).equals(bytes)).toBe(true);
    const log = (await readLog(base, vault)).json() as unknown as LogAnswer;
    expect(log.entries.map((e) => e.id)).toEqual([head]);
    // The unknown vault was not created by the attempts.
    expect((await readLog(base, unknown)).status).toBe(404);
  });

  it('stores a batch of objects in one request and reads many in one, keeping the first', async () => {
    const vault = await syncVault();
    const objects = Array.from({ length: 300 }, (_, i) => ({
      name: newName(),
      bytes: randomBytes(1 + (i % 50) * 37),
    }));
    const put = await putBatch(base, vault, frames(objects));
    expect(put.status, put.text).toBe(201);
    expect(put.json()).toEqual({ stored: 300, kept: 0 });
    const names = objects.map((o) => o.name);
    expect((await missing(other, vault, names)).json()).toEqual({ missing: [] });

    const absent = newName();
    const read = readBatch(await getBatch(other, vault, [absent, ...names]));
    expect(read.answered).toBe(301);
    expect(read.objects.size).toBe(300);
    for (const { name, bytes } of objects) {
      expect(read.objects.get(name)?.equals(bytes), name).toBe(true);
    }

    // Names already held keep their first bytes; only the new one is stored.
    const fresh = { name: newName(), bytes: randomBytes(64) };
    const again = await putBatch(
      other,
      vault,
      frames([
        { name: objects[0]!.name, bytes: randomBytes(99) },
        fresh,
        { name: objects[1]!.name, bytes: randomBytes(5) },
      ]),
    );
    expect(again.status).toBe(201);
    expect(again.json()).toEqual({ stored: 1, kept: 2 });
    const held = await putBatch(base, vault, frames([objects[2]!]));
    expect(held.status).toBe(200);
    expect(held.json()).toEqual({ stored: 0, kept: 1 });
    const after = readBatch(
      await getBatch(base, vault, [objects[0]!.name, objects[1]!.name, fresh.name]),
    );
    expect(after.objects.get(objects[0]!.name)?.equals(objects[0]!.bytes)).toBe(true);
    expect(after.objects.get(objects[1]!.name)?.equals(objects[1]!.bytes)).toBe(true);
    expect(after.objects.get(fresh.name)?.equals(fresh.bytes)).toBe(true);
    // The single-object routes see the same objects.
    expect(Buffer.from((await getObject(base, vault, fresh.name)).body).equals(fresh.bytes)).toBe(
      true,
    );
  });

  it('caps a batch read and says how many names it answered, so the device asks again', async () => {
    const capped = await serve({ maxBatchBytes: 1000 });
    const vault = await syncVault();
    const objects = Array.from({ length: 5 }, () => ({ name: newName(), bytes: randomBytes(400) }));
    const big = { name: newName(), bytes: randomBytes(3000) };
    expect((await putBatch(base, vault, frames(objects))).status).toBe(201);
    expect((await putObject(base, vault, big.name, big.bytes)).status).toBe(201);
    const absent = newName();
    const names = [absent, ...objects.map((o) => o.name)];
    const first = readBatch(await getBatch(capped, vault, names));
    expect(first.answered).toBe(3);
    expect([...first.objects.keys()]).toEqual([objects[0]!.name, objects[1]!.name]);
    const second = readBatch(await getBatch(capped, vault, names.slice(3)));
    expect(second.answered).toBe(2);
    expect([...second.objects.keys()]).toEqual([objects[2]!.name, objects[3]!.name]);
    // One object over the cap still goes, alone.
    const alone = readBatch(await getBatch(capped, vault, [big.name, objects[4]!.name]));
    expect(alone.answered).toBe(1);
    expect(alone.objects.get(big.name)?.equals(big.bytes)).toBe(true);

    // The HTTP relay follows the count to the end, and splits batches the relay refuses
    // as too large (413) until they fit.
    const relay = createHttpRelay({
      base: `${capped}${BACKUP_BASE}`,
      vaultId: vault.id,
      token: vault.token,
    });
    const many = Array.from({ length: 12 }, () => ({ name: newName(), bytes: randomBytes(300) }));
    await relay.putObjects(many);
    expect(await relay.missingObjects(many.map((o) => o.name))).toEqual([]);
    const got = await relay.getObjects(
      [...many, ...objects, big].map((o) => o.name).concat(absent),
    );
    expect(got.size).toBe(18);
    for (const { name, bytes } of [...many, ...objects, big]) {
      expect(Buffer.from(got.get(name)!).equals(bytes), name).toBe(true);
    }
  });

  it('stores none of a batch with an oversized or malformed member, answering why', async () => {
    const small = await serve({ maxObjectBytes: 1024, maxBatchBytes: 8192 });
    const vault = await syncVault();
    const good = Array.from({ length: 3 }, () => ({ name: newName(), bytes: randomBytes(100) }));
    const names = good.map((o) => o.name);
    const extra = newName();
    const whole = frames(good);
    const cases: [string, Uint8Array, number, string][] = [
      [
        'oversized member',
        frames([...good, { name: extra, bytes: randomBytes(1025) }]),
        413,
        'too_large',
      ],
      [
        'empty member',
        frames([...good, { name: extra, bytes: new Uint8Array(0) }]),
        400,
        'empty_body',
      ],
      [
        'repeated name',
        frames([...good, { ...good[0]!, bytes: randomBytes(10) }]),
        400,
        'bad_batch',
      ],
      ['cut in a header', whole.subarray(0, whole.length - 100 - 10), 400, 'bad_batch'],
      ['cut in an object', whole.subarray(0, whole.length - 1), 400, 'bad_batch'],
      ['bytes after the frames', Buffer.concat([whole, Buffer.from('xy')]), 400, 'bad_batch'],
      [
        'length past the end',
        Buffer.concat([whole, Buffer.from(extra, 'hex'), Buffer.from([0xff, 0xff, 0xff, 0xff])]),
        400,
        'bad_batch',
      ],
      [
        'body over the limit',
        frames(Array.from({ length: 9 }, () => ({ name: newName(), bytes: randomBytes(1000) }))),
        413,
        'too_large',
      ],
      ['empty batch', new Uint8Array(0), 400, 'empty_body'],
    ];
    for (const [what, body, status, code] of cases) {
      const answer = await putBatch(small, vault, body);
      expect(answer.status, what).toBe(status);
      expectError(answer, status, code);
    }
    const tooMany = frames(
      Array.from({ length: 1001 }, () => ({ name: newName(), bytes: randomBytes(1) })),
    );
    expectError(await putBatch(base, vault, tooMany), 400, 'bad_batch');
    expectError(
      await call(base, 'POST', `/v2/${vault.id}/objects`, { ...auth(vault), ...jsonType }, whole),
      415,
      'bad_content_type',
    );
    expect((await missing(base, vault, [...names, extra])).json()).toEqual({
      missing: [...names, extra],
    });
    expect(await backend.stored(vault)).toEqual([]);

    for (const bad of [[], Array.from({ length: 1001 }, newName), [extra, 'nope'], 'x', [1]]) {
      expectError(await getBatch(base, vault, bad), 400, 'bad_names');
    }
    expectError(
      await call(base, 'POST', `/v2/${vault.id}/objects/get`, { ...auth(vault), ...octets }, '{}'),
      415,
      'bad_content_type',
    );
    // The good batch itself goes through afterwards.
    expect((await putBatch(small, vault, whole)).json()).toEqual({ stored: 3, kept: 0 });
  });

  it('answers batch requests with a wrong token as an unknown vault, storing nothing', async () => {
    const vault = await syncVault();
    const held = { name: newName(), bytes: randomBytes(80) };
    expect((await putObject(base, vault, held.name, held.bytes)).status).toBe(201);
    const wrong = { ...vault, token: newVault().token };
    const unknown = newVault();
    const fresh = newName();
    const body = frames([
      { name: fresh, bytes: randomBytes(40) },
      { ...held, bytes: randomBytes(8) },
    ]);
    for (const [what, attempt] of [
      ['put batch', (v: Vault) => putBatch(base, v, body)],
      ['get batch', (v: Vault) => getBatch(base, v, [held.name])],
    ] as const) {
      const byWrong = await attempt(wrong);
      const byUnknown = await attempt(unknown);
      expectError(byWrong, 404, 'not_found');
      expect(byWrong.text, what).toBe(byUnknown.text);
    }
    expectError(
      await call(base, 'POST', `/v2/${vault.id}/objects`, octets, body),
      400,
      'bad_token',
    );
    expect((await missing(base, vault, [fresh, held.name])).json()).toEqual({ missing: [fresh] });
    expect(Buffer.from((await getObject(base, vault, held.name)).body).equals(held.bytes)).toBe(
      true,
    );
    expect((await readLog(base, unknown)).status).toBe(404);
  });

  it('lets exactly one of 20 racing appends win, across two server instances', async () => {
    const vault = await syncVault();
    for (const expected of [null, 'then the winner']) {
      const start =
        expected === null
          ? null
          : ((await readLog(base, vault)).json() as unknown as LogAnswer).head;
      const ids = Array.from({ length: 20 }, newName);
      const answers = await Promise.all(
        ids.map((id, i) => append(i % 2 ? other : base, vault, start, id, randomBytes(200))),
      );
      const winners = answers.filter((a) => a.status === 201);
      expect(winners.length).toBe(1);
      const winner = ids[answers.indexOf(winners[0]!)]!;
      expect(winners[0]!.json()).toEqual({ head: winner });
      for (const lost of answers.filter((a) => a.status !== 201)) {
        expectError(lost, 409, 'head_moved');
        expect(lost.json().head).toBe(winner);
      }
    }
    const log = (await readLog(base, vault)).json() as unknown as LogAnswer;
    expect(log.entries.length).toBe(2);
    expect(log.head).toBe(log.entries[1]!.id);
  });

  it('loses no entry when racing writers retry on 409', async () => {
    const vault = await syncVault();
    const writers = 8;
    const mine = Array.from({ length: writers }, newName);
    await Promise.all(
      mine.map(async (id, writer) => {
        let head: string | null = null;
        for (;;) {
          const answer = await append(writer % 2 ? other : base, vault, head, id, randomBytes(50));
          if (answer.status === 201) return;
          expect(answer.status).toBe(409);
          head = answer.json().head as string | null;
        }
      }),
    );
    const log = (await readLog(other, vault)).json() as unknown as LogAnswer;
    expect(log.entries.map((e) => e.id).sort()).toEqual([...mine].sort());
  });

  it('reads the log after an entry, in pages, and says rolled_back for an unknown one', async () => {
    // Entries of up to 4 MiB: two to an answer.
    const paged = await serve({ maxEntryBytes: 4 * 1024 * 1024 });
    const vault = await syncVault();
    const entries = Array.from({ length: 5 }, () => ({ id: newName(), bytes: randomBytes(300) }));
    let head: string | null = null;
    for (const entry of entries) {
      expect((await append(paged, vault, head, entry.id, entry.bytes)).status).toBe(201);
      head = entry.id;
    }
    const all = (await readLog(base, vault)).json() as unknown as LogAnswer;
    expect(all.more).toBe(false);
    expect(all.head).toBe(head);
    expect(all.entries).toEqual(
      entries.map((e) => ({ id: e.id, bytes: Buffer.from(e.bytes).toString('base64') })),
    );
    const since = (await readLog(base, vault, entries[2]!.id)).json() as unknown as LogAnswer;
    expect(since.entries.map((e) => e.id)).toEqual([entries[3]!.id, entries[4]!.id]);
    expect((await readLog(base, vault, head!)).json()).toEqual({ entries: [], head, more: false });

    const page = (await readLog(paged, vault)).json() as unknown as LogAnswer;
    expect(page.entries.map((e) => e.id)).toEqual([entries[0]!.id, entries[1]!.id]);
    expect(page.more).toBe(true);
    // The client follows the pages.
    const relay = createHttpRelay({
      base: `${paged}${BACKUP_BASE}`,
      vaultId: vault.id,
      token: vault.token,
    });
    const read = await relay.readLog(entries[0]!.id);
    expect(read.map((e) => e.id)).toEqual(entries.slice(1).map((e) => e.id));
    expect(Buffer.from(read[3]!.bytes).equals(entries[4]!.bytes)).toBe(true);

    const gone = await readLog(base, vault, newName());
    expectError(gone, 410, 'rolled_back');
    await expect(relay.readLog(newName())).rejects.toSatisfy((e) => isSyncError(e, 'rolled-back'));
    // An id from another vault's log is unknown here too.
    const stranger = await syncVault();
    expectError(await readLog(base, stranger, entries[0]!.id), 410, 'rolled_back');
    // An id already in the log cannot be appended again, even after the head.
    const again = await append(base, vault, head, entries[1]!.id, randomBytes(10));
    expectError(again, 409, 'head_moved');
    expect(again.json().head).toBe(head);
  });

  it('lets a holder of the key add to the log and objects, never change or remove them', async () => {
    const vault = await syncVault();
    const name = newName();
    const first = randomBytes(500);
    expect((await putObject(base, vault, name, first)).status).toBe(201);
    const entries = Array.from({ length: 3 }, () => ({ id: newName(), bytes: randomBytes(80) }));
    let head: string | null = null;
    for (const entry of entries) {
      expect((await append(base, vault, head, entry.id, entry.bytes)).status).toBe(201);
      head = entry.id;
    }
    const before = (await readLog(base, vault)).json();
    const held = (await backend.stored(vault)).map((bytes) => bytes.toString('hex')).sort();

    // No request removes or replaces an entry or an object.
    for (const [method, path] of [
      ['DELETE', `/v2/${vault.id}/log`],
      ['DELETE', `/v2/${vault.id}/log/${entries[0]!.id}`],
      ['PUT', `/v2/${vault.id}/log/${entries[0]!.id}`],
      ['PATCH', `/v2/${vault.id}/log`],
      ['DELETE', `/v2/${vault.id}/objects/${name}`],
      ['PATCH', `/v2/${vault.id}/objects/${name}`],
      ['DELETE', `/v2/${vault.id}`],
    ] as const) {
      const answer = await call(base, method, path, { ...auth(vault), ...octets }, randomBytes(8));
      expectError(answer, 404, 'no_such_endpoint');
    }
    // The log cannot be forked from an older entry, nor started again, nor given an id twice.
    for (const expected of [entries[0]!.id, entries[1]!.id, null]) {
      const fork = await append(other, vault, expected, newName(), randomBytes(80));
      expectError(fork, 409, 'head_moved');
      expect(fork.json().head).toBe(head);
    }
    expectError(
      await append(base, vault, head, entries[0]!.id, randomBytes(80)),
      409,
      'head_moved',
    );
    // An object keeps its first bytes, sent alone or in a batch.
    expect((await putObject(other, vault, name, randomBytes(500))).json()).toEqual({
      stored: false,
    });
    const batch = await putBatch(base, vault, frames([{ name, bytes: randomBytes(500) }]));
    expect(batch.json()).toEqual({ stored: 0, kept: 1 });
    // And the orphan sweep never takes an object an entry was appended after.
    await collectOrphans(running[0]!.store, 1, Math.floor(Date.now() / 1000) + 10 * 365 * 86400);

    expect((await readLog(other, vault)).json()).toEqual(before);
    expect(Buffer.from((await getObject(other, vault, name)).body).equals(first)).toBe(true);
    expect((await backend.stored(vault)).map((bytes) => bytes.toString('hex')).sort()).toEqual(
      held,
    );
  });

  it('keeps whole-vault backups working beside sync, in either order', async () => {
    // A vault made by a whole-vault backup syncs with the same id and token.
    const vault = newVault();
    const blob = randomBytes(2000);
    const v1 = (b: string, path = '') => call(b, 'GET', `/vaults/${vault.id}${path}`, auth(vault));
    const created = await call(
      base,
      'PUT',
      `/vaults/${vault.id}`,
      { ...auth(vault), ...octets, 'If-None-Match': '*' },
      blob,
    );
    expect(created.status).toBe(201);
    expectError(await createSync(base, vault), 412, 'exists');
    const name = newName();
    expect((await putObject(base, vault, name, randomBytes(100))).status).toBe(201);
    expect((await append(base, vault, null, newName(), randomBytes(100))).status).toBe(201);
    const next = await call(
      base,
      'PUT',
      `/vaults/${vault.id}`,
      { ...auth(vault), ...octets, 'If-Match': '"1"' },
      randomBytes(50),
    );
    expect(next.status).toBe(201);
    expect(Buffer.from((await v1(base, '/versions/1')).body).equals(blob)).toBe(true);
    expect(((await v1(base, '/versions')).json().versions as unknown[]).length).toBe(2);

    // A vault made for sync can take its first whole-vault backup, once.
    const syncFirst = await syncVault();
    expect((await call(base, 'GET', `/vaults/${syncFirst.id}`, auth(syncFirst))).status).toBe(404);
    const put = () =>
      call(
        base,
        'PUT',
        `/vaults/${syncFirst.id}`,
        { ...auth(syncFirst), ...octets, 'If-None-Match': '*' },
        randomBytes(30),
      );
    const first = await put();
    expect(first.status).toBe(201);
    expect(first.headers.get('etag')).toBe('"1"');
    expectError(await put(), 412, 'exists');
    const wrong = await call(
      base,
      'PUT',
      `/vaults/${syncFirst.id}`,
      { Authorization: `Bearer ${newVault().token}`, ...octets, 'If-None-Match': '*' },
      randomBytes(30),
    );
    expect(wrong.status).toBe(404);
  });

  it('adds its tables to a database an older relay made, leaving its backups whole', async () => {
    const vault = newVault();
    const blob = randomBytes(777);
    const store = await backend.openOld(vault, blob);
    const old = await serveStore(store);
    const read = await call(old, 'GET', `/vaults/${vault.id}`, auth(vault));
    expect(read.status).toBe(200);
    expect(Buffer.from(read.body).equals(blob)).toBe(true);
    const name = newName();
    expect((await putObject(old, vault, name, randomBytes(64))).status).toBe(201);
    expect((await append(old, vault, null, newName(), randomBytes(64))).status).toBe(201);
    expect((await missing(old, vault, [name])).json()).toEqual({ missing: [] });
    expect((await store.versions(vault.id)).map((v) => [v.version, v.size])).toEqual([[1, 777]]);
  });

  it('holds sync to its own rate limit (429 with Retry-After), apart from whole-vault backups', async () => {
    const limited = await serve({ syncPerMinute: 60, syncBurst: 5, vaultBurst: 3 });
    const vault = newVault();
    expect((await createSync(limited, vault)).status).toBe(201);
    const answers = await Promise.all(Array.from({ length: 30 }, () => readLog(limited, vault)));
    const ok = answers.filter((a) => a.status === 200).length;
    expect(ok).toBeGreaterThanOrEqual(3);
    expect(ok).toBeLessThanOrEqual(5);
    for (const refused of answers.filter((a) => a.status !== 200)) {
      expectError(refused, 429, 'rate_limited');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
    // The whole-vault backup of the same vault still has its own budget.
    const backup = await call(
      limited,
      'PUT',
      `/vaults/${vault.id}`,
      { ...auth(vault), ...octets, 'If-None-Match': '*' },
      randomBytes(10),
    );
    expect(backup.status).toBe(201);
    // The client says so as a SyncError that loses nothing: try again later.
    const relay = createHttpRelay({
      base: `${limited}${BACKUP_BASE}`,
      vaultId: vault.id,
      token: vault.token,
    });
    await expect(relay.readLog(null)).rejects.toSatisfy((e) => isSyncError(e, 'unavailable'));
  });

  it('tells a device the relay cannot be reached as unavailable', async () => {
    const closed = await serve();
    const entry = running.at(-1)!;
    await entry.server.close();
    const vault = newVault();
    const relay = createHttpRelay({
      base: `${closed}${BACKUP_BASE}`,
      ...{ vaultId: vault.id, token: vault.token },
    });
    await expect(relay.missingObjects([newName()])).rejects.toSatisfy((e) =>
      isSyncError(e, 'unavailable'),
    );
    running.splice(running.indexOf(entry), 1);
    await entry.store.close();
  });

  it('keeps every stored object and entry when the server is killed (SIGKILL) mid-upload', async () => {
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

    let server = await start();
    const vault = newVault();
    expect((await createSync(server.url, vault)).status).toBe(201);
    const kept = { name: newName(), bytes: randomBytes(5000) };
    expect((await putObject(server.url, vault, kept.name, kept.bytes)).status).toBe(201);
    const head = newName();
    expect((await append(server.url, vault, null, head, randomBytes(300))).status).toBe(201);

    // Killed while an object's body is still arriving.
    const partial = newName();
    const req = httpRequest(`${server.url}${BACKUP_BASE}/v2/${vault.id}/objects/${partial}`, {
      method: 'PUT',
      headers: { ...auth(vault), ...octets, 'Content-Length': String(4 * 1024 * 1024) },
    });
    req.on('error', () => undefined);
    const chunk = randomBytes(256 * 1024);
    for (let sent = 0; sent < 1024 * 1024; sent += chunk.byteLength) {
      req.write(chunk);
      await new Promise((r) => setTimeout(r, 20));
    }
    await kill(server.child);
    req.destroy();

    server = await start();
    expect((await missing(server.url, vault, [kept.name, partial])).json()).toEqual({
      missing: [partial],
    });
    expect(
      Buffer.from((await getObject(server.url, vault, kept.name)).body).equals(kept.bytes),
    ).toBe(true);
    const log = (await readLog(server.url, vault)).json() as unknown as LogAnswer;
    expect(log.entries.map((e) => e.id)).toEqual([head]);
    // It takes the object whole now, and the log moves on from the same head.
    const whole = randomBytes(4 * 1024 * 1024);
    expect((await putObject(server.url, vault, partial, whole)).status).toBe(201);
    expect(Buffer.from((await getObject(server.url, vault, partial)).body).equals(whole)).toBe(
      true,
    );
    expect((await append(server.url, vault, head, newName(), randomBytes(300))).status).toBe(201);
    await kill(server.child);
  }, 90_000);

  it('brings two devices to the same records through the real relay', async () => {
    const vault = newVault();
    const relayOf = (b: string) =>
      createHttpRelay({ base: `${b}${BACKUP_BASE}`, vaultId: vault.id, token: vault.token });
    const phoneRelay = relayOf(base);
    expect(await phoneRelay.createVault()).toBe(true);
    expect(await relayOf(other).createVault()).toBe(false);
    const codec = await createSyncCodec(randomBytes(32));
    let clock = Date.parse('2026-03-01T12:00:00Z');
    const now = () => (clock += 1000);
    const phone = new SyncDevice({ device: 'phone', codec, relay: phoneRelay, now });
    const laptop = new SyncDevice({ device: 'laptop', codec, relay: relayOf(other), now });

    const at = (minute: number) => `2026-03-01T12:${String(minute).padStart(2, '0')}:00.000Z`;
    const first = {
      id: 'e1',
      writtenAt: at(0),
      pinned: false,
      versions: [{ editedAt: at(0), content: content('He took my phone') }],
    } as unknown as JournalRecord;
    phone.put(journalEntry, 'e1', first);
    phone.put(reminder, 'r1', { id: 'r1', text: 'I left for a reason', writtenAt: at(1) });
    await phone.sync();
    await laptop.sync();
    expect(laptop.read(journalEntry, 'e1')?.value).toEqual(phone.read(journalEntry, 'e1')?.value);

    // Both write without seeing each other, then both sync: the race is on the relay.
    phone.put(journalEntry, 'e1', {
      ...first,
      versions: [...first.versions, { editedAt: at(5), content: content('and smashed it') }],
    });
    laptop.put(journalEntry, 'e1', {
      ...first,
      versions: [...first.versions, { editedAt: at(6), content: content('in the kitchen') }],
    });
    laptop.put(reminder, 'r2', { id: 'r2', text: 'Call Sam', writtenAt: at(7) });
    await Promise.all([phone.sync(), laptop.sync()]);
    await phone.sync();
    await laptop.sync();

    for (const kind of [journalEntry, reminder] as const) {
      for (const id of ['e1', 'r1', 'r2']) {
        expect(laptop.read(kind, id)).toEqual(phone.read(kind, id));
      }
    }
    const merged = journalEntry.parse(phone.read(journalEntry, 'e1')?.value);
    expect(merged.ok && merged.value.versions.map((v) => v.content.what).sort()).toEqual([
      'He took my phone',
      'and smashed it',
      'in the kitchen',
    ]);
    expect(phone.read(reminder, 'r2')?.value).toMatchObject({ text: 'Call Sam' });
    expect(phone.unpushed).toBe(0);
    expect(laptop.unpushed).toBe(0);
    expect(phone.logHead).toBe(laptop.logHead);

    // The relay holds ciphertext only: no word written, no kind, no id is in what it stores.
    const log = (await readLog(base, vault)).json() as unknown as LogAnswer;
    expect(log.entries.length).toBeGreaterThanOrEqual(3);
    const stored = await backend.stored(vault);
    expect(stored.length).toBeGreaterThan(log.entries.length);
    const all = Buffer.concat(stored);
    for (const word of ['smashed', 'kitchen', 'Call Sam', 'journal', 'reminder', 'phone', '"e1"']) {
      expect(all.includes(Buffer.from(word)), word).toBe(false);
    }
  });

  // ---- The vault's storage quota, and collecting objects no log entry names. ----

  /** A 507 answer: the vault's bytes and quota, as the relay said. */
  function expectFull(answer: Answer, used: number, quota: number): void {
    expectError(answer, 507, 'quota_exceeded');
    expect(answer.json()).toMatchObject({ used, quota });
  }

  it('refuses an upload past the quota with 507, storing nothing of it, and says the usage', async () => {
    const quota = 10_000;
    const small = await serve({ vaultQuotaBytes: quota });
    const vault = newVault();
    expect((await createSync(small, vault)).status).toBe(201);
    expect((await usage(small, vault)).json()).toEqual({ used: 0, quota });

    const [a, b, c, d] = [newName(), newName(), newName(), newName()];
    expect((await putObject(small, vault, a, randomBytes(6000))).status).toBe(201);
    expect((await usage(small, vault)).json()).toEqual({ used: 6000, quota });
    // One object that would pass it.
    expectFull(await putObject(small, vault, b, randomBytes(4001)), 6000, quota);
    expect((await getObject(small, vault, b)).status).toBe(404);
    // A batch whose new objects would pass it: none of them is stored.
    const batch = frames([
      { name: c, bytes: randomBytes(2000) },
      { name: d, bytes: randomBytes(2001) },
    ]);
    expectFull(await putBatch(small, vault, batch), 6000, quota);
    expect((await missing(small, vault, [c, d])).json()).toEqual({ missing: [c, d] });
    // Objects already held cost nothing again: a batch of one held and one that fits.
    const fits = frames([
      { name: a, bytes: randomBytes(6000) },
      { name: c, bytes: randomBytes(3000) },
    ]);
    expect((await putBatch(small, vault, fits)).json()).toEqual({ stored: 1, kept: 1 });
    expect((await usage(small, vault)).json()).toEqual({ used: 9000, quota });
    // A log entry that would pass it: the log stays empty.
    expectFull(await append(small, vault, null, newName(), randomBytes(1001)), 9000, quota);
    expect(((await readLog(small, vault)).json() as unknown as LogAnswer).entries).toEqual([]);
    const entry = newName();
    expect((await append(small, vault, null, entry, randomBytes(1000))).status).toBe(201);
    expect((await usage(small, vault)).json()).toEqual({ used: quota, quota });
    // Full to the byte: even one more byte is refused; a held object is still "stored".
    expectFull(await putObject(small, vault, newName(), randomBytes(1)), quota, quota);
    expect((await putObject(small, vault, a, randomBytes(10))).status).toBe(200);
    // The usage is the vault's own, behind its token.
    const stranger = { id: vault.id, token: newVault().token };
    expectError(await usage(small, stranger), 404, 'not_found');
    expect(((await usage(base, vault)).json() as { quota: number }).quota).toBe(
      DEFAULT_LIMITS.vaultQuotaBytes,
    );
  });

  it('counts whole-vault versions in the usage', async () => {
    const vault = await syncVault();
    const name = newName();
    expect((await putObject(base, vault, name, randomBytes(700))).status).toBe(201);
    const blob = randomBytes(1234);
    const first = await call(
      base,
      'PUT',
      `/vaults/${vault.id}`,
      { ...auth(vault), ...octets, 'If-None-Match': '*' },
      blob,
    );
    expect(first.status, first.text).toBe(201);
    expect((await usage(base, vault)).json()).toMatchObject({ used: 700 + 1234 });
  });

  it('lets racing uploads on two server instances together fill the quota, never pass it', async () => {
    const quota = 100_000;
    const one = await serve({ vaultQuotaBytes: quota });
    const two = await serve({ vaultQuotaBytes: quota });
    const vault = newVault();
    expect((await createSync(one, vault)).status).toBe(201);
    // 20 uploads of 10,000 bytes each, half single objects, half batches of two halves.
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        const server = i % 2 ? two : one;
        if (i % 4 < 2) return putObject(server, vault, newName(), randomBytes(10_000));
        const body = frames([
          { name: newName(), bytes: randomBytes(5000) },
          { name: newName(), bytes: randomBytes(5000) },
        ]);
        return putBatch(server, vault, body);
      }),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    expect(statuses.filter((status) => status === 507)).toHaveLength(10);
    expect((await usage(two, vault)).json()).toEqual({ used: quota, quota });
    // And racing log appends to a full vault: every one refused, the log untouched.
    const appends = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        append(i % 2 ? two : one, vault, null, newName(), randomBytes(10)),
      ),
    );
    expect(appends.map((answer) => answer.status)).toEqual(Array(6).fill(507));
    expect(((await readLog(one, vault)).json() as unknown as LogAnswer).head).toBeNull();
  });

  it("stops a device's push at the quota with nothing of it logged, and completes it once raised", async () => {
    const vault = newVault();
    let quota = 12_000;
    let current = await serve({ vaultQuotaBytes: quota });
    // The device's relay follows the server across its restart.
    const relayFetch: typeof fetch = (input, init) =>
      fetch(String(input).replace(/^http:\/\/127\.0\.0\.1:\d+/, current), init);
    const relay = createHttpRelay({
      base: `${current}${BACKUP_BASE}`,
      vaultId: vault.id,
      token: vault.token,
      fetch: relayFetch,
    });
    expect(await relay.createVault()).toBe(true);
    const codec = await createSyncCodec(randomBytes(32));
    let clock = Date.parse('2026-03-01T12:00:00Z');
    const now = () => (clock += 1000);
    const phone = new SyncDevice({ device: 'phone', codec, relay, now });
    const writtenAt = '2026-03-01T12:00:00.000Z';
    phone.put(reminder, 'r0', { id: 'r0', text: 'I left for a reason', writtenAt });
    await phone.sync();
    const before = await relay.usage();
    expect(before.quota).toBe(quota);
    expect(before.used).toBeGreaterThan(0);
    const logged = ((await readLog(current, vault)).json() as unknown as LogAnswer).entries;
    expect(logged).toHaveLength(1);

    const words = (n: number) => `${n} `.repeat(1000);
    for (let n = 1; n <= 10; n++) {
      phone.put(reminder, `r${n}`, { id: `r${n}`, text: words(n), writtenAt });
    }
    const error = await phone.sync().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isSyncError(error, 'quota'), String(error)).toBe(true);
    expect((error as { quota?: unknown }).quota).toEqual({ used: before.used, quota });
    expect(phone.unpushed).toBeGreaterThan(0);
    // Nothing of the refused batch is on the relay: not in the log, not among the objects.
    const after = (await readLog(current, vault)).json() as unknown as LogAnswer;
    expect(after.entries.map((e) => e.id)).toEqual(logged.map((e) => e.id));
    expect(await relay.usage()).toEqual(before);

    // The relay restarts with a bigger quota; the same push goes through.
    const at = running.findIndex(({ server }) => `http://127.0.0.1:${server.port}` === current);
    const [old] = running.splice(at, 1);
    await old!.server.close();
    await old!.store.close();
    quota = 1_000_000;
    current = await serve({ vaultQuotaBytes: quota });
    await phone.sync();
    expect(phone.unpushed).toBe(0);
    const done = (await readLog(current, vault)).json() as unknown as LogAnswer;
    expect(done.entries).toHaveLength(2);
    expect((await relay.usage()).used).toBeGreaterThan(before.used + 10_000);
    // Another device gets every reminder.
    const laptop = new SyncDevice({ device: 'laptop', codec, relay, now });
    await laptop.sync();
    for (let n = 0; n <= 10; n++) {
      expect(laptop.read(reminder, `r${n}`)?.value).toEqual(phone.read(reminder, `r${n}`)?.value);
    }
  });

  it('takes the quota from STEADY_BACKUP_VAULT_QUOTA_MB, and a restart with more lets the upload in', async () => {
    const cwd = await mkdtemp(join(tempDir, 'quota-'));
    const env = (mb: string) => ({
      PATH: process.env.PATH ?? '',
      STEADY_STATIC_DIR: staticDir,
      STEADY_CONFIG: join(cwd, 'none.json'),
      PORT: '0',
      ...backend.env(),
      STEADY_BACKUP_VAULT_QUOTA_MB: mb,
    });
    const mib = 1024 * 1024;
    await freshLimits(running[0]!.store);
    let server = await startMain(cwd, env('1'));
    try {
      const vault = newVault();
      expect((await createSync(server.url, vault)).status).toBe(201);
      const first = randomBytes(700 * 1024);
      expect((await putObject(server.url, vault, newName(), first)).status).toBe(201);
      const name = newName();
      const second = randomBytes(700 * 1024);
      expectFull(await putObject(server.url, vault, name, second), first.byteLength, mib);
      await stopMain(server.child);

      server = await startMain(cwd, env('2'));
      expect((await usage(server.url, vault)).json()).toEqual({
        used: first.byteLength,
        quota: 2 * mib,
      });
      expect((await putObject(server.url, vault, name, second)).status).toBe(201);
      expect((await usage(server.url, vault)).json()).toEqual({
        used: first.byteLength + second.byteLength,
        quota: 2 * mib,
      });
    } finally {
      await stopMain(server.child);
    }
  }, 90_000);

  it('collects objects no log entry names once past the grace, keeping named and young ones', async () => {
    const store = running[0]!.store;
    const vault = await syncVault();
    const hour = 3600;
    const t = Math.floor(Date.now() / 1000);
    const put = (name: string, size: number, at: number) =>
      store.putObject(vault.id, name, randomBytes(size), at);
    const [named, orphan, young, asked, later] = [
      newName(),
      newName(),
      newName(),
      newName(),
      newName(),
    ];
    // Stored 100 hours ago and then named by the log's first entry.
    expect(await put(named, 1000, t - 100 * hour)).toBe(true);
    const first = newName();
    const appended = await store.appendLog(
      vault.id,
      null,
      { id: first, bytes: randomBytes(50) },
      t - 99 * hour,
    );
    expect(appended.ok).toBe(true);
    // Stored after the last entry: an interrupted push, 98 hours ago.
    expect(await put(orphan, 2000, t - 98 * hour)).toBe(true);
    // Another interrupted push, one hour ago: perhaps still under way.
    expect(await put(young, 300, t - hour)).toBe(true);
    // Old too, but a device asked for it just now: about to name it in an entry.
    expect(await put(asked, 400, t - 97 * hour)).toBe(true);
    expect(await store.missingObjects(vault.id, [asked, later], t)).toEqual([later]);
    const usedBefore = (await usage(base, vault)).json() as { used: number };
    expect(usedBefore.used).toBe(1000 + 50 + 2000 + 300 + 400);

    expect(await collectOrphans(store, 48, t)).toBeGreaterThanOrEqual(1);
    const held = async (name: string) => (await getObject(base, vault, name)).status;
    expect(await held(named)).toBe(200);
    expect(await held(orphan)).toBe(404);
    expect(await held(young)).toBe(200);
    expect(await held(asked)).toBe(200);
    expect(((await usage(other, vault)).json() as { used: number }).used).toBe(
      1000 + 50 + 300 + 400,
    );
    // Missing again, so a device pushing it later uploads it again.
    expect(await store.missingObjects(vault.id, [named, orphan], t)).toEqual([orphan]);

    // Once an entry is appended after them, the old ones are never collected, however old.
    expect(
      (await store.appendLog(vault.id, first, { id: newName(), bytes: randomBytes(50) }, t)).ok,
    ).toBe(true);
    await collectOrphans(store, 48, t + 1000 * hour);
    for (const name of [named, young, asked]) expect(await held(name)).toBe(200);
  });
});
