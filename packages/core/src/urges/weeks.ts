import { dateOfDay, dayNumber, type IsoDate, type IsoInstant } from '../model/dates.ts';
import type { HoldRecord, UrgeRecord } from './types.ts';

/**
 * Which calendar day an instant falls on for the person. Weeks are the
 * person's weeks: an urge at 23:30 on Sunday in Madrid belongs to that week,
 * though it is already Monday in UTC. The caller chooses the zone explicitly.
 */
export type LocalDay = (instant: IsoInstant) => IsoDate;

/** Local days in an IANA time zone ('Europe/Madrid'), through Intl, summer time included. */
export function localDayIn(timeZone: string): LocalDay {
  // en-CA writes dates as YYYY-MM-DD; formatToParts keeps us independent of that anyway.
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return (instant) => {
    let year = '';
    let month = '';
    let day = '';
    for (const part of format.formatToParts(Date.parse(instant))) {
      if (part.type === 'year') year = part.value;
      else if (part.type === 'month') month = part.value;
      else if (part.type === 'day') day = part.value;
    }
    return `${year.padStart(4, '0')}-${month}-${day}`;
  };
}

/**
 * Local days from an offset function: minutes ahead of UTC at that instant
 * (what `-new Date(ms).getTimezoneOffset()` gives for the device's own zone).
 */
export function localDayAtOffset(offsetMinutes: (utcMs: number) => number): LocalDay {
  return (instant) => {
    const ms = Date.parse(instant);
    return dateOfDay(Math.floor((ms + offsetMinutes(ms) * 60_000) / 86_400_000));
  };
}

