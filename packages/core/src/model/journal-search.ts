import type { IsoDate } from './dates.ts';
import { currentContent } from './journal.ts';
import { DETAIL_TEXTS, HARMS, type Harm, type JournalRecord, type Stage } from './journal-types.ts';
import { compareChronological, type ChronologicalKey } from './order.ts';

export interface EntryFilter {
  /** Inclusive bounds on the day it happened. */
  readonly from?: IsoDate | undefined;
  readonly to?: IsoDate | undefined;
  /** Any of these stages; absent or empty means every stage. */
  readonly stages?: readonly Stage[] | undefined;
  /** Entries with at least one of these harms; absent or empty means no constraint. */
  readonly harms?: readonly Harm[] | undefined;
  readonly minSeverity?: number | undefined;
  readonly maxSeverity?: number | undefined;
  readonly pinned?: boolean | undefined;
  /** true: only quick notes still without their details; false: only entries with them. */
  readonly detailsToAdd?: boolean | undefined;
  /** Every word must appear in what, felt, afterNote, injuries, witnesses or a written detail. */
  readonly text?: string | undefined;
}

/** One record with what filtering reads already worked out. */
export interface IndexedEntry {
  readonly record: JournalRecord;
  readonly key: ChronologicalKey;
  readonly date: IsoDate;
  /** Absent for a quick note whose details are still to add: no stage or severity filter matches it. */
  readonly stage: Stage | undefined;
  readonly severity: number | undefined;
  readonly pinned: boolean;
  /** Bit i set when HARMS[i] is among the harms. */
  readonly harmBits: number;
  /** The searchable fields, folded, joined by NUL so no match can span two fields. */
  readonly text: string;
}

/** Build it when the journal loads or changes; filtering then reads no text twice. */
export interface SearchIndex {
  /** Newest first, the order filterEntries returns. */
  readonly rows: readonly IndexedEntry[];
}

const FIELD_SEPARATOR = '\u0000';
const MARKS = /\p{M}+/gu;
/** The accents of Latin, Greek and Cyrillic; no mark lies below U+0300. */
const COMMON_MARKS = /[\u0300-\u036f]+/g;
const BEYOND_COMMON_MARKS = /[\u0370-\uffff]/;

/**
 * Folds text for matching: decomposed so accents become separate marks, marks
 * dropped, lower-cased. 'Gritó' and 'grito' fold alike, so a person can search
 * without typing accents on a phone keyboard, and find words typed without them.
 */
export function foldForSearch(text: string): string {
  // Lower-casing can itself produce marks ('İ' becomes 'i' + U+0307), so marks go last.
  const folded = text.normalize('NFD').toLowerCase().replace(COMMON_MARKS, '');
  // A Unicode-property scan costs several times the plain one, so it runs only when
  // something past the common accents remains (other scripts, emoji).
  return BEYOND_COMMON_MARKS.test(folded) ? folded.replace(MARKS, '') : folded;
}

function harmBits(harms: readonly Harm[]): number {
  let bits = 0;
  for (const harm of harms) {
    const bit = HARMS.indexOf(harm);
    // A filter can come from outside the type system (a saved view); an unknown harm matches nothing.
    if (bit >= 0) bits |= 1 << bit;
  }
  return bits;
}

/** Newest first: the exact reverse of the oldest-first order the insights use. */
export function compareNewestFirst(a: JournalRecord, b: JournalRecord): number {
  return compareChronological(chronologicalKey(b), chronologicalKey(a));
}

function chronologicalKey(record: JournalRecord): ChronologicalKey {
  const { occurred } = currentContent(record);
  return { date: occurred.date, time: occurred.time, writtenAt: record.writtenAt, id: record.id };
}

