import type { Chapter, ChapterId } from '../../content/index.ts';
import { useShell } from '../../shell/context.ts';
import { useFocusOn } from './useFocus.ts';
import { WhatHelpsList } from './WhatHelpsList.tsx';

export function ChapterReader({
  chapter,
  previous,
  next,
  onOpen,
  onBack,
}: {
  chapter: Chapter;
  previous: Chapter | undefined;
  next: Chapter | undefined;
  onOpen(id: ChapterId): void;
  onBack(): void;
}) {
  const { t } = useShell();
  const heading = useFocusOn<HTMLHeadingElement>(chapter.id);

  return (
    <article class="screen learn-reader" aria-labelledby="chapter-title">
      {/* The topics come first, so the reader can decide before reading on. */}
      <p class="learn-topics">{chapter.topics}</p>
      <h1 id="chapter-title" ref={heading} tabIndex={-1}>
        {chapter.title}
      </h1>
      <p class="muted learn-minutes">{t('learn.minutes', { count: chapter.readingMinutes })}</p>

      {chapter.sections.map((section) => (
        <section key={section.heading} class="learn-section">
          <h2>{section.heading}</h2>
          {section.paragraphs.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </section>
      ))}

      <section class="card learn-what-helps" aria-labelledby="chapter-helps">
        <h2 id="chapter-helps">{t('learn.whatHelps')}</h2>
        <WhatHelpsList items={chapter.whatHelps} />
      </section>

      <div class="learn-pager" role="group" aria-label={t('learn.chapterNav')}>
        {previous && (
          <button type="button" class="secondary" onClick={() => onOpen(previous.id)}>
            {t('learn.previous', { title: previous.title })}
          </button>
        )}
        {next && (
          <button type="button" class="secondary" onClick={() => onOpen(next.id)}>
            {t('learn.next', { title: next.title })}
          </button>
        )}
        <button type="button" class="secondary" onClick={onBack}>
          {t('learn.backToList')}
        </button>
      </div>
    </article>
  );
}
