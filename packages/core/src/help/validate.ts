import { FALLBACK_COUNTRY } from './keys.ts';
import {
  EMERGENCY_KINDS,
  HOURS_KEYS,
  NOTE_KEYS,
  SERVES_KEYS,
  SILENT_KEYS,
  SILENT_KINDS,
  TRACE_KEYS,
  WAY_KINDS,
} from './keys.ts';
import { CALL_LOCAL_EMERGENCY, parsePhone } from './links.ts';
import type {
  Country,
  Directory,
  EmergencyNumber,
  IsoDate,
  Service,
  SilentWay,
  Way,
} from './types.ts';
import { at, failed, mismatch, ok, type Issues, type Parsed } from '../schema/issues.ts';
import { arrayAt, objectAt, oneOfAt, textAt as readText, type TextRule } from '../schema/read.ts';

// A hand-written schema check. Directory data and a deployment's local services
// end up as links a person in danger will tap, and a deployment file is written
// by hand, so every field is checked, unknown fields are refused (a typo must
// not silently drop a number), sizes are bounded, and the value returned is
// rebuilt from checked fields only.

export type { Issues };
export { at, arrayAt, objectAt, oneOfAt as keyAt };

/** Text in a directory or deployment file: never blank, no control or direction characters. */
export function textAt(
  value: unknown,
  path: string,
  issues: Issues,
  rule: TextRule,
): string | undefined {
  return readText(value, path, issues, { nonBlank: true, safe: true, ...rule });
}

function keyListAt<T extends string>(
  value: unknown,
  path: string,
  issues: Issues,
  list: readonly T[],
  max: number,
): T[] | undefined {
  const items = arrayAt(value, path, issues, 0, max);
  if (items === undefined) return undefined;
  const before = issues.length;
  const keys: T[] = [];
  items.forEach((item, i) => {
    const key = oneOfAt(item, at(path, i), issues, list);
    if (key === undefined) return;
    if (keys.includes(key)) {
      issues.push({ path: at(path, i), code: 'duplicate', message: `"${key}" is listed twice` });
    }
    keys.push(key);
  });
  return issues.length > before ? undefined : keys;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written 'YYYY-MM-DD' (so not 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export function assertToday(today: IsoDate): void {
  // A bad 'today' is the caller's bug, not the data's: refuse loudly.
  if (!isIsoDate(today)) throw new RangeError(`today must be a date 'YYYY-MM-DD', got "${today}"`);
}

function checkedAt(
  value: unknown,
  path: string,
  issues: Issues,
  today: IsoDate,
): string | undefined {
  const date = textAt(value, path, issues, { max: 10 });
  if (date === undefined) return undefined;
  if (!isIsoDate(date)) {
    issues.push({ path, code: 'invalid-date', message: 'must be a real date written YYYY-MM-DD' });
    return undefined;
  }
  // Same-width ISO dates compare correctly as strings.
  if (date > today) {
    issues.push({ path, code: 'future-date', message: `is in the future (today is ${today})` });
    return undefined;
  }
  return date;
}

/** Why `value` is not an acceptable https URL, or undefined if it is. */
export function httpsUrlProblem(value: string): string | undefined {
  if (value.length > 2048) return 'is too long for a URL';
  // The URL parser quietly drops tabs and newlines; refuse them before it can.
  if (/[\s\p{Cc}]/u.test(value)) return 'must not contain spaces or control characters';
  // Checked on the raw text so javascript:, data:, http: and scheme-relative
  // URLs never reach the parser.
  if (!value.startsWith('https://')) return 'must be an https:// URL';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a valid URL';
  }
  if (url.protocol !== 'https:') return 'must be an https:// URL';
  if (url.username !== '' || url.password !== '') return 'must not contain a user name or password';
  if (!url.hostname.includes('.') || url.hostname.endsWith('.'))
    return 'must name a host such as example.org';
  return undefined;
}

export function httpsUrlAt(value: unknown, path: string, issues: Issues): string | undefined {
  const text = textAt(value, path, issues, { max: 2048 });
  if (text === undefined) return undefined;
  const problem = httpsUrlProblem(text);
  if (problem === undefined) return text;
  issues.push({ path, code: 'invalid-url', message: problem });
  return undefined;
}

const PHONE_HELP = 'digits, spaces, dashes, dots, parentheses and a leading + only';

function phoneAt(
  value: unknown,
  path: string,
  issues: Issues,
  global: boolean,
): string | undefined {
  const text = textAt(value, path, issues, { max: 32 });
  if (text === undefined) return undefined;
  const phone = parsePhone(text);
  if (phone === null) {
    issues.push({ path, code: 'invalid-phone', message: `not a phone number (${PHONE_HELP})` });
    return undefined;
  }
  if (global && !phone.global) {
    issues.push({
      path,
      code: 'invalid-phone',
      message: 'must be international: start with + and the country code',
    });
    return undefined;
  }
  return text;
}

const COUNTRY_CODE = /^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/;

export function countryCodeAt(value: unknown, path: string, issues: Issues): string | undefined {
  if (value === FALLBACK_COUNTRY) return value;
  return textAt(value, path, issues, {
    max: 16,
    pattern: COUNTRY_CODE,
    patternMessage: `must be an ISO 3166 code such as "IE" or "GB-SCT", or "${FALLBACK_COUNTRY}"`,
  });
}

const WAY_FIELDS = ['kind', 'value', 'body', 'note', 'traceNote'] as const;

function checkWay(value: unknown, path: string, issues: Issues): Way | undefined {
  const o = objectAt(value, path, issues, WAY_FIELDS);
  if (o === undefined) return undefined;
  const before = issues.length;
  const kind = oneOfAt(o.kind, at(path, 'kind'), issues, WAY_KINDS);
  const valuePath = at(path, 'value');
  let wayValue: string | undefined;
  if (kind === 'call' || kind === 'text' || kind === 'tty' || kind === 'whatsapp') {
    wayValue = phoneAt(o.value, valuePath, issues, kind === 'whatsapp');
  } else if (kind !== undefined) {
    wayValue = httpsUrlAt(o.value, valuePath, issues);
  }
  let body: string | undefined;
  if (o.body !== undefined) {
    if (kind !== 'text') {
      issues.push({
        path: at(path, 'body'),
        code: 'unknown-field',
        message: 'only a way of kind "text" can have a body',
      });
    } else {
      body = textAt(o.body, at(path, 'body'), issues, {
        max: 40,
        pattern: /^[A-Za-z0-9 ]+$/,
        patternMessage: 'must be a short keyword (letters, digits and spaces)',
      });
    }
  }
  const note =
    o.note === undefined ? undefined : oneOfAt(o.note, at(path, 'note'), issues, NOTE_KEYS);
  const traceNote =
    o.traceNote === undefined
      ? undefined
      : oneOfAt(o.traceNote, at(path, 'traceNote'), issues, TRACE_KEYS);
  if (issues.length > before || kind === undefined || wayValue === undefined) return undefined;
  return {
    kind,
    value: wayValue,
    ...(body === undefined ? {} : { body }),
    ...(note === undefined ? {} : { note }),
    ...(traceNote === undefined ? {} : { traceNote }),
  };
}

const SERVICE_FIELDS = [
  'id',
  'country',
  'name',
  'ways',
  'hours',
  'languages',
  'free',
  'serves',
  'notes',
  'traceNote',
  'source',
  'checked',
] as const;

const SERVICE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SOURCE = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[A-Za-z0-9._~/-]*)?$/i;

