import { currentContent } from '../model/journal.ts';
import type { JournalRecord } from '../model/journal-types.ts';
import type { CycleItem } from './cycles.ts';

/** The journal as the insights read it: each entry as it reads now. */
export function cycleItemsFromJournal(records: readonly JournalRecord[]): CycleItem[] {
  return records.map((record) => {
    const { occurred, stage, severity } = currentContent(record);
    return {
      date: occurred.date,
      time: occurred.time,
      stage,
      severity,
      writtenAt: record.writtenAt,
      id: record.id,
    } satisfies CycleItem;
  });
}
