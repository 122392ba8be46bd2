import Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { openSqliteEngine, type SqliteEngine, type StoreCalls } from './sqlite-engine.ts';
import type { WorkerAnswer, WorkerCall, WorkerFailure, WorkerSetup } from './sqlite-worker.ts';
import { QuotaExceededError, type BackupStore } from './store.ts';
import { sqliteLimits } from './sqlite-limits.ts';

// better-sqlite3 is synchronous: a write waiting on the disk (synchronous = FULL) would
// hold the relay's event loop, and every request with it, /health too. So the file is
// opened in worker threads (sqlite-worker.ts): one writer connection that runs every
// write's transaction whole, one after another as before (those waiting when a commit
// starts share it, each in its own savepoint), and one reader connection for the calls
// that only read, which in WAL mode answers while a write is under way.

const WORKER = new URL('./sqlite-worker.ts', import.meta.url).href;
// The worker is TypeScript: it registers tsx's loader, then imports its file. (Node 20
// would load a worker's own file before hooks given in its execArgv.) The ESM build of
// tsx's API, by its place in the package: its CommonJS build cannot register from here.
const TSX_DIR = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
const TSX_API = pathToFileURL(join(TSX_DIR, 'dist/esm/api/index.mjs')).href;
const BOOTSTRAP = `import(${JSON.stringify(TSX_API)})
  .then((api) => api.register())
  .then(() => import(${JSON.stringify(WORKER)}));`;

/** Calls that only read, when a reader is open: they never wait behind a write. */
const READS = new Set<keyof SqliteEngine>([
  'tokenHash',
  'latest',
  'version',
  'versions',
  'getObject',
  'getObjects',
  'readLog',
  'usage',
  'totalUsage',
  'ping',
  'deletionAt',
  'shareTokenHash',
]);

function rebuild(failure: WorkerFailure): Error {
  if (failure.kind === 'quota') return new QuotaExceededError(failure.used, failure.quota);
  if (failure.code?.startsWith('SQLITE_')) {
    return new Database.SqliteError(failure.message, failure.code);
  }
  const error = new Error(failure.message);
  error.name = failure.name;
  return error;
}

/**
 * Bytes cross to the worker by copy; a view of part of a larger buffer (a batch's body)
 * would take the whole buffer with it, so it is copied down to its own bytes first.
 */
function compact(value: unknown): unknown {
  if (value instanceof Uint8Array) {
    return value.byteOffset === 0 && value.byteLength === value.buffer.byteLength
      ? value
      : value.slice();
  }
  if (Array.isArray(value)) return value.map(compact);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, compact(item)]));
  }
  return value;
}

/** What arrives as a Uint8Array goes on as a Buffer over the same bytes, as before. */
function revive(value: unknown): unknown {
  if (value instanceof Uint8Array) {
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  }
  if (Array.isArray(value)) return value.map(revive);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, revive(item)]));
  }
  return value;
}

/** The worker thread ended or failed before it answered. */
class WorkerLost extends Error {
  override readonly name = 'WorkerLost';
}

interface Waiting {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** One worker thread holding one connection; started again if it fails. */
class Connection {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, Waiting>();
  private next = 0;
  constructor(private readonly setup: WorkerSetup) {
    // Started now, so the file is open by the first request.
    this.worker = this.start();
  }

