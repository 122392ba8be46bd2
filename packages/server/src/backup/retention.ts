// Which whole-vault versions a vault keeps (docs/retention.md, "Whole-vault backups").
// One pure rule, used by both stores inside the transaction that stores a new version.
//
// Keeping only the newest N lets anyone who holds the vault's key replace all N in
// seconds. So versions are kept spaced in time, and nothing younger than a delay is
// removed at all: a burst of writes can add versions, never push out the ones before it.

export interface RetentionPolicy {
  /** The newest this many versions, whatever their age (at least 1: the latest). */
  readonly recent: number;
  /** The oldest version of each of the last this many UTC days (today included). */
  readonly daily: number;
  /** The oldest version of each of the last this many weeks (of 7 days since 1970). */
  readonly weekly: number;
  /** No version younger than this many hours is removed, whatever the rules above say. */
  readonly graceHours: number;
}

export interface VersionTime {
  readonly version: number;
  /** Seconds since 1970, when the server stored it. */
  readonly createdAt: number;
}

const DAY = 86_400;
const WEEK = 7 * DAY;

/**
 * The versions to keep, of `versions` (any order), at `now` (seconds since 1970).
 *
 * The oldest version of each day and week is the one kept for it, not the newest: a
 * later write can then never take the place of a version already kept for its day or
 * week, so someone who writes many versions quickly only ever adds to what is kept
 * (until the grace has passed, the newest `recent` cannot push anything out either).
 */
export function versionsToKeep(
  versions: readonly VersionTime[],
  now: number,
  policy: RetentionPolicy,
): Set<number> {
  const keep = new Set<number>();
  const byAge = [...versions].sort((a, b) => b.version - a.version);
  for (const { version } of byAge.slice(0, Math.max(1, policy.recent))) keep.add(version);

  const youngFrom = now - policy.graceHours * 3600;
  for (const { version, createdAt } of versions) {
    // A time after `now` (a clock set back) counts as young too.
    if (createdAt > youngFrom) keep.add(version);
  }

  const oldestIn = (span: number, count: number) => {
    const first = Math.floor(now / span) - count + 1;
    const oldest = new Map<number, VersionTime>();
    for (const each of versions) {
      const slot = Math.floor(each.createdAt / span);
      if (slot < first) continue;
      const held = oldest.get(slot);
      if (!held || each.version < held.version) oldest.set(slot, each);
    }
    for (const { version } of oldest.values()) keep.add(version);
  };
  if (policy.daily > 0) oldestIn(DAY, policy.daily);
  if (policy.weekly > 0) oldestIn(WEEK, policy.weekly);
  return keep;
}

/** The versions to delete: every one of `versions` not kept. */
export function versionsToPrune(
  versions: readonly VersionTime[],
  now: number,
  policy: RetentionPolicy,
): number[] {
  const keep = versionsToKeep(versions, now, policy);
  return versions
    .filter(({ version }) => !keep.has(version))
    .map(({ version }) => version)
    .sort((a, b) => a - b);
}
