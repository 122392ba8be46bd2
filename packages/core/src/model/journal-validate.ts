import {
  addDays,
  isCalendarDate,
  isClockTime,
  isIsoInstant,
  utcDate,
  type IsoDate,
} from './dates.ts';
import {
  AFTERMATH,
  HARMS,
  JOURNAL_LIMITS,
  SEVERITIES,
  STAGES,
  type Checked,
  type EntryContent,
  type EntryError,
  type EntryVersion,
  type JournalRecord,
  type Occurred,
} from './journal-types.ts';

// A hand-written check, run on everything before it is saved and on everything
// read back from storage or a backup. Every error is collected (a form shows
// them all at once), unknown fields are refused (a misspelt field must not
// silently drop what someone wrote), and the value returned is rebuilt from
// checked fields only, so nothing unchecked rides along into storage.

type Issues = EntryError[];
type Fields = Readonly<Record<string, unknown>>;

const CONTENT_FIELDS = [
  'occurred',
  'stage',
  'harms',
  'severity',
  'what',
  'felt',
  'after',
  'afterNote',
  'injuries',
  'witnesses',
  'attachments',
] as const;
const OCCURRED_FIELDS = ['date', 'time', 'approximate'] as const;
const RECORD_FIELDS = ['id', 'writtenAt', 'pinned', 'versions'] as const;
const VERSION_FIELDS = ['editedAt', 'content'] as const;

/** Ids come from the app (random, URL-safe); anything else is a bug, not a person's typo. */
const ID_SHAPE = /^[A-Za-z0-9_-]+$/;
/** A lone surrogate cannot be encoded as UTF-8: it would come back as U+FFFD, altered. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

function isFields(value: unknown): value is Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isOneOf<T extends string | number>(list: readonly T[], value: unknown): value is T {
  return list.some((item) => item === value);
}

/** Own properties only: a field must never be satisfied by something on a prototype. */
function field(object: Fields, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

function objectAt(
  value: unknown,
  path: string,
  allowed: readonly string[],
  issues: Issues,
): Fields | undefined {
  if (!isFields(value)) {
    issues.push({ field: path, code: value === undefined ? 'required' : 'wrong-type' });
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) issues.push({ field: at(path, key), code: 'unknown-field' });
  }
  return value;
}

export function isEntryId(value: unknown): value is string {
  return (
    typeof value === 'string' && value.length <= JOURNAL_LIMITS.idLength && ID_SHAPE.test(value)
  );
}

function occurredAt(
  value: unknown,
  path: string,
  latest: IsoDate | undefined,
  issues: Issues,
): Occurred | undefined {
  const object = objectAt(value, path, OCCURRED_FIELDS, issues);
  if (object === undefined) return undefined;
  const before = issues.length;

  const date = field(object, 'date');
  const datePath = at(path, 'date');
  if (typeof date !== 'string') {
    issues.push({ field: datePath, code: date === undefined ? 'required' : 'wrong-type' });
  } else if (!isCalendarDate(date)) {
    issues.push({ field: datePath, code: 'invalid-date' });
  } else if (date < JOURNAL_LIMITS.earliestDate) {
    issues.push({ field: datePath, code: 'too-early' });
  } else if (latest !== undefined && date > latest) {
    issues.push({ field: datePath, code: 'future-date' });
  }

  const time = field(object, 'time');
  if (time !== undefined && (typeof time !== 'string' || !isClockTime(time))) {
    issues.push({
      field: at(path, 'time'),
      code: typeof time === 'string' ? 'invalid-time' : 'wrong-type',
    });
  }

  const approximate = field(object, 'approximate') ?? false;
  if (typeof approximate !== 'boolean') {
    issues.push({ field: at(path, 'approximate'), code: 'wrong-type' });
  }

  if (issues.length > before || typeof date !== 'string' || typeof approximate !== 'boolean') {
    return undefined;
  }
  return typeof time === 'string' ? { date, time, approximate } : { date, approximate };
}

function choiceAt<T extends string | number>(
  value: unknown,
  path: string,
  allowed: readonly T[],
  issues: Issues,
): T | undefined {
  if (isOneOf(allowed, value)) return value;
  const wrongType = typeof value !== typeof allowed[0];
  issues.push({
    field: path,
    code: value === undefined ? 'required' : wrongType ? 'wrong-type' : 'unknown-value',
  });
  return undefined;
}

