import { describe, expect, it } from 'vitest';
import { isSyncError, type SyncError } from './errors.ts';
import { createHttpRelay } from './httpRelay.ts';

const hex = (n: number) => n.toString(16).padStart(32, '0');

/** A relay from before the batch routes, in memory: single-object routes only. */
function oldRelay() {
  const held = new Map<string, Uint8Array>();
  const seen: string[] = [];
  const answer = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const path = new URL(String(input)).pathname.replace(/^.*\/v2\/[0-9a-f]{32}/, '');
    const method = init?.method ?? 'GET';
    seen.push(`${method} ${path}`);
    const single = /^\/objects\/([0-9a-f]{32})$/.exec(path);
    if (single && method === 'PUT') {
      held.set(single[1]!, new Uint8Array(init!.body as Uint8Array));
      return answer(201, { stored: true });
    }
    if (single && method === 'GET') {
      const bytes = held.get(single[1]!);
      if (!bytes) return answer(404, { error: 'object_not_found', message: 'none' });
      return new Response(bytes as Uint8Array<ArrayBuffer>);
    }
    return answer(404, { error: 'no_such_endpoint', message: 'none' });
  };
  return { fetch, held, seen };
}

describe('the HTTP relay', () => {
  it('falls back to one request per object on a relay without the batch routes', async () => {
    const old = oldRelay();
    const relay = createHttpRelay({
      base: 'http://relay.test/api/backup/v1',
      vaultId: hex(1),
      token: 'a'.repeat(64),
      fetch: old.fetch,
    });
    const objects = [1, 2, 3].map((n) => ({ name: hex(100 + n), bytes: new Uint8Array([n, n]) }));
    await relay.putObjects(objects);
    expect(old.held.size).toBe(3);
    const got = await relay.getObjects([hex(101), hex(103), hex(999)]);
    expect([...got.entries()].sort()).toEqual([
      [hex(101), new Uint8Array([1, 1])],
      [hex(103), new Uint8Array([3, 3])],
    ]);
    expect(old.seen.filter((s) => s.startsWith('POST'))).toEqual([
      'POST /objects',
      'POST /objects/get',
    ]);
  });

  /** A relay whose every answer is `status` with `body`, recording what was asked. */
  function answering(status: number, body: unknown) {
    const seen: string[] = [];
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const path = new URL(String(input)).pathname.replace(/^.*\/v2\/[0-9a-f]{32}/, '');
      seen.push(`${init?.method ?? 'GET'} ${path}`);
      return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      });
    };
    const relay = createHttpRelay({
      base: 'http://relay.test/api/backup/v1',
      vaultId: hex(1),
      token: 'a'.repeat(64),
      fetch,
    });
    return { relay, seen };
  }
  const full = { error: 'quota_exceeded', message: 'full', used: 1000, quota: 1024 };
  const caught = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (error: unknown) => error as SyncError,
    );

  it("reports a full vault (507) as SyncError 'quota' with the relay's figures", async () => {
    const { relay } = answering(507, full);
    const objects = [{ name: hex(7), bytes: new Uint8Array([1, 2, 3]) }];
    const put = await caught(relay.putObjects(objects));
    expect(isSyncError(put, 'quota')).toBe(true);
    expect(put?.quota).toEqual({ used: 1000, quota: 1024 });
    const append = await caught(relay.appendLog(null, { id: hex(8), bytes: new Uint8Array(9) }));
    expect(isSyncError(append, 'quota')).toBe(true);
    expect(append?.quota).toEqual({ used: 1000, quota: 1024 });
  });

  it("says 'quota' without figures when a 507 does not carry them", async () => {
    for (const body of [{ error: 'quota_exceeded' }, { used: -1, quota: 'x' }, 'not json']) {
      const { relay } = answering(507, body);
      const error = await caught(relay.appendLog(null, { id: hex(8), bytes: new Uint8Array(9) }));
      expect(isSyncError(error, 'quota')).toBe(true);
      expect(error?.quota).toBeUndefined();
    }
  });

  it("reports a full relay (507 storage_full) as SyncError 'full', apart from a vault's quota", async () => {
    const { relay } = answering(507, { error: 'storage_full', message: 'full' });
    const objects = [{ name: hex(7), bytes: new Uint8Array([1, 2, 3]) }];
    const put = await caught(relay.putObjects(objects));
    expect(isSyncError(put, 'full')).toBe(true);
    expect(put?.quota).toBeUndefined();
    const append = await caught(relay.appendLog(null, { id: hex(8), bytes: new Uint8Array(9) }));
    expect(isSyncError(append, 'full')).toBe(true);
  });

  it('reads the usage of the vault, and refuses an answer that is not the relay', async () => {
    const ok = answering(200, { used: 5, quota: 1073741824 });
    expect(await ok.relay.usage()).toEqual({ used: 5, quota: 1073741824 });
    expect(ok.seen).toEqual(['GET /usage']);
    for (const body of [{ used: 5 }, { used: '5', quota: 9 }, { used: 1.5, quota: 9 }]) {
      const error = await caught(answering(200, body).relay.usage());
      expect(isSyncError(error, 'unavailable')).toBe(true);
    }
    const gone = await caught(answering(404, { error: 'not_found' }).relay.usage());
    expect(isSyncError(gone, 'unavailable')).toBe(true);
  });
});
