import { planProgress, type PlanSectionId, type SafetyPlan } from '@steady/core';
import type { Ref } from 'preact';
import { useShell } from '../../shell/context.ts';
import { setReviewDate } from './edit.ts';
import { sectionTitleKey, stateKey } from './keys.ts';

interface Props {
  plan: SafetyPlan;
  update(change: (plan: SafetyPlan) => SafetyPlan): void;
  onOpen(id: PlanSectionId): void;
  onPrint(): void;
  headingRef: Ref<HTMLHeadingElement>;
}

/** Today on this device's calendar, as YYYY-MM-DD. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function Overview({ plan, update, onOpen, onPrint, headingRef }: Props) {
  const { t, locale } = useShell();
  const progress = planProgress(plan);
  const review = plan.reviewDate;
  const reviewText = review
    ? new Date(`${review}T12:00:00`).toLocaleDateString(locale, { dateStyle: 'long' })
    : '';

  return (
    <div class="plan-overview">
      <h1 id="plan-title" ref={headingRef} tabIndex={-1}>
        {t('plan.title')}
      </h1>
      <p>{t('plan.intro')}</p>
      <p>{t('plan.leavingRisk')}</p>

      <section class="card" aria-labelledby="plan-progress-title">
        <h2 id="plan-progress-title">{t('plan.progressTitle')}</h2>
        <p>
          {t('plan.progressSummary', {
            complete: progress.complete,
            total: progress.total,
            count: progress.started,
          })}
        </p>
        <ul class="plan-progress">
          {progress.sections.map(({ id, state }) => (
            <li key={id} class={`plan-progress-item plan-state-${state}`}>
              <button type="button" class="secondary plan-open" onClick={() => onOpen(id)}>
                {t(sectionTitleKey(id))}
              </button>
              <span class="plan-state">{t(stateKey(state))}</span>
            </li>
          ))}
        </ul>
      </section>

      <div class="field">
        <label for="plan-review">{t('plan.reviewLabel')}</label>
        <p class="hint" id="plan-review-hint">
          {t('plan.reviewHint')}
        </p>
        <input
          autoComplete="off"
          id="plan-review"
          type="date"
          value={review ?? ''}
          aria-describedby="plan-review-hint"
          onChange={(e) => update((p) => setReviewDate(p, e.currentTarget.value))}
        />
        {review && (
          <p class="plan-review-when">
            {review <= localToday()
              ? t('plan.reviewDue')
              : t('plan.reviewOn', { date: reviewText })}
          </p>
        )}
      </div>

      <div class="row">
        <button type="button" class="secondary" onClick={onPrint}>
          {t('plan.printOpen')}
        </button>
      </div>
    </div>
  );
}
