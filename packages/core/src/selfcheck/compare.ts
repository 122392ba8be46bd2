// How two kept self-checks compare, and how answers become a result. Pure: no DOM,
// no vault. Only words come out ("often", "sometimes", "both", "only later"), never a
// number or a direction such as better or worse.
import { reflect, type SignReflection } from './reflect.ts';
import {
  ANSWERS,
  REFLECTION_IDS,
  STATEMENT_IDS,
  type Answers,
  type Choices,
  type ReflectionId,
  type SelfCheckResult,
  type SignId,
  type SignShape,
  type WrittenAnswers,
} from './types.ts';

const isStatement = (id: string): id is (typeof STATEMENT_IDS)[number] =>
  STATEMENT_IDS.some((known) => known === id);

/** The answers among the choices: skipped statements are left out. */
export function answersOf(choices: Choices): Answers {
  const answers: Answers = {};
  for (const [id, choice] of Object.entries(choices)) {
    const answer = ANSWERS.find((a) => a === choice);
    if (isStatement(id) && answer !== undefined) answers[id] = answer;
  }
  return answers;
}

/** The written answers worth keeping: known questions, with more than spaces in them. */
export function writtenOf(texts: Readonly<Record<string, string>>): WrittenAnswers {
  const written: WrittenAnswers = {};
  for (const id of REFLECTION_IDS) {
    const text = texts[id];
    if (text !== undefined && text.trim() !== '') written[id] = text;
  }
  return written;
}

export function makeSelfCheckResult(
  choices: Choices,
  takenAt: Date,
  written: Readonly<Record<string, string>> = {},
): SelfCheckResult {
  return {
    version: 2,
    takenAt: takenAt.toISOString(),
    answers: answersOf(choices),
    written: writtenOf(written),
  };
}

/** Newest first; the same time keeps the given order. */
export function newestFirst<T extends { checkIn: SelfCheckResult }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => Date.parse(b.checkIn.takenAt) - Date.parse(a.checkIn.takenAt));
}

export type Level = SignReflection['level'];

export interface Comparison {
  /** Signs that showed up in both, with how strongly each time. */
  both: Array<{ sign: SignId; before: Level; after: Level }>;
  /** Signs that showed up only in the later check-in. */
  onlyLater: SignReflection[];
  /** Signs that showed up only in the earlier check-in. */
  onlyEarlier: SignReflection[];
}

function levels(signs: readonly SignShape[], answers: Answers): Map<SignId, Level> {
  const reflection = reflect(signs, answers);
  const shown = reflection.kind === 'signs-showed-up' ? reflection.signs : [];
  return new Map(shown.map((s) => [s.sign, s.level]));
}

/** Which signs came up in each of two check-ins, in the order the signs are shown. */
export function compareSelfChecks(
  signs: readonly SignShape[],
  earlier: SelfCheckResult,
  later: SelfCheckResult,
): Comparison {
  const before = levels(signs, earlier.answers);
  const after = levels(signs, later.answers);
  const comparison: Comparison = { both: [], onlyLater: [], onlyEarlier: [] };
  for (const { id } of signs) {
    const was = before.get(id);
    const now = after.get(id);
    if (was && now) comparison.both.push({ sign: id, before: was, after: now });
    else if (now) comparison.onlyLater.push({ sign: id, level: now });
    else if (was) comparison.onlyEarlier.push({ sign: id, level: was });
  }
  return comparison;
}

export interface WrittenPair {
  readonly id: ReflectionId;
  /** What was written the first time, if anything. */
  readonly earlier?: string;
  /** What was written the second time, if anything. */
  readonly later?: string;
}

/** Every question written about in either check-in, in the order the questions come. */
export function compareWritten(earlier: SelfCheckResult, later: SelfCheckResult): WrittenPair[] {
  const pairs: WrittenPair[] = [];
  for (const id of REFLECTION_IDS) {
    const before = earlier.written[id];
    const after = later.written[id];
    if (before === undefined && after === undefined) continue;
    pairs.push({
      id,
      ...(before === undefined ? {} : { earlier: before }),
      ...(after === undefined ? {} : { later: after }),
    });
  }
  return pairs;
}

/** The earlier of two check-ins first. */
export function inOrder(
  a: SelfCheckResult,
  b: SelfCheckResult,
): [SelfCheckResult, SelfCheckResult] {
  return Date.parse(a.takenAt) <= Date.parse(b.takenAt) ? [a, b] : [b, a];
}
