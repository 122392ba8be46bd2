import { dailyCheckIn } from '@steady/core';
import { describe, expect, it, vi } from 'vitest';
import { RelayError } from './relay.ts';
import {
  AUTO_BACKUP_DELAY_MS,
  FULL_RETRY_DELAY_MS,
  RETRY_BACKUP_DELAY_MS,
} from './serverBackup.ts';
import { backedUp, checkIn, fakeTheClock } from './serverBackupTesting.ts';
import { PASS, settle, until } from './sessionTesting.ts';

// When copies go up: after a change, again for a change made during one, after a
// failure, later when the server is full, and not at all when nothing changed.
fakeTheClock();

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

  it('uploadNow sends nothing when nothing changed since the last upload', async () => {
    const { session, relay } = await backedUp();
    await session.serverBackup.uploadNow();
    await settle();
    expect(relay.uploads).toHaveLength(1);
  });
});
