import type { IsoInstant } from './dates.ts';
import type { Parsed } from '../schema/issues.ts';
import {
  DETAIL_ANSWERS,
  DETAIL_TEXTS,
  type CourtDetails,
  type DetailedContent,
  type EntryContent,
  type EntryInput,
  type EntryVersion,
  type JotInput,
  type JournalRecord,
} from './journal-types.ts';
import { isEntryId, validateEntryInput, validateJottedInput } from './journal-validate.ts';

/** What an edit may change: any content field, given whole (occurred included). */
export type EntryChange = Partial<EntryInput>;

export type Edited =
  | { readonly ok: true; readonly value: JournalRecord; readonly changed: boolean }
  | Extract<Parsed<JournalRecord>, { ok: false }>;

function instant(now: Date): IsoInstant {
  // toISOString throws on an invalid Date: a record must never carry a made-up time.
  return now.toISOString();
}

/**
 * A new entry from what the person entered. `now` becomes writtenAt and the
 * first version's editedAt; `id` is chosen by the app (random, URL-safe).
 */
export function createEntry(input: EntryInput, now: Date, id: string): Parsed<JournalRecord> {
  return create(validateEntryInput, input, now, id);
}

/**
 * A quick note: its words now, the stage, kinds and severity later. It is an entry like
 * any other (versions, pinning, the report), marked as having details to add until an
 * edit gives it a stage and a severity (editEntry asks for both, as the full form does).
 */
export function createJottedEntry(input: JotInput, now: Date, id: string): Parsed<JournalRecord> {
  const content = { occurred: { date: input.occurred.date }, what: input.what };
  return create(validateJottedInput, content, now, id);
}

/** Whether the entry's stage and severity are in; false for a quick note not yet filled in. */
export function hasDetails(content: EntryContent): content is DetailedContent {
  return content.stage !== undefined && content.severity !== undefined;
}

function create(
  validate: (input: unknown, now: Date) => Parsed<EntryContent>,
  input: unknown,
  now: Date,
  id: string,
): Parsed<JournalRecord> {
  if (!isEntryId(id)) {
    return {
      ok: false,
      issues: [{ path: 'id', code: 'invalid-id', message: 'is not an id this app makes' }],
    };
  }
  const checked = validate(input, now);
  if (!checked.ok) return checked;
  const writtenAt = instant(now);
  return {
    ok: true,
    value: {
      id,
      writtenAt,
      pinned: false,
      versions: [{ editedAt: writtenAt, content: checked.value }],
    },
  };
}

export function originalVersion(record: JournalRecord): EntryVersion {
  return record.versions[0];
}

export function currentVersion(record: JournalRecord): EntryVersion {
  return record.versions.at(-1) ?? record.versions[0];
}

export function currentContent(record: JournalRecord): EntryContent {
  return currentVersion(record).content;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function sameDetails(a: CourtDetails | undefined, b: CourtDetails | undefined): boolean {
  return (
    DETAIL_TEXTS.every((key) => a?.[key] === b?.[key]) &&
    DETAIL_ANSWERS.every((key) => a?.[key] === b?.[key])
  );
}

/** Field by field, so two versions built in different key orders still compare equal. */
export function sameContent(a: EntryContent, b: EntryContent): boolean {
  return (
    a.occurred.date === b.occurred.date &&
    a.occurred.time === b.occurred.time &&
    a.occurred.approximate === b.occurred.approximate &&
    a.stage === b.stage &&
    sameList(a.harms, b.harms) &&
    a.severity === b.severity &&
    a.what === b.what &&
    a.felt === b.felt &&
    sameList(a.after, b.after) &&
    a.afterNote === b.afterNote &&
    a.injuries === b.injuries &&
    a.witnesses === b.witnesses &&
    sameList(a.attachments, b.attachments) &&
    sameDetails(a.details, b.details)
  );
}

/**
 * Appends a version with `change` laid over the current content. A change
 * that alters nothing returns the same record with `changed: false`, so saving
 * an untouched form does not pile up identical versions. The app should call
 * this on save, not on every keystroke: every version is kept for good.
 */
export function editEntry(record: JournalRecord, change: EntryChange, now: Date): Edited {
  const current = currentContent(record);
  // An undefined field means "leave it": a form that forgot a field must not wipe it.
  // Clearing is explicit: '' for text, [] for a list, an occurred without a time, {} for
  // the details.
  // The type forbids undefined, but a value from outside TypeScript's view (a form's
  // state, old JavaScript) may still carry it: checked at run time too.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  const given = Object.entries(change).filter(([, value]) => value !== undefined);
  const checked = validateEntryInput({ ...current, ...Object.fromEntries(given) }, now);
  if (!checked.ok) return checked;
  if (sameContent(current, checked.value)) return { ok: true, value: record, changed: false };
  const version: EntryVersion = { editedAt: instant(now), content: checked.value };
  return {
    ok: true,
    value: { ...record, versions: [...record.versions, version] },
    changed: true,
  };
}

/** Pinning is about the record, not what it says, so it adds no version. */
export function setPinned(record: JournalRecord, pinned: boolean): JournalRecord {
  return record.pinned === pinned ? record : { ...record, pinned };
}
