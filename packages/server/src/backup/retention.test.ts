import { describe, expect, it } from 'vitest';
import {
  versionsToKeep,
  versionsToPrune,
  type RetentionPolicy,
  type VersionTime,
} from './retention.ts';

const HOUR = 3600;
const DAY = 24 * HOUR;
const POLICY: RetentionPolicy = { recent: 10, daily: 30, weekly: 52, graceHours: 72 };
// A Thursday noon, UTC (days and weeks are counted from 1970-01-01, a Thursday).
const NOW = 20_000 * DAY + 12 * HOUR;

/** Applies the rule as a store does: after every write, prune what it says. */
function simulate(
  writes: readonly number[],
  policy: RetentionPolicy,
  start: VersionTime[] = [],
): VersionTime[] {
  let held = [...start];
  let next = (held.at(-1)?.version ?? 0) + 1;
  for (const at of writes) {
    held.push({ version: next++, createdAt: at });
    const drop = new Set(versionsToPrune(held, at, policy));
    held = held.filter(({ version }) => !drop.has(version));
  }
  return held;
}

/** A write every `every` seconds from `from` until `to`. */
const every = (from: number, to: number, step: number) => {
  const times: number[] = [];
  for (let t = from; t <= to; t += step) times.push(t);
  return times;
};

describe('which whole-vault versions are kept', () => {
  it('keeps the newest ten, one a day for 30 days and one a week for a year', () => {
    // Two writes a day for 500 days, the last one now.
    const writes = every(NOW - 500 * DAY, NOW, 12 * HOUR);
    const held = simulate(writes, POLICY);
    const times = held.map((v) => v.createdAt);
    // The newest ten are there.
    expect(times.slice(-10)).toEqual(writes.slice(-10));
    // For each of the last 30 days, its first write.
    for (let d = 0; d < 30; d++) {
      const day = Math.floor(NOW / DAY) - d;
      expect(times).toContain(writes.find((t) => Math.floor(t / DAY) === day));
    }
    // For each of the last 52 weeks, its first write.
    for (let w = 0; w < 52; w++) {
      const week = Math.floor(NOW / (7 * DAY)) - w;
      expect(times).toContain(writes.find((t) => Math.floor(t / (7 * DAY)) === week));
    }
    // Nothing from before those 52 weeks, and no more than the rules ask for.
    const firstWeek = (Math.floor(NOW / (7 * DAY)) - 51) * 7 * DAY;
    expect(Math.min(...times)).toBeGreaterThanOrEqual(firstWeek);
    // Within the grace: the writes of the last 72 hours (7) all stay.
    expect(held.length).toBeLessThanOrEqual(10 + 30 + 52);
    expect(held.length).toBeGreaterThan(52);
  });

  it('never removes what was kept when many versions are written in seconds', () => {
    // The person's device wrote every six hours for 400 days, the last an hour ago.
    const history = simulate(every(NOW - 400 * DAY, NOW - HOUR, 6 * HOUR), POLICY);
    // Then someone with the key writes 1,000 versions in about seventeen minutes.
    const burst = every(NOW, NOW + 999, 1);
    const after = simulate(burst, POLICY, history);
    // Of the history, exactly what one ordinary write at the same time would have kept.
    const ordinary = simulate([NOW + 999], POLICY, history);
    const ofHistory = (held: VersionTime[]) =>
      held.filter((v) => v.createdAt < NOW).map((v) => v.version);
    expect(ofHistory(after)).toEqual(ofHistory(ordinary));
    // And that is all of it but what had just passed the 72 hours.
    const lost = history.filter((v) => !ofHistory(after).includes(v.version));
    for (const { createdAt } of lost)
      expect(NOW + 999 - createdAt).toBeGreaterThanOrEqual(72 * HOUR);
    // Every one of the 1,000 is kept too, for now.
    expect(after.filter((v) => v.createdAt >= NOW)).toHaveLength(1000);

    // Once the grace has passed, the burst thins out, and still leaves the history whole
    // (what fell out of its days and weeks since is the only thing gone).
    const later = NOW + 73 * HOUR;
    const thinned = simulate([later], POLICY, after);
    const thinnedSet = new Set(thinned.map((v) => v.version));
    const firstOf = (span: number, count: number) =>
      Array.from({ length: count }, (_, i) => Math.floor(later / span) - i).flatMap((slot) =>
        history.filter((v) => Math.floor(v.createdAt / span) === slot).slice(0, 1),
      );
    const firsts = [...firstOf(DAY, 30), ...firstOf(7 * DAY, 52)];
    expect(firsts.length).toBeGreaterThan(70);
    for (const { version } of firsts) expect(thinnedSet.has(version)).toBe(true);
    expect(thinned.length).toBeLessThan(history.length + 20);
  });

  it('keeps every version younger than the grace, however many', () => {
    const versions = every(NOW - 71 * HOUR, NOW, HOUR).map((createdAt, i) => ({
      version: i + 1,
      createdAt,
    }));
    expect(versionsToPrune(versions, NOW, POLICY)).toEqual([]);
    // Without the grace, only the rules' versions stay.
    const pruned = versionsToPrune(versions, NOW, { ...POLICY, graceHours: 0 });
    expect(pruned.length).toBeGreaterThan(50);
    expect(pruned).not.toContain(versions.length);
  });

  it('keeps the latest always, and versions dated after now (a clock set back)', () => {
    const versions: VersionTime[] = [
      { version: 1, createdAt: NOW - 900 * DAY },
      { version: 2, createdAt: NOW - 800 * DAY },
      { version: 3, createdAt: NOW + DAY },
    ];
    const none: RetentionPolicy = { recent: 0, daily: 0, weekly: 0, graceHours: 0 };
    expect(versionsToPrune(versions, NOW, none)).toEqual([1, 2]);
    expect(versionsToPrune(versions.slice(0, 2), NOW, none)).toEqual([1]);
    expect(versionsToPrune([], NOW, POLICY)).toEqual([]);
  });

  it('keeps the oldest of a day, so a later write cannot take its place', () => {
    const day = Math.floor(NOW / DAY) * DAY;
    const versions: VersionTime[] = [
      { version: 1, createdAt: day - 5 * DAY + HOUR },
      { version: 2, createdAt: day - 5 * DAY + 2 * HOUR },
      { version: 3, createdAt: day - 5 * DAY + 3 * HOUR },
      { version: 4, createdAt: NOW },
    ];
    const policy: RetentionPolicy = { recent: 1, daily: 30, weekly: 0, graceHours: 72 };
    expect([...versionsToKeep(versions, NOW, policy)].sort()).toEqual([1, 4]);
    // A day past the window is not kept for it.
    expect([...versionsToKeep(versions, NOW, { ...policy, daily: 5 })].sort()).toEqual([4]);
  });
});
