import { describe, expect, test } from 'vitest';
import { PLAN_LIMITS, PLAN_SECTIONS, type PlanSectionId } from './types.ts';
import { emptyPlan, validatePlan } from './validate.ts';

const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('plan validation', () => {
  test('a new plan survives storage unchanged', () => {
    const plan = emptyPlan();
    expect(validatePlan(roundTrip(plan))).toEqual({ ok: true, value: plan });
    expect(Object.keys(plan.sections)).toEqual([...PLAN_SECTIONS]);
    expect(plan.sections.essentials.items.map((i) => i.preset)).toContain('ids');
  });

  test('a filled plan survives, unknown fields dropped and signs put in order', () => {
    const plan = {
      ...emptyPlan(),
      people: [{ id: 'a1', name: 'Ana', reach: '+34 600', can: ['checkIn', 'ride'], extra: 1 }],
      dangerSigns: ['weapon', 'strangling'],
      reviewDate: '2026-03-01',
      sneaky: '<script>',
    };
    const result = validatePlan(roundTrip(plan));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.people).toEqual([
      { id: 'a1', name: 'Ana', reach: '+34 600', can: ['ride', 'checkIn'] },
    ]);
    expect(result.value.dangerSigns).toEqual(['strangling', 'weapon']);
    expect(result.value.reviewDate).toBe('2026-03-01');
    expect('sneaky' in result.value).toBe(false);
  });

  test('a missing section (older version) starts empty', () => {
    const sections: Partial<Record<PlanSectionId, unknown>> = { ...emptyPlan().sections };
    delete sections.risk;
    const result = validatePlan({ version: 1, sections });
    expect(result.ok && result.value.sections.risk.complete).toBe(false);
  });

  test.each([
    ['not an object', 'plan'],
    ['wrong version', { version: 2 }],
    ['unknown section', { version: 1, sections: { secret: {} } }],
    ['unknown question', { version: 1, sections: { places: { answers: { nope: 'x' } } } }],
    [
      'answer too long',
      {
        version: 1,
        sections: { places: { answers: { routes: 'x'.repeat(PLAN_LIMITS.answer + 1) } } },
      },
    ],
    [
      'notes too long',
      { version: 1, sections: { crash: { notes: 'x'.repeat(PLAN_LIMITS.notes + 1) } } },
    ],
    [
      'too many items',
      {
        version: 1,
        sections: {
          essentials: {
            items: Array.from({ length: PLAN_LIMITS.items + 1 }, (_, i) => ({
              id: `i${i}`,
              text: 'x',
              done: false,
            })),
          },
        },
      },
    ],
    [
      'item with two labels',
      {
        version: 1,
        sections: { essentials: { items: [{ id: 'a', preset: 'ids', text: 'x', done: false }] } },
      },
    ],
    [
      'item with no label',
      { version: 1, sections: { essentials: { items: [{ id: 'a', done: false }] } } },
    ],
    [
      'preset of another section',
      { version: 1, sections: { digital: { items: [{ id: 'a', preset: 'ids', done: false }] } } },
    ],
    [
      'duplicate item ids',
      {
        version: 1,
        sections: {
          places: {
            items: [
              { id: 'a', text: 'x', done: false },
              { id: 'a', text: 'y', done: true },
            ],
          },
        },
      },
    ],
    [
      'bad item id',
      { version: 1, sections: { places: { items: [{ id: '../x', text: 'x', done: false }] } } },
    ],
    [
      'where too long',
      {
        version: 1,
        sections: {
          essentials: {
            items: [
              { id: 'a', preset: 'ids', done: false, where: 'x'.repeat(PLAN_LIMITS.where + 1) },
            ],
          },
        },
      },
    ],
    ['unknown danger sign', { version: 1, dangerSigns: ['score'] }],
    ['unknown helper role', { version: 1, people: [{ id: 'a', name: 'A', can: ['spy'] }] }],
    [
      'too many people',
      {
        version: 1,
        people: Array.from({ length: PLAN_LIMITS.people + 1 }, (_, i) => ({
          id: `p${i}`,
          name: 'A',
        })),
      },
    ],
    ['bad review date', { version: 1, reviewDate: '2026-02-30' }],
    ['complete not a boolean', { version: 1, sections: { places: { complete: 'yes' } } }],
  ])('refuses %s', (_name, input) => {
    expect(validatePlan(input).ok).toBe(false);
  });
});
