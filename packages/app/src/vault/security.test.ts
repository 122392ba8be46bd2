import { DEFAULT_SECURITY, MemoryStore } from '@steady/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AUTO_LOCK_WARNING_MS } from './autoLock.ts';
import { SettingsUnreadableError } from './security.ts';
import { VaultSession } from './session.ts';
import {
  damageWrittenRecord,
  fakeRelay,
  fastDerive,
  openSession,
  PASS,
  recordsOf,
  until,
} from './sessionTesting.ts';

const MINUTE = 60_000;

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('lock settings (SecurityPart)', () => {
  it('guards with the defaults at once, then with the stored settings, kept across a lock', async () => {
    const { session, autoLock } = await openSession();
    expect(autoLock.current()).toHaveLength(1);
    expect(autoLock.current()[0]?.options).toMatchObject({
      minutes: DEFAULT_SECURITY.autoLockMinutes,
      lockWhenHidden: DEFAULT_SECURITY.lockWhenHidden,
    });

    await session.security.update({ autoLockMinutes: 12, lockWhenHidden: true });
    expect(session.security.state.value.settings).toEqual({
      autoLockMinutes: 12,
      lockWhenHidden: true,
    });
    // One timer at a time, with the new settings.
    expect(autoLock.current()).toHaveLength(1);
    expect(autoLock.current()[0]?.options).toMatchObject({ minutes: 12, lockWhenHidden: true });

    session.lock();
    expect(autoLock.current()).toHaveLength(0);
    expect(session.security.state.value.settings).toEqual(DEFAULT_SECURITY);

    await session.unlock(PASS);
    await until(() => session.security.state.value.settings.autoLockMinutes === 12, 'settings');
    expect(autoLock.current()).toHaveLength(1);
    expect(autoLock.current()[0]?.options).toMatchObject({ minutes: 12, lockWhenHidden: true });
  });

  it('keeps stored minutes within bounds', async () => {
    const { session } = await openSession();
    await session.security.update({ autoLockMinutes: 500 });
    expect(session.security.state.value.settings.autoLockMinutes).toBe(30);
  });

  it('the timer locks the session; its warning shows as lockSoon; "Stay unlocked" touches it', async () => {
    const { session, autoLock } = await openSession();
    const timer = autoLock.current()[0];
    timer?.options.onWarning?.(true);
    expect(session.security.state.value.lockSoon).toBe(true);
    session.security.stayUnlocked();
    expect(timer?.touches).toBe(1);
    timer?.options.onWarning?.(false);
    expect(session.security.state.value.lockSoon).toBe(false);

    let locked = 0;
    session.onLock(() => (locked += 1));
    timer?.options.onLock();
    expect(session.status).toBe('locked');
    expect(locked).toBe(1);
    expect(() => session.api()).toThrow('vault is locked');
  });

  it('unreadable stored settings: the defaults guard, and nothing overwrites them', async () => {
    const { session, store, autoLock } = await openSession();
    await damageWrittenRecord(store, () =>
      session.security.update({ autoLockMinutes: 20, lockWhenHidden: true }),
    );
    session.lock();
    await session.unlock(PASS);
    await until(
      () => session.security.state.value.unreadable,
      'the settings to be found unreadable',
    );
    expect(session.security.state.value.settings).toEqual(DEFAULT_SECURITY);
    expect(autoLock.current()).toHaveLength(1);
    expect(autoLock.current()[0]?.options.minutes).toBe(DEFAULT_SECURITY.autoLockMinutes);
    const kept = recordsOf(store);
    await expect(session.security.update({ autoLockMinutes: 3 })).rejects.toBeInstanceOf(
      SettingsUnreadableError,
    );
    expect(recordsOf(store)).toEqual(kept);
  });

  it('refuses a change while locked', async () => {
    const { session } = await openSession();
    session.lock();
    await expect(session.security.update({ autoLockMinutes: 10 })).rejects.toThrow('locked');
  });
});

/** Just what autoLock.ts uses of the page. */
class FakeDocument extends EventTarget {
  visibilityState: DocumentVisibilityState = 'visible';
  show(state: DocumentVisibilityState) {
    this.visibilityState = state;
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

describe('auto-lock of an open session, with the real timer', () => {
  async function realTimerSession() {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const page = new FakeDocument();
    vi.stubGlobal('document', page);
    vi.stubGlobal('window', new EventTarget());
    const session = new VaultSession({
      store: new MemoryStore(),
      derive: fastDerive,
      relay: fakeRelay().client,
    });
    await session.init();
    await session.create(PASS);
    return { session, page };
  }

  it('locks after the set minutes without use, warning half a minute before', async () => {
    const { session } = await realTimerSession();
    await session.security.update({ autoLockMinutes: 2 });
    vi.advanceTimersByTime(2 * MINUTE - AUTO_LOCK_WARNING_MS);
    expect(session.security.state.value.lockSoon).toBe(true);
    expect(session.status).toBe('open');
    vi.advanceTimersByTime(AUTO_LOCK_WARNING_MS);
    expect(session.status).toBe('locked');
    expect(session.security.state.value.lockSoon).toBe(false);
  });

  it('locks when the page is hidden, once the person asked for that', async () => {
    const { session, page } = await realTimerSession();
    page.show('hidden');
    page.show('visible');
    expect(session.status).toBe('open');
    await session.security.update({ lockWhenHidden: true });
    page.show('hidden');
    expect(session.status).toBe('locked');
  });
});
