import { describe, expect, it } from 'vitest';
import { alertPeople, alertSmsHref, planCodeWord } from './alert.ts';
import { emptyPlan } from './validate.ts';
import type { SafetyPlan, TrustedPerson } from './types.ts';

// RFC 5724 with several recipients (sms-recipient *( "," sms-recipient )), written
// here apart from alert.ts so a bug there cannot hide in the check.
const RECIPIENT = '\\+?[0-9]{2,15}';
const SMS_MANY = new RegExp(
  `^sms:${RECIPIENT}(?:,${RECIPIENT})*(?:\\?body=(?:[A-Za-z0-9\\-._~]|%[0-9A-F]{2})+)?$`,
);

function person(id: string, reach: string): TrustedPerson {
  return { id, name: `Person ${id}`, reach, can: [] };
}

function planWith(people: TrustedPerson[], codeWord?: string): SafetyPlan {
  const plan = emptyPlan();
  return {
    ...plan,
    people,
    sections: {
      ...plan.sections,
      people: {
        ...plan.sections.people,
        answers: codeWord === undefined ? {} : { codeWord },
      },
    },
  };
}

describe('alertSmsHref', () => {
  it('joins several numbers with commas, as RFC 5724 writes them', () => {
    const href = alertSmsHref(['+44 7700 900123', '07700 900456'], 'blue');
    expect(href).toBe('sms:+447700900123,07700900456?body=blue');
    expect(href).toMatch(SMS_MANY);
  });

  it('percent-encodes the body, including what encodeURIComponent leaves alone', () => {
    const body = "Tea at 6? It's fine (really) & safe! 100% *ok* #1 naïve 🙂\nsecond line";
    const href = alertSmsHref(['07700 900123'], body);
    expect(href).toMatch(SMS_MANY);
    const encoded = href!.slice(href!.indexOf('?body=') + '?body='.length);
    expect(encoded).not.toMatch(/[ !'()*&#?\n]/u);
    expect(decodeURIComponent(encoded)).toBe(body);
  });

  it('keeps a body that would otherwise end the query or start a new parameter', () => {
    const href = alertSmsHref(['07700 900123'], 'a&body=b?c=d');
    expect(href).toBe('sms:07700900123?body=a%26body%3Db%3Fc%3Dd');
  });

  it('leaves the body out when it is empty or only blank space', () => {
    expect(alertSmsHref(['07700 900123'], '')).toBe('sms:07700900123');
    expect(alertSmsHref(['07700 900123'], '  \n ')).toBe('sms:07700900123');
  });

  it('keeps the message exactly as written, spaces at its edges included', () => {
    expect(alertSmsHref(['07700 900123'], ' hi ')).toBe('sms:07700900123?body=%20hi%20');
  });

  it('is null with no number, or none that is a phone number', () => {
    expect(alertSmsHref([], 'blue')).toBeNull();
    expect(alertSmsHref(['', 'ana@example.org', '**21*0113#', 'next door'], 'blue')).toBeNull();
  });

  it('leaves out numbers it will not put in a link and keeps the rest', () => {
    expect(alertSmsHref(['**21*0113#', '07700 900123', 'call her'], 'x')).toBe(
      'sms:07700900123?body=x',
    );
  });

  it('names a number once, however it was written', () => {
    expect(alertSmsHref(['07700 900123', '07700-900-123', ' 07700900123 '], '')).toBe(
      'sms:07700900123',
    );
  });
});

describe('alertPeople', () => {
  it('splits the plan’s people into those with a phone number and the others', () => {
    const plan = planWith([
      person('a', '+44 7700 900123'),
      person('b', ''),
      person('c', 'ask at the café'),
      person('d', ' 07700 900456 '),
    ]);
    const { reachable, unreachable } = alertPeople(plan);
    expect(reachable).toEqual([
      { id: 'a', name: 'Person a', number: '+44 7700 900123' },
      { id: 'd', name: 'Person d', number: '07700 900456' },
    ]);
    expect(unreachable.map((p) => p.id)).toEqual(['b', 'c']);
  });

  it('has nobody to alert in an empty plan', () => {
    expect(alertPeople(emptyPlan())).toEqual({ reachable: [], unreachable: [] });
  });
});

describe('planCodeWord', () => {
  it('is the code word from the plan, trimmed, or empty', () => {
    expect(planCodeWord(planWith([], '  tangerine '))).toBe('tangerine');
    expect(planCodeWord(planWith([]))).toBe('');
  });
});
