import { dayNumber, isCalendarDate, type IsoDate } from '../model/dates.ts';
import type { Stage } from '../model/journal-types.ts';
import { compareChronological } from '../model/order.ts';
import { isUsableItem, type CycleItem } from './cycles.ts';

export interface TimelinePoint {
  /** Days after `from`: 0 is `from` itself. */
  readonly day: number;
  readonly date: IsoDate;
  /** The day's most serious stage, so a calm evening cannot hide the incident that morning. */
  readonly stage: Stage;
  /** The day's highest severity. */
  readonly severity: number;
  readonly count: number;
  readonly stages: Readonly<Record<Stage, number>>;
  /**
   * The id of the entry the day's mark stands for, which opening the mark shows: of
   * the day's most serious stage, the most severe, and of those the earliest. Undefined
   * only when that entry came without an id.
   */
  readonly lead: string | undefined;
}

export interface TimelineSeries {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Days in the range, both ends included: the width of the x axis. */
  readonly days: number;
  /** Only the days with entries, in day order. */
  readonly points: readonly TimelinePoint[];
}

/** Which stage a day is drawn as when it holds several. */
const SERIOUSNESS = {
  incident: 4,
  tension: 3,
  repair: 2,
  calm: 1,
  unsure: 0,
} as const satisfies Record<Stage, number>;

interface Bucket {
  date: IsoDate;
  stage: Stage;
  severity: number;
  count: number;
  stages: Record<Stage, number>;
  leader: CycleItem;
}

/** Whether `item` leads its day rather than `leader`: more serious, more severe, earlier. */
function leads(item: CycleItem, leader: CycleItem): boolean {
  const stage = SERIOUSNESS[item.stage] - SERIOUSNESS[leader.stage];
  if (stage !== 0) return stage > 0;
  if (item.severity !== leader.severity) return item.severity > leader.severity;
  return compareChronological(item, leader) < 0;
}

function emptyCounts(): Record<Stage, number> {
  return { tension: 0, incident: 0, repair: 0, calm: 0, unsure: 0 };
}

/**
 * One point per day with entries between `from` and `to` (inclusive), for
 * drawing. A single pass and a sort of the days that have entries, so ten
 * thousand entries cost a few milliseconds.
 */
export function timelineSeries(
  items: readonly CycleItem[],
  from: IsoDate,
  to: IsoDate,
): TimelineSeries {
  if (!isCalendarDate(from) || !isCalendarDate(to) || from > to) {
    throw new RangeError('timelineSeries needs two calendar dates, from <= to');
  }
  const start = dayNumber(from);
  const buckets = new Map<number, Bucket>();
  for (const item of items) {
    // Plain text comparison is enough for the range: 'YYYY-MM-DD' sorts as it reads.
    if (item.date < from || item.date > to || !isUsableItem(item)) continue;
    const day = dayNumber(item.date) - start;
    let bucket = buckets.get(day);
    if (bucket === undefined) {
      bucket = {
        date: item.date,
        stage: item.stage,
        severity: item.severity,
        count: 0,
        stages: emptyCounts(),
        leader: item,
      };
      buckets.set(day, bucket);
    }
    bucket.count += 1;
    bucket.stages[item.stage] += 1;
    bucket.severity = Math.max(bucket.severity, item.severity);
    if (SERIOUSNESS[item.stage] > SERIOUSNESS[bucket.stage]) bucket.stage = item.stage;
    if (leads(item, bucket.leader)) bucket.leader = item;
  }
  const points = [...buckets]
    .sort(([a], [b]) => a - b)
    .map(([day, { leader, ...bucket }]): TimelinePoint => ({ day, ...bucket, lead: leader.id }));
  return { from, to, days: dayNumber(to) - start + 1, points };
}
