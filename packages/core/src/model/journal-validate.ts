import { addDays, utcDate, type IsoDate } from './dates.ts';
import {
  AFTERMATH,
  DETAIL_CHOICES,
  DETAIL_ANSWERS,
  DETAIL_TEXTS,
  HARMS,
  JOURNAL_LIMITS,
  SEVERITIES,
  STAGES,
  type CourtDetails,
  type DetailedContent,
  type EntryContent,
  type EntryVersion,
  type JournalRecord,
  type Occurred,
} from './journal-types.ts';
import { at, failed, mismatch, ok, result, type Issues, type Parsed } from '../schema/issues.ts';
import {
  arrayAt,
  booleanAt,
  dateAt,
  field,
  idAt,
  instantAt,
  isId,
  objectAt,
  oneOfAt,
  optionalTextAt,
  setOfAt,
  timeAt,
} from '../schema/read.ts';

// A hand-written check, run on everything before it is saved and on everything
// read back from storage or a backup. Every error is collected (a form shows
// them all at once), unknown fields are refused (a misspelt field must not
// silently drop what someone wrote), and the value returned is rebuilt from
// checked fields only, so nothing unchecked rides along into storage.

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
  'details',
] as const;
const DETAIL_FIELDS = [...DETAIL_TEXTS, ...DETAIL_ANSWERS] as const;
const OCCURRED_FIELDS = ['date', 'time', 'approximate'] as const;
const RECORD_FIELDS = ['id', 'writtenAt', 'pinned', 'versions'] as const;
const VERSION_FIELDS = ['editedAt', 'content'] as const;

export function isEntryId(value: unknown): value is string {
  return isId(value, JOURNAL_LIMITS.idLength);
}

function occurredAt(
  value: unknown,
  path: string,
  latest: IsoDate | undefined,
  issues: Issues,
): Occurred | undefined {
  const object = objectAt(value, path, issues, OCCURRED_FIELDS);
  if (object === undefined) return undefined;
  const before = issues.length;

  const datePath = at(path, 'date');
  const date = dateAt(field(object, 'date'), datePath, issues);
  if (date !== undefined && date < JOURNAL_LIMITS.earliestDate) {
    issues.push({ path: datePath, code: 'too-early', message: 'is before 1900' });
  } else if (date !== undefined && latest !== undefined && date > latest) {
    issues.push({ path: datePath, code: 'future-date', message: 'is in the future' });
  }
  const rawTime = field(object, 'time');
  const time = rawTime === undefined ? undefined : timeAt(rawTime, at(path, 'time'), issues);
  const approximate = booleanAt(
    field(object, 'approximate') ?? false,
    at(path, 'approximate'),
    issues,
  );

  if (issues.length > before || date === undefined || approximate === undefined) return undefined;
  return time !== undefined ? { date, time, approximate } : { date, approximate };
}

function attachmentsAt(value: unknown, path: string, issues: Issues): string[] | undefined {
  if (value === undefined) return [];
  const items = arrayAt(value, path, issues, 0, JOURNAL_LIMITS.attachments);
  if (items === undefined) return undefined;
  const before = issues.length;
  const ids: string[] = [];
  items.forEach((item, i) => {
    const id = idAt(item, at(path, i), issues, JOURNAL_LIMITS.idLength);
    if (id === undefined) return;
    if (ids.includes(id)) {
      issues.push({ path: at(path, i), code: 'duplicate', message: 'is listed twice' });
    } else ids.push(id);
  });
  return issues.length > before ? undefined : ids;
}

/**
 * An entry's details for a court or advocate: each one optional. A text left empty and
 * a question not answered are left out, and so are details with nothing in them, so an
 * entry without any reads, stores and digests exactly as before details existed.
 * Undefined for none, and for details that do not check (the issues say why).
 */
function detailsAt(value: unknown, path: string, issues: Issues): CourtDetails | undefined {
  if (value === undefined) return undefined;
  const object = objectAt(value, path, issues, DETAIL_FIELDS);
  if (object === undefined) return undefined;
  const before = issues.length;
  const details: Partial<Record<(typeof DETAIL_FIELDS)[number], string>> = {};
  for (const key of DETAIL_TEXTS) {
    // Messages received can be long (pasted from a phone); the rest are a line or two.
    const max = key === 'messages' ? JOURNAL_LIMITS.longText : JOURNAL_LIMITS.shortText;
    const text = optionalTextAt(field(object, key), at(path, key), issues, {
      max,
      wellFormed: true,
    });
    if (text !== undefined && text !== '') details[key] = text;
  }
  for (const key of DETAIL_ANSWERS) {
    const raw = field(object, key);
    if (raw === undefined) continue;
    const answer = oneOfAt(raw, at(path, key), issues, DETAIL_CHOICES);
    if (answer !== undefined) details[key] = answer;
  }
  if (issues.length > before) return undefined;
  // Built in one order (the texts, then the questions), so stored JSON is stable.
  return Object.keys(details).length > 0 ? (details as CourtDetails) : undefined;
}

/**
 * `latest` is the last acceptable date; undefined skips the check (an unknown edit time).
 * `jotted` allows a note without stage and severity (both left out, its words given):
 * what storage holds and a quick note saves, never what the full form saves.
 */
