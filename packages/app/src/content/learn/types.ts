// Types for the "Learn" chapters. Every language exports the same chapters,
// with the same ids, in the same order (checked by the compiler through
// ChapterList, and again by learn.test.ts together with section counts).

/** Stable chapter ids, in reading order. Never rename one: links and saved progress use them. */
export const CHAPTER_IDS = [
  'trauma-bond',
  'the-cycle',
  'like-an-addiction',
  'common-signs',
  'why-leaving-is-hard',
  'after-leaving',
  'helping-a-friend',
] as const;

export type ChapterId = (typeof CHAPTER_IDS)[number];

/** An app capability that a "what helps" item opens (not a URL). */
export type WhatHelpsTarget = 'selfcheck' | 'journal' | 'plan' | 'urges' | 'calm' | 'help';

export interface WhatHelps {
  text: string;
  target: WhatHelpsTarget;
}

export interface Section {
  heading: string;
  paragraphs: string[];
}

export interface Chapter<Id extends ChapterId = ChapterId> {
  id: Id;
  /** One short line of topics, shown first as a content note ("Topics: …"). */
  topics: string;
  title: string;
  summary: string;
  /** Estimated minutes to read the sections (about 200 words a minute). */
  readingMinutes: number;
  sections: Section[];
  /** Ends the chapter: links to the parts of Steady that can help. */
  whatHelps: WhatHelps[];
}

type ChaptersFor<Ids extends readonly ChapterId[]> = {
  [I in keyof Ids]: Chapter<Ids[I]>;
};

/** The full, ordered list of chapters that every language must provide. */
export type ChapterList = ChaptersFor<typeof CHAPTER_IDS>;
