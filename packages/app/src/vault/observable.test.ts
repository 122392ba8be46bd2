import { describe, expect, it } from 'vitest';
import { Observable } from './observable.ts';

describe('Observable', () => {
  it('holds a value and tells every listener of a new one at once', () => {
    const state = new Observable({ count: 0 });
    const heard: number[] = [];
    const also: number[] = [];
    state.subscribe((value) => heard.push(value.count));
    state.subscribe((value) => also.push(value.count));
    state.set({ count: 1 });
    state.update((value) => ({ count: value.count + 1 }));
    expect(state.value).toEqual({ count: 2 });
    expect(heard).toEqual([1, 2]);
    expect(also).toEqual([1, 2]);
  });

  it('stays quiet when the value is the same one', () => {
    const state = new Observable('locked');
    const heard: string[] = [];
    state.subscribe((value) => heard.push(value));
    state.set('locked');
    state.update((value) => value);
    expect(heard).toEqual([]);
    state.set('open');
    expect(heard).toEqual(['open']);
  });

  it('stops telling a listener once it unsubscribes', () => {
    const state = new Observable(0);
    const heard: number[] = [];
    const stop = state.subscribe((value) => heard.push(value));
    state.set(1);
    stop();
    state.set(2);
    expect(heard).toEqual([1]);
    expect(state.value).toBe(2);
  });
});
