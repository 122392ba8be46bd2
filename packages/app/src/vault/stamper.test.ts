import {
  createEntry,
  createVault,
  journalEntry,
  MemoryStore,
  timestampReceipt,
  unlock,
} from '@steady/core';
import { versionDigests } from '@steady/core/evidence';
import { describe, expect, it } from 'vitest';
import type { VaultApi } from './api.ts';
import { BACKOFF, startStamper, type Stamper } from './stamper.ts';
import { fastDerive, openSession, PASS, settle, until } from './sessionTesting.ts';
import { TimestampPart } from './timestamps.ts';

// The stamper against a relay that answers as each test says, over a real vault (memory
// store). A relay that signs real tokens, and openssl checking them: e2e/timestamps.e2e.ts.

/** A self-signed time-stamping certificate (public only; its key was thrown away). */
const CERTIFICATE = `-----BEGIN CERTIFICATE-----
MIIBpzCCAUygAwIBAgITQydTDjwH6ssSzkPyzTB+zLQ9QzAKBggqhkjOPQQDAjAd
MRswGQYDVQQDDBJUZXN0IHRpbWUtc3RhbXBpbmcwHhcNMjYxMjAzMDgwNTI3WhcN
MzYxMTMwMDgwNTI3WjAdMRswGQYDVQQDDBJUZXN0IHRpbWUtc3RhbXBpbmcwWTAT
BgcqhkjOPQIBBggqhkjOPQMBBwNCAAT0YryDRaxgfW3HpdEKZgJSUvjQNt4lg6oi
YyWX5+EX86/XBPEZhqdbfCFNy7ff7o+/XNIu98LY0k2PmSz9FaRro2swaTAdBgNV
HQ4EFgQUfdtMvE48aNGSeY1DUp4Oauz1bDQwHwYDVR0jBBgwFoAUfdtMvE48aNGS
eY1DUp4Oauz1bDQwDwYDVR0TAQH/BAUwAwEB/zAWBgNVHSUBAf8EDDAKBggrBgEF
BQcDCDAKBggqhkjOPQQDAgNJADBGAiEA41Y4f7BYiRE9dBPe/NLV9zHMu5sZVfv3
mIwGGg1OspICIQDaYpHKjRlNNuD9eWF9WVLvzsI5U0BgOse50AsXknP8Sw==
-----END CERTIFICATE-----
`;
const BASE = 'https://relay.test/api/backup/v1';
const WORDS = 'He read my messages while I slept';

interface Sent {
  readonly url: string;
  readonly body: Uint8Array | null;
  readonly signal: AbortSignal | null | undefined;
}

/** A relay that publishes the certificate and answers each stamp with `reply`. */
function relay(reply: (sent: Sent) => Promise<Response>) {
  const sent: Sent[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    const body = init?.body instanceof Uint8Array ? new Uint8Array(init.body) : null;
    const request = { url, body, signal: init?.signal };
    sent.push(request);
    if (url.endsWith('/timestamp/certificate.pem')) return new Response(CERTIFICATE);
    return reply(request);
  };
  return {
    sent,
    fetch: fetch as typeof globalThis.fetch,
    stamps: () => sent.filter((s) => s.body),
  };
}

/** Timers the test runs by hand, each with the wait it was set for. */
function timers() {
  const pending: Array<{ run: () => void; ms: number; cleared: boolean }> = [];
  return {
    pending,
    setTimer: (run: () => void, ms: number) => {
      const timer = { run, ms, cleared: false };
      pending.push(timer);
      return timer;
    },
    clearTimer: (timer: unknown) => {
      (timer as { cleared: boolean }).cleared = true;
    },
    fire() {
      const next = pending.shift();
      if (!next) throw new Error('no timer set');
      if (!next.cleared) next.run();
    },
  };
}

