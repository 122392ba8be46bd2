import { isCalendarDate, isClockTime, isIsoInstant } from '../model/dates.ts';
import { at, mismatch, type Issues } from './issues.ts';

// The readers every check is built from. Each looks at one value, pushes what is wrong
// onto `issues`, and returns the value (narrowed) or undefined. Only own properties
// count, so nothing is ever satisfied by a prototype.

export type Fields = Readonly<Record<string, unknown>>;

/** A plain object, as JSON makes them: not an array, not a class instance. */
export function isFields(value: unknown): value is Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

export function field(object: Fields, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/**
 * The object at `path`. With `allowed`, any other key is an 'unknown-field' issue (a
 * misspelt field must not silently drop what someone wrote); without it, others are
 * ignored (and not carried on: the caller rebuilds the value from known fields).
 */
export function objectAt(
  value: unknown,
  path: string,
  issues: Issues,
  allowed?: readonly string[],
): Fields | undefined {
  if (!isFields(value)) {
    mismatch(issues, path, 'an object', value);
    return undefined;
  }
  if (allowed) {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) {
        issues.push({ path: at(path, key), code: 'unknown-field', message: 'unknown field' });
      }
    }
  }
  return value;
}

/** A lone surrogate cannot be encoded as UTF-8: it would come back as U+FFFD, altered. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Names are shown to the person; bidirectional overrides could make one read as
// another, and control characters have no place in a name or a URL.
const UNSAFE_TEXT = /[\p{Cc}\p{Zl}\p{Zp}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

export interface TextRule {
  /** At most this many UTF-16 code units, as a textarea's maxlength counts. */
  readonly max: number;
  /** Refuse a string that is empty or only spaces. */
  readonly nonBlank?: boolean;
  /** Refuse control and text-direction characters (names, numbers, addresses). */
  readonly safe?: boolean;
  /** Refuse a lone surrogate (it could not be stored as UTF-8 unaltered). */
  readonly wellFormed?: boolean;
  readonly pattern?: RegExp;
  readonly patternMessage?: string;
}

export function textAt(
  value: unknown,
  path: string,
  issues: Issues,
  rule: TextRule,
): string | undefined {
  if (typeof value !== 'string') {
    mismatch(issues, path, 'a string', value);
    return undefined;
  }
  if (rule.nonBlank && value.trim() === '') {
    issues.push({ path, code: 'empty', message: 'must not be empty' });
  } else if (value.length > rule.max) {
    issues.push({
      path,
      code: 'too-long',
      message: `is too long (at most ${rule.max} characters)`,
    });
  } else if (rule.wellFormed && LONE_SURROGATE.test(value)) {
    issues.push({ path, code: 'malformed-text', message: 'holds a broken character' });
  } else if (rule.safe && UNSAFE_TEXT.test(value)) {
    issues.push({
      path,
      code: 'unsafe-text',
      message: 'must not contain control or direction characters',
    });
  } else if (rule.pattern !== undefined && !rule.pattern.test(value)) {
    issues.push({
      path,
      code: 'pattern',
      message: rule.patternMessage ?? 'is not in the expected form',
    });
  } else {
    return value;
  }
  return undefined;
}

/** Optional text: absent reads as ''. */
export function optionalTextAt(
  value: unknown,
  path: string,
  issues: Issues,
  rule: TextRule,
): string | undefined {
  return value === undefined ? '' : textAt(value, path, issues, rule);
}

export function booleanAt(value: unknown, path: string, issues: Issues): boolean | undefined {
  if (typeof value === 'boolean') return value;
  mismatch(issues, path, 'true or false', value);
  return undefined;
}

/** A whole number from `min` to `max`. */
export function intAt(
  value: unknown,
  path: string,
  issues: Issues,
  min: number,
  max: number,
): number | undefined {
  if (typeof value !== 'number') {
    mismatch(issues, path, 'a number', value);
    return undefined;
  }
  if (!Number.isInteger(value) || value < min || value > max) {
    issues.push({
      path,
      code: 'out-of-range',
      message: `must be a whole number from ${min} to ${max}`,
    });
    return undefined;
  }
  return value;
}

export function isOneOf<T extends string | number>(list: readonly T[], value: unknown): value is T {
  return list.some((item) => item === value);
}

