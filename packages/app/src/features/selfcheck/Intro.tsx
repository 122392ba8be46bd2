import type { SelfCheck } from '../../content/index.ts';
import { useShell } from '../../shell/context.ts';
import { Loading } from '../../ui/Status.tsx';
import { useFocusOn } from '../learn/useFocus.ts';

export function Intro({
  content,
  checking,
  paused,
  canKeep,
  onStart,
  onResume,
  onHistory,
}: {
  content: SelfCheck;
  /** Still finding out whether a self-check was paused: no buttons yet, so none is pressed by mistake. */
  checking: boolean;
  /** A self-check was paused and can be carried on. */
  paused: boolean;
  /** Check-ins can be kept (the vault is open). */
  canKeep: boolean;
  onStart(): void;
  onResume(): void;
  onHistory(): void;
}) {
  const { t } = useShell();
  const heading = useFocusOn<HTMLHeadingElement>('intro');
  return (
    <section class="screen selfcheck" aria-labelledby="selfcheck-title">
      <p class="learn-topics">{content.topics}</p>
      <h1 id="selfcheck-title" ref={heading} tabIndex={-1}>
        {content.title}
      </h1>
      <h2>{content.intro.heading}</h2>
      {content.intro.paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <div class="card">
        <h2>{content.ifUpsetting.heading}</h2>
        {content.ifUpsetting.paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
        <p>{t('selfcheck.exitReminder')}</p>
      </div>
      {paused && <p>{t('selfcheck.pausedBefore')}</p>}
      {checking ? (
        <Loading text={t('selfcheck.loading')} />
      ) : (
        <div class="row">
          {paused ? (
            <>
              <button type="button" onClick={onResume}>
                {content.actions.resume}
              </button>
              <button type="button" class="secondary" onClick={onStart}>
                {t('selfcheck.startAgain')}
              </button>
            </>
          ) : (
            <button type="button" onClick={onStart}>
              {t('selfcheck.start')}
            </button>
          )}
          {canKeep && (
            <button type="button" class="secondary" onClick={onHistory}>
              {t('selfcheck.history')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
