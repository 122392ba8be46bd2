import { PLAN_SECTIONS, type PlanSectionId, type SafetyPlan } from './types.ts';

export type SectionProgress = 'not-started' | 'started' | 'complete';

/**
 * The rule, in one place:
 * - complete: the person said "done for now" (even with nothing written: a part
 *   that does not apply to them, such as children, is theirs to close);
 * - started: anything written or ticked in it (an answer, a note, a ticked item,
 *   where something is kept, an item of their own; for trusted people, a person;
 *   for the risk reflection, a marked sign);
 * - otherwise not started.
 * Whitespace alone counts as nothing written.
 */
export function sectionProgress(plan: SafetyPlan, id: PlanSectionId): SectionProgress {
  const section = plan.sections[id];
  if (section.complete) return 'complete';
  const written = (text: string | undefined) => (text ?? '').trim() !== '';
  const touched =
    Object.values(section.answers).some(written) ||
    written(section.notes) ||
    section.items.some((item) => item.done || written(item.where) || item.text !== undefined) ||
    (id === 'people' && plan.people.length > 0) ||
    (id === 'risk' && plan.dangerSigns.length > 0);
  return touched ? 'started' : 'not-started';
}

export interface PlanProgress {
  readonly sections: ReadonlyArray<{ readonly id: PlanSectionId; readonly state: SectionProgress }>;
  readonly started: number;
  readonly complete: number;
  readonly total: number;
}

/** Where each part of the plan stands, in the order the app shows them. */
export function planProgress(plan: SafetyPlan): PlanProgress {
  const sections = PLAN_SECTIONS.map((id) => ({ id, state: sectionProgress(plan, id) }));
  return {
    sections,
    started: sections.filter((s) => s.state === 'started').length,
    complete: sections.filter((s) => s.state === 'complete').length,
    total: sections.length,
  };
}
