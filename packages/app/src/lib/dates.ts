// Dates and times in the reader's words. Imports nothing of the vault, so a page that
// holds none (open.html) can use it.
import type { Locale } from '../i18n/index.ts';

const dayFormats = new Map<Locale, Intl.DateTimeFormat>();
const instantFormats = new Map<Locale, Intl.DateTimeFormat>();
const monthFormats = new Map<Locale, Intl.DateTimeFormat>();

function cached(
  map: Map<Locale, Intl.DateTimeFormat>,
  locale: Locale,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let format = map.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    map.set(locale, format);
  }
  return format;
}

/** A calendar day ('2025-03-14') as the reader writes dates; no time zone moves it. */
export function formatDay(date: string, locale: Locale): string {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (!Number.isFinite(time)) return date;
  return cached(dayFormats, locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(time);
}

/** A calendar month ('2025-03') in words. */
export function formatMonth(month: string, locale: Locale): string {
  const time = Date.parse(`${month}-01T00:00:00Z`);
  if (!Number.isFinite(time)) return month;
  return cached(monthFormats, locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    time,
  );
}

/** When something was saved, in this device's time. */
export function formatInstant(instant: string, locale: Locale): string {
  const time = Date.parse(instant);
  if (!Number.isFinite(time)) return instant;
  return cached(instantFormats, locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}
