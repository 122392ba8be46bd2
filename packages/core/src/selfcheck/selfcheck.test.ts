import { describe, expect, test } from 'vitest';
import { readStored } from '../records/kind.ts';
import { selfCheckDraft, selfCheckResult } from '../records/selfcheck.ts';
import {
  answersOf,
  compareSelfChecks as compareCheckIns,
  compareWritten,
  inOrder,
  makeSelfCheckResult as makeCheckIn,
  newestFirst,
} from './compare.ts';
import {
  REFLECTION_IDS,
  SIGN_IDS,
  WRITTEN_ANSWER_MAX,
  type SelfCheckResult as CheckIn,
  type SignShape,
  type WrittenAnswers,
} from './types.ts';

// The signs in their order, each with its two statements, as the app's content has them.
const signs: SignShape[] = SIGN_IDS.map((id) => ({
  id,
  statements: [{ id: `${id}-1` as const }, { id: `${id}-2` as const }],
}));

const readCheckIn = (value: unknown) => {
  const read = selfCheckResult.parse(value);
  return read.ok ? read.value : undefined;
};
const readDraft = (value: unknown) => {
  const read = selfCheckDraft.parse(value);
  return read.ok ? read.value : undefined;
};

function checkIn(
  takenAt: string,
  answers: CheckIn['answers'],
  written: WrittenAnswers = {},
): CheckIn {
  return { version: 2, takenAt, answers, written };
}

