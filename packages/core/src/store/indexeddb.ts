import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { StoreError } from './errors.ts';
import type { Store, StoreEntry, StoreOp, StoreRecord, StoredBytes } from './store.ts';
import { assertCount, assertKey, bytesEqual, validateOps } from './validate.ts';

const DB_VERSION = 1;
const RECORDS = 'records';
const META = 'meta';

type RecordRow = { tag: string; id: string; data: StoredBytes };
type WriteTx = IDBPTransaction<unknown, string[], 'readwrite'>;

function isBytes(value: unknown): value is StoredBytes {
  return value instanceof Uint8Array && value.buffer instanceof ArrayBuffer;
}

// Whatever sits in IndexedDB may have been written by another version or edited by hand,
// so rows are checked rather than trusted.
function toRecordRow(value: unknown): RecordRow {
  if (
    typeof value === 'object' &&
    value !== null &&
    'tag' in value &&
    typeof value.tag === 'string' &&
    'id' in value &&
    typeof value.id === 'string' &&
    'data' in value &&
    isBytes(value.data)
  ) {
    return { tag: value.tag, id: value.id, data: value.data };
  }
  throw new StoreError('store-corrupt', 'malformed record row');
}

function toMetaValue(value: unknown): StoredBytes | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'object' && value !== null && 'value' in value && isBytes(value.value)) {
    return value.value;
  }
  throw new StoreError('store-corrupt', 'malformed meta row');
}

function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') {
    return new StoreError('store-full', 'no space left for this origin', { cause: error });
  }
  return new StoreError('store-failed', 'IndexedDB failed', { cause: error });
}

/**
 * Records live in one object store keyed by [tag, id]; one tag's records are a key
 * range of that compound key, so no second index has to be kept up to date on every
 * write. The plain meta area lives in another store. A commit is one readwrite transaction over both, so the
 * browser lands all of it or none of it, even if the tab is killed half-way.
 */
/**
 * Every [tag, id] key for one tag: [tag] sorts before any [tag, id], and an array
 * sorts after every string, so [tag, []] sorts after them all.
 */
function tagRange(tag: string): IDBKeyRange {
  return IDBKeyRange.bound([tag], [tag, []]);
}

export class IndexedDbStore implements Store {
  readonly #name: string;
  readonly #factory: IDBFactory | undefined;
  #db: Promise<IDBPDatabase> | undefined;

  /** `factory` defaults to the global `indexedDB`; tests pass fake-indexeddb's. */
  constructor(name: string, factory?: IDBFactory) {
    this.#name = name;
    this.#factory = factory;
  }

  async getMeta(key: string): Promise<StoredBytes | undefined> {
    assertKey(key, 'meta key');
    return this.#run(async (db) => toMetaValue(await db.get(META, key)));
  }

