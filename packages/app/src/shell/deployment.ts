/** The deployment's public settings, served by the server as /steady-config.json. */
export interface Deployment {
  quickExitUrl?: string;
  defaultLocale?: string;
}

export async function loadDeployment(): Promise<Deployment> {
  try {
    const response = await fetch('/steady-config.json', {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    if (!response.ok) return {};
    const data: unknown = await response.json();
    if (typeof data !== 'object' || data === null) return {};
    const record = data as Record<string, unknown>;
    return {
      ...(typeof record.quickExitUrl === 'string' ? { quickExitUrl: record.quickExitUrl } : {}),
      ...(typeof record.defaultLocale === 'string' ? { defaultLocale: record.defaultLocale } : {}),
    };
  } catch {
    return {};
  }
}
