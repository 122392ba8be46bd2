// One-time shares on the relay (issue 19, "Hand it to an advocate without email"),
// checked against a real SQLite file and a real PostgreSQL server started here: the same
// suite on both. The relay holds sealed bytes only; the key is in the link's fragment.
import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { readFile, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../serve.ts';
import { collectExpiredShares } from './collect.ts';
import type { BackupLimits } from './config.ts';
import { startMainProcess, sqliteRelayEnv, stopMainProcess, tempSite } from './main-process.ts';
import { openPostgresStore } from './postgres.ts';
import { startTestPostgres, type TestPostgres } from './postgres-harness.ts';
import { BACKUP_BASE, createBackupApi } from './routes.ts';
import { openSqliteStore } from './sqlite.ts';
import type { BackupStore } from './store.ts';
import { OPEN_LIMITS } from './test-support.ts';

interface Answer {
  status: number;
  headers: Headers;
  body: Uint8Array;
  text: string;
}

async function call(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: Uint8Array,
): Promise<Answer> {
  const init: RequestInit = { method, headers };
  if (body) init.body = body as Uint8Array<ArrayBuffer>;
  const response = await fetch(`${base}${BACKUP_BASE}${path}`, init);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return {
    status: response.status,
    headers: response.headers,
    body: bytes,
    text: new TextDecoder().decode(bytes),
  };
}

const octets = { 'Content-Type': 'application/octet-stream' };

interface Made {
  id: string;
  token: string;
  expiresAt: number;
  expiresAtIso: string;
  downloads: number;
}

async function share(base: string, bytes: Uint8Array, query = ''): Promise<Made> {
  const answer = await call(base, 'POST', `/shares${query}`, octets, bytes);
  expect(answer.status, answer.text).toBe(201);
  return JSON.parse(answer.text) as Made;
}
const open = (base: string, id: string) => call(base, 'GET', `/shares/${id}`);
const revoke = (base: string, id: string, token: string) =>
  call(base, 'DELETE', `/shares/${id}`, { Authorization: `Bearer ${token}` });

function expectError(answer: Answer, status: number, code: string): void {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  const body = JSON.parse(answer.text) as { error: string; message: string };
  expect(body.error).toBe(code);
  expect(body.message.length).toBeGreaterThan(5);
}

/** A share's row as stored, read straight from the table; undefined when there is none. */
interface Row {
  columns: string[];
  token_hash: Buffer;
  bytes: Buffer;
  downloads_left: number;
  expires_at: number;
}

interface Backend {
  name: string;
  setUp(): Promise<void>;
  tearDown(): Promise<void>;
  open(): Promise<BackupStore>;
  row(id: string): Promise<Row | undefined>;
  /** Every file of the store's data on disk, when it has its own (SQLite). */
  files(): string[];
}

let tempDir: string;
let staticDir: string;
beforeAll(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'steady-shares-'));
  staticDir = join(tempDir, 'dist');
  await mkdir(staticDir);
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Records</title>');
});
afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

const sqliteFile = () => join(tempDir, 'shares.sqlite');
let postgres: TestPostgres | undefined;
const backends: Backend[] = [
  {
    name: 'SQLite',
    setUp: async () => undefined,
    tearDown: async () => undefined,
    open: async () => openSqliteStore(sqliteFile()),
    async row(id) {
      const db = new Database(sqliteFile(), { readonly: true });
      const row = db.prepare('SELECT * FROM shares WHERE id = ?').get(id) as
        Record<string, unknown> | undefined;
      db.close();
      return row && ({ ...row, columns: Object.keys(row) } as unknown as Row);
    },
    files: () => [sqliteFile(), `${sqliteFile()}-wal`, `${sqliteFile()}-limits`],
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
    async row(id) {
      const client = new pg.Client(postgres!.url);
      await client.connect();
      const found = await client.query<Record<string, unknown>>(
        'SELECT * FROM steady_shares WHERE id = $1',
        [id],
      );
      await client.end();
      const row = found.rows[0];
      return (
        row &&
        ({
          ...row,
          expires_at: Number(row.expires_at),
          columns: found.fields.map((field) => field.name),
        } as unknown as Row)
      );
    },
    files: () => [],
  },
];

