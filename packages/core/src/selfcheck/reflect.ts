// Turns self-check answers into reflections: which signs showed up, and how
// strongly, in the order they should be shown. There is deliberately no score
// in the output, only sign ids grouped by "often" and "sometimes".
import type { Answers, SignId, SignShape } from './types.ts';

export type ShownLevel = 'often' | 'sometimes';

export interface SignReflection {
  sign: SignId;
  level: ShownLevel;
}

export type Reflection =
  /** Every statement was skipped. */
  | { kind: 'nothing-answered' }
  /** Some answers, but every one was "not at all". */
  | { kind: 'none-showed-up' }
  /** The signs that showed up, those seen most first. */
  | { kind: 'signs-showed-up'; signs: SignReflection[] };

/**
 * A sign shows up "often" if any of its statements was answered "often", and
 * "sometimes" if any was answered "sometimes". Signs that showed up often come
 * first; within a level, signs with more "often", then more "sometimes"
 * answers come first; ties keep the order of `signs`.
 */
export function reflect(signs: readonly SignShape[], answers: Answers): Reflection {
  let answered = 0;
  const shown: Array<{
    sign: SignId;
    level: ShownLevel;
    often: number;
    sometimes: number;
    order: number;
  }> = [];
  signs.forEach((sign, order) => {
    let often = 0;
    let sometimes = 0;
    for (const statement of sign.statements) {
      const answer = answers[statement.id];
      if (answer === undefined) continue;
      answered += 1;
      if (answer === 'often') often += 1;
      else if (answer === 'sometimes') sometimes += 1;
    }
    if (often > 0) shown.push({ sign: sign.id, level: 'often', often, sometimes, order });
    else if (sometimes > 0)
      shown.push({ sign: sign.id, level: 'sometimes', often, sometimes, order });
  });
  if (answered === 0) return { kind: 'nothing-answered' };
  if (shown.length === 0) return { kind: 'none-showed-up' };
  shown.sort((a, b) => b.often - a.often || b.sometimes - a.sometimes || a.order - b.order);
  return {
    kind: 'signs-showed-up',
    signs: shown.map(({ sign, level }) => ({ sign, level })),
  };
}
