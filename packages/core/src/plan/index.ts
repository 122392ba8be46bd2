// The safety plan: what @steady/core re-exports for the app.
export {
  DANGER_SIGNS,
  GRAVEST_SIGNS,
  HELPER_ROLES,
  PLAN_LIMITS,
  PLAN_PRESET_ITEMS,
  PLAN_QUESTIONS,
  PLAN_SECTIONS,
  itemsAreKeptSomewhere,
  type DangerSign,
  type HelperRole,
  type PlanItem,
  type PlanPresetItem,
  type PlanQuestionId,
  type PlanSection,
  type PlanSectionId,
  type SafetyPlan,
  type TrustedPerson,
} from './types.ts';
export { emptyPlan, isDangerSign, isPlanItemId, validatePlan } from './validate.ts';
export {
  planProgress,
  sectionProgress,
  type PlanProgress,
  type SectionProgress,
} from './progress.ts';
export { isGravest, riskPrompt, type RiskPrompt } from './risk.ts';
export {
  ALERT_MESSAGE_MAX,
  alertPeople,
  alertSmsHref,
  planCodeWord,
  type AlertPeople,
  type AlertRecipient,
} from './alert.ts';
