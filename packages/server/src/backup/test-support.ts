// For tests: what the relay's suites share when they start a relay in this process.
import { DEFAULT_LIMITS, type BackupLimits } from './config.ts';
import { BACKUP_BASE } from './routes.ts';

/** Generous, so only the tests about limits meet them (each passes its own on top). */
export const OPEN_LIMITS: BackupLimits = {
  ...DEFAULT_LIMITS,
  vaultPerMinute: 1_000_000,
  vaultBurst: 100_000,
  ipPerMinute: 1_000_000,
  ipBurst: 100_000,
  vaultsPerIpPerDay: 100_000,
  sharesPerIpPerDay: 100_000,
  syncPerMinute: 1_000_000,
  syncBurst: 100_000,
};

/** A relay's answer, its body read whole. */
export interface Answer {
  status: number;
  headers: Headers;
  body: Uint8Array;
  text: string;
}

/** One request to the relay's backup API at `base`. */
export async function call(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: Uint8Array,
): Promise<Answer> {
  const init: RequestInit = { method, headers };
  if (body) init.body = body as Uint8Array<ArrayBuffer>;
  const response = await fetch(`${base}${BACKUP_BASE}${path}`, init);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return {
    status: response.status,
    headers: response.headers,
    body: bytes,
    text: new TextDecoder().decode(bytes),
  };
}
