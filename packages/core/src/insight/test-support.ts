// Hand-made histories for the insight tests.
import { addDays, type IsoDate } from '../model/dates.ts';
import type { Stage } from '../model/journal-types.ts';
import type { CycleItem } from './cycles.ts';

export function item(
  date: IsoDate,
  stage: Stage,
  severity = 3,
  extra: Partial<CycleItem> = {},
): CycleItem {
  return { date, stage, severity, ...extra };
}

/**
 * Full cycles: tension two days before each incident, repair the day after,
 * calm two days after. `intervals` are the days between incidents.
 */
export function cyclesEvery(
  firstIncident: IsoDate,
  intervals: readonly number[],
  severities: readonly number[] = [],
): CycleItem[] {
  const incidents = intervals.reduce<IsoDate[]>(
    (dates, days) => [...dates, addDays(dates.at(-1) ?? firstIncident, days)],
    [firstIncident],
  );
  return incidents.flatMap((date, i) => {
    const severity = severities[i] ?? 3;
    return [
      item(addDays(date, -2), 'tension', 2),
      item(date, 'incident', severity),
      item(addDays(date, 1), 'repair', 1),
      item(addDays(date, 2), 'calm', 1),
    ];
  });
}
