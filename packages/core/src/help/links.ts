import { FALLBACK_COUNTRY } from './keys.ts';
import type { NoteKey } from './keys.ts';
import type {
  Country,
  CountryCode,
  Directory,
  EmergencyNumber,
  Service,
  SilentWay,
} from './types.ts';

export interface PhoneNumber {
  /** True for an international number written with a leading '+'. */
  readonly global: boolean;
  /** Digits only, without the '+'. */
  readonly digits: string;
}

// What people write: digits, spaces, dashes, dots, parentheses and one leading
// '+'. Nothing else, because a dialer acts on more than digits: '*' and '#'
// make MMI/USSD codes (call forwarding is '**21*number#'), ',' and ';' send
// tones after the call connects, and letters are turned into keypad digits.
const WRITTEN_PHONE = /^\+?[0-9(][0-9 ().-]*[0-9]$/;
const MAX_WRITTEN_LENGTH = 32;
// E.164 caps a number at 15 digits; the shortest lines here are 2 (France's
// police, 17).
const MIN_DIGITS = 2;
const MAX_DIGITS = 15;

/** Reads a number as written in the directory, or null if it is not one we will dial. */
export function parsePhone(value: string): PhoneNumber | null {
  if (value.length > MAX_WRITTEN_LENGTH || !WRITTEN_PHONE.test(value)) return null;
  // '+44 (0)20...' reads well but dials +44020..., a wrong number.
  if (value.includes('(0)')) return null;
  const global = value.startsWith('+');
  const digits = value.replace(/[^0-9]/g, '');
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return null;
  // No country calling code starts with 0.
  if (global && digits.startsWith('0')) return null;
  return { global, digits };
}

function subscriber(phone: PhoneNumber): string {
  return `${phone.global ? '+' : ''}${phone.digits}`;
}

/**
 * An RFC 3966 tel: URI, or null when the value is not a number we will dial.
 *
 * Local numbers ('999', '0808 2000 247') come out as bare digits. RFC 3966
 * wants a ';phone-context=' on them, but dialers that do not parse parameters
 * take ';' as "wait" and the letters after it as keypad digits, which would
 * garble an emergency call; bare digits are what every phone dials.
 */
export function telHref(value: string): string | null {
  const phone = parsePhone(value);
  return phone === null ? null : `tel:${subscriber(phone)}`;
}

// RFC 3986 unreserved characters only: encodeURIComponent leaves !'()* alone.
export function encodeQueryValue(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** An RFC 5724 sms: URI, with the body prefilled when given. */
export function smsHref(value: string, body?: string): string | null {
  const phone = parsePhone(value);
  if (phone === null) return null;
  const href = `sms:${subscriber(phone)}`;
  return body === undefined || body === '' ? href : `${href}?body=${encodeQueryValue(body)}`;
}

/** A wa.me link; WhatsApp needs the international form, so local numbers give null. */
export function whatsappHref(value: string): string | null {
  const phone = parsePhone(value);
  return phone === null || !phone.global ? null : `https://wa.me/${phone.digits}`;
}

/**
 * True when one code names the same place as, or a part of, the other:
 * 'CA-ON' and 'CA', 'GB' and 'GB-SCT'. 'international' overlaps only itself.
 */
export function regionsOverlap(a: CountryCode, b: CountryCode): boolean {
  return a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
}

/** Shown wherever the directory has no emergency number to offer. */
export const CALL_LOCAL_EMERGENCY = 'help.note.callLocalEmergency' satisfies NoteKey;

/**
 * The entry for a place: its own, else its country's when the code names a
 * part of a country ('CA-QC' is in Canada, so 911 still shows), else the
 * international one.
 */
function countryOrFallback(directory: Directory, code: CountryCode): Country | undefined {
  const parent = code.includes('-') ? code.slice(0, code.indexOf('-')) : undefined;
  return (
    directory.countries.find((c) => c.code === code) ??
    (parent === undefined ? undefined : directory.countries.find((c) => c.code === parent)) ??
    directory.countries.find((c) => c.code === FALLBACK_COUNTRY)
  );
}

/**
 * The services to offer for a country: the deployment's own first, because the
 * organisation running Steady knows its area and may be the person's advocate;
 * then the directory's. An unknown country gets the international entry.
 */
export function servicesFor(
  directory: Directory,
  country: CountryCode,
  local: readonly Service[] = [],
): Service[] {
  const listed = countryOrFallback(directory, country)?.services ?? [];
  return [...local.filter((s) => regionsOverlap(s.country, country)), ...listed];
}

export interface EmergencyInfo {
  /** The entry actually used: the asked-for country, or 'international'. */
  readonly country: CountryCode;
  /** Empty when no number is known for the place the person is in. */
  readonly numbers: readonly EmergencyNumber[];
  /** Set when `numbers` is empty: what to say instead of a number. */
  readonly note?: NoteKey;
}

export function emergencyFor(directory: Directory, country: CountryCode): EmergencyInfo {
  const entry = countryOrFallback(directory, country);
  const numbers = entry?.emergency ?? [];
  return numbers.length > 0
    ? { country: entry?.code ?? FALLBACK_COUNTRY, numbers }
    : { country: entry?.code ?? FALLBACK_COUNTRY, numbers, note: CALL_LOCAL_EMERGENCY };
}

/**
 * The ways to reach emergency help without speaking where the person is: the
 * place's own, else its country's ('CA-QC' gets Canada's); none for a place the
 * directory does not know (the international entry lists none).
 */
export function silentWaysFor(directory: Directory, country: CountryCode): readonly SilentWay[] {
  return countryOrFallback(directory, country)?.silent ?? [];
}
