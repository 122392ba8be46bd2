import {
  dailyCheckIn,
  draftId,
  formDraft,
  MemoryStore,
  serverBackupSettings,
  VaultLockedError,
  WrongPassphraseError,
  type CheckIn,
  type FormDraft,
} from '@steady/core';
import { describe, expect, it } from 'vitest';
import type { LockState } from './lockState.ts';
import { VaultSession } from './session.ts';
import {
  fakeAutoLock,
  fakeRelay,
  fastDerive,
  openSession,
  PASS,
  settle,
} from './sessionTesting.ts';

const namesOf = (store: MemoryStore) =>
  store
    .snapshot()
    .records.map((r) => `${r.tag}/${r.id}`)
    .sort();

const checkIn = (date: string): CheckIn => ({
  date,
  steadiness: 6,
  sleep: 7,
  safety: 9,
  feelingLikeMyself: 6,
  urge: 1,
  note: 'a quiet day',
  savedAt: `${date}T20:00:00.000Z`,
});

const draft = (preview: string): FormDraft => ({
  form: 'checkin',
  target: null,
  savedAt: '2026-11-30T21:00:00.000Z',
  preview,
  owns: [],
  data: { note: preview },
});

async function outcome(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => 'resolved',
    (error: unknown) => error,
  );
}

describe('VaultSession lock', () => {
  it('moves checking → none → open → locked → open, telling listeners each time', async () => {
    const session = new VaultSession({
      store: new MemoryStore(),
      derive: fastDerive,
      relay: fakeRelay().client,
      startAutoLock: fakeAutoLock().start,
    });
    const seen: LockState['status'][] = [session.status];
    session.lock$.subscribe((state) => {
      if (seen.at(-1) !== state.status) seen.push(state.status);
    });
    await session.init();
    const recoveryKey = await session.create(PASS);
    expect(session.lock$.value.recoveryToConfirm).toEqual({ key: recoveryKey, reason: 'setup' });
    session.lock();
    await session.unlock(PASS);
    expect(seen).toEqual(['checking', 'none', 'open', 'locked', 'open']);
    // Never confirmed: shown again after the unlock.
    expect(session.lock$.value.recoveryToConfirm).toEqual({ key: recoveryKey, reason: 'again' });
  });

  it('says locked for an existing vault, and stays locked on a wrong passphrase', async () => {
    const { session, store } = await openSession();
    session.lock();
    const again = new VaultSession({ store, derive: fastDerive, relay: fakeRelay().client });
    await again.init();
    expect(again.status).toBe('locked');
    expect(await outcome(again.unlock('not the passphrase'))).toBeInstanceOf(WrongPassphraseError);
    expect(again.status).toBe('locked');
    expect(() => again.api()).toThrow('vault is locked');
  });

  it('refuses reads and writes after the lock, even through an API handed out before', async () => {
    const { session, store } = await openSession();
    const api = session.api();
    await api.put(dailyCheckIn, '2026-11-30', checkIn('2026-11-30'));
    const before = store.snapshot().records.length;
    session.lock();
    expect(session.status).toBe('locked');
    expect(() => session.api()).toThrow('vault is locked');
    expect(await outcome(api.read(dailyCheckIn, '2026-11-30'))).toBeInstanceOf(VaultLockedError);
    expect(await outcome(api.readAll(dailyCheckIn))).toBeInstanceOf(VaultLockedError);
    expect(
      await outcome(api.put(dailyCheckIn, '2026-12-01', checkIn('2026-12-01'))),
    ).toBeInstanceOf(VaultLockedError);
    expect(await outcome(api.delete(dailyCheckIn, '2026-11-30'))).toBeInstanceOf(VaultLockedError);
    expect(store.snapshot().records.length).toBe(before);
    expect(await outcome(session.backup())).toBeInstanceOf(Error);
    // What was written before the lock is there after the next unlock.
    await session.unlock(PASS);
    const read = await session.api().read(dailyCheckIn, '2026-11-30');
    expect(read?.ok && read.value.note).toBe('a quiet day');
  });

  it('a lock (quick exit) while an unlock is under way keeps the vault locked', async () => {
    const { session } = await openSession();
    session.lock();
    const unlocking = session.unlock(PASS);
    session.lock();
    expect(await outcome(unlocking)).toBeInstanceOf(Error);
    expect(session.status).toBe('locked');
    expect(() => session.api()).toThrow('vault is locked');
    // And the next unlock works.
    await session.unlock(PASS);
    expect(session.status).toBe('open');
  });

  it('refuses an invalid value as a rejection, writing nothing', async () => {
    const { session, store } = await openSession();
    const before = store.snapshot().records.length;
    const bad = { ...checkIn('2026-11-30'), steadiness: 99 };
    expect(await outcome(session.api().put(dailyCheckIn, '2026-11-30', bad))).toBeInstanceOf(Error);
    expect(store.snapshot().records.length).toBe(before);
  });

  it('runs beforeLock callbacks while the keys are there, then onLock listeners after', async () => {
    const { session } = await openSession();
    const api = session.api();
    const order: string[] = [];
    let lastSave: Promise<void> | undefined;
    api.beforeLock(() => {
      order.push(`before:${session.status}`);
      lastSave = api.put(formDraft, draftId('checkin'), draft('written at the lock'));
    });
    api.beforeLock(() => {
      throw new Error('a broken screen');
    });
    const stop = session.onLock(() => order.push(`after:${session.status}`));
    session.onLock(() => {
      throw new Error('a broken listener');
    });
    session.lock();
    expect(order).toEqual(['before:open', 'after:locked']);
    await expect(lastSave).resolves.toBeUndefined();

    stop();
    await session.unlock(PASS);
    session.lock();
    // The listener was removed; beforeLock callbacks belong to one opening only.
    expect(order).toEqual(['before:open', 'after:locked']);
  });

  it('drops the parts’ state with the keys', async () => {
    const { session, relay } = await openSession();
    relay.auto = true;
    await session.serverBackup.enable();
    expect(session.serverBackup.state.value.on).toBe(true);
    expect(session.serverBackup.key()).toBe('relay-key-1');
    session.lock();
    expect(session.serverBackup.state.value.on).toBe(false);
    expect(session.serverBackup.key()).toBeNull();
    expect(session.duress.mode.value).toBeNull();
    expect(session.lock$.value).toMatchObject({ recoveryToConfirm: null, draftOfferDue: false });
  });
});

