import { addDays, dayNumber, type IsoDate } from '../model/dates.ts';
import { isoWeekOf } from '../urges/weeks.ts';
import { rollingAt, type DatedValue } from './rolling.ts';
import {
  CHECKIN_MEASURES,
  type CheckIn,
  type CheckInMeasure,
  type RebuildEntry,
  type UrgePoint,
} from './types.ts';

export type Means = { readonly [M in CheckInMeasure]: number | null };

/** One week or one month of everything the progress view shows. */
export interface PeriodSummary {
  /** 'YYYY-Www' (ISO week) or 'YYYY-MM'. */
  readonly key: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly checkIns: number;
  /** Mean of the period's check-ins, per scale; null when there were none. */
  readonly means: Means;
  /**
   * Per scale, the mean of every check-in in the 4 weeks (28 days) ending with
   * this period, for weeks; in the 3 months (91 days), for months. Null when
   * none fall in it: a quiet stretch is a gap, never a zero.
   */
  readonly rolling: Means;
  readonly freedoms: number;
  readonly connections: number;
  readonly urges: number;
  readonly urgeStrength: number | null;
}

export interface ProgressInput {
  readonly checkIns: readonly CheckIn[];
  readonly rebuild: readonly RebuildEntry[];
  readonly urges: readonly UrgePoint[];
}

interface Period {
  readonly key: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

function weekOf(date: IsoDate): Period {
  const week = isoWeekOf(date);
  return { key: week.key, start: week.start, end: addDays(week.start, 6) };
}

function monthOf(date: IsoDate): Period {
  const start = `${date.slice(0, 7)}-01`;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const next =
    month === 12
      ? `${String(year + 1).padStart(4, '0')}-01-01`
      : `${date.slice(0, 5)}${String(month + 1).padStart(2, '0')}-01`;
  return { key: date.slice(0, 7), start, end: addDays(next, -1) };
}

function byMeasure(value: (m: CheckInMeasure) => number | null): Means {
  return {
    steadiness: value('steadiness'),
    sleep: value('sleep'),
    safety: value('safety'),
    feelingLikeMyself: value('feelingLikeMyself'),
    urge: value('urge'),
  };
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function allDates(input: ProgressInput): IsoDate[] {
  return [
    ...input.checkIns.map((c) => c.date),
    ...input.rebuild.map((r) => r.date),
    ...input.urges.map((u) => u.date),
  ].filter((d) => Number.isFinite(dayNumber(d)));
}

function summarise(
  input: ProgressInput,
  periodOf: (date: IsoDate) => Period,
  rollingDays: number,
  through?: IsoDate,
): PeriodSummary[] {
  const dates = allDates(input);
  if (dates.length === 0) return [];
  dates.sort();
  const first = periodOf(dates[0]!);
  const lastDate =
    through && through > dates[dates.length - 1]! ? through : dates[dates.length - 1]!;
  // Every period from the first to the last, empty ones included, so a quiet
  // stretch shows as a gap rather than being closed up.
  const periods: Period[] = [];
  for (let p = first; p.start <= lastDate; p = periodOf(addDays(p.end, 1))) periods.push(p);
  const index = new Map(periods.map((p, i) => [p.key, i]));
  const slot = (date: IsoDate) => index.get(periodOf(date).key);

  const checkIns = periods.map((): CheckIn[] => []);
  for (const c of input.checkIns) {
    const i = slot(c.date);
    if (i !== undefined) checkIns[i]!.push(c);
  }
  const freedoms = periods.map(() => 0);
  const connections = periods.map(() => 0);
  for (const r of input.rebuild) {
    const i = slot(r.date);
    if (i === undefined) continue;
    if (r.kind === 'freedom') freedoms[i]!++;
    else connections[i]!++;
  }
  const urges = periods.map((): number[] => []);
  for (const u of input.urges) {
    const i = slot(u.date);
    if (i !== undefined) urges[i]!.push(u.strength);
  }
  const ends = periods.map((p) => p.end);
  const rolling = new Map(
    CHECKIN_MEASURES.map((m) => [
      m,
      rollingAt(measureSeries(input.checkIns, m), rollingDays, ends),
    ]),
  );

  return periods.map((p, i) => {
    const inPeriod = checkIns[i]!;
    // A check-in that left a scale unanswered is not part of that scale's mean.
    const means = byMeasure((m) => mean(answersOf(inPeriod, m)));
    return {
      key: p.key,
      start: p.start,
      end: p.end,
      checkIns: inPeriod.length,
      means,
      rolling: byMeasure((m) => rolling.get(m)![i]!.mean),
      freedoms: freedoms[i]!,
      connections: connections[i]!,
      urges: urges[i]!.length,
      urgeStrength: mean(urges[i]!),
    };
  });
}

/** ISO weeks (Monday first) from the first record to the last, or to `through`. */
export function weeklyProgress(input: ProgressInput, through?: IsoDate): PeriodSummary[] {
  return summarise(input, weekOf, 28, through);
}

/** Calendar months from the first record to the last, or to `through`. */
export function monthlyProgress(input: ProgressInput, through?: IsoDate): PeriodSummary[] {
  return summarise(input, monthOf, 91, through);
}

function answersOf(checkIns: readonly CheckIn[], measure: CheckInMeasure): number[] {
  const values: number[] = [];
  for (const c of checkIns) {
    const value = c[measure];
    if (value !== undefined) values.push(value);
  }
  return values;
}

/**
 * One scale of the check-ins as dated values, for a rolling line. A check-in that left
 * the scale unanswered is not in it: a gap, never a zero.
 */
export function measureSeries(checkIns: readonly CheckIn[], measure: CheckInMeasure): DatedValue[] {
  const series: DatedValue[] = [];
  for (const c of checkIns) {
    const value = c[measure];
    if (value !== undefined) series.push({ date: c.date, value });
  }
  return series;
}
