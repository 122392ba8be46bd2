// One result type for every check of data from outside the code (storage, a backup,
// a form, a deployment file): the value, rebuilt from checked fields only, or every
// issue found, each with where it is, a stable code (a screen turns it into words in
// the person's language) and an English message for logs and operators.

export const ISSUE_CODES = [
  'required',
  'wrong-type',
  'unknown-field',
  'unknown-value',
  'duplicate',
  'out-of-range',
  'too-long',
  'too-many',
  'too-few',
  'empty',
  'malformed-text',
  'unsafe-text',
  'pattern',
  'invalid-id',
  'invalid-date',
  'invalid-time',
  'invalid-instant',
  'too-early',
  'future-date',
  'mismatch',
  'invalid-url',
  'invalid-phone',
  'not-json',
  'newer-version',
  'unknown-version',
  'migration-failed',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export interface Issue<Code extends IssueCode = IssueCode> {
  /** Where: 'occurred.date', 'harms[2]', '' for the whole value. */
  readonly path: string;
  readonly code: Code;
  /** What is wrong, in English, for a log line or a deployment's operator. */
  readonly message: string;
}

export type Parsed<T, Code extends IssueCode = IssueCode> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue<Code>[] };

/** Issues found so far; helpers push onto it and callers compare lengths. */
export type Issues = Issue[];

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function failed(issues: readonly Issue[]): {
  readonly ok: false;
  readonly issues: readonly Issue[];
} {
  return { ok: false, issues };
}

/** `value` when it was built and nothing was found; every issue otherwise. */
export function result<T>(value: T | undefined, issues: Issues): Parsed<T> {
  return value !== undefined && issues.length === 0 ? ok(value) : failed(issues);
}

export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** 'required' for a missing value, 'wrong-type' for one of another type, with the message. */
export function mismatch(issues: Issues, path: string, expected: string, value: unknown): void {
  issues.push(
    value === undefined
      ? { path, code: 'required', message: 'is required' }
      : { path, code: 'wrong-type', message: `must be ${expected}, not ${describe(value)}` },
  );
}
