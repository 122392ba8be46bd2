import {
  dayNumber,
  isCalendarDate,
  isClockTime,
  type ClockTime,
  type IsoDate,
  type IsoInstant,
} from '../model/dates.ts';
import { STAGES, type Stage } from '../model/journal-types.ts';
import { compareChronological } from '../model/order.ts';

// Cycle detection over what the person recorded. The stages are their own
// reading of each moment, so the structure is taken as given: no smoothing, no
// guessing at entries they did not write. Every figure is a description of
// their record, never a prediction or a verdict about them or anyone else.

/** The little the insights need from an entry, so they work on any record shape. */
export interface CycleItem {
  readonly date: IsoDate;
  readonly time?: ClockTime | undefined;
  readonly stage: Stage;
  readonly severity: number;
  /** When it was written down: orders entries of the same day and time. */
  readonly writtenAt?: IsoInstant | undefined;
  readonly id?: string | undefined;
}

type Structural = Exclude<Stage, 'unsure'>;

export interface Cycle {
  /** The first entry of the cycle: its tension when recorded, else its first incident. */
  readonly start: IsoDate;
  /**
   * The last repair or calm entry, or the last incident when none followed. For an open
   * cycle, the last entry so far: not an end.
   */
  readonly end: IsoDate;
  /**
   * Still open: the most recent cycle, with no calm recorded after its harm and no new
   * cycle begun since. It may go on; it is not shown as ended.
   */
  readonly open: boolean;
  readonly firstIncident: IsoDate;
  /** One date per incident entry, oldest first; several on one day repeat the date. */
  readonly incidents: readonly [IsoDate, ...IsoDate[]];
  /** Highest severity of any entry in the cycle. */
  readonly maxSeverity: number;
  /** Highest severity among its incidents: what escalation compares. */
  readonly incidentSeverity: number;
  /** Days from the previous cycle's first incident to this one's; null for the first. */
  readonly daysSincePrevious: number | null;
  /** Entries per stage. */
  readonly stages: Readonly<Record<Structural, number>>;
  /** 'unsure' entries recorded between the cycle's first and last entries. */
  readonly unsure: number;
}

export interface Gap {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly days: number;
}

export interface CycleAnalysis {
  readonly cycles: readonly Cycle[];
  /** Entries used, 'unsure' ones included. */
  readonly entries: number;
  readonly unsure: number;
  /**
   * Entries that belong to no cycle: repair or calm with no incident recorded
   * before them, or tension that was not followed by an incident.
   */
  readonly outside: number;
  /** Items with an impossible date, time, stage or severity, left out rather than guessed at. */
  readonly ignored: number;
  /** The longest stretch with nothing recorded, or null with fewer than two entries. */
  readonly longestGap: Gap | null;
  readonly longestGapDays: number;
}

