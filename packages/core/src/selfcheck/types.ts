// The self-check's fixed parts: sign and statement ids, the answer scale, and what is
// kept. The statements' words are the app's content; nothing here is ever counted into
// a score. Stable ids: never rename one, stored answers refer to them.

/** The signs, in the order they are shown. */
export const SIGN_IDS = [
  'returning',
  'minimising',
  'selective-memory',
  'their-moods',
  'isolation',
  'fear-of-leaving',
  'withdrawal',
] as const;
export type SignId = (typeof SIGN_IDS)[number];

/** The answer scale, from least to most. */
export const ANSWERS = ['not-at-all', 'sometimes', 'often'] as const;
export type Answer = (typeof ANSWERS)[number];

/** Stable statement ids: the sign id and the statement's place in it. */
export type StatementId = `${SignId}-${1 | 2}`;

export const STATEMENT_IDS: readonly StatementId[] = SIGN_IDS.flatMap((sign) => [
  `${sign}-1` as const,
  `${sign}-2` as const,
]);

export type Answers = Partial<Record<StatementId, Answer>>;

/** An answer as chosen on screen: one on the scale, or skipped on purpose. */
export type Choice = Answer | 'skip';
export type Choices = Partial<Record<StatementId, Choice>>;

/**
 * Stable ids of the questions to sit with that come with a sign's reflection: the sign
 * id and the question's place in it (a sign has one or two).
 */
export type ReflectionId = `${SignId}-r${1 | 2}`;

export const REFLECTION_IDS: readonly ReflectionId[] = SIGN_IDS.flatMap((sign) => [
  `${sign}-r1` as const,
  `${sign}-r2` as const,
]);

/** The most a written answer holds, in UTF-16 code units (as a textarea counts). */
export const WRITTEN_ANSWER_MAX = 2000;

/** What the person wrote in answer to a question, in their own words; never blank. */
export type WrittenAnswers = Partial<Record<ReflectionId, string>>;

/** A finished self-check, as kept (encrypted) in the vault (kind 'selfcheck'). */
export interface SelfCheckResult {
  /** 2 from the written answers on; a version-1 result reads with none. */
  readonly version: 2;
  /** When it was finished, as an ISO 8601 time. */
  readonly takenAt: string;
  /** Only statements answered on the scale; a skipped one is simply absent. */
  readonly answers: Answers;
  /** Only the questions the person wrote something for; optional, often empty. */
  readonly written: WrittenAnswers;
}

/** A self-check paused part-way (kind 'selfcheck-draft', id 'current'). */
export interface SelfCheckDraft {
  readonly version: 1;
  readonly choices: Choices;
  /** The group of statements the person was on. */
  readonly step: number;
}

/** The least a sign must say for reflecting on answers: its id and its statements' ids. */
export interface SignShape {
  readonly id: SignId;
  readonly statements: ReadonlyArray<{ readonly id: StatementId }>;
}
