import type { ClockTime, IsoDate, IsoInstant } from './dates.ts';

/** What puts two things that happened in order: when, then when they were written down. */
export interface ChronologicalKey {
  readonly date: IsoDate;
  readonly time?: ClockTime | undefined;
  readonly writtenAt?: IsoInstant | undefined;
  readonly id?: string | undefined;
}

function compareText(a: string | undefined, b: string | undefined): number {
  // Code-unit order, not localeCompare: the order must not change with the reader's language.
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Oldest first: by date, then time, then when it was written, then id. A day
 * without a time sorts before the timed ones of that day. Falling back to
 * writtenAt only when one side lacks a time would read better for a single
 * pair but is not transitive, and a sort with an intransitive comparison gives
 * different orders for the same entries shuffled.
 */
export function compareChronological(a: ChronologicalKey, b: ChronologicalKey): number {
  return (
    compareText(a.date, b.date) ||
    compareText(a.time, b.time) ||
    compareText(a.writtenAt, b.writtenAt) ||
    compareText(a.id, b.id)
  );
}
