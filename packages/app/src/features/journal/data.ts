import { journalEntry, type JournalRecord } from '@steady/core';
import type { VaultApi } from '../../vault/api.ts';

export interface LoadedJournal {
  records: JournalRecord[];
  /** Records that failed the check: left alone, not shown, never rewritten. */
  unreadable: number;
}

/** Every entry, each checked as if it came from outside: storage can hold old or damaged data. */
export async function loadJournal(vault: VaultApi): Promise<LoadedJournal> {
  const started = performance.now();
  let decrypted = started;
  const all = await vault.readAll(journalEntry, () => {
    decrypted = performance.now();
    performance.measure('journal:decrypt', { start: started, end: decrypted });
  });
  performance.measure('journal:check', { start: decrypted, end: performance.now() });
  return { records: all.items.map((item) => item.value), unreadable: all.unreadable.length };
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
