import type { RelayIdentity } from '@steady/core/backup';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  askDeletion,
  cancelDeletion,
  deletionOf,
  downloadBackup,
  relayAvailable,
  relayBase,
  RelayError,
  uploadBackup,
} from './relay.ts';

const identity: RelayIdentity = { vaultId: 'v123', token: 'secret-token' } as RelayIdentity;
const BASE = relayBase('https://relay.example/');
const bytes = () => new Uint8Array([1, 2, 3]);

interface Call {
  readonly url: string;
  readonly init: RequestInit;
  readonly headers: Record<string, string>;
}

/** A fetch stand-in answering from a script, one answer per request, in order. */
function relayAnswering(...answers: Array<Response | 'offline'>) {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit = {}) => {
    calls.push({ url, init, headers: { ...(init.headers as Record<string, string>) } });
    const answer = answers.shift();
    if (answer === undefined) throw new Error(`unexpected request to ${url}`);
    return answer === 'offline'
      ? Promise.reject(new TypeError('Failed to fetch'))
      : Promise.resolve(answer);
  });
  return calls;
}

const created = (version: number) =>
  new Response(null, { status: 201, headers: { ETag: `"${version}"` } });
const status = (code: number) => new Response(null, { status: code });
const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });

async function problem(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RelayError);
  return (error as RelayError).problem;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('relay client', () => {
  it('names the relay under the origin, without a doubled slash', () => {
    expect(relayBase()).toBe('/api/backup/v1');
    expect(BASE).toBe('https://relay.example/api/backup/v1');
  });

  it('creates the first version, sending no cookies, no referrer, nothing cached', async () => {
    const calls = relayAnswering(created(1));
    expect(await uploadBackup(BASE, identity, bytes(), null)).toBe(1);
    const [call] = calls;
    expect(call?.url).toBe(`${BASE}/vaults/v123`);
    expect(call?.init).toMatchObject({
      method: 'PUT',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
    });
    expect(call?.headers).toMatchObject({
      Authorization: 'Bearer secret-token',
      'If-None-Match': '*',
    });
    expect(call?.headers['If-Match']).toBeUndefined();
  });

  it('writes on top of the known version', async () => {
    const calls = relayAnswering(created(4));
    expect(await uploadBackup(BASE, identity, bytes(), 3)).toBe(4);
    expect(calls[0]?.headers['If-Match']).toBe('"3"');
  });

  it('when another device wrote since, reads the newest version and goes on top of it', async () => {
    const calls = relayAnswering(
      status(412),
      json({ versions: [{ version: 5 }, { version: 7 }, { version: 'x' }] }),
      created(8),
    );
    expect(await uploadBackup(BASE, identity, bytes(), 3)).toBe(8);
    expect(calls.map((c) => c.url)).toEqual([
      `${BASE}/vaults/v123`,
      `${BASE}/vaults/v123/versions`,
      `${BASE}/vaults/v123`,
    ]);
    expect(calls[2]?.headers['If-Match']).toBe('"7"');
  });

  it('creates the vault afresh when the relay no longer has it', async () => {
    const calls = relayAnswering(status(404), created(1));
    expect(await uploadBackup(BASE, identity, bytes(), 9)).toBe(1);
    expect(calls[1]?.headers['If-None-Match']).toBe('*');
  });

  it('gives up after three refusals rather than looping', async () => {
    const refusal = () => [status(412), json({ versions: [{ version: 2 }] })];
    const calls = relayAnswering(...refusal(), ...refusal(), ...refusal(), created(3));
    expect(await problem(uploadBackup(BASE, identity, bytes(), 1))).toBe('failed');
    expect(calls.filter((c) => c.init.method === 'PUT')).toHaveLength(3);
  });

  it('says why an upload failed', async () => {
    relayAnswering('offline');
    expect(await problem(uploadBackup(BASE, identity, bytes(), null))).toBe('offline');
    relayAnswering(status(413));
    expect(await problem(uploadBackup(BASE, identity, bytes(), null))).toBe('too-large');
    relayAnswering(status(429));
    expect(await problem(uploadBackup(BASE, identity, bytes(), null))).toBe('busy');
    relayAnswering(status(500));
    expect(await problem(uploadBackup(BASE, identity, bytes(), null))).toBe('failed');
    // 507: the whole server full, or this vault's space used up (also when the body is not JSON).
    const refused = (error: string) =>
      new Response(JSON.stringify({ error, message: 'x' }), { status: 507 });
    relayAnswering(refused('storage_full'));
    expect(await problem(uploadBackup(BASE, identity, bytes(), 3))).toBe('full');
    relayAnswering(refused('quota_exceeded'));
    expect(await problem(uploadBackup(BASE, identity, bytes(), 3))).toBe('quota');
    relayAnswering(status(507));
    expect(await problem(uploadBackup(BASE, identity, bytes(), 3))).toBe('quota');
    // Stored, but with no version number to go on from.
    relayAnswering(status(201));
    expect(await problem(uploadBackup(BASE, identity, bytes(), null))).toBe('failed');
  });

  it("asks for, reads and cancels the deletion of the relay's copy, with the token", async () => {
    const at = Date.parse('2026-12-05T03:00:00.000Z') / 1000;
    const calls = relayAnswering(
      json({ deleteAt: null, delayHours: 72 }),
      new Response(JSON.stringify({ deleteAt: at, deleteAtIso: 'x' }), { status: 202 }),
      json({ deleteAt: at, deleteAtIso: 'x', delayHours: 72 }),
      json({ cancelled: true, deleteAt: null }),
      status(404),
    );
    expect(await deletionOf(BASE, identity)).toEqual({ deleteAt: null, delayHours: 72 });
    expect(await askDeletion(BASE, identity)).toBe('2026-12-05T03:00:00.000Z');
    expect(await deletionOf(BASE, identity)).toEqual({
      deleteAt: '2026-12-05T03:00:00.000Z',
      delayHours: 72,
    });
    await cancelDeletion(BASE, identity);
    expect(await problem(deletionOf(BASE, identity))).toBe('not-found');
    expect(calls.map((c) => `${c.init.method} ${c.url.slice(BASE.length)}`)).toEqual([
      'GET /vaults/v123/deletion',
      'DELETE /vaults/v123',
      'GET /vaults/v123/deletion',
      'POST /vaults/v123/cancel-delete',
      'GET /vaults/v123/deletion',
    ]);
    expect(calls.every((c) => c.headers.Authorization === 'Bearer secret-token')).toBe(true);
  });

  it('downloads the newest backup, or says it is not there', async () => {
    relayAnswering(new Response(new Uint8Array([9, 8, 7]), { status: 200 }));
    expect([...(await downloadBackup(BASE, identity))]).toEqual([9, 8, 7]);
    relayAnswering(status(404));
    expect(await problem(downloadBackup(BASE, identity))).toBe('not-found');
    relayAnswering('offline');
    expect(await problem(downloadBackup(BASE, identity))).toBe('offline');
  });

  it('finds a relay only when it answers { ok: true }', async () => {
    relayAnswering(json({ ok: true }));
    expect(await relayAvailable(BASE)).toBe(true);
    relayAnswering(json({ ok: 'yes' }));
    expect(await relayAvailable(BASE)).toBe(false);
    relayAnswering(status(404));
    expect(await relayAvailable(BASE)).toBe(false);
    relayAnswering(new Response('<html>', { status: 200 }));
    expect(await relayAvailable(BASE)).toBe(false);
    relayAnswering('offline');
    expect(await relayAvailable(BASE)).toBe(false);
  });

  it('still finds the relay while its database is down, but not a 503 from anything else', async () => {
    relayAnswering(
      new Response(JSON.stringify({ ok: false, store: 'unavailable' }), {
        status: 503,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
    expect(await relayAvailable(BASE)).toBe(true);
    relayAnswering(new Response('<html>busy</html>', { status: 503 }));
    expect(await relayAvailable(BASE)).toBe(false);
  });
});
