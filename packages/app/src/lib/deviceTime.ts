import { localDayIn, type LocalDay } from '@steady/core';

/** The device's own zone: weeks and "today" are the person's, not UTC's. */
export function deviceLocalDay(): LocalDay {
  return localDayIn(Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** Today on the device's own calendar, not UTC's: a check-in at 23:30 belongs to today. */
export function todayOnDevice(now: Date = new Date()): string {
  return deviceLocalDay()(now.toISOString());
}
