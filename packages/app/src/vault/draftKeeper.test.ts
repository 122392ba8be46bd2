import { draftId, formDraft, type FormDraft } from '@steady/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VaultApi } from './api.ts';
import { DRAFT_DELAY_MS, DraftKeeper, type DraftOptions } from './draftKeeper.ts';
import { openSession, PASS, settle, until } from './sessionTesting.ts';

const ID = draftId('unsent');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A form as useDraft sees it: a text, dirty once typed in, and what came back from a draft. */
function form(api: VaultApi) {
  const keeper = new DraftKeeper<string>();
  const resumed: Array<{ data: string; savedAt: string }> = [];
  const options = (value: string, dirty: boolean): DraftOptions<string> => ({
    form: 'unsent',
    value,
    dirty,
    preview: value.slice(0, 20),
    read: (data) => (typeof data === 'string' ? data : null),
    onResume: (data, savedAt) => resumed.push({ data, savedAt }),
  });
  const opened = { at: null as string | null };
  // As the hook does on each render and in its effects.
  const type = (value: string, dirty = true) => {
    keeper.bind(api, ID, options(value, dirty));
    keeper.changed();
  };
  keeper.bind(api, ID, options('', false));
  keeper.open((savedAt) => (opened.at = savedAt));
  api.beforeLock(() => void keeper.sync());
  return { keeper, resumed, opened, type };
}

async function stored(api: VaultApi): Promise<FormDraft | undefined> {
  const read = await api.read(formDraft, ID);
  return read?.ok ? read.value : undefined;
}

describe('DraftKeeper (what useDraft does)', () => {
  it('writes the draft a pause after the last change, not before', async () => {
    const { session } = await openSession();
    const api = session.api();
    const { type } = form(api);
    await settle();
    type('I wanted to say');
    vi.advanceTimersByTime(DRAFT_DELAY_MS - 500);
    type('I wanted to say that');
    vi.advanceTimersByTime(DRAFT_DELAY_MS - 1);
    await settle();
    expect(await stored(api)).toBeUndefined();
    vi.advanceTimersByTime(1);
    await settle();
    expect(await stored(api)).toMatchObject({
      form: 'unsent',
      data: 'I wanted to say that',
      preview: 'I wanted to say that',
    });
  });

  it('a draft typed just before a lock is written at the lock and carried on after the unlock', async () => {
    const { session } = await openSession();
    const { type } = form(session.api());
    await settle();
    type('not finished yet');
    session.lock();
    await settle();

    await session.unlock(PASS);
    expect(session.lock$.value.draftOfferDue).toBe(true);
    const again = form(session.api());
    await until(() => again.resumed.length === 1, 'the form to carry on');
    expect(again.resumed[0]?.data).toBe('not finished yet');
    expect(again.opened.at).toBe(again.resumed[0]?.savedAt);
  });

  it('discarding removes the draft, and closing stops drafting', async () => {
    const { session } = await openSession();
    const api = session.api();
    const { keeper, type } = form(api);
    await settle();
    type('throw this away');
    await keeper.sync();
    expect((await stored(api))?.data).toBe('throw this away');

    await keeper.discard(true);
    expect(await stored(api)).toBeUndefined();
    type('typed after the cancel');
    vi.advanceTimersByTime(DRAFT_DELAY_MS);
    session.lock();
    await settle();
    await session.unlock(PASS);
    expect(await stored(session.api())).toBeUndefined();
  });

  it('back to clean removes the draft; a save carrying removal() leaves none either', async () => {
    const { session } = await openSession();
    const api = session.api();
    const { keeper, type } = form(api);
    await settle();
    type('a change');
    await keeper.sync();
    type('', false);
    await keeper.sync();
    expect(await stored(api)).toBeUndefined();

    type('to be saved');
    await keeper.sync();
    await api.commit([keeper.removal()]);
    keeper.settle(true);
    await keeper.sync();
    expect(await stored(api)).toBeUndefined();
  });

  it('never writes over a stored draft it cannot read as its own', async () => {
    const { session } = await openSession();
    const api = session.api();
    const foreign: FormDraft = {
      form: 'unsent',
      target: null,
      savedAt: '2026-11-30T21:00:00.000Z',
      preview: 'from a newer version',
      owns: [],
      data: { shape: 'this form does not know' },
    };
    await api.put(formDraft, ID, foreign);
    const { keeper, resumed, type } = form(api);
    await settle();
    type('typed over it');
    await keeper.sync();
    vi.advanceTimersByTime(DRAFT_DELAY_MS);
    await settle();
    expect(resumed).toEqual([]);
    expect(await stored(api)).toEqual(foreign);
  });

  it('typed and locked before the form had read its draft back: written all the same', async () => {
    const { session } = await openSession();
    // No settle: the form's own read of its stored draft has not come back yet.
    const { type } = form(session.api());
    type('typed in the first instant');
    session.lock();
    await settle();

    await session.unlock(PASS);
    const again = form(session.api());
    await until(() => again.resumed.length === 1, 'the form to carry on');
    expect(again.resumed[0]?.data).toBe('typed in the first instant');
  });

  it('typed and locked before that read: a stored draft is never written over unread', async () => {
    const { session } = await openSession();
    const first = form(session.api());
    await settle();
    first.type('the draft kept from before');
    await first.keeper.sync();

    const second = form(session.api());
    second.type('typed before it came back');
    session.lock();
    await settle();

    await session.unlock(PASS);
    expect((await stored(session.api()))?.data).toBe('the draft kept from before');
  });
});
