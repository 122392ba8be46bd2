// The journal model: what @steady/core re-exports for the app.
export type { ClockTime, IsoInstant } from './dates.ts';
export {
  addDays,
  dateOfDay,
  dayNumber,
  daysBetween,
  isCalendarDate,
  isClockTime,
} from './dates.ts';
export type { ChronologicalKey } from './order.ts';
export { compareChronological } from './order.ts';
export { AFTERMATH, HARMS, JOURNAL_LIMITS, SEVERITIES, STAGES } from './journal-types.ts';
export type {
  Aftermath,
  EntryContent,
  EntryError,
  EntryErrorCode,
  EntryInput,
  EntryVersion,
  Harm,
  JournalRecord,
  Occurred,
  Severity,
  Stage,
} from './journal-types.ts';
export { isEntryId, validateEntryInput, validateJournalRecord } from './journal-validate.ts';
export {
  createEntry,
  currentContent,
  currentVersion,
  editEntry,
  originalVersion,
  sameContent,
  setPinned,
} from './journal.ts';
export type { Edited, EntryChange } from './journal.ts';
export {
  buildSearchIndex,
  compareNewestFirst,
  filterEntries,
  foldForSearch,
  updateSearchIndex,
} from './journal-search.ts';
export type { EntryFilter, IndexedEntry, SearchIndex } from './journal-search.ts';
