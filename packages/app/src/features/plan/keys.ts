import type {
  DangerSign,
  HelperRole,
  PlanItem,
  PlanPresetItem,
  PlanSectionId,
  SectionProgress,
} from '@steady/core';
import type { PlainKey } from '../../i18n/index.ts';

// The plan's parts, questions and checklist items are named in core; their words
// live in the catalog under keys built from those names. keys.test.ts checks that
// every key built here exists, so a new name in core without words fails a test.
const key = (name: string) => name as PlainKey;

export const sectionTitleKey = (id: PlanSectionId) => key(`plan.section.${id}`);
export const sectionIntroKey = (id: PlanSectionId) => key(`plan.intro.${id}`);
export const questionKey = (id: PlanSectionId, question: string) => key(`plan.q.${id}.${question}`);
export const presetKey = (preset: PlanPresetItem) => key(`plan.item.${preset}`);
export const signKey = (sign: DangerSign) => key(`plan.sign.${sign}`);
export const roleKey = (role: HelperRole) => key(`plan.people.role.${role}`);
export const stateKey = (state: SectionProgress) => key(`plan.state.${state}`);

/** The words of a checklist line: Steady's own, or what the person wrote. */
export function itemLabel(item: PlanItem, t: (k: PlainKey) => string): string {
  return item.preset ? t(presetKey(item.preset)) : (item.text ?? '');
}
