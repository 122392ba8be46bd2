import { describe, expect, it } from 'vitest';
import { COPING_LIMITS, copingIdea, validateCopingIdea } from './coping.ts';
import { putChange, readStored } from './kind.ts';
import { kindFor } from './registry.ts';

const idea = { id: 'c1', text: 'Call my sister', writtenAt: '2026-12-03T08:00:00.000Z' };
const codes = (input: unknown) => {
  const parsed = validateCopingIdea(input);
  return parsed.ok ? [] : parsed.issues.map((issue) => `${issue.path}:${issue.code}`);
};

describe('a coping idea (the person’s own list in Calm)', () => {
  it('reads as stored, and is a content kind the registry knows', () => {
    expect(validateCopingIdea(idea)).toEqual({ ok: true, value: idea });
    expect(kindFor('coping', 'c1')).toBe(copingIdea);
    expect(copingIdea.scope).toBe('content');
    expect(putChange(copingIdea, 'c1', idea)).toMatchObject({ kind: 'coping', version: 1 });
  });

  it('drops fields it does not know', () => {
    expect(validateCopingIdea({ ...idea, colour: 'blue' })).toEqual({ ok: true, value: idea });
  });

  it('refuses what no release writes, with stable codes', () => {
    expect(codes('Call my sister')).toEqual([':wrong-type']);
    expect(codes({ ...idea, text: '   ' })).toEqual(['text:empty']);
    expect(codes({ ...idea, text: 'x'.repeat(COPING_LIMITS.text + 1) })).toEqual(['text:too-long']);
    expect(codes({ ...idea, text: 'safe\u202Eword' })).toEqual(['text:unsafe-text']);
    expect(codes({ ...idea, id: 'not an id!' })).toEqual(['id:invalid-id']);
    expect(codes({ ...idea, writtenAt: 'yesterday' })).toEqual(['writtenAt:invalid-instant']);
  });

  it('an idea stored under another id, or by a newer release, is unreadable, not guessed at', () => {
    expect(() => putChange(copingIdea, 'c2', idea)).toThrow();
    expect(readStored(copingIdea, { id: 'c1', value: idea, version: 2 })).toMatchObject({
      ok: false,
      code: 'newer-version',
    });
  });
});
