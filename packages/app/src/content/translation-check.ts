import { isFields } from '@steady/core';
// Checks that a Spanish content tree matches its English original in shape and
// is really translated. Used by the content tests; pure, no test framework.
//
// - Same shape: same keys, same array lengths, same kinds of value.
// - Keys listed in `sameValueKeys` (ids, link targets) must hold equal values.
// - Every other string must be non-empty, trimmed, and different from the
//   English string (unless listed in `allowIdentical`), and must not contain
//   common English-only words.
// - A plural message ({ one, other }, see i18n/plural.ts) is compared as one
//   value: each language brings the forms its own plural rules need (Spanish
//   may add `many`), `other` is required, and every form is checked as text.

export interface TranslationCheckOptions {
  /** Keys whose values are identifiers and must be equal in both languages. */
  sameValueKeys: ReadonlySet<string>;
  /** Whole strings that may legitimately be the same in both (names, numbers). */
  allowIdentical?: ReadonlySet<string>;
}

// Common English words that are not also Spanish words ("a", "me", "he", "no",
// "son", "has" are Spanish, so they are not listed).
const ENGLISH_ONLY_WORDS = [
  'the',
  'and',
  'you',
  'your',
  'yours',
  'with',
  'that',
  'this',
  'what',
  'when',
  'where',
  'they',
  'them',
  'their',
  'have',
  'from',
  'are',
  'is',
  'it',
  'its',
  'of',
  'to',
  'for',
  'not',
  'can',
  'but',
  'will',
  'would',
  'should',
  'could',
  'be',
  'been',
  'was',
  'were',
  'or',
  'if',
  'in',
  'on',
  'at',
  'we',
  'our',
  'my',
  'about',
  'read',
  'help',
  'skip',
] as const;

const ENGLISH_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${ENGLISH_ONLY_WORDS.join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** English-only words found in a (supposedly Spanish) text, lower-cased. */
export function findEnglishWords(text: string): string[] {
  return Array.from(text.matchAll(ENGLISH_WORD), (m) => m[0].toLowerCase());
}

/** Every string in a content tree, with its path (for "no empty strings" checks). */
export function collectStrings(value: unknown, path = '$'): Array<{ path: string; text: string }> {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value))
    return value.flatMap((item, i) => collectStrings(item, `${path}[${i}]`));
  if (isFields(value)) {
    return Object.entries(value).flatMap(([key, item]) => collectStrings(item, `${path}.${key}`));
  }
  return [];
}

const PLURAL_CATEGORIES: ReadonlySet<string> = new Set([
  'zero',
  'one',
  'two',
  'few',
  'many',
  'other',
]);

/** A plural message: string forms named by CLDR plural categories, `other` among them. */
export function isPluralMessage(value: unknown): value is Readonly<Record<string, string>> {
  return (
    isFields(value) &&
    typeof value.other === 'string' &&
    Object.entries(value).every(([k, v]) => PLURAL_CATEGORIES.has(k) && typeof v === 'string')
  );
}

const SPANISH_CATEGORIES: ReadonlySet<string> = new Set(
  new Intl.PluralRules('es').resolvedOptions().pluralCategories,
);

function checkText(text: string, path: string, lang: string, problems: string[]): void {
  if (text.trim() === '') problems.push(`${path}: empty ${lang} string`);
  else if (text !== text.trim())
    problems.push(`${path}: ${lang} string has leading/trailing spaces`);
}

/**
 * Compares an English content tree with its Spanish counterpart. Returns a
 * list of problems, each starting with the path of the value; empty when fine.
 */
export function checkTranslation(
  en: unknown,
  es: unknown,
  options: TranslationCheckOptions,
): string[] {
  const problems: string[] = [];
  const allowIdentical = options.allowIdentical ?? new Set<string>();

  const walk = (a: unknown, b: unknown, path: string, key: string | undefined): void => {
    if (typeof a === 'string') {
      if (typeof b !== 'string') {
        problems.push(`${path}: expected a string in Spanish`);
        return;
      }
      checkText(a, path, 'English', problems);
      checkText(b, path, 'Spanish', problems);
      if (key !== undefined && options.sameValueKeys.has(key)) {
        if (a !== b) problems.push(`${path}: "${b}" should equal "${a}" (an identifier)`);
        return;
      }
      if (a === b && !allowIdentical.has(a)) {
        problems.push(`${path}: Spanish is identical to English ("${a}")`);
      }
      const english = findEnglishWords(b);
      if (english.length > 0) {
        problems.push(`${path}: Spanish contains English words (${english.join(', ')}): "${b}"`);
      }
      return;
    }
    if (isPluralMessage(a)) {
      if (!isPluralMessage(b)) {
        problems.push(`${path}: expected a plural message (with an "other" form) in Spanish`);
        return;
      }
      for (const category of Object.keys(b)) {
        if (!SPANISH_CATEGORIES.has(category)) {
          problems.push(`${path}: Spanish has no "${category}" plural form`);
        }
      }
      // Each Spanish form is compared with the English form of its category, or,
      // where English has none (such as Spanish `many`), with English `other`.
      for (const [category, text] of Object.entries(a)) {
        walk(text, b[category] ?? b.other, `${path}.${category}`, key);
      }
      for (const [category, text] of Object.entries(b)) {
        if (!(category in a)) walk(a.other, text, `${path}.${category}`, key);
      }
      return;
    }
    if (Array.isArray(a)) {
      if (!Array.isArray(b)) {
        problems.push(`${path}: expected an array in Spanish`);
        return;
      }
      if (a.length !== b.length) {
        problems.push(`${path}: ${a.length} items in English but ${b.length} in Spanish`);
      }
      const n = Math.min(a.length, b.length);
      for (let i = 0; i < n; i += 1) walk(a[i], b[i], `${path}[${i}]`, key);
      return;
    }
    if (isFields(a)) {
      if (!isFields(b)) {
        problems.push(`${path}: expected an object in Spanish`);
        return;
      }
      const keysA = Object.keys(a).sort();
      const keysB = Object.keys(b).sort();
      if (keysA.join() !== keysB.join()) {
        problems.push(
          `${path}: keys differ (English: ${keysA.join(', ')}; Spanish: ${keysB.join(', ')})`,
        );
      }
      for (const k of keysA) if (k in b) walk(a[k], b[k], `${path}.${k}`, k);
      return;
    }
    if (typeof a !== typeof b) problems.push(`${path}: expected a ${typeof a} in Spanish`);
  };

  walk(en, es, '$', undefined);
  return [...new Set(problems)];
}