describe('saving a check-in', () => {
  test('keeps the date and the answers on the scale, and leaves skipped ones out', () => {
    const saved = makeCheckIn(
      { 'returning-1': 'often', 'returning-2': 'skip', 'isolation-1': 'not-at-all' },
      new Date('2025-03-04T10:00:00Z'),
    );
    expect(saved).toEqual({
      version: 2,
      takenAt: '2025-03-04T10:00:00.000Z',
      answers: { 'returning-1': 'often', 'isolation-1': 'not-at-all' },
      written: {},
    });
  });

  test('a saved check-in survives being read back', () => {
    const saved = makeCheckIn({ 'withdrawal-2': 'sometimes' }, new Date('2025-01-01T00:00:00Z'));
    expect(readCheckIn(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
  });

  test('reading drops what it does not know and refuses what is not a check-in', () => {
    expect(
      readCheckIn({
        version: 2,
        takenAt: '2025-01-01T00:00:00.000Z',
        answers: { 'returning-1': 'often', 'returning-9': 'often', 'isolation-1': 'always' },
        written: {},
      }),
    ).toEqual(checkIn('2025-01-01T00:00:00.000Z', { 'returning-1': 'often' }));
    expect(readCheckIn(null)).toBeUndefined();
    const base = { takenAt: '2025-01-01', answers: {}, written: {} };
    expect(readCheckIn({ ...base, version: 3 })).toBeUndefined();
    // A version-1 value reaches the check only through its migration (below).
    expect(readCheckIn({ ...base, version: 1 })).toBeUndefined();
    expect(readCheckIn({ ...base, version: 2, takenAt: 'yesterday' })).toBeUndefined();
    expect(readCheckIn({ ...base, version: 2, answers: [] })).toBeUndefined();
    expect(readCheckIn({ version: 2, takenAt: '2025-01-01', answers: {} })).toBeUndefined();
  });

  test('answersOf keeps only answers on the scale', () => {
    expect(answersOf({ 'minimising-1': 'skip', 'minimising-2': 'often' })).toEqual({
      'minimising-2': 'often',
    });
  });
});

describe('written answers', () => {
  const at = new Date('2025-05-06T07:08:09Z');

  test('are kept as written, for known questions, blank ones left out', () => {
    const saved = makeCheckIn({ 'returning-1': 'often' }, at, {
      'returning-r1': '  Each time he promised. \nNothing changed.',
      'returning-r2': '   ',
      'isolation-r1': '',
    });
    expect(saved.written).toEqual({
      'returning-r1': '  Each time he promised. \nNothing changed.',
    });
    expect(readCheckIn(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
  });

  test('every sign has two stable question ids', () => {
    expect(REFLECTION_IDS).toHaveLength(SIGN_IDS.length * 2);
    expect(REFLECTION_IDS.slice(0, 2)).toEqual(['returning-r1', 'returning-r2']);
  });

  test('may be as long as the limit, and not one character longer', () => {
    const value = (text: string) => ({
      version: 2,
      takenAt: at.toISOString(),
      answers: {},
      written: { 'withdrawal-r1': text },
    });
    const longest = 'a'.repeat(WRITTEN_ANSWER_MAX);
    expect(readCheckIn(value(longest))?.written['withdrawal-r1']).toBe(longest);
    const parsed = selfCheckResult.parse(value(longest + 'a'));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.issues).toEqual([
      expect.objectContaining({ path: 'written.withdrawal-r1', code: 'too-long' }),
    ]);
  });

  test('a written answer that cannot be read refuses the whole result, so nothing is dropped', () => {
    const value = (written: unknown) => ({
      version: 2,
      takenAt: at.toISOString(),
      answers: {},
      written,
    });
    for (const written of [
      { 'returning-r9': 'words' },
      { 'returning-r1': 42 },
      { 'returning-r1': '  ' },
      { 'returning-r1': 'broken \ud800' },
      ['words'],
      null,
    ]) {
      expect(selfCheckResult.parse(value(written)).ok, JSON.stringify(written)).toBe(false);
    }
  });

  test('a version-1 result migrates with the same time and answers and no written answers', () => {
    const v1 = {
      version: 1,
      takenAt: '2026-01-02T03:04:05.000Z',
      answers: { 'returning-1': 'often', 'minimising-2': 'sometimes', 'nope-1': 'often' },
    };
    const stored = structuredClone(v1);
    expect(readStored(selfCheckResult, { id: 'a', value: stored, version: 1 })).toEqual({
      ok: true,
      id: 'a',
      storedVersion: 1,
      value: checkIn('2026-01-02T03:04:05.000Z', {
        'returning-1': 'often',
        'minimising-2': 'sometimes',
      }),
    });
    // The stored value is not rewritten by reading it.
    expect(stored).toEqual(v1);
    expect(readStored(selfCheckResult, { id: 'b', value: 'junk', version: 1 }).ok).toBe(false);
  });

  test('compare question by question, in question order, either side possibly empty', () => {
    const first = checkIn(
      '2025-01-01T00:00:00.000Z',
      {},
      {
        'isolation-r1': 'My sister, maybe.',
        'returning-r1': 'He said sorry.',
      },
    );
    const second = checkIn(
      '2025-02-01T00:00:00.000Z',
      {},
      {
        'returning-r1': 'The same promises.',
        'withdrawal-r1': 'Calling my friend.',
      },
    );
    expect(compareWritten(first, second)).toEqual([
      { id: 'returning-r1', earlier: 'He said sorry.', later: 'The same promises.' },
      { id: 'isolation-r1', earlier: 'My sister, maybe.' },
      { id: 'withdrawal-r1', later: 'Calling my friend.' },
    ]);
    expect(compareWritten(checkIn('2025-01-01', {}), checkIn('2025-01-02', {}))).toEqual([]);
  });
});

describe('a paused self-check', () => {
  test('keeps skips and the step, within the number of groups', () => {
    expect(
      readDraft({ version: 1, choices: { 'returning-1': 'skip', x: 'often' }, step: 99 }),
    ).toEqual({ version: 1, choices: { 'returning-1': 'skip' }, step: 6 });
    expect(readDraft({ version: 1, choices: {}, step: -1 })?.step).toBe(0);
    expect(readDraft('nonsense')).toBeUndefined();
  });
});

describe('comparing two check-ins', () => {
  const first = checkIn('2025-01-01T09:00:00.000Z', {
    'returning-1': 'often',
    'isolation-1': 'sometimes',
    'withdrawal-1': 'often',
    'fear-of-leaving-1': 'not-at-all',
  });
  const second = checkIn('2025-03-01T09:00:00.000Z', {
    'returning-1': 'sometimes',
    'withdrawal-1': 'often',
    'fear-of-leaving-2': 'sometimes',
  });

  test('says which signs came up both times, only later and only earlier, in sign order', () => {
    expect(compareCheckIns(signs, first, second)).toEqual({
      both: [
        { sign: 'returning', before: 'often', after: 'sometimes' },
        { sign: 'withdrawal', before: 'often', after: 'often' },
      ],
      onlyLater: [{ sign: 'fear-of-leaving', level: 'sometimes' }],
      onlyEarlier: [{ sign: 'isolation', level: 'sometimes' }],
    });
  });

  test('holds no numbers, only sign ids and words', () => {
    const text = JSON.stringify(compareCheckIns(signs, first, second));
    expect(text).not.toMatch(/\d/);
  });

  test('nothing answered on either side compares as nothing', () => {
    const empty = checkIn('2025-01-01T00:00:00.000Z', {});
    expect(compareCheckIns(signs, empty, empty)).toEqual({
      both: [],
      onlyLater: [],
      onlyEarlier: [],
    });
  });

  test('orders by date, newest first for the list and earliest first to compare', () => {
    expect(inOrder(second, first)).toEqual([first, second]);
    const listed = newestFirst([
      { id: 'a', checkIn: first },
      { id: 'b', checkIn: second },
    ]);
    expect(listed.map((item) => item.id)).toEqual(['b', 'a']);
  });
});
