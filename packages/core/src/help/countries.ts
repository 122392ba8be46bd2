import { COUNTRY_NAME_KEYS } from './keys.ts';
import type { CountryCode, Directory } from './types.ts';

/**
 * How the app names a country: an ISO 3166-1 region it can pass to
 * `new Intl.DisplayNames([locale], { type: 'region' }).of(region)`, or a
 * message key for what Intl cannot name (the UK nations, 'international').
 */
export type CountryName =
  | { readonly region: string }
  | { readonly key: (typeof COUNTRY_NAME_KEYS)[keyof typeof COUNTRY_NAME_KEYS] };

export interface CountryChoice {
  readonly code: CountryCode;
  readonly name: CountryName;
}

function isNamedByKey(code: string): code is keyof typeof COUNTRY_NAME_KEYS {
  return Object.hasOwn(COUNTRY_NAME_KEYS, code);
}

export function countryName(code: CountryCode): CountryName {
  return isNamedByKey(code) ? { key: COUNTRY_NAME_KEYS[code] } : { region: code };
}

/**
 * The countries a person can pick, in directory order; the app sorts them by
 * their name in the reader's language. Each directory entry is one choice, so
 * a country with regional lines (the UK) appears once per region.
 */
export function selectableCountries(directory: Directory): CountryChoice[] {
  return directory.countries.map((c) => ({ code: c.code, name: countryName(c.code) }));
}

/**
 * The first region named in the browser's languages ('en-US' -> 'US',
 * 'es-MX' -> 'MX') that has its own entry in the directory, or undefined.
 * Only a region written in the tag counts: 'es' alone says nothing about
 * where a person is, and a wrong guess would show the wrong emergency number.
 */
export function regionFromLanguages(
  languages: readonly string[],
  directory: Directory,
): CountryCode | undefined {
  for (const tag of languages) {
    let region: string | undefined;
    try {
      region = new Intl.Locale(tag).region;
    } catch {
      // Not a language tag (a browser or extension can report anything): skip it.
      continue;
    }
    if (region !== undefined && /^[A-Z]{2}$/.test(region)) {
      if (directory.countries.some((c) => c.code === region)) return region;
    }
  }
  return undefined;
}
