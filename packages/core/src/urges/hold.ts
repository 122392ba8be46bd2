import type { HoldOutcome, HoldRecord } from './types.ts';
import { URGE_LIMITS } from './types.ts';
import { isScale } from './validate.ts';

export type HoldState =
  | { readonly state: 'running'; readonly remainingMs: number }
  | { readonly state: 'ended-awaiting-outcome' }
  | {
      readonly state: 'resolved';
      readonly outcome: HoldOutcome;
      readonly feelingAfter: number | undefined;
    };

function time(now: Date | number): number {
  return typeof now === 'number' ? now : now.getTime();
}

/** A new 24-hour hold from `now`. The times are stored, so a reload or a lock changes nothing. */
export function startHold(now: Date, id: string, urgeId?: string): HoldRecord {
  const startedAt = now.toISOString();
  const endsAt = new Date(now.getTime() + URGE_LIMITS.holdMs).toISOString();
  return urgeId === undefined ? { id, startedAt, endsAt } : { id, urgeId, startedAt, endsAt };
}

/**
 * Where a hold stands at `now`. Everything comes from the stored instants, so
 * the answer is the same after a reload, a lock or a day with the phone off.
 */
export function holdState(hold: HoldRecord, now: Date | number): HoldState {
  if (hold.outcome !== undefined)
    return { state: 'resolved', outcome: hold.outcome, feelingAfter: hold.feelingAfter };
  const remainingMs = Date.parse(hold.endsAt) - time(now);
  return remainingMs > 0 ? { state: 'running', remainingMs } : { state: 'ended-awaiting-outcome' };
}

/** Records what happened. Allowed at any time: the person may stop the hold early. */
export function resolveHold(
  hold: HoldRecord,
  outcome: HoldOutcome,
  feelingAfter: number | undefined,
  now: Date,
): HoldRecord {
  if (feelingAfter !== undefined && !isScale(feelingAfter, URGE_LIMITS.feelingMax))
    throw new RangeError('feelingAfter is a whole number from 0 to 10');
  return {
    ...hold,
    outcome,
    ...(feelingAfter === undefined ? {} : { feelingAfter }),
    resolvedAt: now.toISOString(),
  };
}

/** The hold to show on the home screen: the newest one not yet resolved. */
export function activeHold(holds: readonly HoldRecord[]): HoldRecord | undefined {
  let newest: HoldRecord | undefined;
  for (const hold of holds) {
    if (hold.outcome !== undefined) continue;
    if (newest === undefined || hold.startedAt > newest.startedAt) newest = hold;
  }
  return newest;
}

/** Hours, minutes and seconds left, for a countdown. */
export function splitRemaining(ms: number): { hours: number; minutes: number; seconds: number } {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return {
    hours: Math.floor(total / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}
