import type { FormDraft } from '@steady/core';
import { describe, expect, it } from 'vitest';
import { draftPlace, previewOf } from './drafts.ts';

const draft = (form: FormDraft['form'], target: string | null = null): FormDraft => ({
  form,
  target,
  savedAt: '2026-11-30T21:00:00.000Z',
  preview: '',
  owns: [],
  data: null,
});

describe('drafts', () => {
  it('carries on in the form the draft came from', () => {
    expect(draftPlace(draft('journal-new'))).toEqual({ screen: 'journal', opening: 'new' });
    expect(draftPlace(draft('journal-edit', 'e42'))).toEqual({
      screen: 'journal',
      opening: 'edit:e42',
    });
    expect(draftPlace(draft('checkin'))).toEqual({ screen: 'checkin', opening: undefined });
    expect(draftPlace(draft('urge'))).toEqual({ screen: 'urges', opening: undefined });
    expect(draftPlace(draft('unsent'))).toEqual({ screen: 'urges', opening: 'remind' });
  });

  it('previews the first words on one line, cut with an ellipsis', () => {
    expect(previewOf('  Today\n\nwas ', 'hard\t')).toBe('Today was hard');
    const long = previewOf('word '.repeat(100));
    expect(long).toHaveLength(120);
    expect(long.endsWith('…')).toBe(true);
    expect(previewOf('x'.repeat(120))).toBe('x'.repeat(120));
  });
});
