import { failed, ok, type Issues, type Parsed } from '../schema/issues.ts';
import {
  dateAt,
  field,
  instantAt,
  intAt,
  objectAt,
  oneOfAt,
  optionalTextAt,
  textAt,
} from '../schema/read.ts';
import {
  CHECKIN_MEASURES,
  PROGRESS_LIMITS,
  REBUILD_KINDS,
  type CheckIn,
  type CheckInMeasure,
  type RebuildEntry,
} from './types.ts';

export function isScaleValue(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 0 &&
    value <= PROGRESS_LIMITS.scaleMax
  );
}

/**
 * A stored or about-to-be-stored check-in, checked field by field; nothing else is kept.
 * A scale that is absent was not answered, and stays absent.
 */
export function validateCheckIn(value: unknown): Parsed<CheckIn> {
  const issues: Issues = [];
  const object = objectAt(value, '', issues);
  if (object === undefined) return failed(issues);
  const date = dateAt(field(object, 'date'), 'date', issues);
  const scales: { -readonly [M in CheckInMeasure]?: number } = {};
  for (const measure of CHECKIN_MEASURES) {
    const given = field(object, measure);
    if (given === undefined) continue;
    const scale = intAt(given, measure, issues, 0, PROGRESS_LIMITS.scaleMax);
    if (scale !== undefined) scales[measure] = scale;
  }
  const note = optionalTextAt(field(object, 'note'), 'note', issues, { max: PROGRESS_LIMITS.note });
  const savedAt = instantAt(field(object, 'savedAt'), 'savedAt', issues);
  if (issues.length > 0 || date === undefined || note === undefined || savedAt === undefined) {
    return failed(issues);
  }
  return ok({ date, ...scales, note: note.trim(), savedAt });
}

export function validateRebuildEntry(value: unknown): Parsed<RebuildEntry> {
  const issues: Issues = [];
  const object = objectAt(value, '', issues);
  if (object === undefined) return failed(issues);
  const id = field(object, 'id');
  if (typeof id !== 'string' || id.length === 0 || id.length > PROGRESS_LIMITS.idLength) {
    issues.push({ path: 'id', code: 'invalid-id', message: 'is not an id this app makes' });
  }
  const date = dateAt(field(object, 'date'), 'date', issues);
  const kind = oneOfAt(field(object, 'kind'), 'kind', issues, REBUILD_KINDS);
  const text = textAt(field(object, 'text'), 'text', issues, {
    max: PROGRESS_LIMITS.text,
    nonBlank: true,
  });
  const savedAt = instantAt(field(object, 'savedAt'), 'savedAt', issues);
  if (
    issues.length > 0 ||
    typeof id !== 'string' ||
    date === undefined ||
    kind === undefined ||
    text === undefined ||
    savedAt === undefined
  ) {
    return failed(issues);
  }
  return ok({ id, date, kind, text: text.trim(), savedAt });
}
