import { dateOfDay, dayNumber, type IsoDate } from '../model/dates.ts';

export interface DatedValue {
  readonly date: IsoDate;
  readonly value: number;
}

export interface RollingPoint {
  readonly date: IsoDate;
  /** Mean of the values inside the window; null when none fall in it (a gap). */
  readonly mean: number | null;
  /** How many values it is the mean of. */
  readonly count: number;
}

/**
 * The mean of the values in the `windowDays` days ending on each of `dates`
 * (that day included). A day with nothing recorded is a gap, never a zero:
 * three check-ins in a week give the mean of those three. Works on day
 * numbers, so weeks that straddle a new year are no different from any other.
 */
export function rollingAt(
  samples: readonly DatedValue[],
  windowDays: number,
  dates: readonly IsoDate[],
): RollingPoint[] {
  if (!Number.isInteger(windowDays) || windowDays < 1)
    throw new RangeError('windowDays must be a whole number of days, at least 1');
  const sorted = samples
    .map((s) => ({ day: dayNumber(s.date), value: s.value }))
    .filter((s) => Number.isFinite(s.day) && Number.isFinite(s.value))
    .sort((a, b) => a.day - b.day);
  // Prefix sums: any window's total is one subtraction, whatever its length.
  const prefix = [0];
  for (const s of sorted) prefix.push(prefix[prefix.length - 1]! + s.value);
  const firstAfter = (day: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.day <= day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return dates.map((date) => {
    const end = dayNumber(date);
    const hi = firstAfter(end);
    const lo = firstAfter(end - windowDays);
    const count = hi - lo;
    return { date, count, mean: count === 0 ? null : (prefix[hi]! - prefix[lo]!) / count };
  });
}

/** Every calendar day from `from` to `to`, both included. */
export function daysFrom(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = dayNumber(from); d <= dayNumber(to); d++) out.push(dateOfDay(d));
  return out;
}

/** A rolling mean for every day from `from` to `to` (the 7-day line under daily points). */
export function rollingDaily(
  samples: readonly DatedValue[],
  windowDays: number,
  from: IsoDate,
  to: IsoDate,
): RollingPoint[] {
  return rollingAt(samples, windowDays, daysFrom(from, to));
}
