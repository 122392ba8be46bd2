import { localDayIn } from '@steady/core';

/** Today on the device's own calendar, not UTC's: a check-in at 23:30 belongs to today. */
export function todayOnDevice(now: Date = new Date()): string {
  return localDayIn(Intl.DateTimeFormat().resolvedOptions().timeZone)(now.toISOString());
}
