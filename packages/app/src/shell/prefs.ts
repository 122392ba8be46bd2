import { isLocale, preferredLocale, type Locale } from '../i18n/index.ts';

// The only things Steady keeps without encryption, because they must be known
// before unlock: language, appearance, where quick exit goes and the country
// whose help to show. None of them says anything about the person or their
// situation beyond what the phone's own settings already show.
export type Theme = 'system' | 'light' | 'dark';

export interface Prefs {
  locale: Locale;
  theme: Theme;
  /** Empty means: the deployment's choice, else the built-in weather page. */
  exitUrl: string;
  /**
   * The country whose help Steady shows, as the person chose it; empty means the
   * deployment's choice, else the region in the browser's languages when the
   * directory lists it, else 'international' (see chosenCountry in
   * features/help/Help.tsx). Kept in plain because help must
   * work before unlock; it says no more than the phone's own region setting.
   */
  country: string;
  /**
   * The cover Steady opens to ('calculator' or 'converter'), and the digits that,
   * typed on it (before "=", or as the amount to convert), open the lock screen. The threat model allows the disguise
   * choice in plain: it must work before unlock. The code only opens the lock
   * screen; the passphrase still guards everything.
   */
  disguise: Disguise;
  disguiseCode: string;
}

export type Disguise = 'none' | 'calculator' | 'converter';

const KEY = 'steady.prefs';
export const DEFAULT_EXIT_URL = 'https://www.bbc.com/weather';

/**
 * Shaped as a directory code ('US', 'GB-SCT', 'international'). Whether the directory
 * lists it is Help's question (a code a later release removed falls back there), so the
 * directory itself stays out of the first download.
 */
function isCountry(value: unknown): value is string {
  return typeof value === 'string' && /^(?:international|[A-Z]{2}(?:-[A-Z0-9]{1,3})?)$/.test(value);
}

function isDisguise(value: unknown): value is Disguise {
  return value === 'none' || value === 'calculator' || value === 'converter';
}

function isTheme(value: unknown): value is Theme {
  return value === 'system' || value === 'light' || value === 'dark';
}

/** Accepts only an absolute https address (or http on this device, for testing a deployment). */
export function parseExitUrl(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    // Not an address: refused, and the quick-exit setting says so (the caller shows it).
    return undefined;
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) return undefined;
  if (url.username || url.password) return undefined;
  return url.href;
}

export function readPrefs(storage: Storage, languages: readonly string[]): Prefs {
  const fallback: Prefs = {
    locale: preferredLocale(languages),
    theme: 'system',
    exitUrl: '',
    country: '',
    disguise: 'none',
    disguiseCode: '',
  };
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(KEY) ?? 'null');
  } catch {
    // Damaged preferences (they hold no records): the defaults are used until the next save.
    return fallback;
  }
  if (typeof raw !== 'object' || raw === null) return fallback;
  const record = raw as Record<string, unknown>;
  return {
    locale: isLocale(record.locale) ? record.locale : fallback.locale,
    theme: isTheme(record.theme) ? record.theme : fallback.theme,
    exitUrl:
      typeof record.exitUrl === 'string' ? (parseExitUrl(record.exitUrl) ?? '') : fallback.exitUrl,
    country: isCountry(record.country) ? record.country : fallback.country,
    ...readDisguise(record),
  };
}

function readDisguise(record: Record<string, unknown>): Pick<Prefs, 'disguise' | 'disguiseCode'> {
  const code = typeof record.disguiseCode === 'string' ? record.disguiseCode : '';
  // A cover without a valid code could never be opened again: show no cover instead.
  if (isDisguise(record.disguise) && record.disguise !== 'none' && /^[0-9]{4,8}$/.test(code)) {
    return { disguise: record.disguise, disguiseCode: code };
  }
  return { disguise: 'none', disguiseCode: '' };
}

export function writePrefs(storage: Storage, prefs: Prefs): void {
  storage.setItem(KEY, JSON.stringify(prefs));
}

export function applyTheme(root: HTMLElement, theme: Theme): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
