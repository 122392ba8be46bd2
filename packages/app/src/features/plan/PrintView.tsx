import { PLAN_SECTIONS, sectionProgress, type PlanSectionId, type SafetyPlan } from '@steady/core';
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { CheckboxGroup } from '../../ui/CheckboxGroup.tsx';
import { PrintNameChoice } from '../../shell/PrintNameChoice.tsx';
import { sectionTitleKey } from './keys.ts';
import { PrintedPlan } from './PrintedPlan.tsx';

interface Props {
  plan: SafetyPlan;
  onBack(): void;
  headingRef: Ref<HTMLHeadingElement>;
}

/** Choose the parts, then print: the browser's own dialog also saves as PDF. */
export function PrintView({ plan, onBack, headingRef }: Props) {
  const { t } = useShell();
  // Parts with something in them are ticked to begin with; the person decides.
  const [chosen, setChosen] = useState<PlanSectionId[]>(() =>
    PLAN_SECTIONS.filter((id) => sectionProgress(plan, id) !== 'not-started'),
  );
  const inOrder = PLAN_SECTIONS.filter((id) => chosen.includes(id));
  const [showName, setShowName] = useState(false);

  return (
    <div class="plan-print-choose">
      <button type="button" class="secondary plan-back" onClick={onBack}>
        {t('plan.back')}
      </button>
      <h1 id="plan-title" ref={headingRef} tabIndex={-1}>
        {t('plan.print.title')}
      </h1>
      <p>{t('plan.print.intro')}</p>
      <CheckboxGroup
        legend={t('plan.print.choose')}
        options={PLAN_SECTIONS}
        value={chosen}
        onChange={setChosen}
        label={(id) => t(sectionTitleKey(id))}
      />
      <PrintNameChoice id="plan-print-name" checked={showName} onChange={setShowName} />
      {inOrder.length === 0 ? (
        <p class="hint">{t('plan.print.none')}</p>
      ) : (
        <button type="button" class="plan-print-go" onClick={() => window.print()}>
          {t('plan.print.button')}
        </button>
      )}
      <PrintedPlan plan={plan} chosen={inOrder} showName={showName} />
    </div>
  );
}
