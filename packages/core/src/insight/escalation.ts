import { dayNumber, type IsoDate } from '../model/dates.ts';
import type { Cycle } from './cycles.ts';
import { halves, mean, median, slope } from './stats.ts';

export type EscalationVerdict = 'too-few' | 'escalating' | 'steady' | 'easing';

export interface Trend {
  /** Over the earlier half of the incidents. */
  readonly early: number;
  /** Over the later half. */
  readonly recent: number;
  /** Least-squares change per incident across all of them. */
  readonly slope: number;
}

export interface Escalation {
  readonly verdict: EscalationVerdict;
  /** Incident episodes compared: one per cycle, however many incidents it held. */
  readonly incidents: number;
  readonly firstIncident: IsoDate | null;
  readonly lastIncident: IsoDate | null;
  readonly closer: boolean;
  readonly fartherApart: boolean;
  readonly moreSevere: boolean;
  readonly lessSevere: boolean;
  /** Median days between incidents, early against recent; null below the minimum. */
  readonly daysBetween: Trend | null;
  /** Mean incident severity, early against recent; null below the minimum. */
  readonly severity: Trend | null;
}

/** Two intervals are the least that can show a direction; fewer is a coincidence. */
export const MIN_INCIDENTS = 3;
/** Recent gaps at most three quarters of the early ones count as closer together... */
const INTERVAL_RATIO = 0.75;
/** ...and by at least two days, so 3 days against 2 is not called a change. */
const MIN_INTERVAL_CHANGE_DAYS = 2;
/** A whole point on the 1-5 scale; less is within how differently one day is rated. */
const MIN_SEVERITY_CHANGE = 1;

function trend(values: readonly number[], summary: (part: readonly number[]) => number): Trend {
  const [early, recent] = halves(values);
  return { early: summary(early), recent: summary(recent), slope: slope(values) };
}

/**
 * Whether incidents are coming closer together or getting more severe. The
 * earlier half of the incidents is compared with the later half (medians of
 * the gaps, so one long gap such as months apart cannot decide it alone) and
 * a change counts only when the least-squares slope over all of them agrees.
 * Either sign of escalation makes the verdict 'escalating', even if the other
 * eases: the app should point to an advocate, not weigh one against the other.
 */
export function escalation(cycles: readonly Cycle[]): Escalation {
  const ordered = [...cycles].sort(
    (a, b) => dayNumber(a.firstIncident) - dayNumber(b.firstIncident),
  );
  const incidents = ordered.length;
  const firstIncident = ordered[0]?.firstIncident ?? null;
  const lastIncident = ordered.at(-1)?.firstIncident ?? null;
  const none = { closer: false, fartherApart: false, moreSevere: false, lessSevere: false };

  if (incidents < MIN_INCIDENTS) {
    return {
      verdict: 'too-few',
      incidents,
      firstIncident,
      lastIncident,
      ...none,
      daysBetween: null,
      severity: null,
    };
  }

  const onsets = ordered.map((cycle) => dayNumber(cycle.firstIncident));
  const intervals = onsets.slice(1).map((day, i) => day - (onsets[i] ?? day));
  const daysBetween = trend(intervals, median);
  const severity = trend(
    ordered.map((cycle) => cycle.incidentSeverity),
    mean,
  );

  const shortening = daysBetween.early - daysBetween.recent;
  const closer =
    daysBetween.recent <= daysBetween.early * INTERVAL_RATIO &&
    shortening >= MIN_INTERVAL_CHANGE_DAYS &&
    daysBetween.slope < 0;
  const fartherApart =
    daysBetween.early <= daysBetween.recent * INTERVAL_RATIO &&
    -shortening >= MIN_INTERVAL_CHANGE_DAYS &&
    daysBetween.slope > 0;
  const rise = severity.recent - severity.early;
  const moreSevere = rise >= MIN_SEVERITY_CHANGE && severity.slope > 0;
  const lessSevere = -rise >= MIN_SEVERITY_CHANGE && severity.slope < 0;

  const verdict: EscalationVerdict =
    closer || moreSevere ? 'escalating' : fartherApart || lessSevere ? 'easing' : 'steady';
  return {
    verdict,
    incidents,
    firstIncident,
    lastIncident,
    closer,
    fartherApart,
    moreSevere,
    lessSevere,
    daysBetween,
    severity,
  };
}
