import { validateDeploymentConfig, type CountryCode, type Service } from '@steady/core';

/** The deployment's public settings, served by the server as /steady-config.json. */
export interface Deployment {
  quickExitUrl?: string;
  defaultLocale?: string;
  /** A country of the directory, when the deployment chose one. */
  defaultCountry?: CountryCode;
  /** The organisation's own services, each checked again on this device. */
  localServices: readonly Service[];
  /** The origin of the backup relay when it is not this server (https only). */
  backupServer?: string;
}

export const NO_DEPLOYMENT: Deployment = { localServices: [] };

// The server refuses a checked date in the future by its own clock. A phone's
// clock can be wrong, and a local helpline must not vanish because of that, so
// the app checks everything else about a service but not how recent it is.
const ANY_DAY = '9999-12-31';

// The server checked this file at start, but what arrives here could come from
// an older cache, a proxy or anyone who can answer for this origin: every part
// is checked again and whatever fails is left out, never shown and never fatal.
function checkedCountry(value: unknown): CountryCode | undefined {
  if (value === undefined) return undefined;
  const result = validateDeploymentConfig({ defaultCountry: value }, ANY_DAY);
  return result.ok ? result.value.defaultCountry : undefined;
}

function checkedServices(value: unknown): Service[] {
  if (!Array.isArray(value)) return [];
  const services: Service[] = [];
  // One by one, so one bad entry does not hide the good ones.
  for (const item of value.slice(0, 50)) {
    const result = validateDeploymentConfig({ localServices: [item] }, ANY_DAY);
    const service = result.ok ? result.value.localServices[0] : undefined;
    if (service && !services.some((s) => s.id === service.id)) services.push(service);
  }
  return services;
}

function checkedOrigin(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    // Not a URL: a deployment with a mistyped relay address runs without one.
    return undefined;
  }
}

/** Reads the public settings as they arrived, keeping only what passes the checks. */
export function parseDeployment(data: unknown): Deployment {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return NO_DEPLOYMENT;
  const record = data as Record<string, unknown>;
  const defaultCountry = checkedCountry(record.defaultCountry);
  const backupServer = checkedOrigin(record.backupServer);
  return {
    ...(typeof record.quickExitUrl === 'string' ? { quickExitUrl: record.quickExitUrl } : {}),
    ...(typeof record.defaultLocale === 'string' ? { defaultLocale: record.defaultLocale } : {}),
    ...(defaultCountry === undefined ? {} : { defaultCountry }),
    localServices: checkedServices(record.localServices),
    ...(backupServer === undefined ? {} : { backupServer }),
  };
}

export async function loadDeployment(): Promise<Deployment> {
  try {
    const response = await fetch('/steady-config.json', {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    if (!response.ok) return NO_DEPLOYMENT;
    return parseDeployment(await response.json());
  } catch {
    // Offline, or no deployment file: Steady runs with its own defaults.
    return NO_DEPLOYMENT;
  }
}