async function withEntry() {
  const opened = await openSession();
  const made = createEntry(
    { occurred: { date: '2026-11-20' }, stage: 'incident', severity: 3, what: WORDS },
    new Date('2026-11-20T21:00:00.000Z'),
    'entry-1',
  );
  if (!made.ok) throw new Error('entry');
  await opened.session.api().put(journalEntry, 'entry-1', made.value);
  const [digest] = await versionDigests(made.value, () => undefined);
  return { ...opened, digest: digest! };
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/** A stamper over `session`'s vault, its clock in the test's hands, each round recorded. */
function stamping(session: { api(): VaultApi }, fetch: typeof globalThis.fetch) {
  const clock = timers();
  const rounds: Array<{ stored: number; failed: boolean }> = [];
  const stamper = startStamper({
    vault: session.api(),
    base: BASE,
    fetch,
    ...clock,
    onRound: (round) => rounds.push(round),
  });
  return { clock, rounds, stamper };
}

describe('the stamper', () => {
  it('sends only the digest of each version without a receipt, and keeps nothing that does not check', async () => {
    const { session, digest } = await withEntry();
    const relayed = relay(() =>
      Promise.resolve(new Response(new Uint8Array([0x30, 0x03, 1, 2, 3]))),
    );
    const { clock, rounds, stamper } = stamping(session, relayed.fetch);
    stamper.poke();
    await until(() => rounds.length === 1, 'the first round');
    const [stamp] = relayed.stamps();
    expect(relayed.stamps()).toHaveLength(1);
    expect(stamp?.url).toBe(`${BASE}/timestamp`);
    // A TimeStampReq: the digest's 32 bytes and a nonce, none of the words.
    expect(stamp!.body!.length).toBeLessThan(100);
    expect(hex(stamp!.body!)).toContain(digest);
    expect(Buffer.from(stamp!.body!).toString('latin1')).not.toContain('messages');
    // The reply was not a token: nothing stored, and it waits before trying again.
    expect(rounds).toEqual([{ stored: 0, failed: true }]);
    expect((await session.api().readAll(timestampReceipt)).items).toEqual([]);
    expect(clock.pending.map((t) => t.ms)).toEqual([BACKOFF.firstMs]);
    stamper.stop();
  });

  it('backs off from 30 seconds, doubling to 30 minutes, and starts again from 30 once it succeeds', async () => {
    const { session } = await withEntry();
    let offline = true;
    const relayed = relay(() =>
      offline ? Promise.reject(new TypeError('offline')) : Promise.resolve(new Response('')),
    );
    const { clock, rounds, stamper } = stamping(session, relayed.fetch);
    stamper.poke();
    const waits: number[] = [];
    for (let n = 1; n <= 9; n++) {
      await until(() => rounds.length === n, `round ${n}`);
      waits.push(clock.pending[0]!.ms);
      // A save meanwhile does not cut the wait short.
      stamper.poke();
      await settle();
      expect(relayed.stamps()).toHaveLength(n);
      clock.fire();
    }
    expect(waits).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_800_000, 1_800_000, 1_800_000,
    ]);
    // With no entry left to stamp, a round succeeds and the next failure waits 30 s again.
    await until(() => rounds.length === 10, 'round 10');
    offline = false;
    await session.api().delete(journalEntry, 'entry-1');
    clock.fire();
    await until(() => rounds.length === 11, 'round 11');
    expect(rounds.at(-1)).toEqual({ stored: 0, failed: false });
    stamper.stop();
  });

  it('stops at once on a lock: the request on its way is cut off, nothing is written, no retry', async () => {
    const { session } = await withEntry();
    const cut: boolean[] = [];
    const relayed = relay(
      (sent) =>
        new Promise<Response>((_, reject) => {
          sent.signal?.addEventListener('abort', () => {
            cut.push(true);
            reject(new DOMException('aborted', 'AbortError'));
          });
        }),
    );
    const { clock, stamper } = stamping(session, relayed.fetch);
    stamper.poke();
    await until(() => relayed.stamps().length === 1, 'the request');
    session.lock();
    stamper.stop();
    await settle();
    expect(cut).toEqual([true]);
    expect(clock.pending.filter((t) => !t.cleared)).toEqual([]);
    stamper.poke();
    await settle();
    expect(relayed.stamps()).toHaveLength(1);
  });

  it('is started only while the setting is on here and the vault open; a lock stops it', async () => {
    const store = new MemoryStore();
    const { vault } = await createVault(store, PASS, { derive: fastDerive });
    const calls: string[] = [];
    const fake: Stamper = { poke: () => calls.push('poke'), stop: () => calls.push('stop') };
    let loads = 0;
    const part = new TimestampPart(
      () => BASE,
      () => {
        loads += 1;
        return Promise.resolve(() => fake);
      },
    );
    // Handed to the stamper only, which is a stand-in here: nothing of it is called.
    const unused = () => Promise.reject(new Error('not used by the part'));
    const api: VaultApi = {
      read: unused,
      readAll: unused,
      readInParts: unused,
      put: unused,
      putNew: unused,
      commit: unused,
      delete: unused,
      beforeLock: () => () => undefined,
      onSynced: () => () => undefined,
      conflicts: () => [],
      resolveConflict: unused,
    };
    part.opened(vault, api);
    await settle();
    part.changed();
    expect(part.state.value).toEqual({ on: false, unreadable: false });
    expect([loads, calls]).toEqual([0, []]);

    await part.set(true);
    await until(() => calls.length > 0, 'the stamper');
    expect(loads).toBe(1);
    part.changed();
    expect(calls).toEqual(['poke', 'poke']);
    // A lock: stopped at once, and the choice forgotten with the keys.
    part.closed();
    expect(calls).toEqual(['poke', 'poke', 'stop']);
    expect(part.state.value.on).toBe(false);

    // Opened again: the stored choice (on) starts it once more, with no one asking.
    const again = await unlock(store, PASS, { derive: fastDerive });
    part.opened(again, api);
    await until(() => calls.length === 4, 'the stamper again');
    expect(part.state.value.on).toBe(true);
    await part.set(false);
    expect(calls.at(-1)).toBe('stop');
    part.closed();
  });
});
