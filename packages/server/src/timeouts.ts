// How long the HTTP server waits for a client, set from the environment. A client that
// opens a connection and then sends its headers or its body slowly, or not at all,
// would otherwise hold a socket (and the relay, the body read so far) for ever.

export interface HttpTimeouts {
  /** Seconds from the connection (or the previous request) to the end of the headers. */
  readonly headersSeconds: number;
  /** Seconds from the start of a request until it has been received whole, body included. */
  readonly requestSeconds: number;
}

/**
 * A phone on a poor mobile link sends its headers in well under a second; the largest
 * backup (16 MiB) in 300 s is about 56 KB/s, slower than a weak 3G link.
 */
export const DEFAULT_TIMEOUTS: HttpTimeouts = { headersSeconds: 20, requestSeconds: 300 };

export class TimeoutConfigError extends Error {
  override readonly name = 'TimeoutConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

function seconds(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^[1-9]\d*$/.test(raw.trim()) || Number(raw) > 86_400) {
    throw new TimeoutConfigError(
      `${name}: must be a whole number of seconds from 1 to 86400 (got "${raw}")`,
    );
  }
  return Number(raw);
}

/** Reads STEADY_HEADERS_TIMEOUT_SECONDS and STEADY_REQUEST_TIMEOUT_SECONDS. */
export function readTimeouts(env: Env = process.env): HttpTimeouts {
  const headersSeconds = seconds(
    env,
    'STEADY_HEADERS_TIMEOUT_SECONDS',
    DEFAULT_TIMEOUTS.headersSeconds,
  );
  const requestSeconds = seconds(
    env,
    'STEADY_REQUEST_TIMEOUT_SECONDS',
    DEFAULT_TIMEOUTS.requestSeconds,
  );
  if (headersSeconds > requestSeconds) {
    throw new TimeoutConfigError(
      'STEADY_HEADERS_TIMEOUT_SECONDS: must not be more than STEADY_REQUEST_TIMEOUT_SECONDS',
    );
  }
  return { headersSeconds, requestSeconds };
}
