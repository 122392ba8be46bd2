import { useEffect } from 'preact/hooks';
import type { Chapter, ChapterId } from '../../content/index.ts';
import { useShell } from '../../shell/context.ts';

export function chapterButtonId(id: ChapterId): string {
  return `learn-open-${id}`;
}

export function ChapterList({
  chapters,
  onOpen,
  returnTo,
}: {
  chapters: readonly Chapter[];
  onOpen(id: ChapterId): void;
  /** The chapter just closed: focus goes back to it, where the reader left the list. */
  returnTo: ChapterId | null;
}) {
  const { t, go } = useShell();

  useEffect(() => {
    if (!returnTo) return;
    const timer = setTimeout(() => document.getElementById(chapterButtonId(returnTo))?.focus());
    return () => clearTimeout(timer);
  }, [returnTo]);

  return (
    <section class="screen learn" aria-labelledby="learn-title">
      <h1 id="learn-title">{t('learn.title')}</h1>
      <p class="lead">{t('learn.intro')}</p>
      <ol class="learn-chapters">
        {chapters.map((chapter) => (
          <li key={chapter.id} class="card learn-chapter">
            <h2>
              <button
                type="button"
                id={chapterButtonId(chapter.id)}
                class="link learn-open"
                onClick={() => onOpen(chapter.id)}
              >
                {chapter.title}
              </button>
            </h2>
            <p>{chapter.summary}</p>
            <p class="muted learn-minutes">
              {t('learn.minutes', { count: chapter.readingMinutes })}
            </p>
          </li>
        ))}
      </ol>
      <div class="card">
        <p>{t('learn.selfCheckPrompt')}</p>
        <button type="button" class="secondary" onClick={() => go('selfcheck')}>
          {t('learn.selfCheckOpen')}
        </button>
      </div>
    </section>
  );
}