  private start(): Worker {
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: this.setup,
      execArgv: [],
    });
    // Only a call under way keeps the process alive, as an open file did before.
    worker.unref();
    worker.on('message', (message: WorkerAnswer) => {
      const waiting = this.waiting.get(message.id);
      if (!waiting) return;
      this.waiting.delete(message.id);
      if (this.waiting.size === 0) worker.unref();
      if (message.ok) waiting.resolve(revive(message.value));
      else waiting.reject(rebuild(message.failure));
    });
    const fail = (error: WorkerLost) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      for (const waiting of this.waiting.values()) waiting.reject(error);
      this.waiting.clear();
    };
    worker.on('error', (error) =>
      fail(new WorkerLost(`The SQLite worker failed: ${error.message}`, { cause: error })),
    );
    worker.on('exit', (code) => fail(new WorkerLost(`The SQLite worker stopped (${code}).`)));
    return worker;
  }

  call(method: keyof SqliteEngine, args: readonly unknown[]): Promise<unknown> {
    const worker = (this.worker ??= this.start());
    const id = this.next++;
    return new Promise((resolve, reject) => {
      if (this.waiting.size === 0) worker.ref();
      this.waiting.set(id, { resolve, reject });
      try {
        const call: WorkerCall = { id, method, args: compact(args) as unknown[] };
        worker.postMessage(call);
      } catch (error) {
        this.waiting.delete(id);
        reject(error as Error);
      }
    });
  }

  /** Closes the connection once the calls before it are answered; the thread then ends. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    const gone = new Promise<void>((done) => worker.once('exit', () => done()));
    try {
      await this.call('close', []);
    } catch (error) {
      if (!(error instanceof WorkerLost)) throw error;
    }
    this.worker = undefined;
    // Held until the thread has ended, so a process that closes the store then waits.
    worker.ref();
    await gone;
  }
}

/**
 * The default store: one SQLite file in WAL mode; each write is one IMMEDIATE transaction
 * (or savepoint in one), run in a worker thread so the event loop never waits for it.
 */
export function openSqliteStore(path: string): BackupStore {
  // Made (or brought up to date) here first, so a file that cannot be opened stops the
  // relay at start as before, and both connections then find its tables.
  openSqliteEngine(path, 'writer').close();
  // Rate limits and daily counts (sqlite-limits.ts) in a file of their own beside it, on
  // this thread: each is one small write with no fsync, and with its own file it never
  // waits for the writer thread's lock on the data.
  const limitsDb = new Database(`${path}-limits`);
  limitsDb.pragma('journal_mode = WAL');
  limitsDb.pragma('busy_timeout = 2000');
  const limits = sqliteLimits(limitsDb);
  const writer = new Connection({ path, role: 'writer' });
  let reader: Connection | undefined = new Connection({ path, role: 'reader' });
  let closed = false;
  const call = (
    method: keyof SqliteEngine,
    args: readonly unknown[],
    readOnly = READS.has(method),
  ): Promise<unknown> => {
    if (closed) return Promise.reject(new Error('The SQLite store is closed.'));
    const read = readOnly ? reader : undefined;
    if (!read) return writer.call(method, args);
    return read.call(method, args).catch((error: unknown) => {
      if (!(error instanceof WorkerLost)) throw error;
      // A reader that fails leaves the reads to the writer, as before there was a reader.
      if (reader === read) reader = undefined;
      return writer.call(method, args);
    });
  };
  const method =
    <K extends keyof StoreCalls>(name: K) =>
    (...args: Parameters<StoreCalls[K]>) =>
      call(name, args) as ReturnType<StoreCalls[K]>;
  return {
    limits,
    tokenHash: method('tokenHash'),
    create: method('create'),
    append: method('append'),
    latest: method('latest'),
    version: method('version'),
    versions: method('versions'),
    createVault: method('createVault'),
    // Asked without `now` it only reads; with `now` it updates the times it finds.
    missingObjects: (id, names, now) =>
      (now === undefined
        ? call('missingObjects', [id, names], true)
        : call('missingObjects', [id, names, now])) as Promise<string[]>,
    putObject: method('putObject'),
    getObject: method('getObject'),
    putObjects: method('putObjects'),
    getObjects: method('getObjects'),
    appendLog: method('appendLog'),
    readLog: method('readLog'),
    usage: method('usage'),
    totalUsage: method('totalUsage'),
    collectOrphans: method('collectOrphans'),
    scheduleDeletion: method('scheduleDeletion'),
    cancelDeletion: method('cancelDeletion'),
    deletionAt: method('deletionAt'),
    deleteDueVaults: method('deleteDueVaults'),
    createShare: method('createShare'),
    takeShare: method('takeShare'),
    shareTokenHash: method('shareTokenHash'),
    deleteShare: method('deleteShare'),
    deleteExpiredShares: method('deleteExpiredShares'),
    ping: method('ping'),
    close: async () => {
      if (closed) return;
      closed = true;
      await Promise.all([writer.close(), reader?.close()]);
      limitsDb.close();
    },
  };
}
