import type { IsoDate, IsoInstant } from '../model/dates.ts';

/** What is pulling the person back, as they name it. A set, kept in this order. */
export const PULLS = [
  'missing-them',
  'guilt',
  'loneliness',
  'fear',
  'closure',
  'they-contacted-me',
  'other',
] as const;
export type Pull = (typeof PULLS)[number];

/** How a hold ended, in the person's words; none of them is a failure. */
export const OUTCOMES = ['did-not-contact', 'contacted', 'they-contacted-me'] as const;
export type HoldOutcome = (typeof OUTCOMES)[number];

export const URGE_LIMITS = {
  strengthMax: 10,
  feelingMax: 10,
  note: 2_000,
  /** Reminders, if-then plans, unsent messages. */
  text: 20_000,
  name: 200,
  idLength: 128,
  contacts: 20,
  /** A hold asks the action to wait this long; the urge itself is allowed. */
  holdMs: 24 * 60 * 60 * 1000,
} as const;

/** One urge to reach out, logged when it came (kind 'urge'). */
export interface UrgeRecord {
  readonly id: string;
  readonly at: IsoInstant;
  /** 0 (barely there) to 10 (as strong as it gets). */
  readonly strength: number;
  readonly pulls: readonly Pull[];
  readonly note: string;
}

/** A 24-hour wait before acting on an urge (kind 'hold'). */
export interface HoldRecord {
  readonly id: string;
  /** The urge that started it, when there was one. */
  readonly urgeId?: string;
  readonly startedAt: IsoInstant;
  readonly endsAt: IsoInstant;
  readonly outcome?: HoldOutcome;
  /** How the person feels now, 0 (awful) to 10 (steady); recorded with the outcome. */
  readonly feelingAfter?: number;
  readonly resolvedAt?: IsoInstant;
}

/** A line the person wrote to themselves: why they left, what they deserve (kind 'reminder'). */
export interface ReminderRecord {
  readonly id: string;
  readonly text: string;
  readonly writtenAt: IsoInstant;
}

/** "If I want to message them at night, then I will ..." (kind 'ifthen'). */
export interface IfThenRecord {
  readonly id: string;
  readonly when: string;
  readonly then: string;
  readonly writtenAt: IsoInstant;
}

/** A message written and kept, never sent (kind 'unsent'). */
export interface UnsentRecord {
  readonly id: string;
  readonly text: string;
  readonly writtenAt: IsoInstant;
}

export interface TrustedContact {
  readonly name: string;
  readonly phone: string;
}

/** The urge screens' own settings (kind 'urge-settings', id 'main'). */
export interface UrgeSettings {
  /** The count of days without contact is shown only when the person asks for it (off at first). */
  readonly showDaysWithoutContact: boolean;
  /** The last contact before using Steady, if the person wants the count to start there. */
  readonly lastContact?: IsoDate;
  /** People to text or call instead, added here (the safety plan may hold more). */
  readonly contacts: readonly TrustedContact[];
}

export const DEFAULT_URGE_SETTINGS: UrgeSettings = { showDaysWithoutContact: false, contacts: [] };
