import { isCalendarDate, isIsoInstant } from '../model/dates.ts';
import {
  CHECKIN_MEASURES,
  PROGRESS_LIMITS,
  REBUILD_KINDS,
  type CheckIn,
  type ProgressCheck,
  type RebuildEntry,
  type RebuildKind,
} from './types.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isScaleValue(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 0 &&
    value <= PROGRESS_LIMITS.scaleMax
  );
}

function isRebuildKind(value: unknown): value is RebuildKind {
  return REBUILD_KINDS.some((kind) => kind === value);
}

/** A stored or about-to-be-stored check-in, checked field by field; nothing else is kept. */
export function validateCheckIn(value: unknown): ProgressCheck<CheckIn> {
  if (!isRecord(value)) return { ok: false, errors: ['not an object'] };
  const errors: string[] = [];
  const { date, note, savedAt } = value;
  if (typeof date !== 'string' || !isCalendarDate(date)) errors.push('date');
  for (const measure of CHECKIN_MEASURES) if (!isScaleValue(value[measure])) errors.push(measure);
  const noteText = note === undefined ? '' : note;
  if (typeof noteText !== 'string' || noteText.length > PROGRESS_LIMITS.note) errors.push('note');
  if (typeof savedAt !== 'string' || !isIsoInstant(savedAt)) errors.push('savedAt');
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      date: date as string,
      steadiness: value.steadiness as number,
      sleep: value.sleep as number,
      safety: value.safety as number,
      feelingLikeMyself: value.feelingLikeMyself as number,
      urge: value.urge as number,
      note: (noteText as string).trim(),
      savedAt: savedAt as string,
    },
  };
}

export function validateRebuildEntry(value: unknown): ProgressCheck<RebuildEntry> {
  if (!isRecord(value)) return { ok: false, errors: ['not an object'] };
  const errors: string[] = [];
  const { id, date, kind, text, savedAt } = value;
  if (typeof id !== 'string' || id.length === 0 || id.length > PROGRESS_LIMITS.idLength)
    errors.push('id');
  if (typeof date !== 'string' || !isCalendarDate(date)) errors.push('date');
  if (!isRebuildKind(kind)) errors.push('kind');
  if (typeof text !== 'string' || text.trim().length === 0 || text.length > PROGRESS_LIMITS.text)
    errors.push('text');
  if (typeof savedAt !== 'string' || !isIsoInstant(savedAt)) errors.push('savedAt');
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      id: id as string,
      date: date as string,
      kind: kind as RebuildKind,
      text: (text as string).trim(),
      savedAt: savedAt as string,
    },
  };
}
