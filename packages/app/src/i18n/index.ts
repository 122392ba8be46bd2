import { en, type Catalog, type MessageKey } from './en.ts';

export type { Catalog, MessageKey };
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

export type Params = Readonly<Record<string, string | number>>;

export type Translate = (key: MessageKey, params?: Params) => string;

/** Fills {name} placeholders. Values are inserted as text, never as markup. */
export function makeTranslate(catalog: Catalog): Translate {
  return (key, params) => {
    const message = catalog[key];
    if (!params) return message;
    return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
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
