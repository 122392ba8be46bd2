import { isCalendarDate } from '../model/dates.ts';
import { failed, ok, type Issues, type Parsed } from '../schema/issues.ts';
import {
  field,
  idAt,
  instantAt,
  intAt,
  isFields,
  isId,
  isOneOf,
  objectAt,
  oneOfAt,
  optionalTextAt,
  textAt,
  type Fields,
} from '../schema/read.ts';
import { parsePhone } from '../help/links.ts';
import {
  OUTCOMES,
  PULLS,
  URGE_LIMITS,
  type HoldOutcome,
  type HoldRecord,
  type IfThenRecord,
  type Pull,
  type ReminderRecord,
  type TrustedContact,
  type UnsentRecord,
  type UrgeRecord,
  type UrgeSettings,
} from './types.ts';

// Records come back from storage or a backup file written by another version:
// everything is checked, nothing is trusted, and unknown fields are dropped.

export function isRecordId(value: unknown): value is string {
  return isId(value, URGE_LIMITS.idLength);
}

/** A whole number from 0 to max. */
export function isScale(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

export function isPull(value: unknown): value is Pull {
  return isOneOf(PULLS, value);
}

export function isOutcome(value: unknown): value is HoldOutcome {
  return isOneOf(OUTCOMES, value);
}

/** The pulls as a set in the order of PULLS, or null if any is unknown. */
export function normalisePulls(values: unknown): Pull[] | null {
  if (!Array.isArray(values) || !values.every(isPull)) return null;
  return PULLS.filter((p) => values.includes(p));
}

const idOf = (object: Fields, issues: Issues) =>
  idAt(field(object, 'id'), 'id', issues, URGE_LIMITS.idLength);

const wordsAt = (object: Fields, key: string, issues: Issues) =>
  textAt(field(object, key), key, issues, { max: URGE_LIMITS.text, nonBlank: true });

export function validateUrge(input: unknown): Parsed<UrgeRecord> {
  const issues: Issues = [];
  const object = objectAt(input, '', issues);
  if (object === undefined) return failed(issues);
  const id = idOf(object, issues);
  const at = instantAt(field(object, 'at'), 'at', issues);
  const strength = intAt(field(object, 'strength'), 'strength', issues, 0, URGE_LIMITS.strengthMax);
  const pulls = normalisePulls(field(object, 'pulls') ?? []);
  if (pulls === null) {
    issues.push({
      path: 'pulls',
      code: 'unknown-value',
      message: 'holds a pull this app does not know',
    });
  }
  const note = optionalTextAt(field(object, 'note'), 'note', issues, { max: URGE_LIMITS.note });
  if (
    issues.length > 0 ||
    id === undefined ||
    at === undefined ||
    strength === undefined ||
    pulls === null ||
    note === undefined
  ) {
    return failed(issues);
  }
  return ok({ id, at, strength, pulls, note });
}

export function validateHold(input: unknown): Parsed<HoldRecord> {
  const issues: Issues = [];
  const object = objectAt(input, '', issues);
  if (object === undefined) return failed(issues);
  const id = idOf(object, issues);
  const rawUrge = field(object, 'urgeId');
  const urgeId =
    rawUrge === undefined ? undefined : idAt(rawUrge, 'urgeId', issues, URGE_LIMITS.idLength);
  const startedAt = instantAt(field(object, 'startedAt'), 'startedAt', issues);
  const endsAt = instantAt(field(object, 'endsAt'), 'endsAt', issues);
  if (startedAt !== undefined && endsAt !== undefined && endsAt < startedAt) {
    issues.push({ path: 'endsAt', code: 'out-of-range', message: 'is before startedAt' });
  }
  const rawOutcome = field(object, 'outcome');
  const rawResolved = field(object, 'resolvedAt');
  const rawFeeling = field(object, 'feelingAfter');
  const resolved = rawOutcome !== undefined || rawResolved !== undefined;
  let ending: Pick<HoldRecord, 'outcome' | 'resolvedAt' | 'feelingAfter'> = {};
  if (resolved) {
    const outcome = oneOfAt(rawOutcome, 'outcome', issues, OUTCOMES);
    const resolvedAt = instantAt(rawResolved, 'resolvedAt', issues);
    const feelingAfter =
      rawFeeling === undefined
        ? undefined
        : intAt(rawFeeling, 'feelingAfter', issues, 0, URGE_LIMITS.feelingMax);
    if (outcome !== undefined && resolvedAt !== undefined) {
      ending = { outcome, resolvedAt, ...(feelingAfter === undefined ? {} : { feelingAfter }) };
    }
  } else if (rawFeeling !== undefined) {
    issues.push({
      path: 'feelingAfter',
      code: 'unknown-field',
      message: 'a hold that has not ended has no feeling after it',
    });
  }
  if (issues.length > 0 || id === undefined || startedAt === undefined || endsAt === undefined) {
    return failed(issues);
  }
  return ok({ id, ...(urgeId === undefined ? {} : { urgeId }), startedAt, endsAt, ...ending });
}

export function validateReminder(input: unknown): Parsed<ReminderRecord> {
  const issues: Issues = [];
  const object = objectAt(input, '', issues);
  if (object === undefined) return failed(issues);
  const id = idOf(object, issues);
  const text = wordsAt(object, 'text', issues);
  const writtenAt = instantAt(field(object, 'writtenAt'), 'writtenAt', issues);
  if (issues.length > 0 || id === undefined || text === undefined || writtenAt === undefined) {
    return failed(issues);
  }
  return ok({ id, text, writtenAt });
}

export function validateUnsent(input: unknown): Parsed<UnsentRecord> {
  return validateReminder(input);
}

export function validateIfThen(input: unknown): Parsed<IfThenRecord> {
  const issues: Issues = [];
  const object = objectAt(input, '', issues);
  if (object === undefined) return failed(issues);
  const id = idOf(object, issues);
  const when = wordsAt(object, 'when', issues);
  const then = wordsAt(object, 'then', issues);
  const writtenAt = instantAt(field(object, 'writtenAt'), 'writtenAt', issues);
  if (
    issues.length > 0 ||
    id === undefined ||
    when === undefined ||
    then === undefined ||
    writtenAt === undefined
  ) {
    return failed(issues);
  }
  return ok({ id, when, then, writtenAt });
}

/** A name and a number we will put in an sms:/tel: link; null otherwise. */
export function validateContact(input: unknown): TrustedContact | null {
  if (!isFields(input)) return null;
  const { name, phone } = input;
  if (typeof name !== 'string' || name.length > URGE_LIMITS.name || name.trim() === '') return null;
  if (typeof phone !== 'string' || parsePhone(phone.trim()) === null) return null;
  return { name: name.trim(), phone: phone.trim() };
}

/** Settings read leniently: a bad field falls back to its default rather than losing the rest. */
export function readUrgeSettings(input: unknown): UrgeSettings {
  const object = isFields(input) ? input : {};
  const { showDaysWithoutContact, lastContact, contacts } = object;
  return {
    // Off for a new person (issue 20: it works like a streak, and does not fit someone
    // who must stay in contact to co-parent); a stored choice is kept as it was.
    showDaysWithoutContact:
      typeof showDaysWithoutContact === 'boolean' ? showDaysWithoutContact : isFields(input),
    ...(typeof lastContact === 'string' && isCalendarDate(lastContact) ? { lastContact } : {}),
    contacts: Array.isArray(contacts)
      ? contacts
          .map(validateContact)
          .filter((c): c is TrustedContact => c !== null)
          .slice(0, URGE_LIMITS.contacts)
      : [],
  };
}
