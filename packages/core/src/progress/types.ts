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

/**
 * One day's check-in (kind 'checkin', id = its date, so there is one a day and
 * saving again replaces it). Higher is better on every scale but `urge`, where
 * higher means a stronger pull back.
 */
export interface CheckIn {
  readonly date: IsoDate;
  readonly steadiness: number;
  readonly sleep: number;
  readonly safety: number;
  readonly feelingLikeMyself: number;
  /** How strong the urge to make contact was, 0 (none) to 10. */
  readonly urge: number;
  /** One optional sentence. */
  readonly note: string;
  readonly savedAt: IsoInstant;
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
