import { validateDeploymentConfig, type CountryCode, type Service } from '@steady/core/help';

// The checks of a deployment's default country and local services (deployment.ts loads
// this only when its file names them).

// The server refuses a checked date in the future by its own clock. A phone's
// clock can be wrong, and a local helpline must not vanish because of that, so
// the app checks everything else about a service but not how recent it is.
const ANY_DAY = '9999-12-31';

// The server checked this file at start, but what arrives here could come from
// an older cache, a proxy or anyone who can answer for this origin: every part
// is checked again and whatever fails is left out, never shown and never fatal.
export function checkedCountry(value: unknown): CountryCode | undefined {
  if (value === undefined) return undefined;
  const result = validateDeploymentConfig({ defaultCountry: value }, ANY_DAY);
  return result.ok ? result.value.defaultCountry : undefined;
}

export function checkedServices(value: unknown): Service[] {
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
