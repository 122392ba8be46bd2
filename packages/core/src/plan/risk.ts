import { DANGER_SIGNS, GRAVEST_SIGNS, type DangerSign } from './types.ts';

export interface RiskPrompt {
  /**
   * True when any of the gravest signs is marked, or separation together with
   * jealousy or control: the app then puts the way to help and the suggestion to talk
   * to an advocate at the top. Never a verdict.
   */
  readonly bringHelpForward: boolean;
  /** The marked signs, known ones only, once each, in the order of DANGER_SIGNS. */
  readonly signs: readonly DangerSign[];
  /** Which of the marked signs are among the gravest. */
  readonly gravest: readonly DangerSign[];
}

export function isGravest(sign: DangerSign): boolean {
  return (GRAVEST_SIGNS as readonly DangerSign[]).includes(sign);
}

// Deliberately no number: a count or a weighted sum would read as a verdict on
// how much danger someone is in, and the person's own sense of danger matters
// as much as any list (content guide).
export function riskPrompt(marked: Iterable<unknown>): RiskPrompt {
  const given = new Set(marked);
  const signs = DANGER_SIGNS.filter((sign) => given.has(sign));
  const gravest = signs.filter(isGravest);
  // Leaving a partner who controls is one of the most dangerous times (types.ts).
  const leavingControl = given.has('separation') && given.has('jealousyControl');
  return { bringHelpForward: gravest.length > 0 || leavingControl, signs, gravest };
}