/** A set of choices, returned in the canonical order so equal sets compare equal. */
function choicesAt<T extends string>(
  value: unknown,
  path: string,
  allowed: readonly T[],
  issues: Issues,
): T[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    issues.push({ field: path, code: 'wrong-type' });
    return undefined;
  }
  const before = issues.length;
  const seen = new Set<T>();
  value.forEach((item: unknown, i) => {
    if (!isOneOf(allowed, item)) {
      issues.push({
        field: at(path, i),
        code: typeof item === 'string' ? 'unknown-value' : 'wrong-type',
      });
    } else if (seen.has(item)) {
      // A checkbox list cannot produce a repeat, so one means a bug upstream.
      issues.push({ field: at(path, i), code: 'duplicate' });
    } else {
      seen.add(item);
    }
  });
  return issues.length > before ? undefined : allowed.filter((choice) => seen.has(choice));
}

function severityAt(
  value: unknown,
  path: string,
  issues: Issues,
): EntryContent['severity'] | undefined {
  if (isOneOf(SEVERITIES, value)) return value;
  issues.push({
    field: path,
    code:
      value === undefined ? 'required' : typeof value === 'number' ? 'out-of-range' : 'wrong-type',
  });
  return undefined;
}

function textAt(value: unknown, path: string, max: number, issues: Issues): string | undefined {
  if (value === undefined) return '';
  if (typeof value !== 'string') {
    issues.push({ field: path, code: 'wrong-type' });
    return undefined;
  }
  if (value.length > max) {
    issues.push({ field: path, code: 'too-long' });
    return undefined;
  }
  if (LONE_SURROGATE.test(value)) {
    issues.push({ field: path, code: 'malformed-text' });
    return undefined;
  }
  return value;
}

function attachmentsAt(value: unknown, path: string, issues: Issues): string[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    issues.push({ field: path, code: 'wrong-type' });
    return undefined;
  }
  if (value.length > JOURNAL_LIMITS.attachments) {
    issues.push({ field: path, code: 'too-many' });
    return undefined;
  }
  const before = issues.length;
  const ids: string[] = [];
  value.forEach((item: unknown, i) => {
    if (!isEntryId(item)) {
      issues.push({
        field: at(path, i),
        code: typeof item === 'string' ? 'invalid-id' : 'wrong-type',
      });
    } else if (ids.includes(item)) {
      issues.push({ field: at(path, i), code: 'duplicate' });
    } else {
      ids.push(item);
    }
  });
  return issues.length > before ? undefined : ids;
}

/** `latest` is the last acceptable date; undefined skips the check (an unknown edit time). */
function contentAt(
  value: unknown,
  path: string,
  latest: IsoDate | undefined,
  issues: Issues,
): EntryContent | undefined {
  const object = objectAt(value, path, CONTENT_FIELDS, issues);
  if (object === undefined) return undefined;
  const before = issues.length;
  const { longText, shortText } = JOURNAL_LIMITS;

  const occurred = occurredAt(field(object, 'occurred'), at(path, 'occurred'), latest, issues);
  const stage = choiceAt(field(object, 'stage'), at(path, 'stage'), STAGES, issues);
  const harms = choicesAt(field(object, 'harms'), at(path, 'harms'), HARMS, issues);
  const severity = severityAt(field(object, 'severity'), at(path, 'severity'), issues);
  const what = textAt(field(object, 'what'), at(path, 'what'), longText, issues);
  const felt = textAt(field(object, 'felt'), at(path, 'felt'), longText, issues);
  const after = choicesAt(field(object, 'after'), at(path, 'after'), AFTERMATH, issues);
  const afterNote = textAt(field(object, 'afterNote'), at(path, 'afterNote'), shortText, issues);
  const injuries = textAt(field(object, 'injuries'), at(path, 'injuries'), shortText, issues);
  const witnesses = textAt(field(object, 'witnesses'), at(path, 'witnesses'), shortText, issues);
  const attachments = attachmentsAt(field(object, 'attachments'), at(path, 'attachments'), issues);

  if (
    issues.length > before ||
    occurred === undefined ||
    stage === undefined ||
    harms === undefined ||
    severity === undefined ||
    what === undefined ||
    felt === undefined ||
    after === undefined ||
    afterNote === undefined ||
    injuries === undefined ||
    witnesses === undefined ||
    attachments === undefined
  ) {
    return undefined;
  }
  // Built field by field, in one order, so stored JSON is stable and nothing unchecked remains.
  return {
    occurred,
    stage,
    harms,
    severity,
    what,
    felt,
    after,
    afterNote,
    injuries,
    witnesses,
    attachments,
  };
}

