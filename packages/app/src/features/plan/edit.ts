import {
  PLAN_LIMITS,
  type DangerSign,
  type HelperRole,
  type PlanSection,
  type PlanSectionId,
  type SafetyPlan,
  type TrustedPerson,
} from '@steady/core';

// Small, pure changes to the plan. Each returns a new plan; the screen saves it.

export function editSection(
  plan: SafetyPlan,
  id: PlanSectionId,
  change: (section: PlanSection) => PlanSection,
): SafetyPlan {
  return { ...plan, sections: { ...plan.sections, [id]: change(plan.sections[id]) } };
}

export const setAnswer = (plan: SafetyPlan, id: PlanSectionId, question: string, text: string) =>
  editSection(plan, id, (s) => ({
    ...s,
    answers: { ...s.answers, [question]: text.slice(0, PLAN_LIMITS.answer) },
  }));

export const setNotes = (plan: SafetyPlan, id: PlanSectionId, notes: string) =>
  editSection(plan, id, (s) => ({ ...s, notes: notes.slice(0, PLAN_LIMITS.notes) }));

export const setComplete = (plan: SafetyPlan, id: PlanSectionId, complete: boolean) =>
  editSection(plan, id, (s) => ({ ...s, complete }));

export const editItem = (
  plan: SafetyPlan,
  id: PlanSectionId,
  itemId: string,
  change: { done?: boolean; where?: string },
) =>
  editSection(plan, id, (s) => ({
    ...s,
    items: s.items.map((item) =>
      item.id === itemId
        ? {
            ...item,
            ...change,
            where: (change.where ?? item.where).slice(0, PLAN_LIMITS.where),
          }
        : item,
    ),
  }));

export const addItem = (plan: SafetyPlan, id: PlanSectionId, itemId: string, text: string) =>
  editSection(plan, id, (s) =>
    s.items.length >= PLAN_LIMITS.items
      ? s
      : {
          ...s,
          items: [
            ...s.items,
            { id: itemId, text: text.slice(0, PLAN_LIMITS.itemText), done: false, where: '' },
          ],
        },
  );

export const removeItem = (plan: SafetyPlan, id: PlanSectionId, itemId: string) =>
  editSection(plan, id, (s) => ({ ...s, items: s.items.filter((item) => item.id !== itemId) }));

export function addPerson(
  plan: SafetyPlan,
  person: { id: string; name: string; reach: string; can: readonly HelperRole[] },
): SafetyPlan {
  if (plan.people.length >= PLAN_LIMITS.people) return plan;
  const clean: TrustedPerson = {
    id: person.id,
    name: person.name.slice(0, PLAN_LIMITS.name),
    reach: person.reach.slice(0, PLAN_LIMITS.reach),
    can: person.can,
  };
  return { ...plan, people: [...plan.people, clean] };
}

export const removePerson = (plan: SafetyPlan, personId: string): SafetyPlan => ({
  ...plan,
  people: plan.people.filter((p) => p.id !== personId),
});

export function toggleSign(plan: SafetyPlan, sign: DangerSign, marked: boolean): SafetyPlan {
  const rest = plan.dangerSigns.filter((s) => s !== sign);
  return { ...plan, dangerSigns: marked ? [...rest, sign] : rest };
}

export function setReviewDate(plan: SafetyPlan, date: string): SafetyPlan {
  if (date) return { ...plan, reviewDate: date };
  const { version, sections, people, dangerSigns } = plan;
  return { version, sections, people, dangerSigns };
}
