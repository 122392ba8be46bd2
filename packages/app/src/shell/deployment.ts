import type { CountryCode, Service } from '@steady/core';

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

/**
 * Reads the public settings as they arrived, keeping only what passes the checks. The
 * checks of a default country and local services need the help directory: its code is
 * fetched only when the file names either, so most first loads go without it.
 */
export async function parseDeployment(data: unknown): Promise<Deployment> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return NO_DEPLOYMENT;
  const record = data as Record<string, unknown>;
  const help =
    record.defaultCountry !== undefined || record.localServices !== undefined
      ? await import('./deploymentHelp.ts')
      : undefined;
  const defaultCountry = help?.checkedCountry(record.defaultCountry);
  const backupServer = checkedOrigin(record.backupServer);
  return {
    ...(typeof record.quickExitUrl === 'string' ? { quickExitUrl: record.quickExitUrl } : {}),
    ...(typeof record.defaultLocale === 'string' ? { defaultLocale: record.defaultLocale } : {}),
    ...(defaultCountry === undefined ? {} : { defaultCountry }),
    localServices: help?.checkedServices(record.localServices) ?? [],
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
    return await parseDeployment(await response.json());
  } catch {
    // Offline, or no deployment file: Steady runs with its own defaults.
    return NO_DEPLOYMENT;
  }
}
