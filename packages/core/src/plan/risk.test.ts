import { describe, expect, test } from 'vitest';
import { isGravest, riskPrompt } from './risk.ts';
import { DANGER_SIGNS, GRAVEST_SIGNS } from './types.ts';

describe('risk prompts', () => {
  test('nothing marked: nothing brought forward', () => {
    expect(riskPrompt([])).toEqual({ bringHelpForward: false, signs: [], gravest: [] });
  });

  test.each(GRAVEST_SIGNS)('any one of the gravest (%s) brings help forward', (sign) => {
    const prompt = riskPrompt([sign]);
    expect(prompt.bringHelpForward).toBe(true);
    expect(prompt.gravest).toEqual([sign]);
  });

  test('other signs alone are listed, without bringing help forward', () => {
    const others = DANGER_SIGNS.filter((sign) => !isGravest(sign));
    expect(others).toHaveLength(6);
    const prompt = riskPrompt(others);
    expect(prompt.bringHelpForward).toBe(false);
    expect(prompt.signs).toEqual(others);
    expect(prompt.gravest).toEqual([]);
  });

  test('the gravest are the named four, all among the signs', () => {
    expect([...GRAVEST_SIGNS].sort()).toEqual([
      'escalating',
      'strangling',
      'threatsToKill',
      'weapon',
    ]);
    for (const sign of GRAVEST_SIGNS) expect(DANGER_SIGNS).toContain(sign);
  });

  test('signs come back once each, in list order, unknown ones dropped', () => {
    const prompt = riskPrompt(['weapon', 'stalking', 'weapon', 'made-up', 7, 'strangling']);
    expect(prompt.signs).toEqual(['strangling', 'weapon', 'stalking']);
    expect(prompt.gravest).toEqual(['strangling', 'weapon']);
  });

  test('there is no score of any kind', () => {
    const prompt = riskPrompt(DANGER_SIGNS);
    for (const value of Object.values(prompt)) expect(typeof value).not.toBe('number');
    expect(Object.keys(prompt).sort()).toEqual(['bringHelpForward', 'gravest', 'signs']);
  });
});
