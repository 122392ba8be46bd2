// The SQLite store in its worker threads: the event loop and reads do not wait for a
// write, and errors come back as the types the routes know.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from './sqlite.ts';
import { QuotaExceededError } from './store.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'steady-sqlite-worker-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

describe('the SQLite store in worker threads', () => {
  it('keeps the event loop and reads free while a large write runs', async () => {
    const store = openSqliteStore(join(dir, 'free.sqlite'));
    const id = hex(16);
    const hash = randomBytes(32);
    await store.createVault(id, hash, 1);
    // Both threads are up (each starts at open) once a read is answered.
    await store.tokenHash(id);
    const objects = Array.from({ length: 48 }, () => ({ name: hex(16), bytes: randomBytes(MiB) }));
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    let writeDone = false;
    const write = store.putObjects(id, objects, 2).then((stored) => {
      writeDone = true;
      return stored;
    });
    // Read while the write's transaction is under way: answered by the reader connection.
    const read = await store.tokenHash(id);
    const readBeforeWrite = !writeDone;
    expect(await write).toBe(48);
    delay.disable();
    expect(Buffer.isBuffer(read)).toBe(true);
    expect(read).toEqual(hash);
    expect(readBeforeWrite).toBe(true);
    // 48 MiB written and synced on this thread would have held it for far longer.
    expect(delay.max / 1e6).toBeLessThan(400);
    expect(
      Buffer.from((await store.getObject(id, objects[0]!.name))!).equals(objects[0]!.bytes),
    ).toBe(true);
    await store.close();
  });

  it('throws QuotaExceededError and SQLite errors as their own types, storing nothing', async () => {
    const file = join(dir, 'errors.sqlite');
    const store = openSqliteStore(file);
    const id = hex(16);
    await store.createVault(id, randomBytes(32), 1);
    await store.putObject(id, hex(16), new Uint8Array(60), 1, 100);
    const failure = await store.putObject(id, hex(16), new Uint8Array(60), 1, 100).catch((e) => e);
    expect(failure).toBeInstanceOf(QuotaExceededError);
    expect(failure).toMatchObject({ used: 60, quota: 100 });
    expect(await store.usage(id)).toBe(60);
    // An object for a vault that does not exist breaks the foreign key.
    const broken = await store.putObject(hex(16), hex(16), new Uint8Array(1), 1).catch((e) => e);
    expect(broken).toBeInstanceOf(Database.SqliteError);
    expect((broken as { code: string }).code).toMatch(/^SQLITE_CONSTRAINT/);
    await store.close();
    await expect(store.tokenHash(id)).rejects.toThrow(/closed/);
  });

  it('refuses at open a file it cannot make, as before the worker', () => {
    expect(() => openSqliteStore(join(dir, 'errors.sqlite', 'inside-a-file.sqlite'))).toThrow();
  });
});

const MiB = 1024 * 1024;