describe('restore', () => {
  it('replaces everything with the file and opens it with the same passphrase; nothing of the vault it replaced is written after', async () => {
    const other = await openSession();
    await other.session.api().put(dailyCheckIn, '2026-10-01', checkIn('2026-10-01'));
    const file = await other.session.backup();

    const { session, relay, store } = await openSession();
    relay.auto = true;
    await session.serverBackup.enable();
    await session.api().put(dailyCheckIn, '2026-11-30', checkIn('2026-11-30'));
    const locks: string[] = [];
    session.onLock(() => locks.push(session.status));
    await session.restore(file, PASS);
    // The replaced vault was locked (its keys dropped), then the restored one opened.
    expect(locks).toEqual(['locked']);
    expect(session.status).toBe('open');
    expect(session.serverBackup.state.value.on).toBe(false);
    // The store holds the file's records and nothing else, also a moment later.
    const alone = new VaultSession({ store: new MemoryStore(), derive: fastDerive });
    await alone.restore(file, PASS);
    await settle();
    expect(namesOf(store)).toEqual(namesOf(alone.store as MemoryStore));

    const api = session.api();
    expect((await api.readAll(dailyCheckIn)).items.map((item) => item.id)).toEqual(['2026-10-01']);
    // The note that an upload was waiting belonged to the replaced vault.
    expect(await api.read(serverBackupSettings, 'serverBackup')).toBeUndefined();
  });

  it('a wrong passphrase for the file changes nothing and keeps the vault open', async () => {
    const other = await openSession();
    const file = await other.session.backup();
    const { session, store } = await openSession();
    const before = store.snapshot();
    expect(await outcome(session.restore(file, 'not the passphrase'))).toBeInstanceOf(Error);
    expect(store.snapshot()).toEqual(before);
    expect(session.status).toBe('open');
  });
});

describe('drafts across a lock', () => {
  it('a draft written at the lock is offered after the unlock, and discarding removes it', async () => {
    const { session } = await openSession();
    const api = session.api();
    api.beforeLock(() => void api.put(formDraft, draftId('checkin'), draft('half a thought')));
    session.draftOfferDone();
    expect(session.lock$.value.draftOfferDue).toBe(false);
    session.lock();

    await session.unlock(PASS);
    expect(session.lock$.value.draftOfferDue).toBe(true);
    const after = session.api();
    const kept = await after.readAll(formDraft);
    expect(kept.items.map((item) => item.value.preview)).toEqual(['half a thought']);

    await after.delete(formDraft, draftId('checkin'));
    session.draftOfferDone();
    expect(session.lock$.value.draftOfferDue).toBe(false);
    expect((await after.readAll(formDraft)).items).toEqual([]);

    session.lock();
    await session.unlock(PASS);
    // Offered again after every unlock, but there is nothing left to offer.
    expect(session.lock$.value.draftOfferDue).toBe(true);
    expect((await session.api().readAll(formDraft)).items).toEqual([]);
  });
});
