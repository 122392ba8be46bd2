// What the self-check keeps, and how two kept check-ins compare. Pure: no DOM,
// no vault. Everything here is words and sign ids; nothing is ever counted into
// a score.
import {
  ANSWERS,
  reflect,
  SIGN_IDS,
  type Answer,
  type Answers,
  type Sign,
  type SignId,
  type SignReflection,
  type StatementId,
} from '../../content/index.ts';

/** Record kinds in the vault. */
export const CHECKIN_KIND = 'selfcheck';
export const DRAFT_KIND = 'selfcheck-draft';
/** There is at most one paused self-check. */
export const DRAFT_ID = 'current';

/** An answer as chosen on screen: one on the scale, or skipped on purpose. */
export type Choice = Answer | 'skip';
export type Choices = Partial<Record<StatementId, Choice>>;

/** A finished self-check, as saved (encrypted) in the vault. */
export interface CheckIn {
  version: 1;
  /** When it was finished, as an ISO 8601 time. */
  takenAt: string;
  /** Only statements answered on the scale; a skipped one is simply absent. */
  answers: Answers;
}

/** A self-check paused part-way, kept (encrypted) until it is finished or started again. */
export interface Draft {
  version: 1;
  choices: Choices;
  /** The group of statements the person was on. */
  step: number;
}

const STATEMENT_IDS: ReadonlySet<string> = new Set(
  SIGN_IDS.flatMap((sign) => [`${sign}-1`, `${sign}-2`]),
);

function isStatementId(value: string): value is StatementId {
  return STATEMENT_IDS.has(value);
}

function isAnswer(value: unknown): value is Answer {
  return (ANSWERS as readonly unknown[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The answers among the choices: skipped statements are left out. */
export function answersOf(choices: Choices): Answers {
  const answers: Answers = {};
  for (const [id, choice] of Object.entries(choices)) {
    if (isStatementId(id) && isAnswer(choice)) answers[id] = choice;
  }
  return answers;
}

export function makeCheckIn(choices: Choices, takenAt: Date): CheckIn {
  return { version: 1, takenAt: takenAt.toISOString(), answers: answersOf(choices) };
}

/** A saved check-in, checked field by field; anything else reads as nothing. */
export function readCheckIn(value: unknown): CheckIn | undefined {
  if (!isRecord(value) || value.version !== 1) return undefined;
  if (typeof value.takenAt !== 'string' || Number.isNaN(Date.parse(value.takenAt)))
    return undefined;
  if (!isRecord(value.answers)) return undefined;
  const answers: Answers = {};
  for (const [id, answer] of Object.entries(value.answers)) {
    if (isStatementId(id) && isAnswer(answer)) answers[id] = answer;
  }
  return { version: 1, takenAt: value.takenAt, answers };
}

export function readDraft(value: unknown): Draft | undefined {
  if (!isRecord(value) || value.version !== 1 || !isRecord(value.choices)) return undefined;
  const choices: Choices = {};
  for (const [id, choice] of Object.entries(value.choices)) {
    if (isStatementId(id) && (choice === 'skip' || isAnswer(choice))) choices[id] = choice;
  }
  const step =
    typeof value.step === 'number' && Number.isInteger(value.step) && value.step >= 0
      ? Math.min(value.step, SIGN_IDS.length - 1)
      : 0;
  return { version: 1, choices, step };
}

/** Newest first; the same time keeps the given order. */
export function newestFirst<T extends { checkIn: CheckIn }>(items: readonly T[]): T[] {
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

function levels(signs: readonly Sign[], answers: Answers): Map<SignId, Level> {
  const reflection = reflect(signs, answers);
  const shown = reflection.kind === 'signs-showed-up' ? reflection.signs : [];
  return new Map(shown.map((s) => [s.sign, s.level]));
}

/**
 * Which signs came up in each of two check-ins, in the order the signs are shown.
 * Only words come out of it ("often", "sometimes", "both", "only later"), never
 * a number or a direction such as better or worse.
 */
export function compareCheckIns(
  signs: readonly Sign[],
  earlier: CheckIn,
  later: CheckIn,
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

/** The earlier of two check-ins first. */
export function inOrder(a: CheckIn, b: CheckIn): [CheckIn, CheckIn] {
  return Date.parse(a.takenAt) <= Date.parse(b.takenAt) ? [a, b] : [b, a];
}
