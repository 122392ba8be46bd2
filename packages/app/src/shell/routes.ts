import type { ChapterId } from '../content/learn/types.ts';

// Where the person can be in Steady, and what a screen can be asked to open. A leaf:
// features ask to go somewhere by name (Shell.go) and never import the screen list.
// Screens live in memory, never in the address bar: the URL and the browser's history
// must not say which part of Steady someone was looking at, nor what they opened there.

export const SCREEN_IDS = [
  'home',
  'journal',
  'report',
  'plan',
  'urges',
  'calm',
  'checkin',
  'progress',
  'learn',
  'selfcheck',
  'help',
  'settings',
  'check',
] as const;
export type ScreenId = (typeof SCREEN_IDS)[number];

/** What a screen may be asked to open on arriving, besides its start. */
export interface Openings {
  /** A new entry, or an edit of one (a draft to carry on). */
  journal: 'new' | 'jot' | `edit:${string}`;
  /** The step with the person's own words (a draft of unsent words to carry on). */
  urges: 'remind';
  /** A chapter, asked for from another screen (the self-check's "read more"). */
  learn: ChapterId;
}

export type Opening<S extends ScreenId> = S extends keyof Openings ? Openings[S] : never;

/** Where to go: a screen, and what to open there. */
export interface Place {
  readonly screen: ScreenId;
  readonly opening?: string | undefined;
}
