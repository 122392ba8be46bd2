import { failed, ok, type Issues } from '../schema/issues.ts';
import { field, intAt, isFields, objectAt } from '../schema/read.ts';
import {
  ANSWERS,
  SIGN_IDS,
  STATEMENT_IDS,
  type Answers,
  type Choices,
  type SelfCheckDraft,
  type SelfCheckResult,
} from '../selfcheck/types.ts';
import { defineKind } from './kind.ts';

const statement = (id: string) => STATEMENT_IDS.find((known) => known === id);
const answer = (value: unknown) => ANSWERS.find((known) => known === value);

/** A finished self-check. Answers to statements this version does not know are left out. */
export const selfCheckResult = /* @__PURE__ */ defineKind<SelfCheckResult>({
  name: 'self-check result',
  kind: 'selfcheck',
  version: 1,
  scope: 'content',
  parse(value) {
    const issues: Issues = [];
    const o = objectAt(value, '', issues);
    if (o === undefined) return failed(issues);
    if (field(o, 'version') !== 1) {
      issues.push({ path: 'version', code: 'unknown-version', message: 'must be 1' });
    }
    const takenAt = field(o, 'takenAt');
    if (typeof takenAt !== 'string' || Number.isNaN(Date.parse(takenAt))) {
      issues.push({ path: 'takenAt', code: 'invalid-instant', message: 'must be a time' });
    }
    const given = objectAt(field(o, 'answers'), 'answers', issues);
    if (issues.length > 0 || typeof takenAt !== 'string' || given === undefined) {
      return failed(issues);
    }
    const answers: Answers = {};
    for (const [id, raw] of Object.entries(given)) {
      const known = statement(id);
      const chosen = answer(raw);
      if (known !== undefined && chosen !== undefined) answers[known] = chosen;
    }
    return ok({ version: 1, takenAt, answers });
  },
  migrate: {},
  merge: { strategy: 'fields', conflictCopies: [] },
});

/** A self-check paused part-way; this device's own, until finished or started again. */
export const selfCheckDraft = /* @__PURE__ */ defineKind<SelfCheckDraft>({
  name: 'paused self-check',
  kind: 'selfcheck-draft',
  version: 1,
  scope: 'local',
  ids: ['current'],
  parse(value) {
    const issues: Issues = [];
    const o = objectAt(value, '', issues);
    if (o === undefined) return failed(issues);
    if (field(o, 'version') !== 1) {
      issues.push({ path: 'version', code: 'unknown-version', message: 'must be 1' });
    }
    const given = field(o, 'choices');
    if (!isFields(given)) {
      issues.push({ path: 'choices', code: 'wrong-type', message: 'must be an object' });
    }
    if (issues.length > 0 || !isFields(given)) return failed(issues);
    const choices: Choices = {};
    for (const [id, raw] of Object.entries(given)) {
      const known = statement(id);
      const chosen = raw === 'skip' ? 'skip' : answer(raw);
      if (known !== undefined && chosen !== undefined) choices[known] = chosen;
    }
    // A step out of range is a place to start from, not a reason to lose the answers.
    const stepIssues: Issues = [];
    const step = intAt(field(o, 'step'), 'step', stepIssues, 0, Number.MAX_SAFE_INTEGER) ?? 0;
    return ok({ version: 1, choices, step: Math.min(step, SIGN_IDS.length - 1) });
  },
  migrate: {},
});
