// The end-to-end-encrypted backup relay's HTTP API, mounted at /api/backup/v1.
// The client makes a random 128-bit vault id and a random 256-bit token; the
// server keeps only the token's SHA-256 and stores opaque ciphertext as
// append-only numbered versions. Nothing here logs an id, a token or an address.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { decodeFrames, encodeFrames, FrameError } from '@steady/core/sync';
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { StorageFullError, withTotalBudget } from './budget.ts';
import type { BackupOptions } from './config.ts';
import { storeHealthCheck, type HealthCheck } from './health.ts';
import { addressGroup, InFlight, memoryLimits, SharedLimits } from './limits.ts';
import type { RetentionPolicy } from './retention.ts';
import { QuotaExceededError, type BackupStore } from './store.ts';
import { MalformedRequestError, type TimestampService } from '../timestamp/index.ts';

export const BACKUP_BASE = '/api/backup/v1';

/** 128 bits as 32 lowercase hex digits. */
const VAULT_ID = /^[0-9a-f]{32}$/;
/** 256 bits as 64 lowercase hex digits. */
const BEARER = /^Bearer ([0-9a-f]{64})$/;
const VERSION = /^[1-9]\d{0,8}$/;
const ETAG = /^(?:"([1-9]\d{0,8})"|([1-9]\d{0,8}))$/;
/** Sync v2: an object's name or a log entry's id, 128 bits as 32 lowercase hex digits. */
const NAME = /^[0-9a-f]{32}$/;
/** Standard base64 with its padding, nothing else. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Names one request may ask about: a batch holds at most 1,000 objects (core's wire.ts). */
const MAX_NAMES = 1000;
/** Log entries one answer holds at most; the device asks again after the last one. */
const MAX_ENTRIES_PER_READ = 500;
/** Bytes of sealed entries one answer holds at most (one entry always goes through). */
const MAX_READ_BYTES = 8 * 1024 * 1024;

/** Bytes of a TimeStampReq at most: a SHA-256 one with a nonce is under 100. */
export const MAX_TIMESTAMP_QUERY_BYTES = 4096;

/** A share's expiry: 72 hours unless asked, at most 7 days. */
export const SHARE_DEFAULT_HOURS = 72;
export const SHARE_MAX_HOURS = 7 * 24;
/** Downloads a share allows: one unless asked, at most 5. */
export const SHARE_MAX_DOWNLOADS = 5;
/** A whole number as a query gives it: no sign, no leading zero. */
const COUNT = /^[1-9]\d{0,5}$/;

/** Seconds a device is asked to wait when the relay's total storage budget is reached. */
const FULL_RETRY_SECONDS = 3600;

/** Seconds a device is asked to wait after a 503 (the store could not answer). */
const UNAVAILABLE_RETRY_SECONDS = 5;

// Compared against when the vault is unknown, so both answers cost one hash and one compare.
const DUMMY_HASH = createHash('sha256').update('steady: no such vault').digest();

