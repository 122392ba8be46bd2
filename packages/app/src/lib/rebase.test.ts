import { describe, expect, it } from 'vitest';
import { rebase } from './rebase.ts';

describe('rebase: my edits over what another device changed', () => {
  const base = { a: { text: 'one', done: false }, b: 'two', list: ['x'] };

  it('keeps what the other device changed where I changed nothing', () => {
    const theirs = { a: { text: 'one, from the laptop', done: false }, b: 'two', list: ['x', 'y'] };
    expect(rebase(base, base, theirs)).toEqual(theirs);
  });

  it('keeps my edits and theirs side by side in different fields', () => {
    const mine = { ...base, b: 'two, typed on the phone' };
    const theirs = { ...base, a: { text: 'one', done: true } };
    expect(rebase(base, mine, theirs)).toEqual({
      a: { text: 'one', done: true },
      b: 'two, typed on the phone',
      list: ['x'],
    });
  });

  it('lets my edit win in a field we both changed', () => {
    const mine = { ...base, b: 'mine' };
    const theirs = { ...base, b: 'theirs' };
    expect(rebase(base, mine, theirs).b).toBe('mine');
  });

  it('takes a field the other device added and drops one it removed that I left alone', () => {
    const theirs = { a: base.a, list: base.list, c: 'new' } as unknown as typeof base;
    expect(rebase(base, base, theirs)).toEqual({ a: base.a, list: ['x'], c: 'new' });
  });
});
