import { encodeQueryValue, parsePhone } from '../help/links.ts';
import type { SafetyPlan, TrustedPerson } from './types.ts';

// "Alert my people": Steady builds an sms: link and the phone's own messages app
// does the rest. Nothing is sent by Steady, and nothing is stored by it: the
// message starts from the code word already in the plan, and the people are the
// ones already in it. The link leaves the app (it is handed to the messages app,
// never loaded by Steady), so its only contents are the numbers and the words
// the person chose.

/** Longest message the alert offers to write: a few texts long, and a short URL. */
export const ALERT_MESSAGE_MAX = 500;

export interface AlertRecipient {
  readonly id: string;
  readonly name: string;
  /** The number as the person wrote it. */
  readonly number: string;
}

export interface AlertPeople {
  /** People whose "how to reach them" is a phone number a messages app can take. */
  readonly reachable: readonly AlertRecipient[];
  /** People in the plan without such a number (blank, an email, a note). */
  readonly unreachable: readonly TrustedPerson[];
}

export function alertPeople(plan: SafetyPlan): AlertPeople {
  const reachable: AlertRecipient[] = [];
  const unreachable: TrustedPerson[] = [];
  for (const person of plan.people) {
    const number = person.reach.trim();
    if (number !== '' && parsePhone(number) !== null) {
      reachable.push({ id: person.id, name: person.name, number });
    } else unreachable.push(person);
  }
  return { reachable, unreachable };
}

/** The code word the person wrote in the plan's "trusted people" part, or ''. */
export function planCodeWord(plan: SafetyPlan): string {
  return (plan.sections.people.answers.codeWord ?? '').trim();
}

/**
 * An RFC 5724 sms: URI to every number given, with the body prefilled; null when
 * no number is one we will put in a link.
 *
 * Several recipients are joined with commas, as RFC 5724 writes them
 * (`sms:+441,+442?body=`). Messages apps differ: Android's usually opens one
 * conversation with all of them (a group message); some versions of iOS
 * Messages take only the first number, or want `&body=` instead of `?body=`.
 * The person always sees the message and its recipients in their messages app
 * before anything is sent, and can add or remove people there. Numbers that do
 * not parse are left out rather than failing the whole link; the screen names
 * those people separately, so nobody is dropped without the person knowing.
 */
export function alertSmsHref(numbers: readonly string[], body: string): string | null {
  const seen = new Set<string>();
  for (const number of numbers) {
    const phone = parsePhone(number.trim());
    if (phone === null) continue;
    seen.add(`${phone.global ? '+' : ''}${phone.digits}`);
  }
  if (seen.size === 0) return null;
  const href = `sms:${[...seen].join(',')}`;
  // Only blank space is "no message"; what the person wrote is kept exactly.
  return body.trim() === '' ? href : `${href}?body=${encodeQueryValue(body)}`;
}
