import { afterEach, describe, expect, test } from 'vitest';
import { anySignal } from './anySignal.ts';

const native = AbortSignal.any;

describe('a signal that aborts when any of several does', () => {
  afterEach(() => {
    AbortSignal.any = native;
  });

  for (const [name, withNative] of [
    ['with AbortSignal.any', true],
    ['on a browser without AbortSignal.any (Safari before 17.4)', false],
  ] as const) {
    test(name, () => {
      if (!withNative) (AbortSignal as { any?: unknown }).any = undefined;
      const a = new AbortController();
      const b = new AbortController();
      const both = anySignal([a.signal, b.signal]);
      expect(both.aborted).toBe(false);
      b.abort(new Error('locked'));
      expect(both.aborted).toBe(true);
      expect((both.reason as Error).message).toBe('locked');
      // Already aborted: so is the combined one, at once.
      const done = new AbortController();
      done.abort();
      expect(anySignal([new AbortController().signal, done.signal]).aborted).toBe(true);
    });
  }
});
