import type { Issue } from '../schema/issues.ts';
import type {
  EmergencyKind,
  HoursKey,
  NoteKey,
  ServesKey,
  SilentKey,
  SilentKind,
  TraceKey,
  WayKind,
} from './keys.ts';

export type { EmergencyKind, SilentKind, WayKind } from './keys.ts';

/**
 * 'US', 'IE'... (ISO 3166-1 alpha-2), a subdivision such as 'GB-SCT' or 'CA-ON'
 * (ISO 3166-2), or 'international' for the fallback entry.
 */
export type CountryCode = string;

/** An ISO calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

export interface Way {
  readonly kind: WayKind;
  /**
   * call, text, tty: a number as people write it ('0808 2000 247'), digits with
   * spaces, dashes, dots or parentheses and an optional leading '+'.
   * whatsapp: the same, but international (leading '+'), because wa.me needs it.
   * chat, web: an https URL.
   */
  readonly value: string;
  /** For 'text' only: a keyword the service asks for, prefilled in the message. */
  readonly body?: string;
  readonly note?: NoteKey;
  /**
   * What using this way may leave on the phone, shown beside it: a chat or a web
   * form leaves the site in the browser's history even when a call leaves nothing.
   */
  readonly traceNote?: TraceKey;
}

export interface Service {
  readonly id: string;
  readonly country: CountryCode;
  /** The service's own name, shown as it is in every language. */
  readonly name: string;
  readonly ways: readonly Way[];
  readonly hours: '24/7' | HoursKey;
  /** BCP 47 tags of the languages it answers in, when known. */
  readonly languages?: readonly string[];
  /** Absent means we do not know, not that it costs money. */
  readonly free?: boolean;
  /** Whom the line is for, when its source says; absent means not stated. */
  readonly serves?: ServesKey;
  readonly notes?: readonly NoteKey[];
  readonly traceNote?: TraceKey;
  /** Where the facts come from: domains or https URLs, as in the content guide. */
  readonly source: readonly string[];
  readonly checked: IsoDate;
}

export interface EmergencyNumber {
  readonly number: string;
  /** Absent means a voice call; 'text' is a number reached by text message only. */
  readonly kind?: EmergencyKind;
  readonly note?: NoteKey;
}

/**
 * A way to reach emergency help without speaking (999 then 55 in the UK, a text to
 * 114 in France). Each is a fact of its own, with its own source and checked date,
 * because the steps and who may use them differ from place to place.
 */
export interface SilentWay {
  readonly kind: SilentKind;
  /** A number, written as for a service's way ('whatsapp' international). */
  readonly value: string;
  /** The steps, and who it is for, in the app's words. */
  readonly how: SilentKey;
  readonly source: readonly string[];
  readonly checked: IsoDate;
}

export interface Country {
  readonly code: CountryCode;
  /** Empty only for an entry whose notes say what to do instead ('international'). */
  readonly emergency: readonly EmergencyNumber[];
  readonly notes?: readonly NoteKey[];
  /** Ways to reach help without speaking, shown above the services; absent if none known. */
  readonly silent?: readonly SilentWay[];
  readonly services: readonly Service[];
}

export interface Directory {
  readonly countries: readonly Country[];
}

/** What a check of directory or deployment data found: see schema/issues.ts. */
export type ValidationIssue = Issue;
