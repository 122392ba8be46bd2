import { enFirst } from './en.ts';
import { fillPlaceholders, pluralText, type CountParams, type Params } from './plural.ts';
import type {
  Catalog,
  FirstCatalog,
  LaterCatalog,
  MessageKey,
  PlainKey,
  PluralKey,
} from './types.ts';

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

/**
 * A language's messages as loaded so far: the first part (what the first screen may
 * show) from the start, the rest added once it arrives. One object per language, so a
 * Translate made before the rest arrived reads it too.
 */
export type Messages = Partial<Catalog>;

// English's first part ships in the main bundle; everything else loads when needed.
const firstParts: Record<Locale, () => Promise<FirstCatalog>> = {
  en: () => Promise.resolve(enFirst),
  es: () => import('./es.ts').then((module) => module.esFirst),
};
const laterParts: Record<Locale, () => Promise<LaterCatalog>> = {
  en: () => import('./en.later.ts').then((module) => module.enLater),
  es: () => import('./es.later.ts').then((module) => module.esLater),
};

const messages = new Map<Locale, Messages>();
const later = new Map<Locale, Promise<void>>();
let current: Locale = SOURCE_LOCALE;

/** The first part of `locale`'s messages: enough for the shell, the lock and help. */
export async function loadCatalog(locale: Locale): Promise<Messages> {
  let loaded = messages.get(locale);
  if (!loaded) {
    loaded = { ...(await firstParts[locale]()) };
    messages.set(locale, loaded);
  }
  return loaded;
}

/** The rest of `locale`'s messages, added to its catalog once (every later screen waits for it). */
export function loadLater(locale: Locale): Promise<void> {
  let loading = later.get(locale);
  if (!loading) {
    loading = Promise.all([loadCatalog(locale), laterParts[locale]()]).then(([into, rest]) => {
      Object.assign(into, rest);
    });
    // Forgotten on failure, so the next screen that needs them asks again.
    loading.catch(() => later.delete(locale));
    later.set(locale, loading);
  }
  return loading;
}

/** The language on screen now; its later messages are what lazy screens wait for. */
export function setCurrentLocale(locale: Locale): void {
  current = locale;
}

/** Resolves once every message of the language on screen is there. */
export function laterMessages(): Promise<void> {
  return loadLater(current);
}

/**
 * A plain message takes optional {name} values; a plural message needs `count`,
 * which picks its form (see plural.ts). The types keep the two apart.
 */
export interface Translate {
  (key: PlainKey, params?: Params): string;
  (key: PluralKey, params: CountParams): string;
}

/**
 * Messages in `locale` from its catalog. Values are inserted as text, never as markup.
 * A message not loaded yet (a bug: its screen should have waited) reads as its key.
 */
export function makeTranslate(catalog: Messages, locale: Locale): Translate {
  return (key: MessageKey, params?: Params) => {
    const message = catalog[key];
    if (message === undefined) return key;
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