function latestDate(now: Date): IsoDate {
  return addDays(utcDate(now), JOURNAL_LIMITS.futureDays);
}

function failed(issues: Issues): { readonly ok: false; readonly errors: readonly EntryError[] } {
  return { ok: false, errors: issues };
}

function result<T>(value: T | undefined, issues: Issues): Checked<T> {
  return value !== undefined && issues.length === 0 ? { ok: true, value } : failed(issues);
}

/**
 * Checks what a person entered. `now` is the moment of saving; a date more
 * than a day past its UTC day is refused as in the future.
 */
export function validateEntryInput(input: unknown, now: Date): Checked<EntryContent> {
  const issues: Issues = [];
  return result(contentAt(input, '', latestDate(now), issues), issues);
}

function versionsAt(value: unknown, issues: Issues): EntryVersion[] | undefined {
  if (!Array.isArray(value)) {
    issues.push({ field: 'versions', code: value === undefined ? 'required' : 'wrong-type' });
    return undefined;
  }
  if (value.length === 0) {
    issues.push({ field: 'versions', code: 'required' });
    return undefined;
  }
  const before = issues.length;
  const versions: EntryVersion[] = [];
  value.forEach((item: unknown, i) => {
    const path = at('versions', i);
    const object = objectAt(item, path, VERSION_FIELDS, issues);
    if (object === undefined) return;
    const editedAt = field(object, 'editedAt');
    const validInstant = typeof editedAt === 'string' && isIsoInstant(editedAt);
    if (!validInstant) {
      issues.push({
        field: at(path, 'editedAt'),
        code:
          editedAt === undefined
            ? 'required'
            : typeof editedAt === 'string'
              ? 'invalid-instant'
              : 'wrong-type',
      });
    }
    // Each version was checked against its own moment of saving, so it is rechecked that way.
    const latest = validInstant ? latestDate(new Date(editedAt)) : undefined;
    const content = contentAt(field(object, 'content'), at(path, 'content'), latest, issues);
    if (validInstant && content !== undefined) versions.push({ editedAt, content });
  });
  return issues.length > before ? undefined : versions;
}

/** Checks a record read back from storage or a backup before anything trusts it. */
export function validateJournalRecord(input: unknown): Checked<JournalRecord> {
  const issues: Issues = [];
  const object = objectAt(input, '', RECORD_FIELDS, issues);
  if (object === undefined) return failed(issues);

  const id = field(object, 'id');
  if (!isEntryId(id)) {
    issues.push({
      field: 'id',
      code: id === undefined ? 'required' : typeof id === 'string' ? 'invalid-id' : 'wrong-type',
    });
  }
  const writtenAt = field(object, 'writtenAt');
  if (typeof writtenAt !== 'string' || !isIsoInstant(writtenAt)) {
    issues.push({
      field: 'writtenAt',
      code:
        writtenAt === undefined
          ? 'required'
          : typeof writtenAt === 'string'
            ? 'invalid-instant'
            : 'wrong-type',
    });
  }
  const pinned = field(object, 'pinned');
  if (typeof pinned !== 'boolean') {
    issues.push({ field: 'pinned', code: pinned === undefined ? 'required' : 'wrong-type' });
  }
  const versions = versionsAt(field(object, 'versions'), issues);
  const [first, ...rest] = versions ?? [];
  const validWrittenAt = typeof writtenAt === 'string' && isIsoInstant(writtenAt);
  if (first !== undefined && validWrittenAt && first.editedAt !== writtenAt) {
    // The first version is the original; a different writtenAt would mean one of them was rewritten.
    issues.push({ field: 'versions[0].editedAt', code: 'mismatch' });
  }

  if (
    issues.length > 0 ||
    !isEntryId(id) ||
    typeof writtenAt !== 'string' ||
    typeof pinned !== 'boolean' ||
    first === undefined
  ) {
    return failed(issues);
  }
  return { ok: true, value: { id, writtenAt, pinned, versions: [first, ...rest] } };
}
