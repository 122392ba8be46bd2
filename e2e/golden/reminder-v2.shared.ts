// What the test page (reminder-v2.page.ts) and the test (golden.e2e.ts) both know.

/** A reminder in the test-only version 2: `text` renamed `words`. */
export type ReminderV2 = { id: string; words: string; writtenAt: string };

/** What the page hands back to the test. */
export type V2Read = {
  items: Array<{ id: string; value: ReminderV2 }>;
  unreadable: Array<{ code: string; version: number | null }>;
};

/** The test-only kind's name, so the test can show the app's bundle never carries it. */
export const TEST_ONLY_MARK = 'reminder, test-only version 2 (words)';
