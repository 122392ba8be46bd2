import type { RelayIdentity } from '@steady/core/backup';
import { call, problemOf, refusal, RelayError } from './relayHttp.ts';

// The app's side of the backup relay (packages/server/src/backup/routes.ts): it sends
// only what exportBackup made (ciphertext and a MAC) and the key-derived id and token,
// through relayHttp.ts (no cookies, no referrer, nothing cached on the way).

export { RelayError, type RelayProblem } from './relayHttp.ts';
export { relayBase } from './relayBase.ts';

const vaultUrl = (base: string, { vaultId }: RelayIdentity) => `${base}/vaults/${vaultId}`;
const auth = ({ token }: RelayIdentity) => ({ Authorization: `Bearer ${token}` });

/** True when a relay answers here (the server has backup turned on). */
export async function relayAvailable(base: string): Promise<boolean> {
  try {
    const response = await call(`${base}/health`);
    // A relay whose database is down for a moment answers 503 with its store's state:
    // it is still this server's relay, and backup stays offered (a sync then waits).
    if (!response.ok && response.status !== 503) return false;
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null) return false;
    const { ok, store } = body as { ok?: unknown; store?: unknown };
    return ok === true || (response.status === 503 && store === 'unavailable');
  } catch {
    // No answer, or one that is not the relay's JSON: no relay here, so server backup is
    // simply not offered; nothing of the person's is involved in this check.
    return false;
  }
}

/** The newest version the relay keeps for this vault, or null when it has none. */
async function newestVersion(
  base: string,
  identity: RelayIdentity,
  stop?: AbortSignal,
): Promise<number | null> {
  const url = `${vaultUrl(base, identity)}/versions`;
  const response = await call(url, { headers: auth(identity) }, stop);
  if (response.status === 404) return null;
  if (!response.ok) throw new RelayError(problemOf(response.status));
  const body = (await response.json()) as { versions?: Array<{ version?: unknown }> };
  const numbers = (body.versions ?? []).map((v) => v.version).filter(Number.isInteger);
  return numbers.length ? Math.max(...(numbers as number[])) : null;
}

const versionOf = (response: Response): number =>
  Number(/^"?(\d+)"?$/.exec(response.headers.get('ETag') ?? '')?.[1] ?? Number.NaN);

/**
 * Stores `bytes` as the vault's next version and returns its number. `known` is the
 * version this device last wrote (null: none). If another device wrote since, the relay
 * refuses (412); the newest number is read and the upload made once more on top of it,
 * which is safe because the relay keeps earlier versions rather than overwriting.
 */
export async function uploadBackup(
  base: string,
  identity: RelayIdentity,
  bytes: Uint8Array<ArrayBuffer>,
  known: number | null,
  /** Aborted when the vault locks: no further request is made. */
  stop?: AbortSignal,
): Promise<number> {
  let version = known;
  for (let attempt = 0; attempt < 3; attempt++) {
    const precondition: Record<string, string> =
      version === null ? { 'If-None-Match': '*' } : { 'If-Match': `"${version}"` };
    const response = await call(
      vaultUrl(base, identity),
      {
        method: 'PUT',
        headers: { ...auth(identity), 'Content-Type': 'application/octet-stream', ...precondition },
        body: bytes,
      },
      stop,
    );
    if (response.status === 201) {
      const stored = versionOf(response);
      if (Number.isInteger(stored)) return stored;
      throw new RelayError('failed');
    }
    // 404 to If-Match: the relay no longer has this vault (its data was lost, or it
    // is another relay): create it afresh.
    if (response.status === 404 && version !== null) {
      version = null;
      continue;
    }
    if (response.status !== 412) throw await refusal(response);
    version = await newestVersion(base, identity, stop);
  }
  throw new RelayError('failed');
}

/** The newest backup the relay keeps for this vault. */
export async function downloadBackup(
  base: string,
  identity: RelayIdentity,
): Promise<Uint8Array<ArrayBuffer>> {
  const response = await call(vaultUrl(base, identity), { headers: auth(identity) });
  if (!response.ok) throw new RelayError(problemOf(response.status));
  return new Uint8Array(await response.arrayBuffer());
}

/** What the relay says of deleting this vault's copy (routes.ts, "Deleting a vault"). */
export interface RelayDeletion {
  /** When the relay will delete the copy (ISO instant), or null when none is asked. */
  readonly deleteAt: string | null;
  /** Hours between asking and the deletion, as this relay does it (null: not said). */
  readonly delayHours: number | null;
}

const asIso = (seconds: unknown): string | null =>
  typeof seconds === 'number' && Number.isFinite(seconds)
    ? new Date(seconds * 1000).toISOString()
    : null;

async function deletionCall(
  base: string,
  identity: RelayIdentity,
  method: 'GET' | 'DELETE' | 'POST',
  path: string,
): Promise<{ deleteAt?: unknown; delayHours?: unknown }> {
  const response = await call(`${vaultUrl(base, identity)}${path}`, {
    method,
    headers: auth(identity),
  });
  if (!response.ok) throw new RelayError(problemOf(response.status));
  // A body that is not JSON is refused just below, as any answer of the wrong shape.
  const body: unknown = await response.json().catch(() => null);
  if (typeof body !== 'object' || body === null) throw new RelayError('failed');
  return body;
}

/** Whether a deletion of this vault's copy is asked, and the delay one would get. */
export async function deletionOf(base: string, identity: RelayIdentity): Promise<RelayDeletion> {
  const body = await deletionCall(base, identity, 'GET', '/deletion');
  const hours = body.delayHours;
  return {
    deleteAt: asIso(body.deleteAt),
    delayHours: typeof hours === 'number' && Number.isFinite(hours) ? hours : null,
  };
}

/**
 * Asks the relay to delete this vault's copy (every version, object and log entry). It
 * does so after its delay; the answer is when (ISO). Asking again keeps the first time.
 */
export async function askDeletion(base: string, identity: RelayIdentity): Promise<string> {
  const at = asIso((await deletionCall(base, identity, 'DELETE', '')).deleteAt);
  if (at === null) throw new RelayError('failed');
  return at;
}

/** Cancels a deletion asked for this vault's copy (none asked: nothing happens). */
export async function cancelDeletion(base: string, identity: RelayIdentity): Promise<void> {
  await deletionCall(base, identity, 'POST', '/cancel-delete');
}

export { newRelayKey, relayIdentity } from '@steady/core/backup';
