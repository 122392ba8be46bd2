import { validatePlan } from '../plan/validate.ts';
import type { SafetyPlan } from '../plan/types.ts';
import { defineKind } from './kind.ts';

/** The whole safety plan, one record (plan/types.ts). */
export const safetyPlan = /* @__PURE__ */ defineKind<SafetyPlan>({
  name: 'safety plan',
  kind: 'plan',
  version: 1,
  scope: 'content',
  ids: ['main'],
  parse: validatePlan,
  migrate: {},
  merge: {
    strategy: 'fields',
    conflictCopies: [
      ['sections', '*', 'answers', '*'],
      ['sections', '*', 'notes'],
      ['sections', '*', 'items'],
      ['people'],
    ],
  },
});
