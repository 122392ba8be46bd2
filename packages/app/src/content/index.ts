// Long-form content (Learn chapters, the self-check). It is large, so every
// language, English included, loads only when a screen asks for it.
import type { Locale } from '../i18n/index.ts';
import type { Chapter } from './learn/types.ts';
import type { SelfCheck } from './selfcheck/types.ts';

export type { Chapter, ChapterId, Section, WhatHelps, WhatHelpsTarget } from './learn/types.ts';
export { CHAPTER_IDS } from './learn/types.ts';
export type { Answer, SelfCheck, Sign, SignId, Statement, StatementId } from './selfcheck/types.ts';
export { ANSWERS, SIGN_IDS } from './selfcheck/types.ts';
export {
  reflect,
  type Answers,
  type Reflection,
  type SignReflection,
} from './selfcheck/reflect.ts';

const chapterLoaders: Record<Locale, () => Promise<Chapter[]>> = {
  en: () => import('./learn/en.ts').then((module) => module.chapters),
  es: () => import('./learn/es.ts').then((module) => module.chapters),
};

const selfCheckLoaders: Record<Locale, () => Promise<SelfCheck>> = {
  en: () => import('./selfcheck/en.ts').then((module) => module.selfCheck),
  es: () => import('./selfcheck/es.ts').then((module) => module.selfCheck),
};

/** The Learn chapters in a language, in reading order. */
export function loadChapters(locale: Locale): Promise<Chapter[]> {
  return chapterLoaders[locale]();
}

/** The self-check in a language. */
export function loadSelfCheck(locale: Locale): Promise<SelfCheck> {
  return selfCheckLoaders[locale]();
}
