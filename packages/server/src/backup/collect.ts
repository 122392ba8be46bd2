// Collecting objects no log entry names (docs/sync-v2.md, "Collecting objects"). The log
// is kept whole, so an object is only ever collected when it was stored after the last
// entry of its vault's log and has been there longer than the grace: the objects of a push
// that never appended its entry. A push still under way re-asks which objects the relay
// lacks before it appends, which counts them as new again (store.ts, TOUCH_SECONDS).
import type { BackupStore } from './store.ts';

/** Deletes every vault's orphans older than `orphanHours`; the number deleted. */
export function collectOrphans(
  store: BackupStore,
  orphanHours: number,
  now: number = Math.floor(Date.now() / 1000),
): Promise<number> {
  return store.collectOrphans(now - orphanHours * 3600);
}

/**
 * Deletes every vault whose owner asked for its deletion (DELETE /vaults/:id) and whose
 * delay has passed; the number deleted.
 */
export function collectDeletedVaults(
  store: BackupStore,
  now: number = Math.floor(Date.now() / 1000),
): Promise<number> {
  return store.deleteDueVaults(now);
}

/** Deletes every share past its expiry (bytes and all); the number deleted. */
export function collectExpiredShares(
  store: BackupStore,
  now: number = Math.floor(Date.now() / 1000),
): Promise<number> {
  return store.deleteExpiredShares(now);
}

/** An hour between sweeps, and the first a minute after start. */
const SWEEP_EVERY_MS = 60 * 60 * 1000;
const FIRST_SWEEP_MS = 60 * 1000;

/**
 * Runs `sweep` now and then until the returned stop() is called. A sweep that fails (the
 * store is down) is tried again at the next turn; it never stops the process.
 */
function sweepNowAndThen(sweep: () => Promise<unknown>, everyMs: number): () => void {
  let running = false;
  const turn = () => {
    if (running) return;
    running = true;
    sweep()
      .catch(() => 0)
      .finally(() => {
        running = false;
      });
  };
  const first = setTimeout(turn, Math.min(FIRST_SWEEP_MS, everyMs));
  const timer = setInterval(turn, everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}

/** Collects orphans now and then (every hour) until the returned stop() is called. */
export function startOrphanSweep(
  store: BackupStore,
  orphanHours: number,
  everyMs = SWEEP_EVERY_MS,
): () => void {
  return sweepNowAndThen(() => collectOrphans(store, orphanHours), everyMs);
}

/** Deletes the vaults whose delay has passed, every hour, until stop() is called. */
export function startDeletionSweep(store: BackupStore, everyMs = SWEEP_EVERY_MS): () => void {
  return sweepNowAndThen(() => collectDeletedVaults(store), everyMs);
}

/** Deletes the shares past their expiry, every hour, until stop() is called. */
export function startShareSweep(store: BackupStore, everyMs = SWEEP_EVERY_MS): () => void {
  return sweepNowAndThen(() => collectExpiredShares(store), everyMs);
}
