import { call, refusal, RelayError } from '../../vault/relayHttp.ts';

// The app's side of the relay's one-time shares (server: backup/routes.ts, "One-time
// shares"): only sealed bytes go up (core/share); the key stays in the link's fragment.

export interface MadeShare {
  readonly id: string;
  readonly token: string;
  /** ISO instant. */
  readonly expiresAt: string;
  readonly downloads: number;
}

/** Stores the sealed bytes as a share that opens once and expires after `hours`. */
export async function postShare(
  base: string,
  sealed: Uint8Array<ArrayBuffer>,
  hours = 72,
  downloads = 1,
): Promise<MadeShare> {
  const response = await call(`${base}/shares?hours=${hours}&downloads=${downloads}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream' },
    body: sealed,
  });
  if (response.status !== 201) throw await refusal(response);
  // An answer of any other shape is refused as the relay failing.
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  const { id, token, expiresAt, downloads: allowed } = body ?? {};
  if (
    typeof id !== 'string' ||
    !/^[0-9a-f]{32}$/.test(id) ||
    typeof token !== 'string' ||
    !/^[0-9a-f]{64}$/.test(token) ||
    typeof expiresAt !== 'number' ||
    !Number.isFinite(expiresAt) ||
    typeof allowed !== 'number'
  ) {
    throw new RelayError('failed');
  }
  return { id, token, expiresAt: new Date(expiresAt * 1000).toISOString(), downloads: allowed };
}

/** The share's sealed bytes (counting one download), or 'gone' once it cannot be opened. */
export async function fetchShare(
  base: string,
  id: string,
): Promise<Uint8Array<ArrayBuffer> | 'gone'> {
  const response = await call(`${base}/shares/${id}`);
  if (response.status === 410) return 'gone';
  if (!response.ok) throw await refusal(response);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Revokes the share: the relay deletes it at once. One already gone (opened, expired,
 * stopped before) answers as unknown, which is as good: it cannot be opened either way.
 */
export async function revokeShare(base: string, id: string, token: string): Promise<void> {
  const response = await call(`${base}/shares/${id}`, {
    method: 'DELETE',
    headers: { Authorization: `Bearer ${token}` },
  });
  if (response.ok || response.status === 404) return;
  throw await refusal(response);
}
