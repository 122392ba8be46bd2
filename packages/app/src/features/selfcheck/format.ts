import type { Locale } from '../../i18n/index.ts';

const SHORT: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' };
const WITH_SECONDS: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'medium' };

/** A check-in's date and time, written out in the person's language. */
export function formatTakenAt(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(locale, SHORT).format(new Date(iso));
}

/**
 * Labels for several check-ins, one per time given. Two taken in the same minute
 * would read the same, so those show their seconds as well: the person must be
 * able to tell apart what they compare or delete.
 */
export function takenAtLabels(locale: Locale, isos: readonly string[]): string[] {
  const short = isos.map((iso) => formatTakenAt(locale, iso));
  const seconds = new Intl.DateTimeFormat(locale, WITH_SECONDS);
  return short.map((label, index) =>
    short.indexOf(label) !== short.lastIndexOf(label)
      ? seconds.format(new Date(isos[index]!))
      : label,
  );
}

/** "a, b and c" in the person's language. */
export function formatList(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