export interface IsoWeek {
  /** 'YYYY-Www', the ISO 8601 week: Monday first; week 1 holds the year's first Thursday. */
  readonly key: string;
  readonly year: number;
  readonly week: number;
  /** The Monday that starts it. */
  readonly start: IsoDate;
  /** Weeks since the week of 1970-01-01: consecutive weeks differ by one, across years too. */
  readonly index: number;
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

export function isoWeekOf(date: IsoDate): IsoWeek {
  const day = dayNumber(date);
  // Day 0, 1970-01-01, was a Thursday: (day + 3) mod 7 is 0 on Mondays.
  const monday = day - mod(day + 3, 7);
  const thursday = monday + 3;
  const thursdayDate = dateOfDay(thursday);
  const year = Number(thursdayDate.slice(0, 4));
  const week = Math.floor((thursday - dayNumber(`${thursdayDate.slice(0, 4)}-01-01`)) / 7) + 1;
  return {
    key: `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`,
    year,
    week,
    start: dateOfDay(monday),
    index: (monday + 3) / 7,
  };
}

export interface UrgeWeek extends IsoWeek {
  readonly urges: number;
  /** Mean strength of the week's urges; null when only holds fell in it. */
  readonly averageStrength: number | null;
  readonly strongest: number | null;
  /** Holds started that week that ended in the person reaching out. */
  readonly contacts: number;
  /** Holds started that week during which the other person got in touch. */
  readonly theyContacted: number;
  readonly holds: number;
}

interface Tally {
  week: IsoWeek;
  urges: number;
  strengthSum: number;
  strongest: number;
  contacts: number;
  theyContacted: number;
  holds: number;
}

/**
 * Urges per ISO week in the person's zone, oldest first. Only weeks with a
 * record appear: a week with nothing logged is a gap (perhaps the app was not
 * opened), not a week without urges, and must not pull an average down.
 */
export function weeklyUrges(
  urges: readonly UrgeRecord[],
  holds: readonly HoldRecord[],
  localDay: LocalDay,
): UrgeWeek[] {
  const tallies = new Map<string, Tally>();
  // Urges are logged a few a day at most; caching by day saves most Intl calls.
  const weekOfDay = new Map<IsoDate, IsoWeek>();
  const tallyFor = (instant: IsoInstant): Tally => {
    const day = localDay(instant);
    let week = weekOfDay.get(day);
    if (week === undefined) {
      week = isoWeekOf(day);
      weekOfDay.set(day, week);
    }
    let tally = tallies.get(week.key);
    if (tally === undefined) {
      tally = {
        week,
        urges: 0,
        strengthSum: 0,
        strongest: 0,
        contacts: 0,
        theyContacted: 0,
        holds: 0,
      };
      tallies.set(week.key, tally);
    }
    return tally;
  };
  for (const urge of urges) {
    const tally = tallyFor(urge.at);
    tally.urges += 1;
    tally.strengthSum += urge.strength;
    tally.strongest = Math.max(tally.strongest, urge.strength);
  }
  for (const hold of holds) {
    const tally = tallyFor(hold.startedAt);
    tally.holds += 1;
    if (hold.outcome === 'contacted') tally.contacts += 1;
    if (hold.outcome === 'they-contacted-me') tally.theyContacted += 1;
  }
  return [...tallies.values()]
    .sort((a, b) => a.week.index - b.week.index)
    .map((t) => ({
      ...t.week,
      urges: t.urges,
      averageStrength: t.urges ? t.strengthSum / t.urges : null,
      strongest: t.urges ? t.strongest : null,
      contacts: t.contacts,
      theyContacted: t.theyContacted,
      holds: t.holds,
    }));
}

export type UrgeTrendVerdict = 'falling' | 'flat' | 'rising' | 'too-few';

export interface UrgeTrend {
  readonly verdict: UrgeTrendVerdict;
  /** Least-squares change in average strength per calendar week; 0 when too few. */
  readonly slope: number;
  /** Weeks with at least one urge that the line was fitted to. */
  readonly weeks: number;
  /** Calendar weeks from the first of them to the last, gaps included. */
  readonly spanWeeks: number;
}

/** Fewer weeks than this, or a shorter span, is a few bad days, not a direction. */
export const MIN_TREND_WEEKS = 3;
/** Change per week, on the 0-10 scale, that counts: a point over ten weeks. */
export const TREND_SLOPE = 0.1;

/**
 * Is the pull getting weaker? A least-squares line through each week's
 * average strength, with weeks placed at their real calendar position, so a
 * missing week stretches the line instead of counting as zero. Each week
 * counts once, however many urges it held, so one hard week cannot decide it.
 */
export function urgeTrend(weeks: readonly UrgeWeek[]): UrgeTrend {
  const points = weeks.filter(
    (w): w is UrgeWeek & { averageStrength: number } => w.averageStrength !== null,
  );
  const first = points[0];
  const last = points.at(-1);
  const spanWeeks = first && last ? last.index - first.index + 1 : 0;
  if (points.length < MIN_TREND_WEEKS || spanWeeks < MIN_TREND_WEEKS)
    return { verdict: 'too-few', slope: 0, weeks: points.length, spanWeeks };
  const xMean = points.reduce((s, p) => s + p.index, 0) / points.length;
  const yMean = points.reduce((s, p) => s + p.averageStrength, 0) / points.length;
  let covariance = 0;
  let variance = 0;
  for (const p of points) {
    covariance += (p.index - xMean) * (p.averageStrength - yMean);
    variance += (p.index - xMean) ** 2;
  }
  const slope = covariance / variance;
  const verdict = slope <= -TREND_SLOPE ? 'falling' : slope >= TREND_SLOPE ? 'rising' : 'flat';
  return { verdict, slope, weeks: points.length, spanWeeks };
}

/**
 * Whole days since the person last reached out: the later of the day a hold
 * recorded contact and the last contact they gave themselves. Only their own
 * contact counts: being contacted is not something they did. Null when there
 * is nothing to count from.
 */
export function daysWithoutContact(
  holds: readonly HoldRecord[],
  now: Date,
  localDay: LocalDay,
  lastContact?: IsoDate,
): number | null {
  let latest = lastContact === undefined ? Number.NaN : dayNumber(lastContact);
  for (const hold of holds) {
    if (hold.outcome !== 'contacted' || hold.resolvedAt === undefined) continue;
    const day = dayNumber(localDay(hold.resolvedAt));
    if (!(day <= latest)) latest = day;
  }
  if (Number.isNaN(latest)) return null;
  return Math.max(0, dayNumber(localDay(now.toISOString())) - latest);
}
