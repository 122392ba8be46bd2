// Shared by the model and insight tests only.
import { createEntry } from './journal.ts';
import type { EntryInput, JournalRecord } from './journal-types.ts';
import type { Parsed } from '../schema/issues.ts';

/** A fixed "now" so that no test depends on the day it runs. */
export const NOW = new Date('2025-06-15T12:00:00.000Z');

export function unwrap<T>(checked: Parsed<T>): T {
  if (!checked.ok) throw new Error(`expected a valid value, got ${JSON.stringify(checked.issues)}`);
  return checked.value;
}

export function entryInput(overrides: Partial<EntryInput> = {}): EntryInput {
  return {
    occurred: { date: '2025-06-01', approximate: false },
    stage: 'incident',
    severity: 3,
    ...overrides,
  };
}

/** A record as the app would have saved it at `writtenAt`. */
export function makeRecord(
  id: string,
  overrides: Partial<EntryInput> = {},
  writtenAt = '2025-06-10T09:00:00.000Z',
): JournalRecord {
  return unwrap(createEntry(entryInput(overrides), new Date(writtenAt), id));
}

/** A small deterministic generator (mulberry32), so generated histories are the same every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const a = copy[i];
    const b = copy[j];
    if (a === undefined || b === undefined) continue;
    copy[i] = b;
    copy[j] = a;
  }
  return copy;
}
