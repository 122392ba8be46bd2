import './learn.css';
import { useState } from 'preact/hooks';
import { CHAPTER_IDS, type ChapterId } from '../../content/index.ts';
import { useShell } from '../../shell/context.ts';
import { LoadFailed, Loading } from '../../ui/Status.tsx';
import { ChapterList } from './ChapterList.tsx';
import { ChapterReader } from './ChapterReader.tsx';
import { useChapters } from './useContent.ts';

// Chapters load per language the first time Learn opens; the service worker keeps
// every built file, so they read offline too.
export function Learn() {
  const { t, locale, opening } = useShell();
  const chapters = useChapters(locale);
  // A chapter another screen asked for ("read more" in the self-check), or the list.
  const [open, setOpen] = useState<ChapterId | null>(
    () => CHAPTER_IDS.find((id) => id === opening) ?? null,
  );
  const [returnTo, setReturnTo] = useState<ChapterId | null>(null);

  if (chapters.state !== 'ready') {
    return (
      <section class="screen learn" aria-labelledby="learn-title">
        <h1 id="learn-title">{t('learn.title')}</h1>
        {chapters.state === 'loading' ? (
          <Loading text={t('learn.loading')} />
        ) : (
          <LoadFailed
            text={t('learn.loadError')}
            retryLabel={t('learn.retry')}
            onRetry={chapters.retry}
          />
        )}
      </section>
    );
  }

  const list = chapters.value;
  const index = list.findIndex((c) => c.id === open);
  const chapter = list[index];
  if (!chapter) {
    return (
      <ChapterList
        chapters={list}
        returnTo={returnTo}
        onOpen={(id) => {
          setReturnTo(null);
          setOpen(id);
        }}
      />
    );
  }
  return (
    <ChapterReader
      chapter={chapter}
      previous={list[index - 1]}
      next={list[index + 1]}
      onOpen={setOpen}
      onBack={() => {
        setReturnTo(chapter.id);
        setOpen(null);
      }}
    />
  );
}