function indexRow(record: JournalRecord): IndexedEntry {
  const content = currentContent(record);
  // Only the current version is searched: a search that turns up words the
  // person has since corrected would show a match the entry no longer contains.
  const { details } = content;
  const text = foldForSearch(
    [
      content.what,
      content.felt,
      content.afterNote,
      content.injuries,
      content.witnesses,
      // The written details for a court (the place, a report number, messages…); absent
      // ones add nothing, so an entry without details is searched as before.
      ...(details === undefined ? [] : DETAIL_TEXTS.map((key) => details[key] ?? '')),
    ].join(FIELD_SEPARATOR),
  );
  return {
    record,
    key: chronologicalKey(record),
    date: content.occurred.date,
    stage: content.stage,
    severity: content.severity,
    pinned: record.pinned,
    harmBits: harmBits(content.harms),
    text,
  };
}

function newestFirst(rows: IndexedEntry[]): IndexedEntry[] {
  return rows.sort((a, b) => compareChronological(b.key, a.key));
}

export function buildSearchIndex(records: readonly JournalRecord[]): SearchIndex {
  return searchIndexOf(indexRows(records));
}

/**
 * What buildSearchIndex folds for each record, in no order: a large journal can be
 * indexed a part at a time as it is read, then put in order once by searchIndexOf.
 */
export function indexRows(records: readonly JournalRecord[]): IndexedEntry[] {
  return records.map(indexRow);
}

/** The index of rows made by indexRows, newest first. Sorts `rows` in place. */
export function searchIndexOf(rows: IndexedEntry[]): SearchIndex {
  return { rows: newestFirst(rows) };
}

/**
 * The index after saving or deleting a few entries, folding only their text:
 * rebuilding folds every entry again, a noticeable pause on a cheap phone
 * with years of writing. `put` adds or replaces records by id.
 */
export function updateSearchIndex(
  index: SearchIndex,
  change: { readonly put?: readonly JournalRecord[]; readonly remove?: readonly string[] },
): SearchIndex {
  const put = change.put ?? [];
  const gone = new Set([...(change.remove ?? []), ...put.map((record) => record.id)]);
  const kept = index.rows.filter((row) => !gone.has(row.record.id));
  // The kept rows are still in order, which the engine's merge sort runs through quickly.
  return { rows: newestFirst([...kept, ...put.map(indexRow)]) };
}

function searchTerms(text: string): string[] {
  // A separator in the query could otherwise let one term match across two fields.
  return foldForSearch(text)
    .replaceAll(FIELD_SEPARATOR, ' ')
    .split(/\s+/u)
    .filter((term) => term !== '');
}

/**
 * The records matching every given criterion, newest first. Give it an index
 * built once with buildSearchIndex; given the records, it builds one each call.
 */
export function filterEntries(
  source: SearchIndex | readonly JournalRecord[],
  filter: EntryFilter = {},
): JournalRecord[] {
  const { rows } = 'rows' in source ? source : buildSearchIndex(source);
  const { from, to, minSeverity, maxSeverity, pinned, detailsToAdd } = filter;
  const stages =
    filter.stages !== undefined && filter.stages.length > 0 ? filter.stages : undefined;
  const wantedHarms =
    filter.harms !== undefined && filter.harms.length > 0 ? harmBits(filter.harms) : undefined;
  const terms = filter.text !== undefined ? searchTerms(filter.text) : [];

  const matches: JournalRecord[] = [];
  for (const row of rows) {
    if (from !== undefined && row.date < from) continue;
    if (to !== undefined && row.date > to) continue;
    if (stages !== undefined && (row.stage === undefined || !stages.includes(row.stage))) continue;
    if (wantedHarms !== undefined && (row.harmBits & wantedHarms) === 0) continue;
    if (minSeverity !== undefined && (row.severity === undefined || row.severity < minSeverity)) {
      continue;
    }
    if (maxSeverity !== undefined && (row.severity === undefined || row.severity > maxSeverity)) {
      continue;
    }
    if (pinned !== undefined && row.pinned !== pinned) continue;
    if (detailsToAdd !== undefined && (row.stage === undefined) !== detailsToAdd) continue;
    if (terms.length > 0 && !terms.every((term) => row.text.includes(term))) continue;
    matches.push(row.record);
  }
  return matches;
}
