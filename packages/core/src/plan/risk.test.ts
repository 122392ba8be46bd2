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
    // Separation and control together do bring it forward (below): here, one at a time.
    const others = DANGER_SIGNS.filter((sign) => !isGravest(sign) && sign !== 'separation');
    expect(others).toHaveLength(6);
    for (const sign of others) expect(riskPrompt([sign]).bringHelpForward).toBe(false);
    const prompt = riskPrompt(others);
    expect(prompt.bringHelpForward).toBe(false);
    expect(prompt.signs).toEqual(others);
    expect(prompt.gravest).toEqual([]);
  });

  test('the gravest are the named five, all among the signs', () => {
    expect([...GRAVEST_SIGNS].sort()).toEqual([
      'escalating',
      'strangling',
      'threatsToKill',
      'weapon',
      'weaponThreat',
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

describe('leaving a partner who controls', () => {
  test('brings help forward when separation and jealousy or control are both marked', () => {
    expect(riskPrompt(['separation']).bringHelpForward).toBe(false);
    expect(riskPrompt(['jealousyControl']).bringHelpForward).toBe(false);
    const both = riskPrompt(['jealousyControl', 'separation']);
    expect(both.bringHelpForward).toBe(true);
    // Not counted as one of the gravest on its own: the two together are the sign.
    expect(both.gravest).toEqual([]);
  });

  test('counts a threat with a weapon among the gravest, and knows abuse during pregnancy', () => {
    expect(riskPrompt(['weaponThreat']).gravest).toEqual(['weaponThreat']);
    expect(riskPrompt(['pregnancy']).signs).toEqual(['pregnancy']);
  });
});
