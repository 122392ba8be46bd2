import { describe, expect, test } from 'vitest';
import { emptyPlan } from '@steady/core';
import { contactsInPlan } from './data.ts';

describe('trusted people from the safety plan', () => {
  test('takes people whose way to reach them is a number, once each, and skips the rest', () => {
    const plan = {
      ...emptyPlan(),
      people: [
        { id: 'a', name: 'Ana', reach: '+34 600 111 222', can: [] },
        { id: 'b', name: 'Ben', reach: 'at the library on Tuesdays', can: [] },
        { id: 'c', name: 'Cleo', reach: '07700 900456', can: ['ride' as const] },
        { id: 'd', name: 'Ana', reach: '+34 600 111 222', can: [] },
      ],
    };
    expect(contactsInPlan(plan)).toEqual([
      { name: 'Ana', phone: '+34 600 111 222' },
      { name: 'Cleo', phone: '07700 900456' },
    ]);
  });

  test('a plan with no one in it gives no one', () => {
    expect(contactsInPlan(emptyPlan())).toEqual([]);
  });
});
