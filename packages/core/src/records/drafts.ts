import { failed, ok, type Issues } from '../schema/issues.ts';
import { field, instantAt, isId, objectAt, oneOfAt, textAt } from '../schema/read.ts';
import { defineKind } from './kind.ts';

/** The forms that keep drafts (the app says where each one is). */
export const DRAFT_FORMS = [
  'journal-new',
  'journal-edit',
  'journal-jot',
  'checkin',
  'urge',
  'unsent',
] as const;
export type DraftForm = (typeof DRAFT_FORMS)[number];

/**
 * What a person typed into a form and has not saved, kept so that a lock cannot lose
 * it (id: the form, and for an edit 'journal-edit:ENTRY'). `data` is the form's own
 * and is checked by the form when it carries on.
 */
export interface FormDraft {
  readonly form: DraftForm;
  /** For an edit: the entry being edited. */
  readonly target: string | null;
  readonly savedAt: string;
  /** The first words, for the offer after unlock. */
  readonly preview: string;
  /** Attachment ids written for this draft alone, removed with it when it is discarded. */
  readonly owns: readonly string[];
  readonly data: unknown;
}

export const formDraft = /* @__PURE__ */ defineKind<FormDraft>({
  name: 'draft',
  kind: 'draft',
  version: 1,
  scope: 'local',
  parse(value) {
    const issues: Issues = [];
    const o = objectAt(value, '', issues);
    if (o === undefined) return failed(issues);
    const form = oneOfAt(field(o, 'form'), 'form', issues, DRAFT_FORMS);
    const rawTarget = field(o, 'target');
    const target = rawTarget === null || isId(rawTarget, 128) ? rawTarget : undefined;
    if (target === undefined) {
      issues.push({ path: 'target', code: 'invalid-id', message: 'must be null or an entry id' });
    }
    const savedAt = instantAt(field(o, 'savedAt'), 'savedAt', issues);
    const preview = textAt(field(o, 'preview'), 'preview', issues, { max: 200 });
    const rawOwns = field(o, 'owns') ?? [];
    const owns =
      Array.isArray(rawOwns) && rawOwns.every((id) => isId(id, 128)) ? rawOwns : undefined;
    if (owns === undefined) {
      issues.push({ path: 'owns', code: 'invalid-id', message: 'must list attachment ids' });
    }
    if (
      issues.length > 0 ||
      form === undefined ||
      target === undefined ||
      savedAt === undefined ||
      preview === undefined ||
      owns === undefined
    ) {
      return failed(issues);
    }
    return ok({ form, target, savedAt, preview, owns, data: field(o, 'data') });
  },
  migrate: {},
});

/** A draft's record id: one per form, and one per entry for edits. */
export function draftId(form: DraftForm, target: string | null = null): string {
  return target === null ? form : `${form}:${target}`;
}
