import { en, es } from '../../packages/app/src/i18n/all.ts';
import type { Catalog } from '../../packages/app/src/i18n/types.ts';

/** The app's own words in each language, so tests find what a person reads. */
export type Words = Catalog;
export const WORDS: Record<'en' | 'es', Words> = { en, es };