function languagesAt(value: unknown, path: string, issues: Issues): string[] | undefined {
  const items = arrayAt(value, path, issues, 0, 30);
  if (items === undefined) return undefined;
  const before = issues.length;
  const tags: string[] = [];
  items.forEach((item, i) => {
    const tag = textAt(item, at(path, i), issues, { max: 35 });
    if (tag === undefined) return;
    try {
      Intl.getCanonicalLocales(tag);
      tags.push(tag);
    } catch {
      issues.push({
        path: at(path, i),
        code: 'pattern',
        message: `"${tag}" is not a BCP 47 language tag`,
      });
    }
  });
  return issues.length > before ? undefined : tags;
}

function sourcesAt(value: unknown, path: string, issues: Issues): string[] | undefined {
  const items = arrayAt(value, path, issues, 1, 5);
  if (items === undefined) return undefined;
  const before = issues.length;
  const sources: string[] = [];
  items.forEach((item, i) => {
    const itemPath = at(path, i);
    const text = textAt(item, itemPath, issues, { max: 300 });
    if (text === undefined) return;
    if (text.includes(':') ? httpsUrlProblem(text) === undefined : SOURCE.test(text)) {
      sources.push(text);
    } else {
      issues.push({
        path: itemPath,
        code: 'invalid-url',
        message: 'must be a domain (example.org/page) or an https:// URL',
      });
    }
  });
  return issues.length > before ? undefined : sources;
}

