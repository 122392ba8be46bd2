import { describe, expect, test } from 'vitest';
import { planProgress, sectionProgress } from './progress.ts';
import type { PlanSectionId, SafetyPlan } from './types.ts';
import { emptyPlan } from './validate.ts';

function withSection(
  plan: SafetyPlan,
  id: PlanSectionId,
  change: Partial<SafetyPlan['sections'][PlanSectionId]>,
): SafetyPlan {
  return { ...plan, sections: { ...plan.sections, [id]: { ...plan.sections[id], ...change } } };
}

describe('plan progress', () => {
  test('a new plan has every section not started', () => {
    const progress = planProgress(emptyPlan());
    expect(progress.total).toBe(9);
    expect(progress.started).toBe(0);
    expect(progress.complete).toBe(0);
    expect(progress.sections.every((s) => s.state === 'not-started')).toBe(true);
    expect(progress.sections.map((s) => s.id)[0]).toBe('people');
  });

  test('whitespace alone does not start a section', () => {
    const plan = withSection(emptyPlan(), 'places', { notes: '   \n', answers: { routes: ' ' } });
    expect(sectionProgress(plan, 'places')).toBe('not-started');
  });

  test('an answer, a note, a ticked item, a where or an own item starts a section', () => {
    const base = emptyPlan();
    expect(
      sectionProgress(withSection(base, 'places', { answers: { routes: 'bus 12' } }), 'places'),
    ).toBe('started');
    expect(sectionProgress(withSection(base, 'crash', { notes: 'hard days' }), 'crash')).toBe(
      'started',
    );
    const items = base.sections.essentials.items;
    const ticked = items.map((item, i) => (i === 0 ? { ...item, done: true } : item));
    expect(sectionProgress(withSection(base, 'essentials', { items: ticked }), 'essentials')).toBe(
      'started',
    );
    const placed = items.map((item, i) => (i === 1 ? { ...item, where: 'at work' } : item));
    expect(sectionProgress(withSection(base, 'essentials', { items: placed }), 'essentials')).toBe(
      'started',
    );
    const own = [...items, { id: 'x1', text: 'spare glasses', done: false, where: '' }];
    expect(sectionProgress(withSection(base, 'essentials', { items: own }), 'essentials')).toBe(
      'started',
    );
  });

  test('a trusted person starts the people section; a marked sign starts the risk section', () => {
    const plan: SafetyPlan = {
      ...emptyPlan(),
      people: [{ id: 'p1', name: 'Ana', reach: '555', can: ['ride'] }],
      dangerSigns: ['stalking'],
    };
    expect(sectionProgress(plan, 'people')).toBe('started');
    expect(sectionProgress(plan, 'risk')).toBe('started');
    expect(sectionProgress(plan, 'places')).toBe('not-started');
  });

  test('complete is the person’s word, even for a part with nothing written', () => {
    let plan = withSection(emptyPlan(), 'children', { complete: true });
    plan = withSection(plan, 'digital', { answers: { device: 'library' }, complete: true });
    plan = withSection(plan, 'after', { notes: 'later' });
    const progress = planProgress(plan);
    expect(sectionProgress(plan, 'children')).toBe('complete');
    expect(sectionProgress(plan, 'digital')).toBe('complete');
    expect(progress.complete).toBe(2);
    expect(progress.started).toBe(1);
  });
});
