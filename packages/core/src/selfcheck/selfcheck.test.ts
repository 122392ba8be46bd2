import { describe, expect, test } from 'vitest';
import { selfCheckDraft, selfCheckResult } from '../records/selfcheck.ts';
import {
  answersOf,
  compareSelfChecks as compareCheckIns,
  inOrder,
  makeSelfCheckResult as makeCheckIn,
  newestFirst,
} from './compare.ts';
import { SIGN_IDS, type SelfCheckResult as CheckIn, type SignShape } from './types.ts';

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

function checkIn(takenAt: string, answers: CheckIn['answers']): CheckIn {
  return { version: 1, takenAt, answers };
}

describe('saving a check-in', () => {
  test('keeps the date and the answers on the scale, and leaves skipped ones out', () => {
    const saved = makeCheckIn(
      { 'returning-1': 'often', 'returning-2': 'skip', 'isolation-1': 'not-at-all' },
      new Date('2025-03-04T10:00:00Z'),
    );
    expect(saved).toEqual({
      version: 1,
      takenAt: '2025-03-04T10:00:00.000Z',
      answers: { 'returning-1': 'often', 'isolation-1': 'not-at-all' },
    });
  });

  test('a saved check-in survives being read back', () => {
    const saved = makeCheckIn({ 'withdrawal-2': 'sometimes' }, new Date('2025-01-01T00:00:00Z'));
    expect(readCheckIn(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
  });

  test('reading drops what it does not know and refuses what is not a check-in', () => {
    expect(
      readCheckIn({
        version: 1,
        takenAt: '2025-01-01T00:00:00.000Z',
        answers: { 'returning-1': 'often', 'returning-9': 'often', 'isolation-1': 'always' },
      }),
    ).toEqual(checkIn('2025-01-01T00:00:00.000Z', { 'returning-1': 'often' }));
    expect(readCheckIn(null)).toBeUndefined();
    expect(readCheckIn({ version: 2, takenAt: '2025-01-01', answers: {} })).toBeUndefined();
    expect(readCheckIn({ version: 1, takenAt: 'yesterday', answers: {} })).toBeUndefined();
    expect(readCheckIn({ version: 1, takenAt: '2025-01-01', answers: [] })).toBeUndefined();
  });

  test('answersOf keeps only answers on the scale', () => {
    expect(answersOf({ 'minimising-1': 'skip', 'minimising-2': 'often' })).toEqual({
      'minimising-2': 'often',
    });
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
