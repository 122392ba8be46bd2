import {
  PLAN_QUESTIONS,
  type ConflictCopy,
  type PlanSectionId,
  type SafetyPlan,
} from '@steady/core';
import type { Ref } from 'preact';
import { useShell } from '../../shell/context.ts';
import { Checklist } from './Checklist.tsx';
import { ConflictCopies, copiesAt } from './ConflictCopies.tsx';
import { DangerSigns } from './DangerSigns.tsx';
import { setAnswer, setComplete, setNotes } from './edit.ts';
import { questionKey, sectionIntroKey, sectionTitleKey } from './keys.ts';
import { TrustedPeople } from './TrustedPeople.tsx';

interface Props {
  plan: SafetyPlan;
  id: PlanSectionId;
  update(change: (plan: SafetyPlan) => SafetyPlan): void;
  /** Text another device wrote to the same answers at the same time. */
  conflicts: readonly ConflictCopy[];
  resolve(copy: ConflictCopy, choice: 'keep' | 'drop'): Promise<void>;
  onBack(): void;
  headingRef: Ref<HTMLHeadingElement>;
}

function Extra({ plan, id, update }: Pick<Props, 'plan' | 'id' | 'update'>) {
  const { t, go } = useShell();
  if (id === 'people') return <TrustedPeople plan={plan} update={update} />;
  if (id === 'risk') return <DangerSigns plan={plan} update={update} />;
  if (id === 'professional')
    return (
      <p class="plan-aside">
        {t('plan.professional.help')}{' '}
        <button type="button" class="link" onClick={() => go('help')}>
          {t('plan.professional.helpLink')}
        </button>
      </p>
    );
  if (id === 'crash') {
    return (
      <p class="plan-aside">
        {t('plan.crash.urges')}{' '}
        <button type="button" class="link" onClick={() => go('urges')}>
          {t('plan.crash.urgesLink')}
        </button>
      </p>
    );
  }
  return null;
}

export function SectionView({ plan, id, update, conflicts, resolve, onBack, headingRef }: Props) {
  const { t } = useShell();
  const section = plan.sections[id];
  const questions: readonly string[] = PLAN_QUESTIONS[id];
  const back = (
    <button type="button" class="secondary plan-back" onClick={onBack}>
      {t('plan.back')}
    </button>
  );

  return (
    <div class={`plan-section plan-section-${id}`}>
      {back}
      <h1 id="plan-title" ref={headingRef} tabIndex={-1}>
        {t(sectionTitleKey(id))}
      </h1>
      <p>{t(sectionIntroKey(id))}</p>
      {id === 'risk' && <p>{t('plan.leavingRisk')}</p>}

      <Extra plan={plan} id={id} update={update} />

      {questions.map((question) => {
        const field = `plan-${id}-${question}`;
        return (
          <div key={question} class="field">
            <label for={field}>{t(questionKey(id, question))}</label>
            <textarea
              id={field}
              rows={3}
              autoComplete="off"
              value={section.answers[question] ?? ''}
              onInput={(e) => update((p) => setAnswer(p, id, question, e.currentTarget.value))}
            />
            <ConflictCopies
              copies={copiesAt(conflicts, ['sections', id, 'answers', question])}
              resolve={resolve}
              label={t(questionKey(id, question))}
            />
          </div>
        );
      })}

      {section.items.length > 0 && <Checklist plan={plan} id={id} update={update} />}

      <div class="field">
        <label for={`plan-${id}-notes`}>{t('plan.notes')}</label>
        <textarea
          id={`plan-${id}-notes`}
          rows={5}
          autoComplete="off"
          value={section.notes}
          onInput={(e) => update((p) => setNotes(p, id, e.currentTarget.value))}
        />
        <ConflictCopies
          copies={copiesAt(conflicts, ['sections', id, 'notes'])}
          resolve={resolve}
          label={t('plan.notes')}
        />
      </div>

      <div class="field">
        <label class="choice">
          <input
            autoComplete="off"
            type="checkbox"
            checked={section.complete}
            aria-describedby={`plan-${id}-complete-hint`}
            onChange={(e) => update((p) => setComplete(p, id, e.currentTarget.checked))}
          />
          {t('plan.complete')}
        </label>
        <p class="hint" id={`plan-${id}-complete-hint`}>
          {t('plan.completeHint')}
        </p>
      </div>
      {back}
    </div>
  );
}