/** Checks one service entry; shared by the directory and a deployment's local services. */
export function checkService(
  value: unknown,
  path: string,
  issues: Issues,
  today: IsoDate,
): Service | undefined {
  const o = objectAt(value, path, issues, SERVICE_FIELDS);
  if (o === undefined) return undefined;
  const before = issues.length;
  const id = textAt(o.id, at(path, 'id'), issues, {
    max: 64,
    pattern: SERVICE_ID,
    patternMessage: 'must be lowercase letters and digits, joined by single dashes',
  });
  const country = countryCodeAt(o.country, at(path, 'country'), issues);
  const name = textAt(o.name, at(path, 'name'), issues, { max: 120 });
  const wayItems = arrayAt(o.ways, at(path, 'ways'), issues, 1, 10);
  const ways = wayItems?.map((w, i) => checkWay(w, at(at(path, 'ways'), i), issues));
  const hours =
    o.hours === '24/7'
      ? '24/7'
      : oneOfAt(o.hours, at(path, 'hours'), issues, ['24/7', ...HOURS_KEYS]);
  const languages =
    o.languages === undefined ? undefined : languagesAt(o.languages, at(path, 'languages'), issues);
  if (o.free !== undefined && typeof o.free !== 'boolean') {
    mismatch(issues, at(path, 'free'), 'true or false', o.free);
  }
  const serves =
    o.serves === undefined ? undefined : oneOfAt(o.serves, at(path, 'serves'), issues, SERVES_KEYS);
  const notes =
    o.notes === undefined ? undefined : keyListAt(o.notes, at(path, 'notes'), issues, NOTE_KEYS, 5);
  const traceNote =
    o.traceNote === undefined
      ? undefined
      : oneOfAt(o.traceNote, at(path, 'traceNote'), issues, TRACE_KEYS);
  const source = sourcesAt(o.source, at(path, 'source'), issues);
  const checked = checkedAt(o.checked, at(path, 'checked'), issues, today);

  if (
    issues.length > before ||
    id === undefined ||
    country === undefined ||
    name === undefined ||
    ways === undefined ||
    hours === undefined ||
    source === undefined ||
    checked === undefined
  ) {
    return undefined;
  }
  return {
    id,
    country,
    name,
    ways: ways.filter((w): w is Way => w !== undefined),
    hours,
    ...(languages === undefined ? {} : { languages }),
    ...(typeof o.free === 'boolean' ? { free: o.free } : {}),
    ...(serves === undefined ? {} : { serves }),
    ...(notes === undefined ? {} : { notes }),
    ...(traceNote === undefined ? {} : { traceNote }),
    source,
    checked,
  };
}

const EMERGENCY_FIELDS = ['number', 'kind', 'note'] as const;

function checkEmergency(value: unknown, path: string, issues: Issues): EmergencyNumber | undefined {
  const o = objectAt(value, path, issues, EMERGENCY_FIELDS);
  if (o === undefined) return undefined;
  const before = issues.length;
  const number = phoneAt(o.number, at(path, 'number'), issues, false);
  // 'call' is the default and is left out, so a checked entry equals the data.
  const kind =
    o.kind === undefined ? undefined : oneOfAt(o.kind, at(path, 'kind'), issues, EMERGENCY_KINDS);
  const note =
    o.note === undefined ? undefined : oneOfAt(o.note, at(path, 'note'), issues, NOTE_KEYS);
  if (issues.length > before || number === undefined) return undefined;
  return {
    number,
    ...(kind === undefined || kind === 'call' ? {} : { kind }),
    ...(note === undefined ? {} : { note }),
  };
}

const SILENT_FIELDS = ['kind', 'value', 'how', 'source', 'checked'] as const;

function checkSilent(
  value: unknown,
  path: string,
  issues: Issues,
  today: IsoDate,
): SilentWay | undefined {
  const o = objectAt(value, path, issues, SILENT_FIELDS);
  if (o === undefined) return undefined;
  const before = issues.length;
  const kind = oneOfAt(o.kind, at(path, 'kind'), issues, SILENT_KINDS);
  // Each kind becomes a tel:, sms: or wa.me link, so the number is checked as one.
  const number =
    kind === undefined
      ? undefined
      : phoneAt(o.value, at(path, 'value'), issues, kind === 'whatsapp');
  const how = oneOfAt(o.how, at(path, 'how'), issues, SILENT_KEYS);
  const source = sourcesAt(o.source, at(path, 'source'), issues);
  const checked = checkedAt(o.checked, at(path, 'checked'), issues, today);
  if (
    issues.length > before ||
    kind === undefined ||
    number === undefined ||
    how === undefined ||
    source === undefined ||
    checked === undefined
  ) {
    return undefined;
  }
  return { kind, value: number, how, source, checked };
}

