import {
  indexRows,
  journalEntry,
  searchIndexOf,
  type IndexedEntry,
  type JournalRecord,
  type SearchIndex,
} from '@steady/core';
import { yieldToPage } from '../../lib/yieldToPage.ts';
import type { VaultApi } from '../../vault/api.ts';

export interface LoadedJournal {
  records: JournalRecord[];
  /** Kept in memory while unlocked so search and filters never re-read storage. */
  index: SearchIndex;
  /** Records that failed the check: left alone, not shown, never rewritten. */
  unreadable: number;
}

/**
 * Entries read, decrypted, checked and indexed between two pauses: a few milliseconds
 * of work here (bench/journal.bench.ts), well under a long task (50 ms) on a phone
 * several times slower. Larger parts spend less time pausing, but starting a part's
 * decryption alone took up to 77 ms at 400 under load.
 */
const PART = 250;

/**
 * Every entry, each checked as if it came from outside: storage can hold old or damaged
 * data. Read a part at a time, pausing for the page between parts, so a journal of
 * thousands of entries never freezes the screen; `onProgress` hears how many are read.
 * `live` false stops the reading (the screen went away); a lock rejects it.
 */
export async function loadJournal(
  vault: VaultApi,
  {
    onProgress,
    live = () => true,
  }: { onProgress?: (read: number, total: number) => void; live?: () => boolean } = {},
): Promise<LoadedJournal> {
  const started = performance.now();
  const timing = { decrypt: 0, check: 0 };
  const records: JournalRecord[] = [];
  const rows: IndexedEntry[] = [];
  let unreadable = 0;
  await vault.readInParts(
    journalEntry,
    (part, read, total) => {
      if (!live()) return false;
      const values = part.items.map((item) => item.value);
      records.push(...values);
      rows.push(...indexRows(values));
      unreadable += part.unreadable.length;
      onProgress?.(read, total);
    },
    { size: PART, pause: yieldToPage, timing },
  );
  // Summed over the parts; the benchmark reads them.
  performance.measure('journal:decrypt', { start: started, duration: timing.decrypt });
  performance.measure('journal:check', { start: started, duration: timing.check });
  const index = searchIndexOf(rows);
  // Putting 10,000 entries in order takes a part's time or more: the list is drawn next.
  await yieldToPage();
  return { records, index, unreadable };
}

// Dates in words: in lib/dates.ts, which pages without a vault use too (open.html).
export { formatDay, formatInstant, formatMonth } from '../../lib/dates.ts';

// Timings the benchmark reads back (performance.getEntriesByType('measure')).
// They hold names and durations only, never anything the person wrote.
let pending: string | null = null;

export function markStart(name: string): void {
  pending = name;
  performance.mark(`${name}:start`);
}

/** Closes the measure begun by markStart, once the change is on screen. */
export function markEnd(name?: string): void {
  const open = name ?? pending;
  if (!open) return;
  if (open === pending) pending = null;
  try {
    performance.measure(open, `${open}:start`);
  } catch {
    // The start mark was cleared (performance.clearMarks): nothing to measure.
  }
}

/** 65,000 ms → '1:05'; an hour or more → '1:00:05' (never, at today's limit). */
export function formatLength(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const seconds = String(total % 60).padStart(2, '0');
  const minutes = Math.floor(total / 60) % 60;
  const hours = Math.floor(total / 3600);
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}
