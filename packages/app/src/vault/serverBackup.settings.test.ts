import { dailyCheckIn, serverBackupSettings } from '@steady/core';
import { describe, expect, it, vi } from 'vitest';
import { AUTO_BACKUP_DELAY_MS, RETRY_BACKUP_DELAY_MS } from './serverBackup.ts';
import { backedUp, checkIn, holdReadsAtUnlock, fakeTheClock } from './serverBackupTesting.ts';
import {
  damageWrittenRecord,
  openSession,
  PASS,
  recordsOf,
  settle,
  until,
} from './sessionTesting.ts';

// The settings kept in the vault: read after an unlock before anything is decided, one
// key however it is turned on, and kept as they are when they cannot be read.
fakeTheClock();

describe('server backup scheduler', () => {
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

  it('a change made before the settings have loaded after an unlock still goes up', async () => {
    const { session, relay, store } = await backedUp();
    session.lock();
    // Reads wait from the moment the vault opens, so the part cannot know yet that backup
    // is on when the change lands.
    const release = holdReadsAtUnlock(session, store);
    await session.unlock(PASS);
    await session.api().put(dailyCheckIn, '2026-11-30', checkIn('2026-11-30'));
    expect(session.serverBackup.state.value.on).toBe(false);
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
    const release = holdReadsAtUnlock(session, store);
    await session.unlock(PASS);
    const enabling = session.serverBackup.enable();
    await settle();
    release();
    expect(await enabling).toBe('relay-key-1');
    expect(relay.keys).toBe(1);
    const read = await session.api().read(serverBackupSettings, 'serverBackup');
    expect(read?.ok && read.value.key).toBe('relay-key-1');
  });
});
