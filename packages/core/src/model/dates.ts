// Calendar arithmetic for the journal and its insights. Dates are the person's
// own calendar days with no time zone: "it happened on the 3rd" must stay the
// 3rd wherever the phone travels, so nothing here goes through local time.

/** A calendar day, 'YYYY-MM-DD'. */
export type IsoDate = string;
/** A wall-clock time, 'HH:MM', 24-hour. */
export type ClockTime = string;
/** An instant as `Date.prototype.toISOString` writes it: 'YYYY-MM-DDTHH:MM:SS.sssZ'. */
export type IsoInstant = string;

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_SHAPE = /^([01]\d|2[0-3]):[0-5]\d$/;
const INSTANT_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a real calendar day written 'YYYY-MM-DD' (so '2025-02-30' is not). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_SHAPE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isClockTime(value: string): boolean {
  return TIME_SHAPE.test(value);
}

/** True only for the exact form `toISOString` produces, so stored instants sort as text. */
export function isIsoInstant(value: string): boolean {
  if (!INSTANT_SHAPE.test(value)) return false;
  const time = Date.parse(value);
  return Number.isFinite(time) && new Date(time).toISOString() === value;
}

// Integer arithmetic (H. Hinnant's days_from_civil) rather than Date.UTC, which
// maps years 0-99 onto 1900-1999 and costs an allocation per call on hot paths.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Days since 1970-01-01 for a date already known to be valid; NaN for text
 * that is not shaped like a date. Differences of day numbers count whole days.
 */
export function dayNumber(date: IsoDate): number {
  const match = DATE_SHAPE.exec(date);
  if (match === null) return Number.NaN;
  return daysFromCivil(Number(match[1]), Number(match[2]), Number(match[3]));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The calendar day for a day number (the inverse of `dayNumber`), years 0-9999. */
export function dateOfDay(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dateOfDay(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The UTC calendar day of an instant. */
export function utcDate(now: Date): IsoDate {
  return now.toISOString().slice(0, 10);
}
