import { failed, ok, type Issues } from '../schema/issues.ts';
import { field, intAt, isFields, objectAt, textAt } from '../schema/read.ts';
import {
  ANSWERS,
  REFLECTION_IDS,
  SIGN_IDS,
  STATEMENT_IDS,
  WRITTEN_ANSWER_MAX,
  type Answers,
  type Choices,
  type SelfCheckDraft,
  type SelfCheckResult,
  type WrittenAnswers,
} from '../selfcheck/types.ts';
import { defineKind } from './kind.ts';

const statement = (id: string) => STATEMENT_IDS.find((known) => known === id);
const answer = (value: unknown) => ANSWERS.find((known) => known === value);

const reflection = (id: string) => REFLECTION_IDS.find((known) => known === id);

/**
 * A finished self-check. Answers to statements this version does not know are left
 * out; written answers to questions it does not know are refused rather than dropped,
 * since they are the person's own words (the record then stays as stored, unreadable).
 *
 * Version 2: optional written answers to the questions that come with the reflections
 * (`written`). A version-1 result becomes version 2 with none written.
 */
export const selfCheckResult = /* @__PURE__ */ defineKind<SelfCheckResult>({
  name: 'self-check result',
  kind: 'selfcheck',
  version: 2,
  scope: 'content',
  parse(value) {
    const issues: Issues = [];
    const o = objectAt(value, '', issues);
    if (o === undefined) return failed(issues);
    if (field(o, 'version') !== 2) {
      issues.push({ path: 'version', code: 'unknown-version', message: 'must be 2' });
    }
    const takenAt = field(o, 'takenAt');
    if (typeof takenAt !== 'string' || Number.isNaN(Date.parse(takenAt))) {
      issues.push({ path: 'takenAt', code: 'invalid-instant', message: 'must be a time' });
    }
    const given = objectAt(field(o, 'answers'), 'answers', issues);
    const texts = objectAt(field(o, 'written'), 'written', issues);
    const written: WrittenAnswers = {};
    for (const [id, raw] of Object.entries(texts ?? {})) {
      const path = `written.${id}`;
      const known = reflection(id);
      if (known === undefined) {
        issues.push({
          path,
          code: 'unknown-field',
          message: 'is not a question of the self-check',
        });
        continue;
      }
      const text = textAt(raw, path, issues, { max: WRITTEN_ANSWER_MAX, wellFormed: true });
      if (text !== undefined && text.trim() === '') {
        issues.push({ path, code: 'empty', message: 'must not be empty' });
      } else if (text !== undefined) written[known] = text;
    }
    if (issues.length > 0 || typeof takenAt !== 'string' || given === undefined) {
      return failed(issues);
    }
    const answers: Answers = {};
    for (const [id, raw] of Object.entries(given)) {
      const known = statement(id);
      const chosen = answer(raw);
      if (known !== undefined && chosen !== undefined) answers[known] = chosen;
    }
    return ok({ version: 2, takenAt, answers, written });
  },
  migrate: {
    // Version 1 had no written answers: the same answers and time, and none written.
    1: (value) => (isFields(value) ? { ...value, version: 2, written: {} } : value),
  },
  merge: { strategy: 'fields', conflictCopies: [['written', '*']] },
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
