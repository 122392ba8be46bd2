import {
  countryName,
  FALLBACK_COUNTRY,
  selectableCountries,
  smsHref,
  telHref,
  whatsappHref,
  type CountryCode,
  type Directory,
  type Way,
} from '@steady/core';
import type { Locale, Translate } from '../../i18n/index.ts';

// Everything the Help screen says about a place, a language or a date is
// named by the browser's own Intl data in the reader's language, so the
// directory carries codes and never needs translating.

/** The name of a directory entry in the reader's language. */
export function countryLabel(code: CountryCode, locale: Locale, t: Translate): string {
  const name = countryName(code);
  if ('key' in name) return t(name.key);
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(name.region) ?? code;
  } catch {
    // This browser's Intl has no names for regions: the code itself is still readable.
    return code;
  }
}

export interface CountryOption {
  readonly code: CountryCode;
  readonly label: string;
}

/** Every place a person can choose, by name in their language; "another country" last. */
export function countryOptions(
  directory: Directory,
  locale: Locale,
  t: Translate,
): CountryOption[] {
  const collator = new Intl.Collator(locale);
  const options = selectableCountries(directory).map((c) => ({
    code: c.code,
    label: countryLabel(c.code, locale, t),
  }));
  const last = (o: CountryOption) => (o.code === FALLBACK_COUNTRY ? 1 : 0);
  return options.sort((a, b) => last(a) - last(b) || collator.compare(a.label, b.label));
}

/** "English, Urdu and Polish", in the reader's language. */
export function languageList(tags: readonly string[], locale: Locale): string {
  let names: string[];
  try {
    const display = new Intl.DisplayNames([locale], { type: 'language' });
    names = tags.map((tag) => display.of(tag) ?? tag);
  } catch {
    // No language names in this browser's Intl: the tags (es, en) are shown instead.
    names = [...tags];
  }
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
}

/** A 'YYYY-MM-DD' date as the reader writes dates; the same day wherever the phone is. */
export function checkedDate(iso: string, locale: Locale): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return iso;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export interface WayLink {
  /** tel:, sms: or https:, or null when the value cannot be made a safe link. */
  readonly href: string | null;
  /** What the person sees: the number as written, or the web address without https://. */
  readonly shown: string;
  readonly external: boolean;
}

function shownUrl(value: string): string {
  try {
    const url = new URL(value);
    const path = url.pathname === '/' ? '' : url.pathname;
    return `${url.host}${path}`;
  } catch {
    // Not a URL after all (the directory's check allows only https links): shown as written.
    return value;
  }
}

/** The link for one way to reach a service, built only from checked values. */
export function wayLink(way: Way): WayLink {
  switch (way.kind) {
    case 'call':
    case 'tty':
      return { href: telHref(way.value), shown: way.value, external: false };
    case 'text':
      return { href: smsHref(way.value, way.body), shown: way.value, external: false };
    case 'whatsapp':
      return { href: whatsappHref(way.value), shown: way.value, external: true };
    case 'chat':
    case 'web':
      // Validated as https when the data was checked; checked again so nothing
      // else can ever become a link here.
      return {
        href: way.value.startsWith('https://') ? way.value : null,
        shown: shownUrl(way.value),
        external: true,
      };
  }
}
