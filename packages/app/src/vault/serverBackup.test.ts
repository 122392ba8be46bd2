import { dailyCheckIn, serverBackupSettings, type CheckIn } from '@steady/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RelayError } from './relay.ts';
import {
  AUTO_BACKUP_DELAY_MS,
  FULL_RETRY_DELAY_MS,
  PENDING_BACKUP_DELAY_MS,
  RETRY_BACKUP_DELAY_MS,
} from './serverBackup.ts';
import {
  damageWrittenRecord,
  openSession,
  PASS,
  recordsOf,
  settle,
  until,
} from './sessionTesting.ts';

const checkIn = (date: string, note = ''): CheckIn => ({
  date,
  steadiness: 6,
  sleep: 7,
  safety: 9,
  feelingLikeMyself: 6,
  urge: 1,
  note,
  savedAt: `${date}T20:00:00.000Z`,
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A session with server backup on and its first upload landed. */
async function backedUp() {
  const opened = await openSession();
  const { session, relay } = opened;
  const enabling = session.serverBackup.enable();
  await until(() => relay.uploads.length === 1, 'the first upload');
  relay.uploads[0]?.land();
  await enabling;
  await until(() => !session.serverBackup.state.value.busy, 'the first upload to finish');
  return opened;
}

describe('server backup scheduler', () => {
  it('turning it on makes a key and uploads at once; a change goes up after the delay', async () => {
    const { session, relay } = await backedUp();
    expect(relay.uploads[0]).toMatchObject({ key: 'relay-key-1', known: null });
    expect(session.serverBackup.state.value).toMatchObject({ on: true, problem: null });
    expect(session.serverBackup.state.value.lastAt).not.toBeNull();

    await session.api().put(dailyCheckIn, '2026-11-30', checkIn('2026-11-30'));
    vi.advanceTimersByTime(AUTO_BACKUP_DELAY_MS - 1);
    await settle();
    expect(relay.uploads).toHaveLength(1);
    vi.advanceTimersByTime(1);
    await until(() => relay.uploads.length === 2, 'the upload after the change');
    // On top of the version the relay gave the first upload.
    expect(relay.uploads[1]?.known).toBe(1);
  });

  it('a change made during an upload is uploaded afterwards, not taken as sent', async () => {
    const { session, relay } = await backedUp();
    const api = session.api();
    await api.put(dailyCheckIn, '2026-11-29', checkIn('2026-11-29'));
    vi.advanceTimersByTime(AUTO_BACKUP_DELAY_MS);
    await until(() => relay.uploads.length === 2, 'the second upload');
    expect(session.serverBackup.state.value.busy).toBe(true);

    await api.put(dailyCheckIn, '2026-11-30', checkIn('2026-11-30', 'during the upload'));
    relay.uploads[1]?.land();
    await until(() => !session.serverBackup.state.value.busy, 'the second upload to finish');
    vi.advanceTimersByTime(AUTO_BACKUP_DELAY_MS);
    await until(() => relay.uploads.length === 3, 'an upload of the later change');
    relay.uploads[2]?.land();
    await until(() => !session.serverBackup.state.value.busy, 'the third upload to finish');

    // And nothing more once everything is sent.
    vi.advanceTimersByTime(10 * AUTO_BACKUP_DELAY_MS);
    await settle();
    expect(relay.uploads).toHaveLength(3);

    // The relay's newest copy holds the later change: restore it and look.
    await session.restoreFromServer('relay-key-1', PASS);
    await session.unlock(PASS);
    const read = await session.api().read(dailyCheckIn, '2026-11-30');
    expect(read?.ok && read.value.note).toBe('during the upload');
  });

  it('a lock before the delayed upload: nothing goes while locked, it goes after the unlock', async () => {
    const { session, relay } = await backedUp();
    await session.api().put(dailyCheckIn, '2026-11-30', checkIn('2026-11-30'));
    session.lock();
    vi.advanceTimersByTime(10 * RETRY_BACKUP_DELAY_MS);
    await settle();
    expect(relay.uploads).toHaveLength(1);

    await session.unlock(PASS);
    await until(() => session.serverBackup.state.value.on, 'the settings to load');
    vi.advanceTimersByTime(PENDING_BACKUP_DELAY_MS);
    await until(() => relay.uploads.length === 2, 'the upload after the unlock');
    relay.uploads[1]?.land();
    await until(() => !session.serverBackup.state.value.busy, 'the upload to finish');

    // Sent: the next unlock has nothing waiting.
    session.lock();
    await session.unlock(PASS);
    await until(() => session.serverBackup.state.value.on, 'the settings to load');
    vi.advanceTimersByTime(10 * RETRY_BACKUP_DELAY_MS);
    await settle();
    expect(relay.uploads).toHaveLength(2);
  });

  it('a lock during an upload: its answer writes nothing, and the changes go after the unlock', async () => {
    const { session, relay } = await backedUp();
    await session.api().put(dailyCheckIn, '2026-11-30', checkIn('2026-11-30'));
    vi.advanceTimersByTime(AUTO_BACKUP_DELAY_MS);
    await until(() => relay.uploads.length === 2, 'the second upload');
    session.lock();
    relay.uploads[1]?.land();
    await settle();
    expect(session.serverBackup.state.value).toMatchObject({ on: false, busy: false });

    await session.unlock(PASS);
    await until(() => session.serverBackup.state.value.on, 'the settings to load');
    vi.advanceTimersByTime(PENDING_BACKUP_DELAY_MS);
    await until(() => relay.uploads.length === 3, 'the upload after the unlock');
  });

  it('a lock cuts off the upload under way; one whose export the lock overtook is never sent', async () => {
    const { session, relay } = await backedUp();
    await session.api().put(dailyCheckIn, '2026-11-30', checkIn('2026-11-30'));
    vi.advanceTimersByTime(AUTO_BACKUP_DELAY_MS);
    await until(() => relay.uploads.length === 2, 'the second upload');
    session.lock();
    expect(relay.uploads[1]).toMatchObject({ aborted: true, settled: true });

    // Locked while the copy is still being made: nothing goes to the relay.
    await session.unlock(PASS);
    await until(() => session.serverBackup.state.value.on, 'the settings to load');
    await session.api().put(dailyCheckIn, '2026-12-01', checkIn('2026-12-01'));
    const sent = relay.uploads.length;
    const uploading = session.serverBackup.uploadNow();
    session.lock();
    await uploading;
    await settle();
    expect(relay.uploads.length).toBe(sent);
  });

  it('turning it off cuts off the upload under way', async () => {
    const { session, relay } = await backedUp();
    await session.api().put(dailyCheckIn, '2026-11-30', checkIn('2026-11-30'));
    vi.advanceTimersByTime(AUTO_BACKUP_DELAY_MS);
    await until(() => relay.uploads.length === 2, 'the second upload');
    await session.serverBackup.disable();
    expect(relay.uploads[1]).toMatchObject({ aborted: true, settled: true });
    expect(session.serverBackup.state.value).toMatchObject({ on: false });
  });

  it('turning it off during an upload is not undone when the upload lands', async () => {
    const { session, relay } = await backedUp();
    const api = session.api();
    await api.put(dailyCheckIn, '2026-11-30', checkIn('2026-11-30'));
    vi.advanceTimersByTime(AUTO_BACKUP_DELAY_MS);
    await until(() => relay.uploads.length === 2, 'the second upload');

    await session.serverBackup.disable();
    relay.uploads[1]?.land();
    await settle();
    expect(session.serverBackup.state.value).toMatchObject({ on: false, busy: false });
    expect(session.serverBackup.key()).toBeNull();
    expect(await api.read(serverBackupSettings, 'serverBackup')).toBeUndefined();

    await api.put(dailyCheckIn, '2026-12-01', checkIn('2026-12-01'));
    vi.advanceTimersByTime(10 * RETRY_BACKUP_DELAY_MS);
    await settle();
    expect(relay.uploads).toHaveLength(2);

    // Still off after a lock and unlock.
    session.lock();
    await session.unlock(PASS);
    vi.advanceTimersByTime(10 * RETRY_BACKUP_DELAY_MS);
    await settle();
    expect(session.serverBackup.state.value.on).toBe(false);
    expect(relay.uploads).toHaveLength(2);
  });

  it('a failed upload is reported, tried again a minute later, and the report clears', async () => {
    const { session, relay } = await backedUp();
    await session.api().put(dailyCheckIn, '2026-11-30', checkIn('2026-11-30'));
    vi.advanceTimersByTime(AUTO_BACKUP_DELAY_MS);
    await until(() => relay.uploads.length === 2, 'the second upload');
    relay.uploads[1]?.fail(new RelayError('offline'));
    await until(() => !session.serverBackup.state.value.busy, 'the failure');
    expect(session.serverBackup.state.value.problem).toBe('offline');

    vi.advanceTimersByTime(RETRY_BACKUP_DELAY_MS - 1);
    await settle();
    expect(relay.uploads).toHaveLength(2);
    vi.advanceTimersByTime(1);
    await until(() => relay.uploads.length === 3, 'the retry');
    expect(session.serverBackup.state.value).toMatchObject({ busy: true, problem: null });
    relay.uploads[2]?.land();
    await until(() => !session.serverBackup.state.value.busy, 'the retry to finish');
    expect(session.serverBackup.state.value.problem).toBeNull();
  });

  it('a full server is reported, nothing here changes, and it is tried again later, not each minute', async () => {
    const { session, relay } = await backedUp();
    await session.api().put(dailyCheckIn, '2026-11-30', checkIn('2026-11-30', 'my words'));
    vi.advanceTimersByTime(AUTO_BACKUP_DELAY_MS);
    await until(() => relay.uploads.length === 2, 'the second upload');
    relay.uploads[1]?.fail(new RelayError('full'));
    await until(() => !session.serverBackup.state.value.busy, 'the refusal');
    expect(session.serverBackup.state.value).toMatchObject({ on: true, problem: 'full' });
    // What the person wrote is there as written.
    const read = await session.api().read(dailyCheckIn, '2026-11-30');
    expect(read).toMatchObject({ ok: true, value: { note: 'my words' } });

    vi.advanceTimersByTime(RETRY_BACKUP_DELAY_MS);
    await settle();
    expect(relay.uploads).toHaveLength(2);
    vi.advanceTimersByTime(FULL_RETRY_DELAY_MS - RETRY_BACKUP_DELAY_MS);
    await until(() => relay.uploads.length === 3, 'the later try');
    relay.uploads[2]?.fail(new RelayError('quota'));
    await until(() => !session.serverBackup.state.value.busy, 'the quota refusal');
    expect(session.serverBackup.state.value.problem).toBe('quota');
    vi.advanceTimersByTime(FULL_RETRY_DELAY_MS);
    await until(() => relay.uploads.length === 4, 'the try after that');
    relay.uploads[3]?.land();
    await until(() => !session.serverBackup.state.value.busy, 'the upload to land');
    expect(session.serverBackup.state.value.problem).toBeNull();
  });

  it('a failed first upload stays pending in the vault and goes after the next unlock', async () => {
    const { session, relay } = await openSession();
    const enabling = session.serverBackup.enable();
    await until(() => relay.uploads.length === 1, 'the first upload');
    relay.uploads[0]?.fail(new RelayError('busy'));
    await enabling;
    expect(session.serverBackup.state.value).toMatchObject({ on: true, problem: 'busy' });
    session.lock();

    await session.unlock(PASS);
    await until(() => session.serverBackup.state.value.on, 'the settings to load');
    vi.advanceTimersByTime(PENDING_BACKUP_DELAY_MS);
    await until(() => relay.uploads.length === 2, 'the upload after the unlock');
    expect(relay.uploads[1]).toMatchObject({ key: 'relay-key-1', known: null });
  });

  it('unreadable settings are reported and kept: no new key, no upload', async () => {
    const { session, relay, store } = await openSession();
    relay.auto = true;
    await damageWrittenRecord(store, async () => {
      await session.serverBackup.enable();
      // The first upload's note (version, lastAt) is the last write to that record.
      await until(() => !session.serverBackup.state.value.busy, 'the first upload');
      await settle();
    });
    session.lock();
    await session.unlock(PASS);
    await until(() => session.serverBackup.state.value.unreadable, 'the settings to be read');
    expect(session.serverBackup.state.value.on).toBe(false);
    const kept = recordsOf(store);
    await expect(session.serverBackup.enable()).rejects.toThrow('unreadable');
    await session.api().put(dailyCheckIn, '2026-11-30', checkIn('2026-11-30'));
    vi.advanceTimersByTime(10 * RETRY_BACKUP_DELAY_MS);
    await settle();
    expect(relay.keys).toBe(1);
    expect(relay.uploads).toHaveLength(1);
    // Only the check-in was added; the settings record is as it was.
    const now = recordsOf(store);
    expect(kept.every((record) => now.includes(record))).toBe(true);
  });

  it('uploadNow sends nothing when nothing changed since the last upload', async () => {
    const { session, relay } = await backedUp();
    await session.serverBackup.uploadNow();
    await settle();
    expect(relay.uploads).toHaveLength(1);
  });
  it('a change made before the settings have loaded after an unlock still goes up', async () => {
    const { session, relay, store } = await backedUp();
    session.lock();
    // Reads wait from the moment the vault opens, so the part cannot know yet that backup
    // is on when the change lands.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let holding = false;
    const get = store.get.bind(store);
    store.get = (tag, id) => (holding ? gate.then(() => get(tag, id)) : get(tag, id));
    session.lock$.subscribe((state) => (holding = state.status === 'open'));
    await session.unlock(PASS);
    await session.api().put(dailyCheckIn, '2026-11-30', checkIn('2026-11-30'));
    expect(session.serverBackup.state.value.on).toBe(false);
    holding = false;
    release();
    await until(() => session.serverBackup.state.value.on, 'the settings to load');
    vi.advanceTimersByTime(AUTO_BACKUP_DELAY_MS);
    await until(() => relay.uploads.length === 2, 'the upload of that change');
  });

  it('turning it on twice at once makes one key, the one kept in the vault', async () => {
    const { session, relay } = await openSession();
    relay.auto = true;
    const [first, second] = await Promise.all([
      session.serverBackup.enable(),
      session.serverBackup.enable(),
    ]);
    expect(relay.keys).toBe(1);
    expect(second).toBe(first);
    expect(session.serverBackup.key()).toBe(first);
    const read = await session.api().read(serverBackupSettings, 'serverBackup');
    expect(read?.ok && read.value.key).toBe(first);
  });

  it('turning it on before the settings have loaded keeps the existing key', async () => {
    const { session, relay, store } = await backedUp();
    relay.auto = true;
    session.lock();
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let holding = false;
    const get = store.get.bind(store);
    store.get = (tag, id) => (holding ? gate.then(() => get(tag, id)) : get(tag, id));
    session.lock$.subscribe((state) => (holding = state.status === 'open'));
    await session.unlock(PASS);
    const enabling = session.serverBackup.enable();
    await settle();
    holding = false;
    release();
    expect(await enabling).toBe('relay-key-1');
    expect(relay.keys).toBe(1);
    const read = await session.api().read(serverBackupSettings, 'serverBackup');
    expect(read?.ok && read.value.key).toBe('relay-key-1');
  });

  it('asking the relay to delete its copy stops sending, across a lock, until it is cancelled', async () => {
    const { session, relay } = await backedUp();
    await session.serverBackup.askDeletion();
    const { deleteAt } = session.serverBackup.state.value;
    expect(deleteAt).toBe(relay.deleteAt);
    expect(Date.parse(deleteAt!) - Date.now()).toBe(72 * 3_600_000);
    const stored = await session.api().read(serverBackupSettings, 'serverBackup');
    expect(stored).toMatchObject({ ok: true, value: { key: 'relay-key-1', deleteAt } });

    // A change is kept here and not sent, before and after a lock.
    await session.api().put(dailyCheckIn, '2026-11-30', checkIn('2026-11-30', 'kept'));
    vi.advanceTimersByTime(FULL_RETRY_DELAY_MS);
    await settle();
    expect(relay.uploads).toHaveLength(1);
    session.lock();
    await session.unlock(PASS);
    await until(() => session.serverBackup.state.value.on, 'the settings to load');
    expect(session.serverBackup.state.value.deleteAt).toBe(deleteAt);
    vi.advanceTimersByTime(FULL_RETRY_DELAY_MS);
    await settle();
    expect(relay.uploads).toHaveLength(1);
    expect(await session.api().read(dailyCheckIn, '2026-11-30')).toMatchObject({
      ok: true,
      value: { note: 'kept' },
    });

    await session.serverBackup.cancelDeletion();
    expect(relay.deleteAt).toBeNull();
    expect(session.serverBackup.state.value.deleteAt).toBeNull();
    vi.advanceTimersByTime(PENDING_BACKUP_DELAY_MS);
    await until(() => relay.uploads.length === 2, 'the change to go up');
  });

  it('follows a deletion asked or cancelled elsewhere, and ends backup once the copy is gone', async () => {
    const { session, relay } = await backedUp();
    // Someone with the key asked from another device: seen here, and sending stops.
    relay.deleteAt = new Date(Date.now() + 3_600_000).toISOString();
    expect(await session.serverBackup.checkDeletion()).toEqual({
      deleteAt: relay.deleteAt,
      delayHours: 72,
    });
    expect(session.serverBackup.state.value.deleteAt).toBe(relay.deleteAt);
    // Cancelled elsewhere: backup goes on here.
    relay.deleteAt = null;
    await session.serverBackup.checkDeletion();
    expect(session.serverBackup.state.value.deleteAt).toBeNull();

    // Asked again, and the time passes: at the next unlock backup on the server is off.
    await session.serverBackup.askDeletion();
    session.lock();
    vi.setSystemTime(Date.now() + 73 * 3_600_000);
    await session.unlock(PASS);
    await settle();
    expect(await session.api().read(serverBackupSettings, 'serverBackup')).toBeUndefined();
    expect(session.serverBackup.state.value).toMatchObject({ on: false, deleteAt: null });
    expect(relay.uploads).toHaveLength(1);
  });
});