/** One of `list`; a value of the list's type that is not in it is 'unknown-value'. */
export function oneOfAt<T extends string | number>(
  value: unknown,
  path: string,
  issues: Issues,
  list: readonly T[],
): T | undefined {
  if (isOneOf(list, value)) return value;
  if (value === undefined || typeof value !== typeof list[0]) {
    mismatch(issues, path, typeof list[0] === 'number' ? 'a number' : 'a string', value);
  } else {
    const shown = typeof value === 'string' ? `"${value.slice(0, 60)}"` : String(value);
    issues.push({
      path,
      code: typeof value === 'number' ? 'out-of-range' : 'unknown-value',
      message: `unknown value ${shown} (expected one of: ${list.join(', ')})`,
    });
  }
  return undefined;
}

/** An array of `min` to `max` items. */
export function arrayAt(
  value: unknown,
  path: string,
  issues: Issues,
  min: number,
  max: number,
): readonly unknown[] | undefined {
  if (!Array.isArray(value)) {
    mismatch(issues, path, 'an array', value);
    return undefined;
  }
  if (value.length < min) {
    issues.push({
      path,
      code: min === 1 ? 'empty' : 'too-few',
      message: min === 1 ? 'must not be empty' : `needs at least ${min} items`,
    });
    return undefined;
  }
  if (value.length > max) {
    issues.push({ path, code: 'too-many', message: `has too many items (at most ${max})` });
    return undefined;
  }
  return value;
}

/**
 * A set of choices from `list`, returned in the list's order so equal sets compare
 * equal. Absent reads as the empty set when `optional`. A repeat is an issue unless
 * `repeats` is 'merge' (for records older code wrote without that check).
 */
export function setOfAt<T extends string>(
  value: unknown,
  path: string,
  issues: Issues,
  list: readonly T[],
  {
    max = list.length,
    optional = false,
    repeats = 'refuse',
  }: { max?: number; optional?: boolean; repeats?: 'refuse' | 'merge' } = {},
): T[] | undefined {
  if (value === undefined && optional) return [];
  const items = arrayAt(value, path, issues, 0, max);
  if (items === undefined) return undefined;
  const before = issues.length;
  const seen = new Set<T>();
  items.forEach((item, i) => {
    const choice = oneOfAt(item, at(path, i), issues, list);
    if (choice === undefined) return;
    if (seen.has(choice) && repeats === 'refuse') {
      // A checkbox list cannot produce a repeat, so one means a bug upstream.
      issues.push({ path: at(path, i), code: 'duplicate', message: `"${choice}" is listed twice` });
    }
    seen.add(choice);
  });
  return issues.length > before ? undefined : list.filter((choice) => seen.has(choice));
}

/** Ids are made by the app (random, URL-safe); anything else is a bug or tampering. */
const ID_SHAPE = /^[A-Za-z0-9_-]+$/;

export function isId(value: unknown, max: number): value is string {
  return (
    typeof value === 'string' && value.length > 0 && value.length <= max && ID_SHAPE.test(value)
  );
}

export function idAt(
  value: unknown,
  path: string,
  issues: Issues,
  max: number,
): string | undefined {
  if (isId(value, max)) return value;
  if (typeof value === 'string') {
    issues.push({ path, code: 'invalid-id', message: 'is not an id this app makes' });
  } else mismatch(issues, path, 'an id', value);
  return undefined;
}

/** A real calendar date written 'YYYY-MM-DD'. */
export function dateAt(value: unknown, path: string, issues: Issues): string | undefined {
  if (typeof value === 'string' && isCalendarDate(value)) return value;
  if (typeof value === 'string') {
    issues.push({ path, code: 'invalid-date', message: 'must be a real date written YYYY-MM-DD' });
  } else mismatch(issues, path, 'a date', value);
  return undefined;
}

/** A clock time 'HH:MM'. */
export function timeAt(value: unknown, path: string, issues: Issues): string | undefined {
  if (typeof value === 'string' && isClockTime(value)) return value;
  if (typeof value === 'string') {
    issues.push({ path, code: 'invalid-time', message: 'must be a time written HH:MM' });
  } else mismatch(issues, path, 'a time', value);
  return undefined;
}

/** An ISO 8601 instant as the app writes them (Date#toISOString). */
export function instantAt(value: unknown, path: string, issues: Issues): string | undefined {
  if (typeof value === 'string' && isIsoInstant(value)) return value;
  if (typeof value === 'string') {
    issues.push({ path, code: 'invalid-instant', message: 'must be an ISO 8601 instant' });
  } else mismatch(issues, path, 'an instant', value);
  return undefined;
}
