// Test-only helpers for the server backup tests (nothing in the app imports this file):
// faked timers, a check-in to write, a session with backup on, and reads held back at
// an unlock. Sessions and the fake relay come from sessionTesting.ts.
import type { CheckIn, MemoryStore } from '@steady/core';
import { afterEach, beforeEach, vi } from 'vitest';
import type { VaultSession } from './session.ts';
import { openSession, until } from './sessionTesting.ts';

/** Fakes the timers and the clock for every test of the file that calls it. */
export function fakeTheClock(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

export const checkIn = (date: string, note = ''): CheckIn => ({
  date,
  steadiness: 6,
  sleep: 7,
  safety: 9,
  feelingLikeMyself: 6,
  urge: 1,
  note,
  savedAt: `${date}T20:00:00.000Z`,
});

/** A session with server backup on and its first upload landed. */
export async function backedUp() {
  const opened = await openSession();
  const { session, relay } = opened;
  const enabling = session.serverBackup.enable();
  await until(() => relay.uploads.length === 1, 'the first upload');
  relay.uploads[0]?.land();
  await enabling;
  await until(() => !session.serverBackup.state.value.busy, 'the first upload to finish');
  return opened;
}

/**
 * From the next unlock on, every read of `store` waits until the returned function is
 * called, so the session cannot know yet whether server backup is on.
 */
export function holdReadsAtUnlock(session: VaultSession, store: MemoryStore): () => void {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let holding = false;
  const get = store.get.bind(store);
  store.get = (tag, id) => (holding ? gate.then(() => get(tag, id)) : get(tag, id));
  session.lock$.subscribe((state) => (holding = state.status === 'open'));
  return () => {
    holding = false;
    release();
  };
}
