import { describe, expect, it } from 'vitest';
import { isStoreError } from './errors.ts';
import type { Store, StoreEntry, StoreOp } from './store.ts';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

const sorted = (entries: StoreEntry[]): Array<{ id: string; data: number[] }> =>
  entries
    .map(({ id, data }) => ({ id, data: [...data] }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

async function snapshot(store: Store, tags: string[], metaKeys: string[]): Promise<unknown> {
  return {
    count: await store.count(),
    tags: await Promise.all(tags.map(async (tag) => sorted(await store.list(tag)))),
    meta: await Promise.all(
      metaKeys.map(async (key) => {
        const value = await store.getMeta(key);
        return value && [...value];
      }),
    ),
  };
}

/**
 * The contract every Store adapter keeps. `open(name)` returns a fresh, empty store;
 * the same name must reach the same data and different names must not share any.
 */
export function describeStoreContract(
  adapter: string,
  open: (name: string) => Promise<Store> | Store,
): void {
  describe(`Store contract: ${adapter}`, () => {
    it('puts, gets, lists, counts and deletes records', async () => {
      const store = await open('crud');
      await store.commit([
        { op: 'put', tag: 't1', id: 'a', data: bytes(1, 2) },
        { op: 'put', tag: 't1', id: 'b', data: bytes(3) },
        { op: 'put', tag: 't2', id: 'a', data: bytes(4) },
      ]);
      expect([...((await store.get('t1', 'a')) ?? [])]).toEqual([1, 2]);
      expect([...((await store.get('t2', 'a')) ?? [])]).toEqual([4]);
      expect(await store.get('t1', 'zzz')).toBeUndefined();
      expect(sorted(await store.list('t1'))).toEqual([
        { id: 'a', data: [1, 2] },
        { id: 'b', data: [3] },
      ]);
      expect(await store.list('nothing')).toEqual([]);
      expect(await store.count('t1')).toBe(2);
      expect(await store.count()).toBe(3);

      await store.commit([{ op: 'delete', tag: 't1', id: 'a' }]);
      expect(await store.get('t1', 'a')).toBeUndefined();
      expect(await store.count('t1')).toBe(1);
      expect(await store.count()).toBe(2);
    });

    it('lists a tag a page at a time, in id order, each record once', async () => {
      const store = await open('pages');
      const ids = ['e', 'a', 'd', 'b', 'c'];
      await store.commit([
        ...ids.map((id, i) => ({ op: 'put' as const, tag: 't1', id, data: bytes(i) })),
        { op: 'put', tag: 't0', id: 'z', data: bytes(9) },
        { op: 'put', tag: 't2', id: 'a', data: bytes(9) },
      ]);
      const seen: string[][] = [];
      let after: string | undefined;
      for (;;) {
        const page = await store.listPage('t1', after, 2);
        if (page.length === 0) break;
        seen.push(page.map((entry) => entry.id));
        after = page.at(-1)?.id;
      }
      expect(seen).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
      expect([...((await store.listPage('t1', 'c', 1))[0]?.data ?? [])]).toEqual([2]);
      expect(await store.listPage('nothing', undefined, 5)).toEqual([]);
      expect(isStoreError(await store.listPage('t1', undefined, 0).catch((e: unknown) => e))).toBe(
        true,
      );
    });

    it('overwrites on put and applies ops in order', async () => {
      const store = await open('order');
      await store.commit([
        { op: 'put', tag: 't', id: 'x', data: bytes(1) },
        { op: 'put', tag: 't', id: 'x', data: bytes(2) },
        { op: 'put', tag: 't', id: 'y', data: bytes(3) },
        { op: 'delete', tag: 't', id: 'y' },
      ]);
      expect([...((await store.get('t', 'x')) ?? [])]).toEqual([2]);
      expect(await store.get('t', 'y')).toBeUndefined();
    });

    it('deleting what is absent is not an error', async () => {
      const store = await open('absent');
      await store.commit([
        { op: 'delete', tag: 't', id: 'nope' },
        { op: 'deleteMeta', key: 'nope' },
      ]);
      expect(await store.count()).toBe(0);
    });

    it('keeps its own copy of the bytes', async () => {
      const store = await open('copies');
      const data = bytes(7, 7, 7);
      await store.commit([{ op: 'put', tag: 't', id: 'a', data }]);
      data.fill(0);
      const read = await store.get('t', 'a');
      expect([...(read ?? [])]).toEqual([7, 7, 7]);
      read?.fill(0);
      expect([...((await store.get('t', 'a')) ?? [])]).toEqual([7, 7, 7]);
    });

    it('stores only the viewed bytes of a subarray', async () => {
      const store = await open('views');
      const secretAround = bytes(9, 9, 1, 2, 9, 9);
      await store.commit([{ op: 'put', tag: 't', id: 'a', data: secretAround.subarray(2, 4) }]);
      const read = await store.get('t', 'a');
      expect(read?.buffer.byteLength).toBe(2);
      expect([...(read ?? [])]).toEqual([1, 2]);
    });

    it('sets, reads and deletes meta, in a commit with records', async () => {
      const store = await open('meta');
      expect(await store.getMeta('header')).toBeUndefined();
      await store.commit([
        { op: 'setMeta', key: 'header', value: bytes(5, 6) },
        { op: 'put', tag: 't', id: 'a', data: bytes(1) },
      ]);
      expect([...((await store.getMeta('header')) ?? [])]).toEqual([5, 6]);
      expect(await store.count()).toBe(1);
      await store.commit([{ op: 'deleteMeta', key: 'header' }]);
      expect(await store.getMeta('header')).toBeUndefined();
    });

    describe('a refused commit changes nothing', () => {
      const refusedBatches: Array<[string, StoreOp[]]> = [
        ['an unknown op', [{ op: 'wipe' } as unknown as StoreOp]],
        ['an empty id', [{ op: 'put', tag: 't', id: '', data: bytes(1) }]],
        ['a tag that is not a string', [{ op: 'delete', tag: 7, id: 'a' } as unknown as StoreOp]],
        [
          'data that is not bytes',
          [{ op: 'put', tag: 't', id: 'a', data: [1] } as unknown as StoreOp],
        ],
        ['an oversized id', [{ op: 'put', tag: 't', id: 'x'.repeat(257), data: bytes(1) }]],
        ['a missing meta key', [{ op: 'setMeta', value: bytes(1) } as unknown as StoreOp]],
      ];
      for (const [what, badOps] of refusedBatches) {
        it(`with ${what} after valid ops`, async () => {
          const store = await open('refused');
          await store.commit([
            { op: 'put', tag: 't', id: 'a', data: bytes(1) },
            { op: 'setMeta', key: 'm', value: bytes(1) },
          ]);
          const before = await snapshot(store, ['t', 'u'], ['m', 'n']);
          const batch: StoreOp[] = [
            { op: 'put', tag: 't', id: 'a', data: bytes(2) },
            { op: 'put', tag: 'u', id: 'b', data: bytes(2) },
            { op: 'delete', tag: 't', id: 'a' },
            { op: 'setMeta', key: 'n', value: bytes(2) },
            { op: 'deleteMeta', key: 'm' },
            ...badOps,
          ];
          const error: unknown = await store.commit(batch).catch((e: unknown) => e);
          expect(isStoreError(error, 'store-invalid-op')).toBe(true);
          expect(await snapshot(store, ['t', 'u'], ['m', 'n'])).toEqual(before);
        });
      }

      it('when a meta expectation fails', async () => {
        const store = await open('conflict');
        await store.commit([{ op: 'setMeta', key: 'm', value: bytes(1) }]);
        const before = await snapshot(store, ['t'], ['m']);
        const error: unknown = await store
          .commit([
            { op: 'put', tag: 't', id: 'a', data: bytes(1) },
            { op: 'setMeta', key: 'm', value: bytes(2) },
            { op: 'expectMeta', key: 'm', value: bytes(9) },
          ])
          .catch((e: unknown) => e);
        expect(isStoreError(error, 'store-conflict')).toBe(true);
        expect(await snapshot(store, ['t'], ['m'])).toEqual(before);
      });
    });

    it('applies a commit whose meta expectations hold', async () => {
      const store = await open('expect');
      await store.commit([
        { op: 'expectMeta', key: 'm', value: undefined },
        { op: 'setMeta', key: 'm', value: bytes(1) },
      ]);
      await store.commit([
        { op: 'expectMeta', key: 'm', value: bytes(1) },
        { op: 'setMeta', key: 'm', value: bytes(2) },
      ]);
      expect([...((await store.getMeta('m')) ?? [])]).toEqual([2]);
      const again: unknown = await store
        .commit([
          { op: 'expectMeta', key: 'm', value: undefined },
          { op: 'setMeta', key: 'm', value: bytes(3) },
        ])
        .catch((e: unknown) => e);
      expect(isStoreError(again, 'store-conflict')).toBe(true);
    });

    it('lets only one of two racing compare-and-swap commits win', async () => {
      const store = await open('race');
      const attempt = (value: number) =>
        store
          .commit([
            { op: 'expectMeta', key: 'm', value: undefined },
            { op: 'setMeta', key: 'm', value: bytes(value) },
          ])
          .then(
            () => 'won',
            (e: unknown) => (isStoreError(e, 'store-conflict') ? 'lost' : e),
          );
      const outcomes = await Promise.all([attempt(1), attempt(2)]);
      expect([...outcomes].sort()).toEqual(['lost', 'won']);
    });

    it('keeps two stores apart', async () => {
      const one = await open('one');
      const two = await open('two');
      await one.commit([
        { op: 'put', tag: 't', id: 'a', data: bytes(1) },
        { op: 'setMeta', key: 'm', value: bytes(1) },
      ]);
      expect(await two.get('t', 'a')).toBeUndefined();
      expect(await two.getMeta('m')).toBeUndefined();
      expect(await two.count()).toBe(0);
      await two.commit([{ op: 'put', tag: 't', id: 'a', data: bytes(2) }]);
      expect([...((await one.get('t', 'a')) ?? [])]).toEqual([1]);
    });

    it('lists every record under every tag', async () => {
      const store = await open('list-all');
      expect(await store.listAll()).toEqual([]);
      await store.commit([
        { op: 'put', tag: 't1', id: 'a', data: bytes(1) },
        { op: 'put', tag: 't2', id: 'b', data: bytes(2, 3) },
      ]);
      const all = (await store.listAll())
        .map(({ tag, id, data }) => [tag, id, [...data]])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
      expect(all).toEqual([
        ['t1', 'a', [1]],
        ['t2', 'b', [2, 3]],
      ]);
    });

    it('names every record without reading its data', async () => {
      const store = await open('names');
      expect(await store.names()).toEqual([]);
      await store.commit([
        { op: 'put', tag: 't1', id: 'a', data: bytes(1) },
        { op: 'put', tag: 't1', id: 'b', data: bytes(2) },
        { op: 'put', tag: 't2', id: 'a', data: bytes(3) },
      ]);
      const names = (await store.names()).map(({ tag, id }) => `${tag}/${id}`).sort();
      expect(names).toEqual(['t1/a', 't1/b', 't2/a']);
    });

    it('clears records and meta, then applies the ops after the clear', async () => {
      const store = await open('clear');
      await store.commit([
        { op: 'put', tag: 't', id: 'a', data: bytes(1) },
        { op: 'put', tag: 'u', id: 'b', data: bytes(2) },
        { op: 'setMeta', key: 'm', value: bytes(3) },
        { op: 'setMeta', key: 'n', value: bytes(4) },
      ]);
      await store.commit([
        { op: 'expectMeta', key: 'm', value: bytes(3) },
        { op: 'clear' },
        { op: 'put', tag: 'v', id: 'c', data: bytes(5) },
        { op: 'setMeta', key: 'm', value: bytes(6) },
      ]);
      expect(await store.count()).toBe(1);
      expect([...((await store.get('v', 'c')) ?? [])]).toEqual([5]);
      expect(await store.get('t', 'a')).toBeUndefined();
      expect([...((await store.getMeta('m')) ?? [])]).toEqual([6]);
      expect(await store.getMeta('n')).toBeUndefined();
    });

    it('leaves everything in place when a clear is refused', async () => {
      const store = await open('clear-refused');
      await store.commit([
        { op: 'put', tag: 't', id: 'a', data: bytes(1) },
        { op: 'setMeta', key: 'm', value: bytes(3) },
      ]);
      const error: unknown = await store
        .commit([{ op: 'expectMeta', key: 'm', value: bytes(9) }, { op: 'clear' }])
        .catch((e: unknown) => e);
      expect(isStoreError(error, 'store-conflict')).toBe(true);
      expect(await store.count()).toBe(1);
      expect([...((await store.getMeta('m')) ?? [])]).toEqual([3]);
    });

    it('refuses malformed keys on reads', async () => {
      const store = await open('reads');
      const error: unknown = await store.get('', 'a').catch((e: unknown) => e);
      expect(isStoreError(error, 'store-invalid-op')).toBe(true);
    });
  });
}
