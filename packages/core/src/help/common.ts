// The light part of the Help data layer, which @steady/core re-exports: types, keys and
// phone links. The directory itself and the checks of a directory or a deployment's
// settings are in @steady/core/help (index.ts), so that code needing only a phone link
// leaves them out of the app's first download.
export type {
  Country,
  CountryCode,
  Directory,
  EmergencyKind,
  EmergencyNumber,
  IsoDate,
  Service,
  SilentKind,
  SilentWay,
  ValidationIssue,
  Way,
  WayKind,
} from './types.ts';
export {
  COUNTRY_NAME_KEYS,
  EMERGENCY_KINDS,
  FALLBACK_COUNTRY,
  HELP_MESSAGE_KEYS,
  HOURS_KEYS,
  LABEL_KEYS,
  NOTE_KEYS,
  SERVES_KEYS,
  SILENT_KEYS,
  SILENT_KINDS,
  TRACE_KEYS,
  WAY_KIND_KEYS,
  WAY_KINDS,
} from './keys.ts';
export type { HelpMessageKey, HoursKey, NoteKey, ServesKey, SilentKey, TraceKey } from './keys.ts';
export {
  CALL_LOCAL_EMERGENCY,
  emergencyFor,
  parsePhone,
  regionsOverlap,
  servicesFor,
  silentWaysFor,
  smsHref,
  telHref,
  whatsappHref,
} from './links.ts';
export type { EmergencyInfo, PhoneNumber } from './links.ts';
export { countryName, regionFromLanguages, selectableCountries } from './countries.ts';
export type { CountryChoice, CountryName } from './countries.ts';
