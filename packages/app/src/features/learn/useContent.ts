import { useEffect, useState } from 'preact/hooks';
import { loadChapters, loadSelfCheck, type Chapter, type SelfCheck } from '../../content/index.ts';
import type { Locale } from '../../i18n/index.ts';

export type Loaded<T> =
  { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; retry(): void };

// The writing is public text, not anything the person wrote, so it can stay in
// memory once loaded: coming back to a screen then shows it at once.
const chapterCache = new Map<Locale, Chapter[]>();
const selfCheckCache = new Map<Locale, SelfCheck>();

function useLoaded<T>(
  locale: Locale,
  cache: Map<Locale, T>,
  load: (locale: Locale) => Promise<T>,
): Loaded<T> {
  const [attempt, setAttempt] = useState(0);
  const [, setLoaded] = useState<T | null>(null);
  const [failed, setFailed] = useState<Locale | null>(null);

  useEffect(() => {
    if (cache.has(locale)) return;
    let live = true;
    setFailed(null);
    load(locale).then(
      (value) => {
        cache.set(locale, value);
        if (live) setLoaded(value);
      },
      () => {
        if (live) setFailed(locale);
      },
    );
    return () => {
      live = false;
    };
  }, [locale, attempt, cache, load]);

  const value = cache.get(locale);
  if (value !== undefined) return { state: 'ready', value };
  if (failed === locale) return { state: 'failed', retry: () => setAttempt((n) => n + 1) };
  return { state: 'loading' };
}

/** The Learn chapters in the person's language, loaded the first time they are asked for. */
export function useChapters(locale: Locale): Loaded<Chapter[]> {
  return useLoaded(locale, chapterCache, loadChapters);
}

/** The self-check in the person's language, loaded the first time it is asked for. */
export function useSelfCheck(locale: Locale): Loaded<SelfCheck> {
  return useLoaded(locale, selfCheckCache, loadSelfCheck);
}