class ApiError extends Error {
  constructor(
    readonly status: 400 | 404 | 408 | 409 | 410 | 412 | 413 | 415 | 428 | 429 | 503,
    readonly code: string,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

// An unknown vault and a wrong token answer with exactly this, byte for byte.
const NOT_FOUND = () => new ApiError(404, 'not_found', 'There is no vault with this id and token.');

// A share used up, expired, revoked or never made answers with exactly this, byte for byte.
const GONE = () => new ApiError(410, 'gone', 'This link can no longer be opened.');

export function etag(version: number): string {
  return `"${version}"`;
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function hashesMatch(stored: Uint8Array | undefined, presented: Buffer): boolean {
  // Always one constant-time compare, against a dummy when the vault is unknown.
  const same = timingSafeEqual(stored ?? DUMMY_HASH, presented);
  return stored !== undefined && same;
}

/** One kind of token bucket: its keys are kept apart from the other kinds'. */
interface Bucket {
  readonly kind: string;
  readonly perMinute: number;
  readonly burst: number;
}

/** How often old rows of the limits are deleted (by whichever request comes along). */
const EXPIRE_EVERY_MS = 10 * 60_000;

/** Seconds a device is asked to wait when too many uploads are arriving at once. */
const BUSY_RETRY_SECONDS = 5;

/** Ends the wait for the next piece of a body after `ms`: cut() the connection, then throw. */
async function withinIdle<T>(next: Promise<T>, ms: number, cut: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const idle = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      cut();
      reject(new ApiError(408, 'body_timeout', 'The body stopped arriving.'));
    }, ms);
  });
  try {
    return await Promise.race([next, idle]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads the body into memory, stopping as soon as it passes `max` bytes, or cutting the
 * connection when no byte arrives for `idleMs`.
 */
async function readBody(
  request: Request,
  max: number,
  idleMs: number,
  cut: () => void,
  what?: string,
): Promise<Uint8Array> {
  const declared = request.headers.get('Content-Length');
  if (declared !== null && !/^\d+$/.test(declared)) {
    throw new ApiError(400, 'bad_content_length', 'Content-Length must be a number of bytes.');
  }
  if (declared !== null && Number(declared) > max) throw tooLarge(max, what);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await withinIdle(reader.read(), idleMs, cut);
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      // Not cancelled: the HTTP server drains the rest after the 413 is sent, so the
      // client can read the answer instead of seeing the connection reset.
      reader.releaseLock();
      throw tooLarge(max, what);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function tooLarge(max: number, what = 'A backup'): ApiError {
  return new ApiError(413, 'too_large', `${what} may be at most ${max} bytes.`);
}

export interface BackupApiOptions extends BackupOptions {
  /** Seconds since 1970; tests may fix it. */
  readonly now?: () => number;
  /** Uploads being received, counted by whoever passes it (for /metrics); else its own. */
  readonly uploads?: InFlight;
  /** Whether the store answers; by default a check of `store` (health.ts). */
  readonly health?: HealthCheck;
  /** The RFC 3161 time-stamp authority (timestamp/), when the operator turned it on. */
  readonly timestamps?: TimestampService | undefined;
}

/** The backup API as a Hono app to mount at BACKUP_BASE. */
export function createBackupApi(given: BackupStore, options: BackupApiOptions): Hono {
  const { limits } = options;
  // The total storage budget, when set, wraps the store's writes (budget.ts).
  const store =
    limits.totalBytes > 0
      ? withTotalBudget(given, limits.totalBytes, limits.totalCheckSeconds * 1000)
      : given;
  // Kept in the store, so every instance on one database and every restart share them.
  const shared = new SharedLimits(store.limits ?? memoryLimits());
  const perVault: Bucket = {
    kind: 'v',
    perMinute: limits.vaultPerMinute,
    burst: limits.vaultBurst,
  };
  const perAddress: Bucket = { kind: 'a', perMinute: limits.ipPerMinute, burst: limits.ipBurst };
  const syncPerVault: Bucket = {
    kind: 'sv',
    perMinute: limits.syncPerMinute,
    burst: limits.syncBurst,
  };
  const syncPerAddress: Bucket = {
    kind: 'sa',
    perMinute: limits.syncPerMinute,
    burst: limits.syncBurst,
  };
  // Bodies being received are held in this process's memory: counted here alone.
  const uploads = options.uploads ?? new InFlight(limits.maxUploads, limits.maxUploadsPerIp);
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  const checkHealth = options.health ?? storeHealthCheck(store);
  const retention: RetentionPolicy = {
    recent: limits.keepVersions,
    daily: limits.keepDaily,
    weekly: limits.keepWeekly,
    graceHours: limits.keepHours,
  };
  // Rows of full buckets and past days are deleted every so often, by whichever request
  // comes along; a failure only leaves them for the next time.
  let expiredAt = Date.now();
  function expireNowAndThen(): void {
    if (Date.now() - expiredAt < EXPIRE_EVERY_MS) return;
    expiredAt = Date.now();
    shared.expire().catch(() => undefined);
  }
  const api = new Hono();

  api.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  if (options.appOrigin) {
    api.use(
      '*',
      cors({
        origin: options.appOrigin,
        allowMethods: ['GET', 'PUT', 'POST', 'DELETE'],
        allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match'],
        exposeHeaders: ['ETag', 'Retry-After'],
        maxAge: 600,
      }),
    );
  }

  api.onError((error, c) => {
    if (error instanceof StorageFullError) {
      // Every vault on this relay, not this one: nothing of this upload was stored.
      c.header('Retry-After', String(FULL_RETRY_SECONDS));
      return c.json(
        {
          error: 'storage_full',
          message:
            'This backup server is full: it stores nothing new until space is freed or added. Nothing of this upload was stored.',
        },
        507,
      );
    }
    if (error instanceof QuotaExceededError) {
      // Checked inside the store's transaction: nothing of this upload was stored.
      return c.json(
        {
          error: 'quota_exceeded',
          message: 'This vault has no room for this upload on this server.',
          used: error.used,
          quota: error.quota,
        },
        507,
      );
    }
    if (error instanceof ApiError) {
      // The rest of a refused body is not read; the connection is not reused after it.
      if (error.status === 413 || error.status === 503 || error.status === 408) {
        c.header('Connection', 'close');
      }
      if (error.retryAfterMs !== undefined) {
        c.header('Retry-After', String(Math.max(1, Math.ceil(error.retryAfterMs / 1000))));
      }
      return c.json({ error: error.code, message: error.message }, error.status);
    }
    // The store is down or failed; say nothing about why to the client. Devices try
    // again later, and a restarted database is usually back within seconds.
    c.header('Retry-After', String(UNAVAILABLE_RETRY_SECONDS));
    return c.json(
      { error: 'unavailable', message: 'The backup server cannot answer now; try again later.' },
      503,
    );
  });

  // @hono/node-server passes the Node request as env.incoming.
  const incoming = (c: Context) => (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;

  /** The address group's keyed hash: what the limits count by, never the address. */
  function clientKey(c: Context): string {
    let address = incoming(c)?.socket.remoteAddress ?? 'unknown';
    if (options.trustProxy) {
      const forwarded = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
      if (forwarded) address = forwarded;
    }
    // Counted by group: an IPv6 /64 is one budget, not 2^64 of them.
    return shared.key('ip', addressGroup(address));
  }

  async function limitAddress(c: Context, bucket: Bucket = perAddress): Promise<string> {
    expireNowAndThen();
    const key = clientKey(c);
    const wait = await shared.take(`${bucket.kind}:${key}`, bucket.perMinute, bucket.burst);
    if (wait > 0) throw new ApiError(429, 'rate_limited', 'Too many requests; wait.', wait);
    return key;
  }

  function vaultId(c: Context): string {
    const id = c.req.param('id') ?? '';
    if (!VAULT_ID.test(id)) {
      throw new ApiError(400, 'bad_vault_id', 'A vault id is 32 lowercase hexadecimal digits.');
    }
    return id;
  }

  /**
   * Spends one of the vault's requests. Only once the token has been checked: anyone who
   * knows a vault's id could otherwise use up its owner's budget with wrong tokens. Those
   * are counted against the caller's address alone (limitAddress, on every request).
   */
  async function chargeVault(id: string, bucket: Bucket = perVault): Promise<void> {
    const key = `${bucket.kind}:${shared.key('vault', id)}`;
    const wait = await shared.take(key, bucket.perMinute, bucket.burst);
    if (wait > 0) {
      throw new ApiError(429, 'rate_limited', 'Too many requests for this vault; wait.', wait);
    }
  }

  /**
   * Counts a new vault for this address as the request is admitted, before its body is
   * read or the store is written, in one atomic statement of the store: concurrent
   * creations, on any instance, cannot all pass. The answer gives the place back if the
   * creation then fails.
   */
  async function reserveNewVault(address: string): Promise<() => Promise<void>> {
    const taken = await shared.takeToday(`day:${address}`, limits.vaultsPerIpPerDay);
    if (!taken.ok) {
      throw new ApiError(
        429,
        'too_many_vaults',
        'Too many new vaults from here today.',
        taken.wait,
      );
    }
    return taken.giveBack;
  }

  function presentedHash(c: Context): Buffer {
    const match = BEARER.exec(c.req.header('Authorization') ?? '');
    if (!match) {
      throw new ApiError(
        400,
        'bad_token',
        'Send "Authorization: Bearer <token>", the token being 64 lowercase hexadecimal digits.',
      );
    }
    return sha256(match[1]!);
  }

  async function authorise(c: Context, sync = false): Promise<string> {
    await limitAddress(c, sync ? syncPerAddress : perAddress);
    const id = vaultId(c);
    const presented = presentedHash(c);
    if (!hashesMatch(await store.tokenHash(id), presented)) throw NOT_FOUND();
    await chargeVault(id, sync ? syncPerVault : perVault);
    return id;
  }

  /**
   * Receives the body, holding one of the places for uploads under way while it arrives:
   * past the cap, in all or from this address, 503 with Retry-After before a byte is read.
   */
  async function receive(c: Context, max: number, what?: string): Promise<Uint8Array> {
    const leave = uploads.enter(clientKey(c));
    if (!leave) {
      throw new ApiError(
        503,
        'busy',
        'Too many uploads are arriving at once; try again shortly.',
        BUSY_RETRY_SECONDS * 1000,
      );
    }
    try {
      return await readBody(
        c.req.raw,
        max,
        limits.bodyIdleSeconds * 1000,
        () => incoming(c)?.destroy(),
        what,
      );
    } finally {
      leave();
    }
  }

  function sendBlob(c: Context, version: number, blob: Uint8Array): Response {
    c.header('Content-Type', 'application/octet-stream');
    c.header('Content-Disposition', 'attachment');
    c.header('ETag', etag(version));
    return c.body(
      new Uint8Array(blob.buffer, blob.byteOffset, blob.byteLength) as Uint8Array<ArrayBuffer>,
    );
  }

  // Whether the store answers (a cheap read, health.ts): 503 while it does not, so a
  // supervisor or load balancer sees an instance that cannot store anything.
  api.get('/health', async (c) => {
    const health = await checkHealth();
    if (health.ok) return c.json({ ok: true, store: 'ok' });
    c.header('Retry-After', String(UNAVAILABLE_RETRY_SECONDS));
    return c.json({ ok: false, store: 'unavailable' }, 503);
  });

  api.get('/vaults/:id', async (c) => {
    const id = await authorise(c);
    const latest = await store.latest(id);
    if (!latest) throw NOT_FOUND();
    return sendBlob(c, latest.version, latest.blob);
  });

  api.get('/vaults/:id/versions', async (c) => {
    const id = await authorise(c);
    const versions = await store.versions(id);
    return c.json({ versions });
  });

  api.get('/vaults/:id/versions/:n', async (c) => {
    const id = await authorise(c);
    const n = c.req.param('n');
    if (!VERSION.test(n)) {
      throw new ApiError(400, 'bad_version', 'A version is a whole number from 1.');
    }
    const stored = await store.version(id, Number(n));
    if (!stored) {
      throw new ApiError(404, 'version_not_found', 'This vault does not keep that version.');
    }
    return sendBlob(c, stored.version, stored.blob);
  });

  api.put('/vaults/:id', async (c) => {
    const address = await limitAddress(c);
    const id = vaultId(c);
    const presented = presentedHash(c);
    const ifMatch = c.req.header('If-Match');
    const ifNoneMatch = c.req.header('If-None-Match');
    if (ifMatch !== undefined && ifNoneMatch !== undefined) {
      throw new ApiError(400, 'bad_precondition', 'Send If-Match or If-None-Match, not both.');
    }
    if (ifMatch === undefined && ifNoneMatch === undefined) {
      throw new ApiError(
        428,
        'precondition_required',
        'Send If-Match: "<version>" to replace that version, or If-None-Match: * to create the vault.',
      );
    }
    let expected = 0;
    if (ifMatch !== undefined) {
      const match = ETAG.exec(ifMatch.trim());
      if (!match) {
        throw new ApiError(
          400,
          'bad_precondition',
          'If-Match must be one version, as the ETag the server sent ("3").',
        );
      }
      expected = Number(match[1] ?? match[2]);
    } else if (ifNoneMatch!.trim() !== '*') {
      throw new ApiError(400, 'bad_precondition', 'If-None-Match must be * (create the vault).');
    }
    const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/octet-stream') {
      throw new ApiError(415, 'bad_content_type', 'Send the backup as application/octet-stream.');
    }

    // Check who is writing before taking the body into memory.
    const stored = await store.tokenHash(id);
    if (expected > 0 && !hashesMatch(stored, presented)) throw NOT_FOUND();
    if (expected === 0) {
      if (stored !== undefined) {
        if (!hashesMatch(stored, presented)) throw NOT_FOUND();
        if ((await store.versions(id)).length > 0) {
          throw new ApiError(412, 'exists', 'This vault exists; send If-Match with its version.');
        }
      } else {
        hashesMatch(undefined, presented);
      }
    }
    await chargeVault(id);
    const giveBack =
      expected === 0 && stored === undefined ? await reserveNewVault(address) : undefined;
    try {
      return await finishPut(c, id, presented, expected, stored !== undefined);
    } catch (error) {
      await giveBack?.().catch(() => undefined);
      throw error;
    }
  });

  /** PUT /vaults/:id once the writer is known: receives the body and stores it. */
  async function finishPut(
    c: Context,
    id: string,
    presented: Buffer,
    expected: number,
    exists: boolean,
  ): Promise<Response> {
    const blob = await receive(c, limits.maxBlobBytes);
    if (blob.byteLength === 0) throw new ApiError(400, 'empty_body', 'The backup is empty.');

    if (expected === 0 && exists) {
      // A vault made for sync (version 2) has no whole-vault version yet: this is its first.
      const first = await store.append(id, 0, blob, retention, now(), limits.vaultQuotaBytes);
      if (!first.ok) {
        throw new ApiError(412, 'exists', 'This vault exists; send If-Match with its version.');
      }
      c.header('ETag', etag(1));
      return c.json({ version: 1, size: blob.byteLength }, 201);
    }
    if (expected === 0) {
      const created = await store.create(id, presented, blob, now());
      if (!created.ok) {
        // Another request created it in the meantime.
        if (!hashesMatch(created.tokenHash, presented)) throw NOT_FOUND();
        throw new ApiError(412, 'exists', 'This vault exists; send If-Match with its version.');
      }
      c.header('ETag', etag(1));
      return c.json({ version: 1, size: blob.byteLength }, 201);
    }
    const appended = await store.append(
      id,
      expected,
      blob,
      retention,
      now(),
      limits.vaultQuotaBytes,
    );
    if (!appended.ok) {
      c.header('ETag', etag(appended.current));
      throw new ApiError(
        412,
        'version_mismatch',
        `The latest version is ${appended.current}, not ${expected}; fetch it, merge, and try again.`,
      );
    }
    c.header('ETag', etag(appended.version));
    return c.json({ version: appended.version, size: blob.byteLength }, 201);
  }

  // ---- Deleting a vault: asked with its token, done after a delay it can cancel. ----
  // The delay gives the person time to undo a deletion someone else asked for with their
  // key (docs/retention.md, "Deleting a vault"). The sweep (collect.ts) does it.

  const deletion = (at: number | null) =>
    at === null
      ? { deleteAt: null }
      : { deleteAt: at, deleteAtIso: new Date(at * 1000).toISOString() };

  api.delete('/vaults/:id', async (c) => {
    const id = await authorise(c);
    const at = await store.scheduleDeletion(id, now() + limits.deleteDelayHours * 3600);
    // Deleted between the token's check and here.
    if (at === undefined) throw NOT_FOUND();
    return c.json(deletion(at), 202);
  });

  api.post('/vaults/:id/cancel-delete', async (c) => {
    const id = await authorise(c);
    const cancelled = await store.cancelDeletion(id);
    return c.json({ cancelled, deleteAt: null });
  });

  // With the delay a request would be given, so the app can say it before one is made.
  api.get('/vaults/:id/deletion', async (c) => {
    const id = await authorise(c);
    return c.json({
      ...deletion(await store.deletionAt(id)),
      delayHours: limits.deleteDelayHours,
    });
  });

  // ---- Sync, version 2 (docs/sync-v2.md): objects and a log per vault. ----

  function objectName(c: Context): string {
    const name = c.req.param('name') ?? '';
    if (!NAME.test(name)) {
      throw new ApiError(400, 'bad_name', 'An object name is 32 lowercase hexadecimal digits.');
    }
    return name;
  }

  async function readJson(c: Context, max: number): Promise<Record<string, unknown>> {
    const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      throw new ApiError(415, 'bad_content_type', 'Send this request as application/json.');
    }
    const body = await receive(c, max, 'This request');
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
    } catch {
      throw new ApiError(400, 'bad_json', 'The body is not JSON.');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new ApiError(400, 'bad_json', 'The body must be a JSON object.');
    }
    return parsed as Record<string, unknown>;
  }

  function onlyKeys(body: Record<string, unknown>, keys: readonly string[]): void {
    const extra = Object.keys(body).filter((key) => !keys.includes(key));
    if (extra.length > 0) {
      throw new ApiError(400, 'bad_json', `Unknown field ${JSON.stringify(extra[0])}.`);
    }
  }

  const toBase64 = (bytes: Uint8Array) =>
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

  // Makes a vault for sync alone (no whole-vault version yet). A vault made by a
  // whole-vault backup needs nothing more: its id and token work here as they are.
  api.put('/v2/:id', async (c) => {
    const address = await limitAddress(c, syncPerAddress);
    const id = vaultId(c);
    const presented = presentedHash(c);
    if (c.req.header('If-None-Match')?.trim() !== '*') {
      throw new ApiError(
        428,
        'precondition_required',
        'Send If-None-Match: * to create the vault.',
      );
    }
    const stored = await store.tokenHash(id);
    if (stored !== undefined) {
      if (!hashesMatch(stored, presented)) throw NOT_FOUND();
      throw new ApiError(412, 'exists', 'This vault exists.');
    }
    hashesMatch(undefined, presented);
    await chargeVault(id, syncPerVault);
    const giveBack = await reserveNewVault(address);
    try {
      const created = await store.createVault(id, presented, now());
      if (!created.ok) {
        if (!hashesMatch(created.tokenHash, presented)) throw NOT_FOUND();
        throw new ApiError(412, 'exists', 'This vault exists.');
      }
    } catch (error) {
      await giveBack().catch(() => undefined);
      throw error;
    }
    return c.json({ created: true }, 201);
  });

  api.post('/v2/:id/objects/missing', async (c) => {
    const id = await authorise(c, true);
    const body = await readJson(c, 64 * 1024);
    onlyKeys(body, ['names']);
    const { names } = body;
    if (
      !Array.isArray(names) ||
      names.length > MAX_NAMES ||
      !names.every((name) => typeof name === 'string' && NAME.test(name))
    ) {
      throw new ApiError(
        400,
        'bad_names',
        `Send {"names": [...]}: at most ${MAX_NAMES} names of 32 lowercase hexadecimal digits.`,
      );
    }
    return c.json({ missing: await store.missingObjects(id, names as string[], now()) });
  });

  api.put('/v2/:id/objects/:name', async (c) => {
    const id = await authorise(c, true);
    const name = objectName(c);
    const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/octet-stream') {
      throw new ApiError(415, 'bad_content_type', 'Send the object as application/octet-stream.');
    }
    const bytes = await receive(c, limits.maxObjectBytes, 'An object');
    if (bytes.byteLength === 0) throw new ApiError(400, 'empty_body', 'The object is empty.');
    // An object is never replaced: a second PUT under a name keeps the first bytes.
    const stored = await store.putObject(id, name, bytes, now(), limits.vaultQuotaBytes);
    return c.json({ stored }, stored ? 201 : 200);
  });

  // Many objects in one body (core's frames.ts): all are stored, or none is.
  api.post('/v2/:id/objects', async (c) => {
    const id = await authorise(c, true);
    const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/octet-stream') {
      throw new ApiError(
        415,
        'bad_content_type',
        'Send the batch as application/octet-stream, in frames.',
      );
    }
    const body = await receive(c, limits.maxBatchBytes, 'A batch of objects');
    let objects;
    try {
      objects = decodeFrames(body as Uint8Array<ArrayBuffer>);
    } catch (error) {
      if (!(error instanceof FrameError)) throw error;
      throw new ApiError(400, 'bad_batch', `The batch is not whole frames. ${error.message}`);
    }
    if (objects.length === 0) throw new ApiError(400, 'empty_body', 'The batch is empty.');
    if (objects.length > MAX_NAMES) {
      throw new ApiError(400, 'bad_batch', `A batch holds at most ${MAX_NAMES} objects.`);
    }
    const seen = new Set<string>();
    for (const { name, bytes } of objects) {
      if (seen.has(name)) {
        throw new ApiError(400, 'bad_batch', 'A batch names each object once.');
      }
      seen.add(name);
      if (bytes.byteLength === 0) {
        throw new ApiError(400, 'empty_body', 'An object in the batch is empty.');
      }
      if (bytes.byteLength > limits.maxObjectBytes) {
        throw tooLarge(limits.maxObjectBytes, 'An object');
      }
    }
    const stored = await store.putObjects(id, objects, now(), limits.vaultQuotaBytes);
    return c.json({ stored, kept: objects.length - stored }, stored > 0 ? 201 : 200);
  });

  // The held objects among many names, in frames after a count of the names answered.
  api.post('/v2/:id/objects/get', async (c) => {
    const id = await authorise(c, true);
    const body = await readJson(c, 64 * 1024);
    onlyKeys(body, ['names']);
    const { names } = body;
    if (
      !Array.isArray(names) ||
      names.length === 0 ||
      names.length > MAX_NAMES ||
      !names.every((name) => typeof name === 'string' && NAME.test(name))
    ) {
      throw new ApiError(
        400,
        'bad_names',
        `Send {"names": [...]}: 1 to ${MAX_NAMES} names of 32 lowercase hexadecimal digits.`,
      );
    }
    const read = await store.getObjects(id, names as string[], limits.maxBatchBytes);
    const answer = encodeFrames(read.objects, 4);
    new DataView(answer.buffer).setUint32(0, read.answered);
    c.header('Content-Type', 'application/octet-stream');
    c.header('Content-Disposition', 'attachment');
    return c.body(answer);
  });

  api.get('/v2/:id/objects/:name', async (c) => {
    const id = await authorise(c, true);
    const name = objectName(c);
    const bytes = await store.getObject(id, name);
    if (!bytes) throw new ApiError(404, 'object_not_found', 'This vault holds no such object.');
    c.header('Content-Type', 'application/octet-stream');
    c.header('Content-Disposition', 'attachment');
    return c.body(
      new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) as Uint8Array<ArrayBuffer>,
    );
  });

  api.post('/v2/:id/log', async (c) => {
    const id = await authorise(c, true);
    // Base64 is 4/3 of the bytes; the rest of the JSON is small.
    const body = await readJson(c, Math.ceil(limits.maxEntryBytes / 3) * 4 + 1024);
    onlyKeys(body, ['expected', 'id', 'bytes']);
    const { expected, id: entryId, bytes } = body;
    if (expected !== null && !(typeof expected === 'string' && NAME.test(expected))) {
      throw new ApiError(
        400,
        'bad_expected',
        '"expected" is the head this device last saw: 32 lowercase hexadecimal digits, or null for an empty log.',
      );
    }
    if (typeof entryId !== 'string' || !NAME.test(entryId)) {
      throw new ApiError(400, 'bad_id', '"id" is 32 lowercase hexadecimal digits.');
    }
    if (typeof bytes !== 'string' || !BASE64.test(bytes) || bytes === '') {
      throw new ApiError(400, 'bad_bytes', '"bytes" is the sealed entry in base64.');
    }
    const sealed = Buffer.from(bytes, 'base64');
    if (sealed.byteLength > limits.maxEntryBytes) {
      throw tooLarge(limits.maxEntryBytes, 'A log entry');
    }
    const appended = await store.appendLog(
      id,
      expected,
      { id: entryId, bytes: sealed },
      now(),
      limits.vaultQuotaBytes,
    );
    if (!appended.ok) {
      return c.json(
        {
          error: 'head_moved',
          message:
            'The log head is not the one expected; read the log from it, merge, and try again.',
          head: appended.head,
        },
        409,
      );
    }
    return c.json({ head: entryId }, 201);
  });

  api.get('/v2/:id/log', async (c) => {
    const id = await authorise(c, true);
    const query = c.req.queries();
    const unknown = Object.keys(query).find((key) => key !== 'since');
    if (unknown !== undefined || (query.since?.length ?? 0) > 1) {
      throw new ApiError(400, 'bad_query', 'The only query is one "since=<entry id>".');
    }
    const since = query.since?.[0] ?? null;
    if (since !== null && !NAME.test(since)) {
      throw new ApiError(
        400,
        'bad_since',
        '"since" is an entry id: 32 lowercase hexadecimal digits.',
      );
    }
    const perRead = Math.max(
      1,
      Math.min(MAX_ENTRIES_PER_READ, Math.floor(MAX_READ_BYTES / limits.maxEntryBytes)),
    );
    const read = await store.readLog(id, since, perRead);
    if (!read.ok) {
      throw new ApiError(
        410,
        'rolled_back',
        'The log holds no entry with this id: it was rolled back, or never held it.',
      );
    }
    const last = read.entries.at(-1)?.id ?? since;
    return c.json({
      entries: read.entries.map((entry) => ({ id: entry.id, bytes: toBase64(entry.bytes) })),
      head: read.head,
      // More entries follow the last one here: ask again with since=<its id>.
      more: last !== read.head,
    });
  });

  // What the vault holds against its quota, in bytes, as the quota counts them.
  api.get('/v2/:id/usage', async (c) => {
    const id = await authorise(c, true);
    return c.json({ used: await store.usage(id), quota: limits.vaultQuotaBytes });
  });

  // ---- One-time shares: sealed bytes for a link, the key only in its fragment. ----
  // The relay makes the id and the revoke token, keeps the token's SHA-256 alone, and
  // never sees the key. Nothing of a share is logged.

  function shareId(c: Context): string {
    const id = c.req.param('id') ?? '';
    if (!VAULT_ID.test(id)) {
      throw new ApiError(400, 'bad_share_id', 'A share id is 32 lowercase hexadecimal digits.');
    }
    return id;
  }

  /** `name` from the query as a whole number from 1 to `max`, or `fallback` if absent. */
  function countQuery(c: Context, name: string, fallback: number, max: number): number {
    const given = c.req.queries(name);
    if (given === undefined) return fallback;
    const [raw] = given;
    if (given.length !== 1 || raw === undefined || !COUNT.test(raw) || Number(raw) > max) {
      throw new ApiError(400, 'bad_query', `"${name}" is one whole number from 1 to ${max}.`);
    }
    return Number(raw);
  }

  api.post('/shares', async (c) => {
    const address = await limitAddress(c);
    const unknown = Object.keys(c.req.queries()).find(
      (key) => key !== 'hours' && key !== 'downloads',
    );
    if (unknown !== undefined) {
      throw new ApiError(400, 'bad_query', 'The only queries are "hours" and "downloads".');
    }
    const hours = countQuery(c, 'hours', SHARE_DEFAULT_HOURS, SHARE_MAX_HOURS);
    const downloads = countQuery(c, 'downloads', 1, SHARE_MAX_DOWNLOADS);
    const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/octet-stream') {
      throw new ApiError(415, 'bad_content_type', 'Send the share as application/octet-stream.');
    }
    const taken = await shared.takeToday(`shares:${address}`, limits.sharesPerIpPerDay);
    if (!taken.ok) {
      throw new ApiError(
        429,
        'too_many_shares',
        'Too many new shares from here today.',
        taken.wait,
      );
    }
    try {
      const bytes = await receive(c, limits.maxBlobBytes, 'A share');
      if (bytes.byteLength === 0) throw new ApiError(400, 'empty_body', 'The share is empty.');
      const token = randomBytes(32).toString('hex');
      const expiresAt = now() + hours * 3600;
      // 128 random bits: a second try is for the store's sake, never expected.
      for (let attempt = 0; attempt < 2; attempt++) {
        const id = randomBytes(16).toString('hex');
        const share = { id, tokenHash: sha256(token), bytes, expiresAt, downloads };
        if (await store.createShare(share, now())) {
          return c.json(
            {
              id,
              token,
              expiresAt,
              expiresAtIso: new Date(expiresAt * 1000).toISOString(),
              downloads,
            },
            201,
          );
        }
      }
      throw new Error('No free share id.');
    } catch (error) {
      await taken.giveBack().catch(() => undefined);
      throw error;
    }
  });

  // Counts a download: past the last one, the bytes are gone.
  api.get('/shares/:id', async (c) => {
    await limitAddress(c);
    const id = shareId(c);
    const bytes = await store.takeShare(id, now());
    if (!bytes) throw GONE();
    c.header('Content-Type', 'application/octet-stream');
    c.header('Content-Disposition', 'attachment');
    return c.body(
      new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) as Uint8Array<ArrayBuffer>,
    );
  });

  // Revoked with the token given when it was made: deleted, bytes and all, at once.
  api.delete('/shares/:id', async (c) => {
    await limitAddress(c);
    const id = shareId(c);
    const presented = presentedHash(c);
    if (!hashesMatch(await store.shareTokenHash(id), presented) || !(await store.deleteShare(id))) {
      // A wrong token and a share already gone answer alike.
      throw new ApiError(404, 'not_found', 'There is no share with this id and token.');
    }
    return c.json({ revoked: true });
  });

  // ---- Time-stamps (RFC 3161 over HTTP, section 3.4): a digest in, a signed token out. ----
  // The request holds a hash and a nonce only; nothing of it is kept or logged.

  const { timestamps } = options;
  if (timestamps) {
    api.post('/timestamp', async (c) => {
      await limitAddress(c);
      const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
      if (type !== 'application/timestamp-query') {
        throw new ApiError(
          415,
          'bad_content_type',
          'Send a DER TimeStampReq (RFC 3161) as application/timestamp-query.',
        );
      }
      const query = await receive(c, MAX_TIMESTAMP_QUERY_BYTES, 'A time-stamp request');
      let reply: Uint8Array;
      try {
        reply = await timestamps.timestamper.respond(query);
      } catch (error) {
        if (!(error instanceof MalformedRequestError)) throw error;
        throw new ApiError(400, 'bad_timestamp_query', error.message);
      }
      c.header('Content-Type', 'application/timestamp-reply');
      return c.body(reply as Uint8Array<ArrayBuffer>);
    });

    // The certificate tokens are checked against, for anyone to fetch.
    api.get('/timestamp/certificate.pem', async (c) => {
      await limitAddress(c);
      c.header('Content-Type', 'application/pem-certificate-chain');
      return c.body(timestamps.certificatePem);
    });
  }

  api.all('*', (c) =>
    c.json({ error: 'no_such_endpoint', message: 'There is no such backup endpoint.' }, 404),
  );
  return api;
}
