import './plan.css';
import { riskPrompt, type PlanSectionId } from '@steady/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { Loading } from '../../ui/Status.tsx';
import { HelpForward } from './HelpForward.tsx';
import { Overview } from './Overview.tsx';
import { PrintView } from './PrintView.tsx';
import { SectionView } from './SectionView.tsx';
import { usePlan, type SaveStatus } from './usePlan.ts';

type View = { kind: 'overview' } | { kind: 'section'; id: PlanSectionId } | { kind: 'print' };

const STATUS_KEYS = {
  saving: 'plan.saving',
  saved: 'plan.saved',
  failed: 'plan.saveFailed',
} as const satisfies Record<Exclude<SaveStatus, 'idle'>, string>;

export function Plan() {
  const { t } = useShell();
  const { plan, unreadable, status, update, conflicts, resolve } = usePlan();
  const [view, setView] = useState<View>({ kind: 'overview' });
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // Moving between parts of the plan puts focus on the new heading, as moving
  // between screens does, and starts the reading at the top.
  useEffect(() => {
    if (!moved.current) return;
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, [view]);

  function show(next: View) {
    moved.current = true;
    setView(next);
  }

  if (unreadable)
    return (
      <section class="screen plan" aria-labelledby="plan-title">
        <h1 id="plan-title">{t('plan.title')}</h1>
        <p class="error" role="alert">
          {t('plan.unreadable')}
        </p>
      </section>
    );
  if (!plan)
    return (
      <section class="screen plan">
        <Loading text={t('plan.loading')} />
      </section>
    );

  const prompt = riskPrompt(plan.dangerSigns);
  const toOverview = () => show({ kind: 'overview' });

  return (
    <section class="screen plan" aria-labelledby="plan-title">
      {prompt.bringHelpForward && <HelpForward />}
      <p class={`plan-save plan-save-${status}`} role="status">
        {status === 'idle' ? '' : t(STATUS_KEYS[status])}
      </p>
      {view.kind === 'overview' && (
        <Overview
          plan={plan}
          update={update}
          onOpen={(id) => show({ kind: 'section', id })}
          onPrint={() => show({ kind: 'print' })}
          headingRef={heading}
        />
      )}
      {view.kind === 'section' && (
        <SectionView
          key={view.id}
          plan={plan}
          id={view.id}
          update={update}
          conflicts={conflicts}
          resolve={resolve}
          onBack={toOverview}
          headingRef={heading}
        />
      )}
      {view.kind === 'print' && <PrintView plan={plan} onBack={toOverview} headingRef={heading} />}
    </section>
  );
}
