import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTO_LOCK_WARNING_MS, startAutoLock, type AutoLockOptions } from './autoLock.ts';

/** Just what autoLock.ts uses of the page: events on window, and document's visibility. */
class FakeDocument extends EventTarget {
  visibilityState: DocumentVisibilityState = 'visible';
  show(state: DocumentVisibilityState) {
    this.visibilityState = state;
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

let page: FakeDocument;
let win: EventTarget;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  page = new FakeDocument();
  win = new EventTarget();
  vi.stubGlobal('document', page);
  vi.stubGlobal('window', win);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const MINUTE = 60_000;

function watch(options: Partial<AutoLockOptions> = {}) {
  const events: string[] = [];
  const timer = startAutoLock({
    minutes: 5,
    lockWhenHidden: false,
    onLock: () => events.push('lock'),
    onWarning: (soon) => events.push(soon ? 'warn' : 'calm'),
    ...options,
  });
  return { events, timer };
}

describe('startAutoLock', () => {
  it('warns half a minute before, then locks once after the minutes without use', () => {
    const { events } = watch();
    vi.advanceTimersByTime(5 * MINUTE - AUTO_LOCK_WARNING_MS - 1);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['warn']);
    vi.advanceTimersByTime(AUTO_LOCK_WARNING_MS - 1);
    expect(events).toEqual(['warn']);
    vi.advanceTimersByTime(1);
    // The warning is taken down as it locks.
    expect(events).toEqual(['warn', 'calm', 'lock']);
    vi.advanceTimersByTime(60 * MINUTE);
    expect(events).toEqual(['warn', 'calm', 'lock']);
  });

  it('counts input on the page as use, and takes the warning down', () => {
    const { events } = watch({ minutes: 2 });
    vi.advanceTimersByTime(2 * MINUTE - AUTO_LOCK_WARNING_MS);
    expect(events).toEqual(['warn']);
    win.dispatchEvent(new Event('keydown'));
    expect(events).toEqual(['warn', 'calm']);
    vi.advanceTimersByTime(AUTO_LOCK_WARNING_MS);
    expect(events).toEqual(['warn', 'calm']);
    // A full stretch from the keypress: warned again, then locked.
    vi.advanceTimersByTime(2 * MINUTE - 2 * AUTO_LOCK_WARNING_MS - 1);
    expect(events).toEqual(['warn', 'calm']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['warn', 'calm', 'warn']);
    vi.advanceTimersByTime(AUTO_LOCK_WARNING_MS);
    expect(events.at(-1)).toBe('lock');
  });

  it('touch() ("Stay unlocked") starts the wait again', () => {
    const { events, timer } = watch({ minutes: 1 });
    vi.advanceTimersByTime(MINUTE - 1_000);
    timer.touch();
    vi.advanceTimersByTime(MINUTE - 1_000);
    expect(events).not.toContain('lock');
    vi.advanceTimersByTime(1_000);
    expect(events).toContain('lock');
  });

  it('keeps the minutes within bounds', () => {
    const { events } = watch({ minutes: 0 });
    vi.advanceTimersByTime(MINUTE);
    expect(events).toContain('lock');
    const long = watch({ minutes: 90 });
    vi.advanceTimersByTime(30 * MINUTE - 1);
    expect(long.events).not.toContain('lock');
    vi.advanceTimersByTime(1);
    expect(long.events).toContain('lock');
  });

  it('locks the moment the page is hidden when asked to, and not otherwise', () => {
    const quiet = watch();
    page.show('hidden');
    expect(quiet.events).toEqual([]);
    quiet.timer.stop();

    const { events } = watch({ lockWhenHidden: true });
    page.show('hidden');
    expect(events).toEqual(['lock']);
  });

  it('locks on waking when the clock passed the limit while timers slept', () => {
    const { events } = watch();
    page.show('hidden');
    // A phone in a pocket: the wall clock moves on, the timers do not fire.
    vi.setSystemTime(Date.now() + 6 * MINUTE);
    expect(events).toEqual([]);
    page.show('visible');
    expect(events).toEqual(['lock']);
  });

  it('does nothing after stop()', () => {
    const { events, timer } = watch({ lockWhenHidden: true });
    timer.stop();
    page.show('hidden');
    win.dispatchEvent(new Event('pointerdown'));
    timer.touch();
    vi.advanceTimersByTime(60 * MINUTE);
    expect(events).toEqual([]);
  });
});
