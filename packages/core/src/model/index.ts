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
export {
  AFTERMATH,
  DETAIL_CHOICES,
  DETAIL_ANSWERS,
  DETAIL_TEXTS,
  HARMS,
  JOURNAL_LIMITS,
  SEVERITIES,
  STAGES,
} from './journal-types.ts';
export type {
  Aftermath,
  DetailChoice,
  CourtDetails,
  DetailAnswer,
  DetailText,
  DetailedContent,
  EntryContent,
  EntryError,
  EntryErrorCode,
  EntryInput,
  EntryVersion,
  Harm,
  JotInput,
  JournalRecord,
  Occurred,
  Severity,
  Stage,
} from './journal-types.ts';
export {
  isEntryId,
  validateEntryInput,
  validateJottedInput,
  validateJournalRecord,
} from './journal-validate.ts';
export {
  createEntry,
  createJottedEntry,
  currentContent,
  currentVersion,
  editEntry,
  hasDetails,
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
  indexRows,
  searchIndexOf,
  updateSearchIndex,
} from './journal-search.ts';
export type { EntryFilter, IndexedEntry, SearchIndex } from './journal-search.ts';
