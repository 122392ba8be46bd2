import { describe, expect, it, vi } from 'vitest';
import {
  collectDeletedVaults,
  collectOrphans,
  startDeletionSweep,
  startOrphanSweep,
} from './collect.ts';
import type { BackupStore } from './store.ts';

/** A store that only answers the sweep, recording the cut-off times it was given. */
function sweepable(fail = false) {
  const cutoffs: number[] = [];
  const store = {
    collectOrphans: async (before: number) => {
      cutoffs.push(before);
      if (fail) throw new Error('the database is down');
      return 0;
    },
  } as unknown as BackupStore;
  return { store, cutoffs };
}

describe('the orphan sweep', () => {
  it('collects what was stored more than the grace ago', async () => {
    const { store, cutoffs } = sweepable();
    await collectOrphans(store, 48, 1_000_000);
    expect(cutoffs).toEqual([1_000_000 - 48 * 3600]);
  });

  it('runs now and then until stopped, and survives a store that fails', async () => {
    vi.useFakeTimers({ now: 2_000_000_000_000 });
    try {
      const { store, cutoffs } = sweepable(true);
      const stop = startOrphanSweep(store, 2, 1000);
      await vi.advanceTimersByTimeAsync(3500);
      expect(cutoffs.length).toBeGreaterThanOrEqual(3);
      expect(cutoffs[0]).toBe(2_000_000_000 + 1 - 2 * 3600);
      stop();
      const seen = cutoffs.length;
      await vi.advanceTimersByTimeAsync(5000);
      expect(cutoffs.length).toBe(seen);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the deletion sweep', () => {
  it('deletes the vaults due by now, now and then, and survives a store that fails', async () => {
    const times: number[] = [];
    const store = {
      deleteDueVaults: async (now: number) => {
        times.push(now);
        if (times.length === 2) throw new Error('the database is down');
        return 1;
      },
    } as unknown as BackupStore;
    expect(await collectDeletedVaults(store, 1_000_000)).toBe(1);
    expect(times).toEqual([1_000_000]);
    vi.useFakeTimers({ now: 2_000_000_000_000 });
    try {
      const stop = startDeletionSweep(store, 1000);
      await vi.advanceTimersByTimeAsync(3500);
      expect(times.length).toBeGreaterThanOrEqual(4);
      expect(times[1]).toBe(2_000_000_000 + 1);
      stop();
      const seen = times.length;
      await vi.advanceTimersByTimeAsync(5000);
      expect(times.length).toBe(seen);
    } finally {
      vi.useRealTimers();
    }
  });
});
