import type { SelfCheck } from '../../content/index.ts';
import { useShell } from '../../shell/context.ts';
import { useFocusOn } from '../learn/useFocus.ts';

export function Paused({
  content,
  kept,
  onResume,
}: {
  content: SelfCheck;
  /** The answers are kept in the vault, not only on screen. */
  kept: boolean;
  onResume(): void;
}) {
  const { t } = useShell();
  const heading = useFocusOn<HTMLHeadingElement>('paused');
  return (
    <section class="screen selfcheck" aria-labelledby="selfcheck-paused">
      <h1 id="selfcheck-paused" ref={heading} tabIndex={-1}>
        {t('selfcheck.pausedTitle')}
      </h1>
      <p>{kept ? t('selfcheck.pausedKept') : t('selfcheck.pausedScreen')}</p>
      <div class="row">
        <button type="button" onClick={onResume}>
          {content.actions.resume}
        </button>
      </div>
    </section>
  );
}
