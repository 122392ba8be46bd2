import { failed, ok, type Issues, type Parsed } from '../schema/issues.ts';
import { field, idAt, instantAt, objectAt, textAt } from '../schema/read.ts';
import { defineKind } from './kind.ts';

/** One thing that has helped the person before, in their own words (Calm: "Your own list"). */
export interface CopingIdea {
  readonly id: string;
  readonly text: string;
  /** When it was written down (ISO instant). */
  readonly writtenAt: string;
}

export const COPING_LIMITS = {
  /** Characters in one idea: a line, not a page. */
  text: 200,
  /** Ideas on the list: enough for a long list, short enough to read in a bad moment. */
  ideas: 40,
  idLength: 64,
} as const;

/** Checks one idea as stored; its text must be a few words, without control characters. */
export function validateCopingIdea(input: unknown): Parsed<CopingIdea> {
  const issues: Issues = [];
  const object = objectAt(input, '', issues);
  if (object === undefined) return failed(issues);
  const id = idAt(field(object, 'id'), 'id', issues, COPING_LIMITS.idLength);
  const text = textAt(field(object, 'text'), 'text', issues, {
    max: COPING_LIMITS.text,
    nonBlank: true,
    wellFormed: true,
    safe: true,
  });
  const writtenAt = instantAt(field(object, 'writtenAt'), 'writtenAt', issues);
  if (issues.length > 0 || id === undefined || text === undefined || writtenAt === undefined) {
    return failed(issues);
  }
  return ok({ id, text, writtenAt });
}

/** The person's own list of what helps, one record per line (backed up and synced). */
export const copingIdea = /* @__PURE__ */ defineKind<CopingIdea>({
  name: 'coping idea',
  kind: 'coping',
  version: 1,
  scope: 'content',
  parse: validateCopingIdea,
  migrate: {},
  merge: { strategy: 'fields', conflictCopies: [['text']] },
  idOf: (value) => value.id,
});
