import { currentContent, hasDetails } from '../model/journal.ts';
import type { JournalRecord } from '../model/journal-types.ts';
import type { CycleItem } from './cycles.ts';

/**
 * The journal as the insights read it: each entry as it reads now. A quick note
 * without its stage and severity yet is left out (countDetailsToAdd counts them):
 * guessing a stage for it would draw a cycle the person never described.
 */
export function cycleItemsFromJournal(records: readonly JournalRecord[]): CycleItem[] {
  const items: CycleItem[] = [];
  for (const record of records) {
    const content = currentContent(record);
    if (!hasDetails(content)) continue;
    items.push({
      date: content.occurred.date,
      time: content.occurred.time,
      stage: content.stage,
      severity: content.severity,
      writtenAt: record.writtenAt,
      id: record.id,
    } satisfies CycleItem);
  }
  return items;
}

/** How many entries are quick notes still waiting for their details. */
export function countDetailsToAdd(records: readonly JournalRecord[]): number {
  let count = 0;
  for (const record of records) if (!hasDetails(currentContent(record))) count += 1;
  return count;
}
