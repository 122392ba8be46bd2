import { useShell } from './context.ts';

/** Shown in a form that carried on from its draft: when it was kept, and a way to let it go. */
export function DraftResumed({ at, onDiscard }: { at: string; onDiscard(): void }) {
  const { t, locale } = useShell();
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const time = Date.parse(at);
  return (
    <div class="draft-resumed">
      <p role="status">
        {t('draft.resumed', { when: Number.isFinite(time) ? when.format(time) : at })}
      </p>
      <button type="button" class="secondary" onClick={onDiscard}>
        {t('draft.discardHere')}
      </button>
    </div>
  );
}