const COUNTRY_FIELDS = ['code', 'emergency', 'notes', 'silent', 'services'] as const;

function checkCountry(
  value: unknown,
  path: string,
  issues: Issues,
  today: IsoDate,
): Country | undefined {
  const o = objectAt(value, path, issues, COUNTRY_FIELDS);
  if (o === undefined) return undefined;
  const before = issues.length;
  const code = countryCodeAt(o.code, at(path, 'code'), issues);
  const emergencyItems = arrayAt(o.emergency, at(path, 'emergency'), issues, 0, 5);
  const emergency = emergencyItems?.map((e, i) =>
    checkEmergency(e, at(at(path, 'emergency'), i), issues),
  );
  const notes =
    o.notes === undefined ? undefined : keyListAt(o.notes, at(path, 'notes'), issues, NOTE_KEYS, 5);
  if (emergency?.length === 0 && !(notes ?? []).includes(CALL_LOCAL_EMERGENCY)) {
    issues.push({
      path: at(path, 'emergency'),
      code: 'required',
      message: `must list at least one number, or the notes must include "${CALL_LOCAL_EMERGENCY}"`,
    });
  }
  const silentItems =
    o.silent === undefined ? undefined : arrayAt(o.silent, at(path, 'silent'), issues, 1, 5);
  const silent = silentItems?.map((w, i) =>
    checkSilent(w, at(at(path, 'silent'), i), issues, today),
  );
  const serviceItems = arrayAt(o.services, at(path, 'services'), issues, 0, 50);
  const services = serviceItems?.map((s, i) => {
    const servicePath = at(at(path, 'services'), i);
    const service = checkService(s, servicePath, issues, today);
    // A service listed under a country must be in it: 'CA-ON' under 'CA' is fine.
    if (service !== undefined && code !== undefined && service.country !== code) {
      if (!service.country.startsWith(`${code}-`)) {
        issues.push({
          path: at(servicePath, 'country'),
          code: 'mismatch',
          message: `must be "${code}" or a part of it`,
        });
      }
    }
    return service;
  });
  if (
    issues.length > before ||
    code === undefined ||
    emergency === undefined ||
    services === undefined
  ) {
    return undefined;
  }
  return {
    code,
    emergency: emergency.filter((e): e is EmergencyNumber => e !== undefined),
    ...(notes === undefined ? {} : { notes }),
    ...(silent === undefined
      ? {}
      : { silent: silent.filter((w): w is SilentWay => w !== undefined) }),
    services: services.filter((s): s is Service => s !== undefined),
  };
}

/** Reports each id seen twice, naming where it was first seen. */
export function reportDuplicateIds(
  entries: readonly { readonly id: string; readonly path: string }[],
  issues: Issues,
  seen: Map<string, string> = new Map(),
): void {
  for (const { id, path } of entries) {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, path);
    else
      issues.push({ path, code: 'duplicate', message: `duplicate id "${id}" (also at ${first})` });
  }
}

export function validateDirectory(input: unknown, today: IsoDate): Parsed<Directory> {
  assertToday(today);
  const issues: Issues = [];
  const o = objectAt(input, '', issues, ['countries']);
  const items = o === undefined ? undefined : arrayAt(o.countries, 'countries', issues, 1, 300);
  const countries = items?.map((c, i) => checkCountry(c, at('countries', i), issues, today)) ?? [];

  const seenCodes = new Map<string, string>();
  const ids: { id: string; path: string }[] = [];
  countries.forEach((country, i) => {
    if (country === undefined) return;
    const path = at(at('countries', i), 'code');
    const first = seenCodes.get(country.code);
    if (first === undefined) seenCodes.set(country.code, path);
    else
      issues.push({
        path,
        code: 'duplicate',
        message: `duplicate country "${country.code}" (also at ${first})`,
      });
    country.services.forEach((s, j) => {
      ids.push({ id: s.id, path: at(at(at(at('countries', i), 'services'), j), 'id') });
    });
  });
  reportDuplicateIds(ids, issues);
  if (items !== undefined && issues.length === 0 && !seenCodes.has(FALLBACK_COUNTRY)) {
    issues.push({
      path: 'countries',
      code: 'required',
      message: `must include the "${FALLBACK_COUNTRY}" entry`,
    });
  }

  if (issues.length > 0) return failed(issues);
  return ok({ countries: countries.filter((c): c is Country => c !== undefined) });
}
