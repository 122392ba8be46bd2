import { useShell } from '../../shell/context.ts';

/**
 * Shown at the top of the plan while any of the gravest danger signs is marked:
 * the way to help comes first. An alert, so a screen reader says it when it appears.
 */
export function HelpForward() {
  const { t, go } = useShell();
  return (
    <section
      class="plan-help-forward"
      role="alert"
      aria-labelledby="plan-help-forward-title"
      tabIndex={-1}
    >
      <h2 id="plan-help-forward-title">{t('plan.helpForward.title')}</h2>
      <p>{t('plan.helpForward.body')}</p>
      <button type="button" class="plan-help-forward-go" onClick={() => go('help')}>
        {t('plan.helpForward.button')}
      </button>
      <p class="plan-help-forward-note">{t('plan.notService')}</p>
    </section>
  );
}
