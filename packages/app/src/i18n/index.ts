import { en, type Catalog, type MessageKey, type PlainKey, type PluralKey } from './en.ts';
import { fillPlaceholders, pluralText, type CountParams, type Params } from './plural.ts';

export type { Catalog, MessageKey, PlainKey, PluralKey };
export type {
  CountParams,
  Message,
  Params,
  Plural,
  PluralCategory,
  Translation,
} from './plural.ts';
export type Locale = 'en' | 'es';
export const LOCALES: readonly Locale[] = ['en', 'es'];
export const SOURCE_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'es';
}

// The source locale ships in the main bundle; others load only when chosen.
const loaders: Record<Locale, () => Promise<Catalog>> = {
  en: () => Promise.resolve(en),
  es: () => import('./es.ts').then((module) => module.es),
};

export function loadCatalog(locale: Locale): Promise<Catalog> {
  return loaders[locale]();
}

/**
 * A plain message takes optional {name} values; a plural message needs `count`,
 * which picks its form (see plural.ts). The types keep the two apart.
 */
export interface Translate {
  (key: PlainKey, params?: Params): string;
  (key: PluralKey, params: CountParams): string;
}

/** Messages in `locale` from its catalog. Values are inserted as text, never as markup. */
export function makeTranslate(catalog: Catalog, locale: Locale): Translate {
  return (key: MessageKey, params?: Params) => {
    const message = catalog[key];
    if (typeof message !== 'string') {
      return pluralText(message, locale, { ...params, count: Number(params?.count) });
    }
    return params ? fillPlaceholders(message, params) : message;
  };
}

/** The person's first language among those we have, from the browser's list. */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return SOURCE_LOCALE;
}
