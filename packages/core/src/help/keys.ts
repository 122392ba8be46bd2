// Message keys for the Help screen. The data carries keys, never sentences, so
// every entry reads the same in English and Spanish and a deployment cannot
// slip untranslated (or hostile) text onto the screen. The app's dictionaries
// can be typed as Record<HelpMessageKey, string> so a missing sentence is a
// compile error rather than a raw key shown to someone in crisis.

/** Notes a service, a way to reach it, an emergency number or a country may carry. */
export const NOTE_KEYS = [
  'help.note.silentSolution',
  'help.note.callLocalEmergency',
  'help.note.canadaNoNationalLine',
  'help.note.ontarioOnly',
  'help.note.mostStates',
  'help.note.anonymous',
  'help.note.notEmergency',
  'help.note.manyLanguages',
  'help.note.textStart',
  'help.note.directory',
  'help.note.quebecOnly',
  'help.note.lagosOnly',
  'help.note.police',
  'help.note.textOnly114',
  'help.note.chooseOption1',
  'help.note.safeTimeForm',
  'help.note.bslInterpreter',
  'help.note.crisisCounselling',
  'help.note.findShelter',
  'help.note.bogotaOnly',
  'help.note.ar137Teams',
] as const;

/**
 * How each silent way works, in Steady's words: the steps differ from place to
 * place, so each way carries its own sentence.
 */
export const SILENT_KEYS = [
  'help.silent.ukSilentSolution',
  'help.silent.frText114',
  'help.silent.usText911',
  'help.silent.caText911',
  'help.silent.esWhatsapp016',
] as const;

/** How a silent way is reached: the same links as a service's ways. */
export const SILENT_KINDS = ['call', 'text', 'whatsapp'] as const satisfies readonly WayKind[];
export type SilentKind = (typeof SILENT_KINDS)[number];

/** Opening hours other than '24/7'. */
export const HOURS_KEYS = [
  'help.hours.notListed',
  'help.hours.website',
  'help.hours.officeHours',
  'help.hours.weekdays8ToMidnight',
  'help.hours.monThu10To2030Fri10To1630',
  'help.hours.weekdays10To6',
] as const;

/** Whom a line is for, when its own page says so. */
export const SERVES_KEYS = [
  'help.serves.anyone',
  'help.serves.women',
  'help.serves.womenLgbtq',
  'help.serves.womenChildren',
  'help.serves.men',
  'help.serves.lgbtq',
  'help.serves.deaf',
  'help.serves.native',
  'help.serves.indigenous',
  'help.serves.indigenousWomen',
] as const;

/** What using a service may leave behind on the phone. */
export const TRACE_KEYS = [
  'help.trace.callLog',
  'help.trace.browserHistory',
  'help.trace.chat',
  'help.trace.webForm',
] as const;

export type NoteKey = (typeof NOTE_KEYS)[number];
export type HoursKey = (typeof HOURS_KEYS)[number];
export type TraceKey = (typeof TRACE_KEYS)[number];
export type ServesKey = (typeof SERVES_KEYS)[number];
export type SilentKey = (typeof SILENT_KEYS)[number];

/** How an emergency number is reached: a voice call, or (France's 114) a text message. */
export type EmergencyKind = 'call' | 'text';
export const EMERGENCY_KINDS = ['call', 'text'] as const satisfies readonly EmergencyKind[];

export type WayKind = 'call' | 'text' | 'tty' | 'whatsapp' | 'chat' | 'web';

export const WAY_KINDS = [
  'call',
  'text',
  'tty',
  'whatsapp',
  'chat',
  'web',
] as const satisfies readonly WayKind[];

export const WAY_KIND_KEYS = {
  call: 'help.kind.call',
  text: 'help.kind.text',
  tty: 'help.kind.tty',
  whatsapp: 'help.kind.whatsapp',
  chat: 'help.kind.chat',
  web: 'help.kind.web',
} as const satisfies Record<WayKind, `help.kind.${string}`>;

/**
 * Names for the codes Intl.DisplayNames cannot name: it knows ISO 3166-1
 * regions ('IE' -> 'Irlanda') but not subdivisions such as 'GB-SCT'.
 */
export const COUNTRY_NAME_KEYS = {
  'GB-ENG': 'help.country.england',
  'GB-SCT': 'help.country.scotland',
  'GB-WLS': 'help.country.wales',
  'GB-NIR': 'help.country.northernIreland',
  international: 'help.country.international',
} as const satisfies Record<string, `help.country.${string}`>;

/** Labels the UI needs next to the data: "open all day", "free". */
export const LABEL_KEYS = {
  always: 'help.hours.always',
  free: 'help.free',
} as const satisfies Record<string, `help.${string}`>;

export const HELP_MESSAGE_KEYS = [
  ...NOTE_KEYS,
  ...SILENT_KEYS,
  ...HOURS_KEYS,
  ...TRACE_KEYS,
  ...SERVES_KEYS,
  ...Object.values(WAY_KIND_KEYS),
  ...Object.values(COUNTRY_NAME_KEYS),
  ...Object.values(LABEL_KEYS),
] as const;

export type HelpMessageKey = (typeof HELP_MESSAGE_KEYS)[number];

/**
 * The entry shown when the person's country is not in the directory. Here, not beside
 * the directory, so what needs only this (phone links in the plan and urges) leaves the
 * directory out of the first download.
 */
export const FALLBACK_COUNTRY = 'international';
