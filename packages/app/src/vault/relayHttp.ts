import { anySignal } from '../lib/anySignal.ts';

// The requests to the relay, alone: what every caller of it shares (backups in relay.ts,
// one-time shares in features/share), with nothing of the vault, so the page a shared
// link opens can use it. No cookies, no referrer, nothing cached on the way.

/**
 * Why a relay request failed. 'full': the whole server is full (507 storage_full);
 * 'quota': this vault has used the space the server gives one vault (507 quota_exceeded).
 * In both, nothing of the upload was stored.
 */
export type RelayProblem =
  'offline' | 'not-found' | 'too-large' | 'busy' | 'full' | 'quota' | 'failed';

export class RelayError extends Error {
  constructor(readonly problem: RelayProblem) {
    super(`backup relay: ${problem}`);
    this.name = 'RelayError';
  }
}

/** Long enough for 16 MiB on a slow mobile connection. */
const REQUEST_TIMEOUT_MS = 120_000;

export async function call(
  url: string,
  init: RequestInit = {},
  stop?: AbortSignal,
): Promise<Response> {
  stop?.throwIfAborted();
  // A request that hangs must not hold every later upload back.
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  try {
    return await fetch(url, {
      ...init,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: stop ? anySignal([stop, timeout]) : timeout,
    });
  } catch {
    // fetch rejects only when no answer came (no network, a refused connection, the
    // timeout): said as 'offline', which the backup screen shows and the scheduler retries.
    throw new RelayError('offline');
  }
}

export function problemOf(status: number): RelayProblem {
  if (status === 404) return 'not-found';
  if (status === 413) return 'too-large';
  if (status === 429) return 'busy';
  return 'failed';
}

/** As problemOf, reading a 507's code: the whole server full, or this vault's quota. */
export async function refusal(response: Response): Promise<RelayError> {
  if (response.status !== 507) return new RelayError(problemOf(response.status));
  // A 507 without a readable body is read as this vault's quota, the more common one.
  const body: unknown = await response.json().catch(() => null);
  const code = typeof body === 'object' && body !== null && 'error' in body ? body.error : null;
  return new RelayError(code === 'storage_full' ? 'full' : 'quota');
}
