import type { ChapterId } from '../../content/index.ts';
import { useShell } from '../../shell/context.ts';
import { useChapters } from '../learn/useContent.ts';

/** Buttons that open Learn chapters by title; nothing until the titles have loaded. */
export function ChapterLinks({ label, ids }: { label: string; ids: readonly ChapterId[] }) {
  const { locale, go } = useShell();
  const chapters = useChapters(locale);
  if (chapters.state !== 'ready') return null;
  const titles = new Map(chapters.value.map((c) => [c.id, c.title]));
  return (
    <div class="selfcheck-read">
      <p class="selfcheck-read-label">{label}</p>
      <ul class="learn-helps">
        {ids.map((id) => (
          <li key={id}>
            <button type="button" class="link learn-help-link" onClick={() => go('learn', id)}>
              {titles.get(id)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
