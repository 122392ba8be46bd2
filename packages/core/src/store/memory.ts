import { StoreError } from './errors.ts';
import type { Store, StoreEntry, StoreOp, StoreRecord, StoredBytes } from './store.ts';
import { assertCount, assertKey, bytesEqual, copyBytes, validateOps } from './validate.ts';

export type MemorySnapshot = {
  readonly meta: ReadonlyArray<{ readonly key: string; readonly value: StoredBytes }>;
  readonly records: ReadonlyArray<{
    readonly tag: string;
    readonly id: string;
    readonly data: StoredBytes;
  }>;
};

/** For tests and for Node: the same contract as IndexedDbStore, held in memory. */
export class MemoryStore implements Store {
  readonly #records = new Map<string, Map<string, StoredBytes>>();
  readonly #meta = new Map<string, StoredBytes>();
  #closed = false;

  async getMeta(key: string): Promise<StoredBytes | undefined> {
    this.#assertOpen();
    assertKey(key, 'meta key');
    const value = this.#meta.get(key);
    return value && copyBytes(value);
  }

  async get(tag: string, id: string): Promise<StoredBytes | undefined> {
    this.#assertOpen();
    assertKey(tag, 'tag');
    assertKey(id, 'id');
    const data = this.#records.get(tag)?.get(id);
    return data && copyBytes(data);
  }

  async list(tag: string): Promise<StoreEntry[]> {
    this.#assertOpen();
    assertKey(tag, 'tag');
    const bucket = this.#records.get(tag) ?? new Map<string, StoredBytes>();
    return [...bucket].map(([id, data]) => ({ id, data: copyBytes(data) }));
  }

  async listPage(tag: string, after: string | undefined, count: number): Promise<StoreEntry[]> {
    this.#assertOpen();
    assertKey(tag, 'tag');
    if (after !== undefined) assertKey(after, 'id');
    assertCount(count);
    const bucket = this.#records.get(tag) ?? new Map<string, StoredBytes>();
    return [...bucket.keys()]
      .filter((id) => after === undefined || id > after)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, count)
      .map((id) => ({ id, data: copyBytes(bucket.get(id)!) }));
  }

  async listAll(): Promise<StoreRecord[]> {
    this.#assertOpen();
    return [...this.#records].flatMap(([tag, bucket]) =>
      [...bucket].map(([id, data]) => ({ tag, id, data: copyBytes(data) })),
    );
  }

  async names(): Promise<Array<{ tag: string; id: string }>> {
    this.#assertOpen();
    return [...this.#records].flatMap(([tag, bucket]) =>
      [...bucket.keys()].map((id) => ({ tag, id })),
    );
  }

  async count(tag?: string): Promise<number> {
    this.#assertOpen();
    if (tag !== undefined) {
      assertKey(tag, 'tag');
      return this.#records.get(tag)?.size ?? 0;
    }
    let total = 0;
    for (const bucket of this.#records.values()) total += bucket.size;
    return total;
  }

  async commit(ops: readonly StoreOp[]): Promise<void> {
    this.#assertOpen();
    const checked = validateOps(ops);
    // Everything that can refuse the batch runs before the first change, and nothing
    // after it can throw, so the batch lands whole or not at all.
    for (const op of checked) {
      if (op.op === 'expectMeta' && !bytesEqual(this.#meta.get(op.key), op.value)) {
        throw new StoreError('store-conflict', 'meta changed since it was read');
      }
    }
    for (const op of checked) this.#apply(op);
  }

  close(): void {
    this.#closed = true;
  }

  /**
   * Everything stored, as an examiner holding the device would see it: for tests that
   * check what storage reveals and that a failed operation changed nothing.
   */
  snapshot(): MemorySnapshot {
    return {
      meta: [...this.#meta].map(([key, value]) => ({ key, value: copyBytes(value) })),
      records: [...this.#records].flatMap(([tag, bucket]) =>
        [...bucket].map(([id, data]) => ({ tag, id, data: copyBytes(data) })),
      ),
    };
  }

  #apply(op: StoreOp): void {
    switch (op.op) {
      case 'put': {
        const bucket = this.#records.get(op.tag) ?? new Map<string, StoredBytes>();
        bucket.set(op.id, copyBytes(op.data));
        this.#records.set(op.tag, bucket);
        return;
      }
      case 'delete': {
        const bucket = this.#records.get(op.tag);
        bucket?.delete(op.id);
        if (bucket?.size === 0) this.#records.delete(op.tag);
        return;
      }
      case 'setMeta':
        this.#meta.set(op.key, copyBytes(op.value));
        return;
      case 'deleteMeta':
        this.#meta.delete(op.key);
        return;
      case 'expectMeta':
        return;
      case 'clear':
        this.#records.clear();
        this.#meta.clear();
        return;
    }
  }

  #assertOpen(): void {
    if (this.#closed) throw new StoreError('store-failed', 'store is closed');
  }
}
