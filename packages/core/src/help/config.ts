import { DIRECTORY } from './directory.ts';
import { regionsOverlap } from './links.ts';
import type { CountryCode, Directory, IsoDate, Service } from './types.ts';
import { failed, ok, type Parsed } from '../schema/issues.ts';
import {
  arrayAt,
  assertToday,
  at,
  checkService,
  countryCodeAt,
  httpsUrlAt,
  keyAt,
  objectAt,
  reportDuplicateIds,
  type Issues,
} from './validate.ts';

export const DEPLOYMENT_LOCALES = ['en', 'es'] as const;
export type DeploymentLocale = (typeof DEPLOYMENT_LOCALES)[number];

/** What a deployment's steady.config.json may set; every field is optional in the file. */
export interface DeploymentConfig {
  readonly defaultLocale: DeploymentLocale;
  /** A country code from the directory. */
  readonly defaultCountry: CountryCode;
  /** Where quick exit sends the page: a neutral site, https only. */
  readonly quickExitUrl: string;
  /** The organisation's own services, offered before the directory's. */
  readonly localServices: readonly Service[];
  /** The end-to-end-encrypted backup server, for a later issue. */
  readonly backupServer?: string;
}

export const DEFAULT_DEPLOYMENT_CONFIG = {
  defaultLocale: 'en',
  // 'international' means "no default": the app then starts from the region
  // written in the browser's languages ('es-MX' -> Mexico) when the directory
  // lists it, and otherwise asks the person to pick (features/help/Help.tsx).
  defaultCountry: 'international',
  quickExitUrl: 'https://www.bbc.com/weather',
  localServices: [],
} as const satisfies DeploymentConfig;

const CONFIG_FIELDS = [
  'defaultLocale',
  'defaultCountry',
  'quickExitUrl',
  'localServices',
  'backupServer',
] as const;

const MAX_LOCAL_SERVICES = 50;

function localServicesAt(
  value: unknown,
  issues: Issues,
  today: IsoDate,
  directory: Directory,
): Service[] | undefined {
  const items = arrayAt(value, 'localServices', issues, 0, MAX_LOCAL_SERVICES);
  if (items === undefined) return undefined;
  const before = issues.length;
  const services: Service[] = [];
  items.forEach((item, i) => {
    const path = at('localServices', i);
    const service = checkService(item, path, issues, today);
    if (service === undefined) return;
    // servicesFor shows a local service only under a country that overlaps it,
    // so one outside the directory would never be seen.
    if (!directory.countries.some((c) => regionsOverlap(c.code, service.country))) {
      issues.push({
        path: at(path, 'country'),
        code: 'unknown-value',
        message: `"${service.country}" is not covered by the directory, so the service would never be shown`,
      });
    }
    services.push(service);
  });

  // The UI keys lists by id, and an id shared with the directory would make
  // one entry hide or replace the other.
  const seen = new Map<string, string>();
  directory.countries.forEach((c) => {
    c.services.forEach((s) => seen.set(s.id, `the directory (${c.code})`));
  });
  reportDuplicateIds(
    services.map((s, i) => ({ id: s.id, path: at(at('localServices', i), 'id') })),
    issues,
    seen,
  );
  return issues.length > before ? undefined : services;
}

function countryInDirectory(
  value: unknown,
  issues: Issues,
  directory: Directory,
): CountryCode | undefined {
  const code = countryCodeAt(value, 'defaultCountry', issues);
  if (code === undefined) return undefined;
  if (directory.countries.some((c) => c.code === code)) return code;
  issues.push({
    path: 'defaultCountry',
    code: 'unknown-value',
    message: `unknown country "${code}" (the directory has: ${directory.countries.map((c) => c.code).join(', ')})`,
  });
  return undefined;
}

/**
 * Checks a parsed steady.config.json. Absent fields take the defaults; unknown
 * fields are errors, so a misspelt field name is caught instead of ignored.
 */
export function validateDeploymentConfig(
  input: unknown,
  today: IsoDate,
  directory: Directory = DIRECTORY,
): Parsed<DeploymentConfig> {
  assertToday(today);
  const issues: Issues = [];
  const o = objectAt(input, '', issues, CONFIG_FIELDS);
  if (o === undefined) return failed(issues);

  const defaultLocale =
    o.defaultLocale === undefined
      ? DEFAULT_DEPLOYMENT_CONFIG.defaultLocale
      : keyAt(o.defaultLocale, 'defaultLocale', issues, DEPLOYMENT_LOCALES);

  const defaultCountry =
    o.defaultCountry === undefined
      ? DEFAULT_DEPLOYMENT_CONFIG.defaultCountry
      : countryInDirectory(o.defaultCountry, issues, directory);

  const quickExitUrl =
    o.quickExitUrl === undefined
      ? DEFAULT_DEPLOYMENT_CONFIG.quickExitUrl
      : httpsUrlAt(o.quickExitUrl, 'quickExitUrl', issues);

  const localServices =
    o.localServices === undefined
      ? DEFAULT_DEPLOYMENT_CONFIG.localServices
      : localServicesAt(o.localServices, issues, today, directory);

  const backupServer =
    o.backupServer === undefined ? undefined : httpsUrlAt(o.backupServer, 'backupServer', issues);

  if (
    issues.length > 0 ||
    defaultLocale === undefined ||
    defaultCountry === undefined ||
    quickExitUrl === undefined ||
    localServices === undefined
  ) {
    return failed(issues);
  }
  return ok({
    defaultLocale,
    defaultCountry,
    quickExitUrl,
    localServices,
    ...(backupServer === undefined ? {} : { backupServer }),
  });
}
