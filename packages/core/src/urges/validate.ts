import { isCalendarDate, isIsoInstant } from '../model/dates.ts';
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
  type UrgeCheck,
  type UrgeRecord,
  type UrgeSettings,
} from './types.ts';

// Records come back from storage or a backup file written by another version:
// everything is checked, nothing is trusted, and unknown fields are dropped.

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isRecordId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= URGE_LIMITS.idLength &&
    /^[A-Za-z0-9_-]+$/.test(value)
  );
}

function isInstant(value: unknown): value is string {
  return typeof value === 'string' && isIsoInstant(value);
}

/** A whole number from 0 to max. */
export function isScale(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

function result<T>(errors: string[], value: () => T): UrgeCheck<T> {
  return errors.length ? { ok: false, errors } : { ok: true, value: value() };
}

export function isPull(value: unknown): value is Pull {
  return (PULLS as readonly unknown[]).includes(value);
}

export function isOutcome(value: unknown): value is HoldOutcome {
  return (OUTCOMES as readonly unknown[]).includes(value);
}

/** The pulls as a set in the order of PULLS, or null if any is unknown. */
export function normalisePulls(values: unknown): Pull[] | null {
  if (!Array.isArray(values) || !values.every(isPull)) return null;
  return PULLS.filter((p) => values.includes(p));
}

export function validateUrge(input: unknown): UrgeCheck<UrgeRecord> {
  if (!isObject(input)) return { ok: false, errors: ['not-an-object'] };
  const errors: string[] = [];
  const { id, at, strength, pulls, note } = input;
  if (!isRecordId(id)) errors.push('id');
  if (!isInstant(at)) errors.push('at');
  if (!isScale(strength, URGE_LIMITS.strengthMax)) errors.push('strength');
  const set = normalisePulls(pulls ?? []);
  if (set === null) errors.push('pulls');
  if (note !== undefined && !isText(note, URGE_LIMITS.note)) errors.push('note');
  return result(errors, () => ({
    id: id as string,
    at: at as string,
    strength: strength as number,
    pulls: set ?? [],
    note: typeof note === 'string' ? note : '',
  }));
}

export function validateHold(input: unknown): UrgeCheck<HoldRecord> {
  if (!isObject(input)) return { ok: false, errors: ['not-an-object'] };
  const errors: string[] = [];
  const { id, urgeId, startedAt, endsAt, outcome, feelingAfter, resolvedAt } = input;
  if (!isRecordId(id)) errors.push('id');
  if (urgeId !== undefined && !isRecordId(urgeId)) errors.push('urgeId');
  if (!isInstant(startedAt)) errors.push('startedAt');
  if (!isInstant(endsAt)) errors.push('endsAt');
  else if (isInstant(startedAt) && endsAt < startedAt) errors.push('endsAt');
  const resolved = outcome !== undefined || resolvedAt !== undefined;
  if (resolved) {
    if (!isOutcome(outcome)) errors.push('outcome');
    if (!isInstant(resolvedAt)) errors.push('resolvedAt');
    if (feelingAfter !== undefined && !isScale(feelingAfter, URGE_LIMITS.feelingMax))
      errors.push('feelingAfter');
  } else if (feelingAfter !== undefined) errors.push('feelingAfter');
  return result(errors, () => ({
    id: id as string,
    ...(urgeId === undefined ? {} : { urgeId: urgeId as string }),
    startedAt: startedAt as string,
    endsAt: endsAt as string,
    ...(resolved
      ? {
          outcome: outcome as HoldOutcome,
          resolvedAt: resolvedAt as string,
          ...(feelingAfter === undefined ? {} : { feelingAfter: feelingAfter as number }),
        }
      : {}),
  }));
}

export function validateReminder(input: unknown): UrgeCheck<ReminderRecord> {
  if (!isObject(input)) return { ok: false, errors: ['not-an-object'] };
  const errors: string[] = [];
  const { id, text, writtenAt } = input;
  if (!isRecordId(id)) errors.push('id');
  if (!isText(text, URGE_LIMITS.text) || text.trim() === '') errors.push('text');
  if (!isInstant(writtenAt)) errors.push('writtenAt');
  return result(errors, () => ({
    id: id as string,
    text: text as string,
    writtenAt: writtenAt as string,
  }));
}

export function validateUnsent(input: unknown): UrgeCheck<UnsentRecord> {
  return validateReminder(input);
}

export function validateIfThen(input: unknown): UrgeCheck<IfThenRecord> {
  if (!isObject(input)) return { ok: false, errors: ['not-an-object'] };
  const errors: string[] = [];
  const { id, when, then, writtenAt } = input;
  if (!isRecordId(id)) errors.push('id');
  if (!isText(when, URGE_LIMITS.text) || when.trim() === '') errors.push('when');
  if (!isText(then, URGE_LIMITS.text) || then.trim() === '') errors.push('then');
  if (!isInstant(writtenAt)) errors.push('writtenAt');
  return result(errors, () => ({
    id: id as string,
    when: when as string,
    then: then as string,
    writtenAt: writtenAt as string,
  }));
}

/** A name and a number we will put in an sms:/tel: link; null otherwise. */
export function validateContact(input: unknown): TrustedContact | null {
  if (!isObject(input)) return null;
  const { name, phone } = input;
  if (!isText(name, URGE_LIMITS.name) || name.trim() === '') return null;
  if (typeof phone !== 'string' || parsePhone(phone.trim()) === null) return null;
  return { name: name.trim(), phone: phone.trim() };
}

/** Settings read leniently: a bad field falls back to its default rather than losing the rest. */
export function readUrgeSettings(input: unknown): UrgeSettings {
  const object = isObject(input) ? input : {};
  const { showDaysWithoutContact, lastContact, contacts } = object;
  return {
    showDaysWithoutContact:
      typeof showDaysWithoutContact === 'boolean' ? showDaysWithoutContact : true,
    ...(typeof lastContact === 'string' && isCalendarDate(lastContact) ? { lastContact } : {}),
    contacts: Array.isArray(contacts)
      ? contacts
          .map(validateContact)
          .filter((c): c is TrustedContact => c !== null)
          .slice(0, URGE_LIMITS.contacts)
      : [],
  };
}
