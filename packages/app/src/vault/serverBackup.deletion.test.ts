import { dailyCheckIn, serverBackupSettings } from '@steady/core';
import { describe, expect, it, vi } from 'vitest';
import { FULL_RETRY_DELAY_MS, PENDING_BACKUP_DELAY_MS } from './serverBackup.ts';
import { backedUp, checkIn, fakeTheClock } from './serverBackupTesting.ts';
import { PASS, settle, until } from './sessionTesting.ts';

// The relay's copy deleted on request: nothing is sent while a deletion is asked, here or
// elsewhere, and backup on the server ends once the copy is gone.
fakeTheClock();

describe('server backup scheduler', () => {
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