describe.each(backends)('one-time shares on $name', (backend) => {
  let store: BackupStore;
  // Seconds since 1970, moved on by the tests about expiry.
  let clock = Math.floor(Date.now() / 1000);
  const now = () => clock;
  const servers: RunningServer[] = [];
  async function serve(limits: Partial<BackupLimits> = {}): Promise<string> {
    // The limits live in the store: each relay starts with fresh budgets.
    await store.limits?.expireLimits(Number.MAX_SAFE_INTEGER);
    const backupApi = createBackupApi(store, {
      limits: { ...OPEN_LIMITS, ...limits },
      trustProxy: false,
      now,
    });
    const server = await startServer({ staticDir, port: 0, backupApi });
    servers.push(server);
    return `http://127.0.0.1:${server.port}`;
  }
  let base: string;

  beforeAll(async () => {
    await backend.setUp();
    store = await backend.open();
    base = await serve();
  }, 120_000);
  afterAll(async () => {
    for (const server of servers) await server.close();
    await store?.close();
    await backend.tearDown();
  }, 60_000);

  it('answers the bytes once, then 410 with the same body as a share never made', async () => {
    const bytes = randomBytes(40_000);
    const made = await share(base, bytes);
    expect(made.id).toMatch(/^[0-9a-f]{32}$/);
    expect(made.token).toMatch(/^[0-9a-f]{64}$/);
    expect(made.downloads).toBe(1);
    expect(made.expiresAt).toBe(clock + 72 * 3600);
    expect(made.expiresAtIso).toBe(new Date(made.expiresAt * 1000).toISOString());

    const first = await open(base, made.id);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/octet-stream');
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.from(first.body).equals(bytes)).toBe(true);
    // The last download deleted it, bytes and all.
    expect(await backend.row(made.id)).toBeUndefined();

    const second = await open(base, made.id);
    expectError(second, 410, 'gone');
    const never = await open(base, randomBytes(16).toString('hex'));
    expect(never.status).toBe(410);
    expect(never.text).toBe(second.text);
    // Nothing in the relay's answers names the app.
    for (const answer of [first, second]) {
      expect(answer.text.toLowerCase()).not.toContain('steady');
      for (const value of answer.headers.values()) {
        expect(value.toLowerCase()).not.toContain('steady');
      }
    }
  });

  it('allows the downloads asked for, up to five', async () => {
    const bytes = randomBytes(1000);
    const made = await share(base, bytes, '?downloads=3&hours=1');
    expect(made.downloads).toBe(3);
    expect(made.expiresAt).toBe(clock + 3600);
    for (let n = 0; n < 3; n++) {
      const answer = await open(base, made.id);
      expect(answer.status).toBe(200);
      expect(Buffer.from(answer.body).equals(bytes)).toBe(true);
    }
    expectError(await open(base, made.id), 410, 'gone');
    expect((await share(base, bytes, '?downloads=5&hours=168')).downloads).toBe(5);
  });

  it('gives the bytes to exactly one of many downloads at once of a one-download share', async () => {
    for (let round = 0; round < 5; round++) {
      const bytes = randomBytes(200_000);
      const made = await share(base, bytes);
      const answers = await Promise.all(Array.from({ length: 8 }, () => open(base, made.id)));
      const served = answers.filter((answer) => answer.status === 200);
      expect(served).toHaveLength(1);
      expect(Buffer.from(served[0]!.body).equals(bytes)).toBe(true);
      expect(answers.filter((answer) => answer.status === 410)).toHaveLength(7);
    }
    // And to exactly two of many, when two are allowed.
    const made = await share(base, randomBytes(1000), '?downloads=2');
    const answers = await Promise.all(Array.from({ length: 8 }, () => open(base, made.id)));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(2);
  });

  it('refuses a share past its expiry and deletes it, on access or by the sweep', async () => {
    const start = clock;
    try {
      const touched = await share(base, randomBytes(500), '?hours=1&downloads=2');
      const swept = await share(base, randomBytes(500), '?hours=2');
      const kept = await share(base, randomBytes(500), '?hours=3');
      clock = start + 3600 - 1;
      expect((await open(base, touched.id)).status).toBe(200);
      clock = start + 3600;
      const expired = await open(base, touched.id);
      expectError(expired, 410, 'gone');
      expect(await backend.row(touched.id)).toBeUndefined();
      expect(expired.text).toBe((await open(base, randomBytes(16).toString('hex'))).text);

      expect(await backend.row(swept.id)).toBeDefined();
      expect(await collectExpiredShares(store, start + 2 * 3600)).toBeGreaterThanOrEqual(1);
      expect(await backend.row(swept.id)).toBeUndefined();
      expect(await backend.row(kept.id)).toBeDefined();
      clock = start + 2 * 3600;
      expectError(await open(base, swept.id), 410, 'gone');
      expect((await open(base, kept.id)).status).toBe(200);
    } finally {
      clock = start;
    }
  });

  it('revokes only with the right token, deleting the bytes at once', async () => {
    const made = await share(base, randomBytes(800), '?downloads=2');
    const wrong = await revoke(base, made.id, randomBytes(32).toString('hex'));
    expectError(wrong, 404, 'not_found');
    // A wrong token changed nothing.
    expect((await backend.row(made.id))?.downloads_left).toBe(2);
    expect((await open(base, made.id)).status).toBe(200);

    const right = await revoke(base, made.id, made.token);
    expect(right.status).toBe(200);
    expect(JSON.parse(right.text)).toEqual({ revoked: true });
    expect(await backend.row(made.id)).toBeUndefined();
    const after = await open(base, made.id);
    expectError(after, 410, 'gone');
    // Revoked reads as used up and expired do.
    expect(after.text).toBe((await open(base, randomBytes(16).toString('hex'))).text);
    // Revoked again (or a share already used up) answers as a wrong token does.
    const again = await revoke(base, made.id, made.token);
    expect(again.status).toBe(404);
    expect(again.text).toBe(wrong.text);
  });

  it('refuses malformed ids, tokens, queries and bodies, storing nothing', async () => {
    for (const id of ['XYZ', 'A'.repeat(32), '0'.repeat(31), '0'.repeat(33), 'g'.repeat(32)]) {
      expectError(await open(base, id), 400, 'bad_share_id');
      expectError(await revoke(base, id, 'a'.repeat(64)), 400, 'bad_share_id');
    }
    const made = await share(base, randomBytes(100));
    for (const token of ['', 'abc', 'A'.repeat(64), `${made.token}0`]) {
      expectError(await revoke(base, made.id, token), 400, 'bad_token');
    }
    const body = randomBytes(100);
    for (const query of [
      '?hours=0',
      '?hours=169',
      '?hours=1.5',
      '?hours=abc',
      '?hours=-1',
      '?hours=01',
      '?downloads=0',
      '?downloads=6',
      '?downloads=1&downloads=1',
      '?days=3',
    ]) {
      expectError(await call(base, 'POST', `/shares${query}`, octets, body), 400, 'bad_query');
    }
    expectError(await call(base, 'POST', '/shares', octets, new Uint8Array(0)), 400, 'empty_body');
    expectError(await call(base, 'POST', '/shares', {}, body), 415, 'bad_content_type');
    expectError(
      await call(base, 'POST', '/shares', { 'Content-Type': 'application/json' }, body),
      415,
      'bad_content_type',
    );
    // The share made first is still whole.
    expect((await open(base, made.id)).status).toBe(200);
  });

  it('refuses a share over the upload limit with 413, and too many from one address', async () => {
    const small = await serve({ maxBlobBytes: 10_000, sharesPerIpPerDay: 2 });
    const tooBig = await call(small, 'POST', '/shares', octets, randomBytes(10_001));
    expectError(tooBig, 413, 'too_large');
    expect(JSON.parse(tooBig.text).message).toBe('A share may be at most 10000 bytes.');
    // A refused upload gives its place in the day's count back.
    await share(small, randomBytes(10_000));
    await share(small, randomBytes(10));
    const third = await call(small, 'POST', '/shares', octets, randomBytes(10));
    expectError(third, 429, 'too_many_shares');
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);

    const busy = await serve({ ipBurst: 2, ipPerMinute: 1 });
    const made = await share(busy, randomBytes(10));
    expect((await open(busy, made.id)).status).toBe(200);
    expectError(await open(busy, made.id), 429, 'rate_limited');
    // The next relays on this store start with fresh budgets again.
    await store.limits?.expireLimits(Number.MAX_SAFE_INTEGER);
  });

  it("refuses a new share once the relay's total storage budget is reached", async () => {
    // This store holds no vault: only the shares' bytes count towards the budget here.
    const held = await share(base, randomBytes(100), '?downloads=2');
    const full = await serve({ totalBytes: 1 });
    const refused = await call(full, 'POST', '/shares', octets, randomBytes(10));
    expectError(refused, 507, 'storage_full');
    // Reading and revoking still work.
    expect((await open(full, held.id)).status).toBe(200);
    expect((await revoke(full, held.id, held.token)).status).toBe(200);
  });

  it('stores the bytes as given, and the token only as its SHA-256', async () => {
    // What the app sends is sealed already; a marker stands for it here, to be found.
    const bytes = Buffer.concat([Buffer.from('sealed-marker-'), randomBytes(3000)]);
    const made = await share(base, bytes, '?downloads=2');
    const row = (await backend.row(made.id))!;
    expect(row.columns.sort()).toEqual(
      ['bytes', 'created_at', 'downloads_left', 'expires_at', 'id', 'size', 'token_hash'].sort(),
    );
    expect(Buffer.from(row.bytes).equals(bytes)).toBe(true);
    expect(
      Buffer.from(row.token_hash).equals(createHash('sha256').update(made.token).digest()),
    ).toBe(true);
    expect(row.downloads_left).toBe(2);
    expect(row.expires_at).toBe(made.expiresAt);
    // The token is nowhere on disk, neither as text nor as its bytes.
    for (const file of backend.files().filter((path) => existsSync(path))) {
      const held = await readFile(file);
      expect(held.includes(Buffer.from(made.token))).toBe(false);
      expect(held.includes(Buffer.from(made.token, 'hex'))).toBe(false);
    }
  });
});

describe('the relay as run (SQLite)', () => {
  it('prints nothing about shares', async () => {
    const site = await tempSite('steady-shares-main-');
    const relay = await startMainProcess(site.dir, sqliteRelayEnv(site));
    try {
      const printed = relay.output();
      const made = await share(relay.url, randomBytes(500));
      expect((await open(relay.url, made.id)).status).toBe(200);
      expect((await open(relay.url, made.id)).status).toBe(410);
      const other = await share(relay.url, randomBytes(500));
      expect((await revoke(relay.url, other.id, made.token)).status).toBe(404);
      expect((await revoke(relay.url, other.id, other.token)).status).toBe(200);
      expect(relay.output()).toBe(printed);
    } finally {
      await stopMainProcess(relay.child);
      await rm(site.dir, { recursive: true, force: true });
    }
  }, 60_000);
});
