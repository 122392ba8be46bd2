import type { Issue, IssueCode } from '../schema/issues.ts';
import type { ClockTime, IsoDate, IsoInstant } from './dates.ts';

/** Where in the cycle it happened; 'unsure' is always a fair answer. */
export const STAGES = ['tension', 'incident', 'repair', 'calm', 'unsure'] as const;
export type Stage = (typeof STAGES)[number];

export const HARMS = [
  'emotional',
  'isolation',
  'monitoring',
  'financial',
  'threats',
  'physical',
  'sexual',
  'children-pets',
  'other',
] as const;
export type Harm = (typeof HARMS)[number];

/** What the other person did afterwards: the moves that pull a person back. */
export const AFTERMATH = [
  'apology',
  'gifts',
  'promises',
  'blame',
  'denial',
  'never-happened',
] as const;
export type Aftermath = (typeof AFTERMATH)[number];

export const SEVERITIES = [1, 2, 3, 4, 5] as const;
export type Severity = (typeof SEVERITIES)[number];

export const JOURNAL_LIMITS = {
  /** `what` and `felt`, in UTF-16 code units as a textarea's maxlength counts them. */
  longText: 20_000,
  /** afterNote, injuries, witnesses. */
  shortText: 2_000,
  attachments: 20,
  idLength: 128,
  /** Years before this are typing slips ('0225'), not memories. */
  earliestDate: '1900-01-01',
  /**
   * The UTC day stands in for "today", and local dates run up to 14 hours
   * ahead of UTC, so a date one day past the UTC day can be today for the person.
   */
  futureDays: 1,
} as const;

/** A plain answer to a yes-or-no question; 'unsure' is always a fair answer. */
export const DETAIL_CHOICES = ['yes', 'no', 'unsure'] as const;
export type DetailChoice = (typeof DETAIL_CHOICES)[number];

/** The written details of CourtDetails, in the order a form, a view and a report show them. */
export const DETAIL_TEXTS = [
  'place',
  'policeReport',
  'medicalWhere',
  'medicalWhen',
  'property',
  'messages',
  'evidenceKept',
] as const;
export type DetailText = (typeof DETAIL_TEXTS)[number];

/** The yes / no / not sure questions of CourtDetails, in the order they are shown. */
export const DETAIL_ANSWERS = ['orderInForce', 'orderBroken', 'children'] as const;
export type DetailAnswer = (typeof DETAIL_ANSWERS)[number];

/**
 * The details courts and advocates ask for (issue 19), every one optional and left out
 * when not given; an entry with none has no `details` at all, so its stored form and its
 * digest are what they were before details existed.
 */
export interface CourtDetails {
  /** Where it happened, as the person typed it (never read from the device's location). */
  readonly place?: string;
  /** A police report or incident number. */
  readonly policeReport?: string;
  /** A medical visit: where, and when, in the person's words. */
  readonly medicalWhere?: string;
  readonly medicalWhen?: string;
  /** Whether a protection order was in force, and whether this broke it. */
  readonly orderInForce?: DetailChoice;
  readonly orderBroken?: DetailChoice;
  /** Whether children were there. */
  readonly children?: DetailChoice;
  /** What property was damaged. */
  readonly property?: string;
  /** Messages received, as text (screenshots go with the photos). */
  readonly messages?: string;
  /** Where other evidence is kept. */
  readonly evidenceKept?: string;
}

export interface Occurred {
  readonly date: IsoDate;
  readonly time?: ClockTime;
  /** The person is not sure of the date or time: reports must say "about". */
  readonly approximate: boolean;
}

/**
 * One version of what the person wrote; every field is present once checked, except
 * that a note jotted down in a hurry (createJottedEntry) has no stage and no severity
 * yet: both are absent together until the person adds the details (hasDetails).
 */
export interface EntryContent {
  readonly occurred: Occurred;
  /** Absent only in a jotted note whose details are still to add. */
  readonly stage?: Stage;
  /** A set, kept in the order of HARMS. */
  readonly harms: readonly Harm[];
  /** Absent only in a jotted note whose details are still to add. */
  readonly severity?: Severity;
  /** What happened, in their words. */
  readonly what: string;
  /** How they felt and what their body did. */
  readonly felt: string;
  /** A set, kept in the order of AFTERMATH. */
  readonly after: readonly Aftermath[];
  readonly afterNote: string;
  readonly injuries: string;
  readonly witnesses: string;
  /** Ids of attachments kept elsewhere, in the order the person added them. */
  readonly attachments: readonly string[];
  /** Details for a court or advocate; absent when none was given (version 3 of the record). */
  readonly details?: CourtDetails;
}

export interface EntryVersion {
  readonly editedAt: IsoInstant;
  readonly content: EntryContent;
}

/**
 * A journal entry as stored. Edits append a version and never replace one: a
 * record that can be quietly rewritten is worth less to the person re-reading
 * it, and to an advocate or a court reading it later.
 */
export interface JournalRecord {
  readonly id: string;
  /** When the entry was first saved; set by the app, equal to versions[0].editedAt. */
  readonly writtenAt: IsoInstant;
  /** Pinned entries are offered back when the urge to make contact comes. */
  readonly pinned: boolean;
  /** Oldest first; the last is what the entry says now. */
  readonly versions: readonly [EntryVersion, ...EntryVersion[]];
}

/** What the app hands in: the content with the optional parts optional. */
export interface EntryInput {
  readonly occurred: {
    readonly date: IsoDate;
    readonly time?: ClockTime | undefined;
    readonly approximate?: boolean | undefined;
  };
  readonly stage: Stage;
  readonly severity: Severity;
  readonly harms?: readonly Harm[] | undefined;
  readonly what?: string | undefined;
  readonly felt?: string | undefined;
  readonly after?: readonly Aftermath[] | undefined;
  readonly afterNote?: string | undefined;
  readonly injuries?: string | undefined;
  readonly witnesses?: string | undefined;
  readonly attachments?: readonly string[] | undefined;
  readonly details?: CourtDetails | undefined;
}

/** An entry's content once its details are in: what the cycle chart and trends read. */
export type DetailedContent = EntryContent & { readonly stage: Stage; readonly severity: Severity };

/** What a quick note needs: its words; the day it is about is today unless said otherwise. */
export interface JotInput {
  readonly what: string;
  readonly occurred: { readonly date: IsoDate };
}

/**
 * What a check of an entry says is wrong: a path ('occurred.date', 'harms[2]',
 * 'versions[1].content.what') and a code, which the app words in the reader's language.
 */
export type EntryError = Issue;
export type EntryErrorCode = IssueCode;
