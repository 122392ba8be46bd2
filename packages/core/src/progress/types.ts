import type { IsoDate, IsoInstant } from '../model/dates.ts';

/** The daily check-in's scales, each 0-10. Steady's own questions, not a clinical scale. */
export const CHECKIN_MEASURES = [
  'steadiness',
  'sleep',
  'safety',
  'feelingLikeMyself',
  'urge',
] as const;
export type CheckInMeasure = (typeof CHECKIN_MEASURES)[number];

export const PROGRESS_LIMITS = {
  scaleMax: 10,
  note: 280,
  text: 280,
  idLength: 128,
} as const;

/** The answers of a check-in: a scale left unanswered is absent, never a guess. */
export type CheckInScales = { readonly [M in CheckInMeasure]?: number };

/**
 * One day's check-in (kind 'checkin', id = its date, so there is one a day and
 * saving again replaces it). Higher is better on every scale but `urge` (how strong
 * the urge to make contact was, 0 for none), where higher means a stronger pull
 * back. Only the scales the person answered are there (version 2 of the record;
 * version 1 held all five).
 */
export interface CheckIn extends CheckInScales {
  readonly date: IsoDate;
  /** One optional sentence. */
  readonly note: string;
  readonly savedAt: IsoInstant;
}

/** The scales of a check-in that were answered, in the order they are asked. */
export function answeredMeasures(checkIn: CheckInScales): CheckInMeasure[] {
  return CHECKIN_MEASURES.filter((m) => checkIn[m] !== undefined);
}

export const REBUILD_KINDS = ['freedom', 'connection'] as const;
export type RebuildKind = (typeof REBUILD_KINDS)[number];

/**
 * A freedom practised (a choice made without fear) or a connection renewed
 * (kind 'freedom'; `kind` inside says which).
 */
export interface RebuildEntry {
  readonly id: string;
  readonly date: IsoDate;
  readonly kind: RebuildKind;
  readonly text: string;
  readonly savedAt: IsoInstant;
}

/** An urge as the progress view needs it: the person's local day and its strength. */
export interface UrgePoint {
  readonly date: IsoDate;
  readonly strength: number;
}
