import { describe, expect, test } from 'vitest';
import { contactsInPlan } from './data.ts';

describe('trusted people from the safety plan', () => {
  test('reads people whose way to reach them is a number, and skips the rest', () => {
    const plan = {
      version: 1,
      people: [
        { id: 'a', name: 'Ana', reach: '+34 600 111 222', can: [] },
        { id: 'b', name: 'Ben', reach: 'at the library on Tuesdays', can: [] },
        { id: 'c', name: 'Cleo', phone: '07700 900456' },
      ],
      sections: { people: { items: [{ name: 'Ana', reach: '+34 600 111 222' }] } },
    };
    expect(contactsInPlan(plan)).toEqual([
      { name: 'Ana', phone: '+34 600 111 222' },
      { name: 'Cleo', phone: '07700 900456' },
    ]);
  });

  test('no plan, or a plan of another shape, gives no one', () => {
    expect(contactsInPlan(undefined)).toEqual([]);
    expect(contactsInPlan('plan')).toEqual([]);
    expect(contactsInPlan({ people: 'Ana' })).toEqual([]);
  });
});
