// Locks the vault after a stretch without use, and, if the person chooses, as
// soon as Steady is hidden (another app, the lock button, the tab switched).
import { AUTO_LOCK, clampMinutes } from '@steady/core/vault';

export const AUTO_LOCK_DEFAULT_MINUTES = AUTO_LOCK.defaultMinutes;
export const AUTO_LOCK_MIN_MINUTES = AUTO_LOCK.minMinutes;
export const AUTO_LOCK_MAX_MINUTES = AUTO_LOCK.maxMinutes;
/** How long before an auto-lock the quiet "Stay unlocked" notice appears. */
export const AUTO_LOCK_WARNING_MS = 30_000;

export interface AutoLockOptions {
  minutes: number;
  lockWhenHidden: boolean;
  onLock(): void;
  /** The lock is AUTO_LOCK_WARNING_MS away; `false` again once the person is back. */
  onWarning?(soon: boolean): void;
}

export interface AutoLock {
  stop(): void;
  /** Counts as use: "Stay unlocked". */
  touch(): void;
}

const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input', 'scroll'] as const;

/** Starts watching, until stop(). */
export function startAutoLock(options: AutoLockOptions): AutoLock {
  const limit = clampMinutes(options.minutes) * 60_000;
  const warnAt = limit - AUTO_LOCK_WARNING_MS;
  let last = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let warned = false;

  const warn = (soon: boolean) => {
    if (warned === soon) return;
    warned = soon;
    options.onWarning?.(soon);
  };

  const lock = () => {
    if (stopped) return;
    stop();
    options.onLock();
  };

  // Checked against the wall clock, not only the timer: a phone asleep in a
  // pocket delays timers, and the vault must be locked the moment it wakes.
  const check = () => {
    const idle = Date.now() - last;
    if (idle >= limit) {
      lock();
      return;
    }
    if (idle >= warnAt) warn(true);
    timer = setTimeout(check, (idle < warnAt ? warnAt : limit) - idle);
  };

  const activity = () => {
    last = Date.now();
    warn(false);
  };

  const visibility = () => {
    if (document.visibilityState === 'hidden' && options.lockWhenHidden) lock();
    else if (document.visibilityState === 'visible') check();
  };

  function stop() {
    stopped = true;
    warn(false);
    if (timer !== undefined) clearTimeout(timer);
    for (const name of ACTIVITY) window.removeEventListener(name, activity, true);
    document.removeEventListener('visibilitychange', visibility);
  }

  for (const name of ACTIVITY)
    window.addEventListener(name, activity, { capture: true, passive: true });
  document.addEventListener('visibilitychange', visibility);
  timer = setTimeout(check, warnAt);
  return {
    stop,
    touch: () => {
      if (!stopped) activity();
    },
  };
}
