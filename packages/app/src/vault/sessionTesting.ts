// Test-only helpers for the session tests (nothing in the app imports this file): a
// session over a memory store with a fast stand-in for the KDF, a relay that answers as
// the test says, and a way to wait for real async work while timers are faked.
import { MemoryStore, type DeriveKey } from '@steady/core';
import type { AutoLock, AutoLockOptions } from './autoLock.ts';
import type { RelayClient } from './serverBackup.ts';
import { VaultSession } from './session.ts';

/** Captured before any test fakes the timers, so waiting still takes real time. */
const realSetTimeout = globalThis.setTimeout.bind(globalThis);

/**
 * Stands in for Argon2id: the same contract (32 bytes from secret, salt and params,
 * always the same for the same input, different for a different passphrase), no cost.
 * Not a KDF; for tests only.
 */
export const fastDerive: DeriveKey = (secret, salt, params) => {
  const input = [...secret, 0, ...salt, 0, ...new TextEncoder().encode(JSON.stringify(params))];
  const out = new Uint8Array(32);
  let h = 0x811c9dc5;
  for (let round = 0; round < 4; round++) {
    input.forEach((byte, i) => {
      h = Math.imul(h ^ byte ^ round, 0x01000193) >>> 0;
      const at = (i + round * 7) % 32;
      out[at] = ((out[at] ?? 0) ^ h ^ (h >>> 13)) & 0xff;
    });
  }
  return Promise.resolve(out);
};

/** Lets real async work (WebCrypto, the memory store) run until `done()` or gives up. */
export async function until(done: () => boolean, what = 'the condition'): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (done()) return;
    await new Promise((resolve) => realSetTimeout(resolve, 1));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Lets pending async work run for a while, for checking that something did NOT happen. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 30; i++) await new Promise((resolve) => realSetTimeout(resolve, 1));
}

export interface Upload {
  readonly key: string;
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly known: number | null;
  /** Ends this upload: with the relay's new version number, or with an error. */
  land(): void;
  fail(error: unknown): void;
  readonly settled: boolean;
  /** Its signal aborted it (a lock, backup turned off): the request was cut off. */
  readonly aborted: boolean;
}

export interface FakeRelay {
  readonly uploads: Upload[];
  /** Land every upload as soon as it arrives. */
  auto: boolean;
  /** How many relay keys were made. */
  keys: number;
  /** When the relay will delete its copy (ISO), as asked; null when none is asked. */
  deleteAt: string | null;
  readonly client: RelayClient;
}

/** A relay that holds each upload until the test lands or fails it (or at once, if `auto`). */
export function fakeRelay(): FakeRelay {
  const uploads: Upload[] = [];
  let version = 0;
  const relay: FakeRelay = {
    uploads,
    auto: false,
    keys: 0,
    deleteAt: null,
    client: {
      // As the relay: 72 hours after the first request; asking again keeps that time.
      deletion: async () => ({ deleteAt: relay.deleteAt, delayHours: 72 }),
      askDeletion: async () =>
        (relay.deleteAt ??= new Date(Date.now() + 72 * 3_600_000).toISOString()),
      cancelDeletion: async () => {
        relay.deleteAt = null;
      },
      newKey: () => Promise.resolve(`relay-key-${(relay.keys += 1)}`),
      upload: (key, bytes, known, signal) =>
        new Promise<number>((resolve, reject) => {
          const upload = {
            key,
            bytes,
            known,
            settled: false,
            aborted: false,
            land() {
              upload.settled = true;
              resolve(++version);
            },
            fail(error: unknown) {
              upload.settled = true;
              reject(error instanceof Error ? error : new Error(String(error)));
            },
          };
          uploads.push(upload);
          // As fetch does: an aborted request ends at once, and no answer comes.
          signal?.addEventListener('abort', () => {
            if (upload.settled) return;
            upload.aborted = true;
            upload.fail(new Error('aborted'));
          });
          if (relay.auto) upload.land();
        }),
      download: () => {
        const last = uploads.at(-1);
        return last ? Promise.resolve(last.bytes) : Promise.reject(new Error('nothing there'));
      },
    },
  };
  return relay;
}

/** Records each auto-lock the session starts, instead of watching the page. */
export function fakeAutoLock() {
  const started: Array<{ options: AutoLockOptions; stopped: boolean; touches: number }> = [];
  const start = (options: AutoLockOptions): AutoLock => {
    const timer = { options, stopped: false, touches: 0 };
    started.push(timer);
    return {
      stop: () => void (timer.stopped = true),
      touch: () => void (timer.touches += 1),
    };
  };
  return { started, start, current: () => started.filter((t) => !t.stopped) };
}

export const PASS = 'correct horse battery staple';

/** A session over a fresh memory store, its vault made and the recovery key confirmed. */
export async function openSession(relay = fakeRelay()) {
  const store = new MemoryStore();
  const autoLock = fakeAutoLock();
  const session = new VaultSession({
    store,
    derive: fastDerive,
    relay: relay.client,
    startAutoLock: autoLock.start,
  });
  await session.init();
  await session.create(PASS);
  await session.confirmRecoveryKey();
  return { session, store, relay, autoLock };
}

/**
 * Runs `write`, then damages the one stored record it made or changed (a flipped byte,
 * as from a failing disk or tampering), so it no longer reads. Returns its bytes as left.
 */
export async function damageWrittenRecord(
  store: MemoryStore,
  write: () => Promise<void>,
): Promise<Uint8Array> {
  const key = (r: { tag: string; id: string }) => `${r.tag}/${r.id}`;
  const before = new Map(store.snapshot().records.map((r) => [key(r), r.data.join()]));
  await write();
  const changed = store.snapshot().records.filter((r) => before.get(key(r)) !== r.data.join());
  if (changed.length !== 1) throw new Error(`expected one changed record, saw ${changed.length}`);
  const [record] = changed as [(typeof changed)[number]];
  const data = new Uint8Array(record.data);
  data[data.length - 1] = (data[data.length - 1] ?? 0) ^ 0xff;
  await store.commit([{ op: 'put', tag: record.tag, id: record.id, data }]);
  return data;
}

/** The stored bytes of every record, to compare before and after. */
export const recordsOf = (store: MemoryStore): string[] =>
  store
    .snapshot()
    .records.map((r) => `${r.tag}/${r.id}:${r.data.join()}`)
    .sort();
