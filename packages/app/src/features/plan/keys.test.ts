import {
  DANGER_SIGNS,
  HELPER_ROLES,
  PLAN_PRESET_ITEMS,
  PLAN_QUESTIONS,
  PLAN_SECTIONS,
} from '@steady/core';
import { describe, expect, test } from 'vitest';
import { en } from '../../i18n/all.ts';
import {
  presetKey,
  questionKey,
  roleKey,
  sectionIntroKey,
  sectionTitleKey,
  signKey,
  stateKey,
} from './keys.ts';

describe('plan message keys', () => {
  test('every part, question, item, sign, role and state has words', () => {
    const keys = [
      ...PLAN_SECTIONS.flatMap((id) => [
        sectionTitleKey(id),
        sectionIntroKey(id),
        ...PLAN_QUESTIONS[id].map((q: string) => questionKey(id, q)),
        ...PLAN_PRESET_ITEMS[id].map(presetKey),
      ]),
      ...DANGER_SIGNS.map(signKey),
      ...HELPER_ROLES.map(roleKey),
      ...(['not-started', 'started', 'complete'] as const).map(stateKey),
    ];
    expect(keys.filter((k) => !(k in en))).toEqual([]);
  });
});
