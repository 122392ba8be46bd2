// Types for Steady's self-check. The statements, reflections and results are
// Steady's own writing, not items from any validated questionnaire. The
// self-check is non-diagnostic: it never produces a score or a verdict, only
// reflections on which signs showed up most (see reflect.ts).
import type { ChapterId, WhatHelps } from '../learn/types.ts';

// The ids and the answer scale are the stored model's (core/selfcheck): the words here
// are attached to them.
export { ANSWERS, SIGN_IDS, type Answer, type SignId, type StatementId } from '@steady/core';
import type { Answer, SIGN_IDS, SignId, StatementId } from '@steady/core';

export interface Statement {
  id: StatementId;
  text: string;
}

export interface Sign<Id extends SignId = SignId> {
  id: Id;
  name: string;
  /** One plain line saying what the sign means. */
  description: string;
  /** One or two statements, each answered on the scale. */
  statements: Statement[];
  /** One or two questions to sit with; shown with the results. */
  reflections: string[];
  /** A reflection shown when this sign showed up. Never a verdict. */
  result: string;
  /** Learn chapters that say more about this sign. */
  learnMore: ChapterId[];
}

type SignsFor<Ids extends readonly SignId[]> = { [I in keyof Ids]: Sign<Ids[I]> };

/** Every sign, in order: every language must provide all of them. */
export type SignList = SignsFor<typeof SIGN_IDS>;

export interface TextBlock {
  heading: string;
  paragraphs: string[];
}

export interface SelfCheck {
  /** One short line of topics, shown first as a content note ("Topics: …"). */
  topics: string;
  title: string;
  /** Says what this is and is not (not a diagnosis, no score). */
  intro: TextBlock;
  /** What to do if this is upsetting: pause, skip, stop, breathe, talk. */
  ifUpsetting: TextBlock;
  scale: {
    /** The question asked of each statement. */
    prompt: string;
    labels: Record<Answer, string>;
  };
  /** Labels for the controls that are always available. */
  actions: {
    skip: string;
    pause: string;
    resume: string;
    finish: string;
  };
  signs: Sign[];
  results: {
    heading: string;
    intro: string[];
    /** Group headings for signs that showed up often / sometimes. */
    showedUpOften: string;
    showedUpSometimes: string;
    reflectionsHeading: string;
    learnMoreLabel: string;
    /** When answers were given but no sign showed up. */
    noneShowedUp: string[];
    /** When every statement was skipped. */
    nothingAnswered: string[];
    /** Shown with every result. */
    notADiagnosis: string;
    /** General reading, shown with every result. */
    learnMore: { text: string; chapters: ChapterId[] };
    whatHelps: WhatHelps[];
  };
}
