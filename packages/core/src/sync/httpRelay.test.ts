import { describe, expect, it } from 'vitest';
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
});