function stageRank(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/**
 * Oldest first, by the entry's day, time, writtenAt and id; then stage (in
 * cycle order) and severity, so even items with nothing else to tell them
 * apart come out in the same order whatever order they went in.
 */
export function compareCycleItems(a: CycleItem, b: CycleItem): number {
  return (
    compareChronological(a, b) || stageRank(a.stage) - stageRank(b.stage) || a.severity - b.severity
  );
}

export function sortCycleItems<T extends CycleItem>(items: readonly T[]): T[] {
  return [...items].sort(compareCycleItems);
}

export function isUsableItem(item: CycleItem): boolean {
  return (
    isCalendarDate(item.date) &&
    (item.time === undefined || isClockTime(item.time)) &&
    STAGES.includes(item.stage) &&
    Number.isFinite(item.severity)
  );
}

interface Building {
  phase: 'tension' | 'incident' | 'after';
  /** The stage of its latest entry. */
  last: Structural;
  start: IsoDate;
  end: IsoDate;
  incidents: IsoDate[];
  maxSeverity: number;
  incidentSeverity: number;
  stages: Record<Structural, number>;
  unsure: number;
}

function open(item: CycleItem, stage: 'tension' | 'incident'): Building {
  return {
    phase: stage,
    last: stage,
    start: item.date,
    end: item.date,
    incidents: stage === 'incident' ? [item.date] : [],
    maxSeverity: item.severity,
    incidentSeverity: stage === 'incident' ? item.severity : Number.NEGATIVE_INFINITY,
    stages: { tension: 0, incident: 0, repair: 0, calm: 0, [stage]: 1 },
    unsure: 0,
  };
}

function add(cycle: Building, item: CycleItem, stage: Structural, unsureBefore: number): void {
  cycle.end = item.date;
  cycle.last = stage;
  cycle.maxSeverity = Math.max(cycle.maxSeverity, item.severity);
  cycle.stages[stage] += 1;
  cycle.unsure += unsureBefore;
  if (stage === 'incident') {
    cycle.incidents.push(item.date);
    cycle.incidentSeverity = Math.max(cycle.incidentSeverity, item.severity);
    cycle.phase = 'incident';
  } else if (stage !== 'tension') {
    cycle.phase = 'after';
  }
}

function longestGap(sorted: readonly CycleItem[]): Gap | null {
  let best: Gap | null = null;
  for (let i = 1; i < sorted.length; i += 1) {
    const from = sorted[i - 1]?.date;
    const to = sorted[i]?.date;
    if (from === undefined || to === undefined) continue;
    const days = dayNumber(to) - dayNumber(from);
    if (best === null || days > best.days) best = { from, to, days };
  }
  return best;
}

/**
 * Splits a history into cycles: tension (optional), then one or more incidents
 * on the same day, then repair and calm (optional). A new cycle starts at
 * tension after an incident, or at an incident after repair or calm or on a
 * later day. 'unsure' entries shape nothing but are counted. A gap of months
 * changes nothing here: the next entry simply continues the structure.
 */
export function findCycles(items: readonly CycleItem[]): CycleAnalysis {
  const usable = items.filter(isUsableItem);
  const sorted = sortCycleItems(usable);
  const cycles: Cycle[] = [];
  let outside = 0;
  let unsure = 0;
  let unsureSinceLast = 0;
  let current: Building | undefined;

  // `atEnd`: closed by the end of the record, not by a new cycle beginning.
  const close = (atEnd = false): void => {
    if (current === undefined) return;
    const [firstIncident, ...more] = current.incidents;
    if (firstIncident === undefined) {
      outside += current.stages.tension;
    } else {
      const previous = cycles.at(-1);
      cycles.push({
        start: current.start,
        end: current.end,
        open: atEnd && current.last !== 'calm',
        firstIncident,
        incidents: [firstIncident, ...more],
        maxSeverity: current.maxSeverity,
        incidentSeverity: current.incidentSeverity,
        daysSincePrevious:
          previous === undefined
            ? null
            : dayNumber(firstIncident) - dayNumber(previous.firstIncident),
        stages: current.stages,
        unsure: current.unsure,
      });
    }
    current = undefined;
  };

  for (const item of sorted) {
    const stage = item.stage;
    if (stage === 'unsure') {
      unsure += 1;
      unsureSinceLast += 1;
      continue;
    }
    const unsureBefore = unsureSinceLast;
    unsureSinceLast = 0;
    const phase = current?.phase;

    if (stage === 'tension') {
      if (current !== undefined && phase === 'tension') add(current, item, stage, unsureBefore);
      else {
        close();
        current = open(item, stage);
      }
    } else if (stage === 'incident') {
      const lastIncident = current?.incidents.at(-1);
      const sameEpisode =
        phase === 'tension' || (phase === 'incident' && lastIncident === item.date);
      if (current !== undefined && sameEpisode) add(current, item, stage, unsureBefore);
      else {
        close();
        current = open(item, stage);
      }
    } else if (current !== undefined && (phase === 'incident' || phase === 'after')) {
      add(current, item, stage, unsureBefore);
    } else {
      // Relief with no recorded harm before it; tension that ended without one.
      close();
      outside += 1;
    }
  }
  close(true);

  const gap = longestGap(sorted);
  return {
    cycles,
    entries: sorted.length,
    unsure,
    outside,
    ignored: items.length - usable.length,
    longestGap: gap,
    longestGapDays: gap?.days ?? 0,
  };
}
