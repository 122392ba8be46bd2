import type { PlainKey } from '../../i18n/index.ts';

/** A short exercise taken one step at a time, at the person's own pace: no timers. */
export interface Exercise {
  id: string;
  name: PlainKey;
  about: PlainKey;
  steps: readonly PlainKey[];
}

const steps = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `calm.${prefix}.${i + 1}` as PlainKey);

/** Grounding: back to where one is, now (the Grounding view lists these). */
export const GROUNDING: readonly Exercise[] = [
  {
    id: 'senses',
    name: 'calm.ground.senses',
    about: 'calm.ground.sensesAbout',
    steps: steps('senses', 5),
  },
  { id: 'feet', name: 'calm.ground.feet', about: 'calm.ground.feetAbout', steps: steps('feet', 3) },
  {
    id: 'categories',
    name: 'calm.ground.categories',
    about: 'calm.ground.categoriesAbout',
    steps: steps('categories', 3),
  },
  {
    id: 'counting',
    name: 'calm.ground.counting',
    about: 'calm.ground.countingAbout',
    steps: steps('counting', 3),
  },
];

/** Written for Steady, offered by what is happening now. */
export const SOOTHING: readonly Exercise[] = [
  {
    id: 'release',
    name: 'calm.ex.release',
    about: 'calm.ex.releaseAbout',
    steps: steps('release', 5),
  },
  { id: 'place', name: 'calm.ex.place', about: 'calm.ex.placeAbout', steps: steps('place', 4) },
  {
    id: 'kindness',
    name: 'calm.ex.kindness',
    about: 'calm.ex.kindnessAbout',
    steps: steps('kindness', 4),
  },
  {
    id: 'reasons',
    name: 'calm.ex.reasons',
    about: 'calm.ex.reasonsAbout',
    steps: steps('reasons', 4),
  },
  { id: 'shake', name: 'calm.ex.shake', about: 'calm.ex.shakeAbout', steps: steps('shake', 4) },
];

export const MOMENTS = ['sleep', 'panic', 'numb', 'thinking', 'angry'] as const;
export type Moment = (typeof MOMENTS)[number];

/** What a moment offers first: an exercise's id, or 'breathing' (the Breathing view). */
export const FOR_MOMENT: Record<Moment, readonly string[]> = {
  sleep: ['release', 'place', 'counting'],
  panic: ['breathing', 'feet', 'senses'],
  numb: ['senses', 'shake', 'kindness'],
  thinking: ['reasons', 'categories', 'kindness'],
  angry: ['shake', 'breathing', 'release'],
};

const ALL = new Map([...GROUNDING, ...SOOTHING].map((exercise) => [exercise.id, exercise]));

/** The exercise of an id in FOR_MOMENT; undefined for 'breathing'. */
export function exerciseOf(id: string): Exercise | undefined {
  return ALL.get(id);
}
