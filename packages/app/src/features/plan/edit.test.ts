import { PLAN_LIMITS, emptyPlan, planProgress, validatePlan } from '@steady/core';
import { describe, expect, test } from 'vitest';
import {
  addItem,
  addPerson,
  editItem,
  removeItem,
  setAnswer,
  setComplete,
  setNotes,
  setReviewDate,
  toggleSign,
} from './edit.ts';

describe('plan edits', () => {
  test('every edit keeps the plan valid for storage', () => {
    let plan = emptyPlan();
    plan = setAnswer(plan, 'places', 'routes', 'x'.repeat(PLAN_LIMITS.answer + 50));
    plan = setNotes(plan, 'crash', 'hard days');
    plan = editItem(plan, 'essentials', 'ids', { done: true, where: 'with Ana' });
    plan = addItem(plan, 'essentials', 'own1', 'spare glasses');
    plan = addPerson(plan, { id: 'p1', name: 'Ana', reach: '555', can: ['ride'] });
    plan = toggleSign(plan, 'weapon', true);
    plan = setComplete(plan, 'children', true);
    plan = setReviewDate(plan, '2030-01-02');
    const checked = validatePlan(JSON.parse(JSON.stringify(plan)));
    expect(checked.ok).toBe(true);
    expect(plan.sections.places.answers.routes).toHaveLength(PLAN_LIMITS.answer);
    expect(planProgress(plan).complete).toBe(1);
  });

  test('removing an own item, unmarking a sign and clearing the review date', () => {
    let plan = addItem(emptyPlan(), 'digital', 'own1', 'new email');
    plan = removeItem(plan, 'digital', 'own1');
    expect(plan.sections.digital.items.some((i) => i.id === 'own1')).toBe(false);
    plan = toggleSign(toggleSign(plan, 'strangling', true), 'strangling', false);
    expect(plan.dangerSigns).toEqual([]);
    plan = setReviewDate(setReviewDate(plan, '2030-01-02'), '');
    expect('reviewDate' in plan).toBe(false);
  });
});