  async get(tag: string, id: string): Promise<StoredBytes | undefined> {
    assertKey(tag, 'tag');
    assertKey(id, 'id');
    return this.#run(async (db) => {
      const row: unknown = await db.get(RECORDS, [tag, id]);
      return row === undefined ? undefined : toRecordRow(row).data;
    });
  }

  async list(tag: string): Promise<StoreEntry[]> {
    assertKey(tag, 'tag');
    return this.#run(async (db) => {
      const rows: unknown[] = await db.getAll(RECORDS, tagRange(tag));
      return rows.map((row) => {
        const { id, data } = toRecordRow(row);
        return { id, data };
      });
    });
  }

  async listPage(tag: string, after: string | undefined, count: number): Promise<StoreEntry[]> {
    assertKey(tag, 'tag');
    if (after !== undefined) assertKey(after, 'id');
    assertCount(count);
    // Keys are [tag, id]: from just after [tag, after] (or [tag]) to the end of the tag.
    const range = IDBKeyRange.bound(after === undefined ? [tag] : [tag, after], [tag, []], true);
    return this.#run(async (db) => {
      const rows: unknown[] = await db.getAll(RECORDS, range, count);
      return rows.map((row) => {
        const { id, data } = toRecordRow(row);
        return { id, data };
      });
    });
  }

  async listAll(): Promise<StoreRecord[]> {
    return this.#run(async (db) => {
      const rows: unknown[] = await db.getAll(RECORDS);
      return rows.map(toRecordRow);
    });
  }

  async names(): Promise<Array<{ tag: string; id: string }>> {
    return this.#run(async (db) => {
      const keys: unknown[] = await db.getAllKeys(RECORDS);
      return keys.map((key) => {
        if (!Array.isArray(key) || typeof key[0] !== 'string' || typeof key[1] !== 'string') {
          throw new StoreError('store-corrupt', 'malformed record key');
        }
        return { tag: key[0], id: key[1] };
      });
    });
  }

  async count(tag?: string): Promise<number> {
    if (tag === undefined) return this.#run((db) => db.count(RECORDS));
    assertKey(tag, 'tag');
    return this.#run((db) => db.count(RECORDS, tagRange(tag)));
  }

  async commit(ops: readonly StoreOp[]): Promise<void> {
    const checked = validateOps(ops);
    const db = await this.#open();
    const tx: WriteTx = db.transaction([RECORDS, META], 'readwrite');
    // Observed below; without this an abort we cause on purpose is an unhandled rejection.
    tx.done.catch(() => undefined);
    try {
      await checkExpectations(tx, checked);
      // Requests in one transaction run in the order they are made, so a 'clear' empties
      // the store before the ops after it land.
      await Promise.all(checked.map((op) => apply(tx, op)));
      await tx.done;
    } catch (error) {
      abortQuietly(tx);
      throw toStoreError(error);
    }
  }

  close(): void {
    const db = this.#db;
    this.#db = undefined;
    void db?.then((open) => open.close()).catch(() => undefined);
  }

  async #run<T>(read: (db: IDBPDatabase) => Promise<T>): Promise<T> {
    try {
      return await read(await this.#open());
    } catch (error) {
      throw toStoreError(error);
    }
  }

  #open(): Promise<IDBPDatabase> {
    this.#db ??= this.#connect().catch((error: unknown) => {
      this.#db = undefined;
      throw toStoreError(error);
    });
    return this.#db;
  }

  async #connect(): Promise<IDBPDatabase> {
    const factory = this.#factory ?? indexedDB;
    const request = factory.open(this.#name, DB_VERSION);
    request.onupgradeneeded = (event) => {
      if (event.oldVersion < 1) {
        const db = request.result;
        db.createObjectStore(RECORDS, { keyPath: ['tag', 'id'] });
        db.createObjectStore(META, { keyPath: 'key' });
      }
    };
    const db = await wrap(request);
    if (db === undefined) throw new StoreError('store-failed', 'IndexedDB did not open');
    // Another tab upgrading the schema waits for us to let go; reopen lazily afterwards.
    db.addEventListener('versionchange', () => {
      db.close();
      this.#db = undefined;
    });
    return db;
  }
}

async function checkExpectations(tx: WriteTx, ops: readonly StoreOp[]): Promise<void> {
  for (const op of ops) {
    if (op.op !== 'expectMeta') continue;
    const current = toMetaValue(await tx.objectStore(META).get(op.key));
    if (!bytesEqual(current, op.value)) {
      throw new StoreError('store-conflict', 'meta changed since it was read');
    }
  }
}

async function apply(tx: WriteTx, op: StoreOp): Promise<void> {
  switch (op.op) {
    case 'put':
      await tx.objectStore(RECORDS).put({ tag: op.tag, id: op.id, data: op.data });
      return;
    case 'delete':
      await tx.objectStore(RECORDS).delete([op.tag, op.id]);
      return;
    case 'setMeta':
      await tx.objectStore(META).put({ key: op.key, value: op.value });
      return;
    case 'deleteMeta':
      await tx.objectStore(META).delete(op.key);
      return;
    case 'expectMeta':
      return;
    case 'clear':
      await Promise.all([tx.objectStore(RECORDS).clear(), tx.objectStore(META).clear()]);
      return;
  }
}

function abortQuietly(tx: WriteTx): void {
  try {
    tx.abort();
  } catch {
    // Already finished or already aborted: either way nothing more will be written.
  }
}
