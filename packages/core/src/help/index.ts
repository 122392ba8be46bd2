// The Help data layer: what @steady/core re-exports for the app and the server.
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
export { DIRECTORY, FALLBACK_COUNTRY } from './directory.ts';
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
export { isIsoDate, validateDirectory } from './validate.ts';
export { countryName, regionFromLanguages, selectableCountries } from './countries.ts';
export type { CountryChoice, CountryName } from './countries.ts';
export {
  DEFAULT_DEPLOYMENT_CONFIG,
  DEPLOYMENT_LOCALES,
  validateDeploymentConfig,
} from './config.ts';
export type { DeploymentConfig, DeploymentLocale } from './config.ts';
