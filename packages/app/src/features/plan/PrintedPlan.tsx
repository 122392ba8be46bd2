import { PLAN_QUESTIONS, type PlanSectionId, type SafetyPlan } from '@steady/core';
import { useShell } from '../../shell/context.ts';
import { PrintedBy } from '../../shell/PrintNameChoice.tsx';
import { itemLabel, questionKey, roleKey, sectionTitleKey, signKey } from './keys.ts';

/**
 * What goes on paper: only the parts the person chose, under a plain title.
 * Nothing of the other parts is in this tree, so nothing of them can print.
 */
export function PrintedPlan({
  plan,
  chosen,
  showName,
}: {
  plan: SafetyPlan;
  chosen: readonly PlanSectionId[];
  /** The person ticked "show the app's name": one line says where the page came from. */
  showName: boolean;
}) {
  const { t } = useShell();
  return (
    <div class="plan-print">
      <h1>{t('plan.print.heading')}</h1>
      {showName && <PrintedBy />}
      {chosen.map((id) => {
        const section = plan.sections[id];
        const questions: readonly string[] = PLAN_QUESTIONS[id];
        const answered = questions.filter((q) => (section.answers[q] ?? '').trim());
        return (
          <section key={id} class="plan-print-section">
            <h2>{t(sectionTitleKey(id))}</h2>
            {id === 'people' && plan.people.length > 0 && (
              <ul>
                {plan.people.map((person) => (
                  <li key={person.id}>
                    {[person.name, person.reach, person.can.map((r) => t(roleKey(r))).join(', ')]
                      .filter(Boolean)
                      .join(' — ')}
                  </li>
                ))}
              </ul>
            )}
            {id === 'risk' && plan.dangerSigns.length > 0 && (
              <ul>
                {plan.dangerSigns.map((sign) => (
                  <li key={sign}>{t(signKey(sign))}</li>
                ))}
              </ul>
            )}
            {answered.map((q) => (
              <div key={q}>
                <h3>{t(questionKey(id, q))}</h3>
                <p class="plan-print-text">{section.answers[q]}</p>
              </div>
            ))}
            {section.items.length > 0 && (
              <ul>
                {section.items.map((item) => (
                  <li key={item.id}>
                    {`${item.done ? t('plan.print.done') : t('plan.print.notDone')}: ${itemLabel(item, t)}`}
                    {item.where.trim() && ` — ${t('plan.where')}: ${item.where}`}
                  </li>
                ))}
              </ul>
            )}
            {section.notes.trim() && (
              <>
                <h3>{t('plan.notes')}</h3>
                <p class="plan-print-text">{section.notes}</p>
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