function contentAt(
  value: unknown,
  path: string,
  latest: IsoDate | undefined,
  issues: Issues,
  jotted: boolean,
): EntryContent | undefined {
  const object = objectAt(value, path, issues, CONTENT_FIELDS);
  if (object === undefined) return undefined;
  const before = issues.length;
  const long = { max: JOURNAL_LIMITS.longText, wellFormed: true };
  const short = { max: JOURNAL_LIMITS.shortText, wellFormed: true };
  const text = (key: string, rule: { max: number; wellFormed: boolean }) =>
    optionalTextAt(field(object, key), at(path, key), issues, rule);

  const occurred = occurredAt(field(object, 'occurred'), at(path, 'occurred'), latest, issues);
  const jot =
    jotted && field(object, 'stage') === undefined && field(object, 'severity') === undefined;
  const stage = jot
    ? undefined
    : oneOfAt(field(object, 'stage'), at(path, 'stage'), issues, STAGES);
  const harms = setOfAt(field(object, 'harms'), at(path, 'harms'), issues, HARMS, {
    optional: true,
  });
  const severity = jot
    ? undefined
    : oneOfAt(field(object, 'severity'), at(path, 'severity'), issues, SEVERITIES);
  const what = text('what', long);
  const felt = text('felt', long);
  const after = setOfAt(field(object, 'after'), at(path, 'after'), issues, AFTERMATH, {
    optional: true,
  });
  const afterNote = text('afterNote', short);
  const injuries = text('injuries', short);
  const witnesses = text('witnesses', short);
  const attachments = attachmentsAt(field(object, 'attachments'), at(path, 'attachments'), issues);
  const details = detailsAt(field(object, 'details'), at(path, 'details'), issues);
  if (jot && what !== undefined && what.trim() === '') {
    // A quick note is its words: without them it would be an empty entry to fill in.
    issues.push({
      path: at(path, 'what'),
      code: 'required',
      message: 'is required in a quick note',
    });
  }

  if (
    issues.length > before ||
    occurred === undefined ||
    (!jot && (stage === undefined || severity === undefined)) ||
    harms === undefined ||
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
    ...(stage !== undefined ? { stage } : {}),
    harms,
    ...(severity !== undefined ? { severity } : {}),
    what,
    felt,
    after,
    afterNote,
    injuries,
    witnesses,
    attachments,
    ...(details !== undefined ? { details } : {}),
  };
}

function latestDate(now: Date): IsoDate {
  return addDays(utcDate(now), JOURNAL_LIMITS.futureDays);
}

/**
 * Checks what a person entered. `now` is the moment of saving; a date more
 * than a day past its UTC day is refused as in the future.
 */
export function validateEntryInput(input: unknown, now: Date): Parsed<DetailedContent> {
  const issues: Issues = [];
  const content = contentAt(input, '', latestDate(now), issues, false);
  // Without `jotted`, a content is only built with its stage and severity.
  const detailed =
    content?.stage !== undefined && content.severity !== undefined
      ? { ...content, stage: content.stage, severity: content.severity }
      : undefined;
  return result(detailed, issues);
}

/** Checks a quick note (createJottedEntry): the entry's content with no stage or severity yet. */
export function validateJottedInput(input: unknown, now: Date): Parsed<EntryContent> {
  const issues: Issues = [];
  return result(contentAt(input, '', latestDate(now), issues, true), issues);
}

function versionsAt(value: unknown, issues: Issues): EntryVersion[] | undefined {
  if (Array.isArray(value) && value.length === 0) {
    issues.push({ path: 'versions', code: 'required', message: 'must hold the first version' });
    return undefined;
  }
  const items = arrayAt(value, 'versions', issues, 1, Number.MAX_SAFE_INTEGER);
  if (items === undefined) return undefined;
  const before = issues.length;
  const versions: EntryVersion[] = [];
  items.forEach((item, i) => {
    const path = at('versions', i);
    const object = objectAt(item, path, issues, VERSION_FIELDS);
    if (object === undefined) return;
    const editedAt = instantAt(field(object, 'editedAt'), at(path, 'editedAt'), issues);
    // Each version was checked against its own moment of saving, so it is rechecked that way.
    const latest = editedAt !== undefined ? latestDate(new Date(editedAt)) : undefined;
    const content = contentAt(field(object, 'content'), at(path, 'content'), latest, issues, true);
    if (editedAt !== undefined && content !== undefined) versions.push({ editedAt, content });
  });
  return issues.length > before ? undefined : versions;
}

/** Checks a record read back from storage or a backup before anything trusts it. */
export function validateJournalRecord(input: unknown): Parsed<JournalRecord> {
  const issues: Issues = [];
  const object = objectAt(input, '', issues, RECORD_FIELDS);
  if (object === undefined) return failed(issues);

  const id = idAt(field(object, 'id'), 'id', issues, JOURNAL_LIMITS.idLength);
  const writtenAt = instantAt(field(object, 'writtenAt'), 'writtenAt', issues);
  const pinned = field(object, 'pinned');
  if (typeof pinned !== 'boolean') mismatch(issues, 'pinned', 'true or false', pinned);
  const versions = versionsAt(field(object, 'versions'), issues);
  const [first, ...rest] = versions ?? [];
  if (first !== undefined && writtenAt !== undefined && first.editedAt !== writtenAt) {
    // The first version is the original; a different writtenAt would mean one of them was rewritten.
    issues.push({
      path: 'versions[0].editedAt',
      code: 'mismatch',
      message: 'differs from writtenAt',
    });
  }

  if (
    issues.length > 0 ||
    id === undefined ||
    writtenAt === undefined ||
    typeof pinned !== 'boolean' ||
    first === undefined
  ) {
    return failed(issues);
  }
  return ok({ id, writtenAt, pinned, versions: [first, ...rest] });
}
