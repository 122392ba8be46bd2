import type { IsoDate } from '../model/dates.ts';

/**
 * The parts of a safety plan, in the order the app shows them. Each one can be
 * started, left and come back to; none has to be filled in for the others.
 */
export const PLAN_SECTIONS = [
  'people',
  'professional',
  'essentials',
  'digital',
  'crash',
  'children',
  'places',
  'after',
  'risk',
] as const;
export type PlanSectionId = (typeof PLAN_SECTIONS)[number];

/** The guided questions of each section; the app words them, the answers are free text. */
export const PLAN_QUESTIONS = {
  people: ['checkIn', 'codeWord'],
  professional: ['advocate', 'therapist', 'localService'],
  essentials: ['bag'],
  digital: ['device', 'accounts'],
  crash: ['expect', 'contactRule', 'instead'],
  children: ['school', 'exchanges', 'tellThem', 'pets'],
  places: ['safePlaces', 'routes', 'transport'],
  after: ['routines', 'work', 'protection'],
  risk: ['sense'],
} as const satisfies Record<PlanSectionId, readonly string[]>;
export type PlanQuestionId<S extends PlanSectionId = PlanSectionId> =
  (typeof PLAN_QUESTIONS)[S][number];

/**
 * Checklist items the plan starts with, per section. The person ticks them, says
 * where each is kept, and adds their own.
 */
export const PLAN_PRESET_ITEMS = {
  people: [],
  professional: [],
  essentials: [
    'ids',
    'medicines',
    'keys',
    'cash',
    'numbers',
    'copies',
    'childIds',
    'childMedicines',
    'childCopies',
  ],
  digital: ['passwords', 'location', 'sharedAccounts', 'saferDevice'],
  crash: [],
  children: ['schoolPickup', 'petCare'],
  places: [],
  after: ['routines', 'work', 'protectionOrder'],
  risk: [],
} as const satisfies Record<PlanSectionId, readonly string[]>;
export type PlanPresetItem = (typeof PLAN_PRESET_ITEMS)[PlanSectionId][number];

/**
 * Whether a section's checklist holds things to keep somewhere (documents, keys, cash),
 * so each item asks where it is kept. The other checklists hold steps (passwords
 * changed, the school told), where a place means nothing.
 */
export function itemsAreKeptSomewhere(id: PlanSectionId): boolean {
  return id === 'essentials';
}

/** What a trusted person has said they can do. */
export const HELPER_ROLES = ['ride', 'documents', 'checkIn'] as const;
export type HelperRole = (typeof HELPER_ROLES)[number];

/**
 * Signs that the danger may be high, in Steady's own words (not a copy of any
 * validated instrument). They are prompts to talk to an advocate, never a score.
 */
// Which signs are here, and the two rules below, follow the risk factors for intimate
// partner homicide found by Campbell JC et al., "Risk factors for femicide in abusive
// relationships: results from a multisite case control study", Am J Public Health
// 2003;93(7):1089-1097: a prior threat with a weapon, and separation from a highly
// controlling partner, were among the strongest; abuse during pregnancy was also a
// factor. The wording is Steady's own.
export const DANGER_SIGNS = [
  'strangling',
  'weapon',
  'weaponThreat',
  'threatsToKill',
  'escalating',
  'separation',
  'stalking',
  'forcedSex',
  'threatsToChildren',
  'jealousyControl',
  'suicideThreats',
  'pregnancy',
] as const;
export type DangerSign = (typeof DANGER_SIGNS)[number];

/** The signs most strongly linked with being killed: any one brings help to the front. */
export const GRAVEST_SIGNS = [
  'strangling',
  'weapon',
  'weaponThreat',
  'threatsToKill',
  'escalating',
] as const satisfies readonly DangerSign[];

export const PLAN_LIMITS = {
  answer: 2_000,
  notes: 10_000,
  itemText: 300,
  where: 500,
  /** Checklist items in one section, presets included. */
  items: 60,
  people: 20,
  name: 200,
  reach: 60,
  idLength: 64,
} as const;

/** One checklist line: either one of Steady's (`preset`) or the person's own (`text`). */
export interface PlanItem {
  readonly id: string;
  readonly preset?: PlanPresetItem;
  readonly text?: string;
  readonly done: boolean;
  /** Where it is kept, in the person's words. */
  readonly where: string;
}

export interface PlanSection {
  readonly answers: Readonly<Partial<Record<string, string>>>;
  readonly items: readonly PlanItem[];
  readonly notes: string;
  /** The person said this part is done for now. */
  readonly complete: boolean;
}

/** Someone the person trusts, typed in by hand (never read from the phone's contacts). */
export interface TrustedPerson {
  readonly id: string;
  readonly name: string;
  /** How to reach them: a phone number or whatever the person writes. */
  readonly reach: string;
  readonly can: readonly HelperRole[];
}

/** The whole plan: one encrypted record (kind 'plan', id 'main'). */
export interface SafetyPlan {
  readonly version: 1;
  readonly sections: Readonly<Record<PlanSectionId, PlanSection>>;
  readonly people: readonly TrustedPerson[];
  readonly dangerSigns: readonly DangerSign[];
  /** A day the person chose to look at the plan again; shown only inside the app. */
  readonly reviewDate?: IsoDate;
}
