import { dailyCheckIn, serverBackupSettings } from '@steady/core';
import { describe, expect, it, vi } from 'vitest';
import { RelayError } from './relay.ts';
import {
  AUTO_BACKUP_DELAY_MS,
  PENDING_BACKUP_DELAY_MS,
  RETRY_BACKUP_DELAY_MS,
} from './serverBackup.ts';
import { backedUp, checkIn, fakeTheClock } from './serverBackupTesting.ts';
import { openSession, PASS, settle, until } from './sessionTesting.ts';

// A lock, or turning backup off: the upload under way is cut off and nothing goes while
// locked; what was still to send goes after the next unlock, and never once turned off.
fakeTheClock();

describe('server backup scheduler', () => {
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
});
