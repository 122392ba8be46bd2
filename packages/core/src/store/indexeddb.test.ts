// idb checks values against the IDB* globals, which Node lacks; the auto entry installs
// fake-indexeddb's. Each test still gets its own IDBFactory, so nothing leaks between them.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isStoreError } from './errors.ts';
import { IndexedDbStore } from './indexeddb.ts';
import { describeStoreContract } from './store.suite.ts';

let factory = new IDBFactory();
const opened: IndexedDbStore[] = [];

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
  factory = new IDBFactory();
  vi.restoreAllMocks();
});

function openStore(name: string, onFactory: IDBFactory = factory): IndexedDbStore {
  const store = new IndexedDbStore(name, onFactory);
  opened.push(store);
  return store;
}

describeStoreContract('IndexedDbStore', (name) => openStore(name));

describe('IndexedDbStore', () => {
  it('reaches the same data through a second connection', async () => {
    await openStore('shared').commit([
      { op: 'put', tag: 't', id: 'a', data: Uint8Array.of(1) },
      { op: 'setMeta', key: 'm', value: Uint8Array.of(2) },
    ]);
    const again = openStore('shared');
    expect([...((await again.get('t', 'a')) ?? [])]).toEqual([1]);
    expect([...((await again.getMeta('m')) ?? [])]).toEqual([2]);
  });

  it('rolls back the whole transaction when IndexedDB fails half-way', async () => {
    const store = openStore('rollback');
    await store.commit([{ op: 'put', tag: 't', id: 'a', data: Uint8Array.of(1) }]);
    // Fail the third write inside the transaction, as a full disk would.
    const realPut = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      calls += 1;
      if (calls === 3) throw new DOMException('disk full', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const error: unknown = await store
      .commit([
        { op: 'put', tag: 't', id: 'a', data: Uint8Array.of(2) },
        { op: 'put', tag: 't', id: 'b', data: Uint8Array.of(2) },
        { op: 'put', tag: 't', id: 'c', data: Uint8Array.of(2) },
        { op: 'setMeta', key: 'm', value: Uint8Array.of(2) },
      ])
      .catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(isStoreError(error, 'store-full')).toBe(true);
    expect([...((await store.get('t', 'a')) ?? [])]).toEqual([1]);
    expect(await store.count()).toBe(1);
    expect(await store.getMeta('m')).toBeUndefined();
  });

  it('reports rows it did not write as corrupt instead of returning them', async () => {
    const store = openStore('corrupt');
    await store.commit([{ op: 'put', tag: 't', id: 'a', data: Uint8Array.of(1) }]);
    await new Promise<void>((resolve, reject) => {
      const request = factory.open('corrupt');
      request.onsuccess = () => {
        const db = request.result;
        const tx = db.transaction('records', 'readwrite');
        tx.objectStore('records').put({ tag: 't', id: 'a', data: 'not bytes' });
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    const error: unknown = await store.get('t', 'a').catch((e: unknown) => e);
    expect(isStoreError(error, 'store-corrupt')).toBe(true);
  });
});
