// The end-to-end-encrypted backup relay's HTTP API, mounted at /api/backup/v1.
// The client makes a random 128-bit vault id and a random 256-bit token; the
// server keeps only the token's SHA-256 and stores opaque ciphertext as
// append-only numbered versions. Nothing here logs an id, a token or an address.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import type { BackupOptions } from './config.ts';
import { addressKey, DailyCounter, TokenBucket } from './limits.ts';
import type { BackupStore } from './store.ts';

export const BACKUP_BASE = '/api/backup/v1';

/** 128 bits as 32 lowercase hex digits. */
const VAULT_ID = /^[0-9a-f]{32}$/;
/** 256 bits as 64 lowercase hex digits. */
const BEARER = /^Bearer ([0-9a-f]{64})$/;
const VERSION = /^[1-9]\d{0,8}$/;
const ETAG = /^(?:"([1-9]\d{0,8})"|([1-9]\d{0,8}))$/;

// Compared against when the vault is unknown, so both answers cost one hash and one compare.
const DUMMY_HASH = createHash('sha256').update('steady: no such vault').digest();

class ApiError extends Error {
  constructor(
    readonly status: 400 | 404 | 412 | 413 | 415 | 428 | 429,
    readonly code: string,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

// An unknown vault and a wrong token answer with exactly this, byte for byte.
const NOT_FOUND = () => new ApiError(404, 'not_found', 'There is no vault with this id and token.');

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

/** Reads the body into memory, stopping as soon as it passes `max` bytes. */
async function readBody(request: Request, max: number): Promise<Uint8Array> {
  const declared = request.headers.get('Content-Length');
  if (declared !== null && !/^\d+$/.test(declared)) {
    throw new ApiError(400, 'bad_content_length', 'Content-Length must be a number of bytes.');
  }
  if (declared !== null && Number(declared) > max) throw tooLarge(max);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      // Not cancelled: the HTTP server drains the rest after the 413 is sent, so the
      // client can read the answer instead of seeing the connection reset.
      reader.releaseLock();
      throw tooLarge(max);
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

function tooLarge(max: number): ApiError {
  return new ApiError(413, 'too_large', `A backup may be at most ${max} bytes.`);
}

export interface BackupApiOptions extends BackupOptions {
  /** Seconds since 1970; tests may fix it. */
  readonly now?: () => number;
}

/** The backup API as a Hono app to mount at BACKUP_BASE. */
export function createBackupApi(store: BackupStore, options: BackupApiOptions): Hono {
  const { limits } = options;
  const perVault = new TokenBucket(limits.vaultPerMinute, limits.vaultBurst);
  const perAddress = new TokenBucket(limits.ipPerMinute, limits.ipBurst);
  const newVaults = new DailyCounter(limits.vaultsPerIpPerDay);
  const hashAddress = addressKey();
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
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
        allowMethods: ['GET', 'PUT'],
        allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match'],
        exposeHeaders: ['ETag', 'Retry-After'],
        maxAge: 600,
      }),
    );
  }

  api.onError((error, c) => {
    if (error instanceof ApiError) {
      // The rest of a refused body is not read; the connection is not reused after it.
      if (error.status === 413) c.header('Connection', 'close');
      if (error.retryAfterMs !== undefined) {
        c.header('Retry-After', String(Math.max(1, Math.ceil(error.retryAfterMs / 1000))));
      }
      return c.json({ error: error.code, message: error.message }, error.status);
    }
    // The store is down or failed; say nothing about why to the client.
    return c.json(
      { error: 'unavailable', message: 'The backup server cannot answer now; try again later.' },
      503,
    );
  });

  function clientKey(c: Context): string {
    // @hono/node-server passes the Node request as env.incoming.
    const env = c.env as { incoming?: IncomingMessage } | undefined;
    let address = env?.incoming?.socket.remoteAddress ?? 'unknown';
    if (options.trustProxy) {
      const forwarded = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
      if (forwarded) address = forwarded;
    }
    return hashAddress(address);
  }

  function limitAddress(c: Context): string {
    const key = clientKey(c);
    const wait = perAddress.take(key);
    if (wait > 0) throw new ApiError(429, 'rate_limited', 'Too many requests; wait.', wait);
    return key;
  }

  function vaultId(c: Context): string {
    const id = c.req.param('id') ?? '';
    if (!VAULT_ID.test(id)) {
      throw new ApiError(400, 'bad_vault_id', 'A vault id is 32 lowercase hexadecimal digits.');
    }
    const wait = perVault.take(id);
    if (wait > 0) {
      throw new ApiError(429, 'rate_limited', 'Too many requests for this vault; wait.', wait);
    }
    return id;
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

  async function authorise(c: Context): Promise<string> {
    limitAddress(c);
    const id = vaultId(c);
    const presented = presentedHash(c);
    if (!hashesMatch(await store.tokenHash(id), presented)) throw NOT_FOUND();
    return id;
  }

  function sendBlob(c: Context, version: number, blob: Uint8Array): Response {
    c.header('Content-Type', 'application/octet-stream');
    c.header('Content-Disposition', 'attachment');
    c.header('ETag', etag(version));
    return c.body(
      new Uint8Array(blob.buffer, blob.byteOffset, blob.byteLength) as Uint8Array<ArrayBuffer>,
    );
  }

  api.get('/health', (c) => c.json({ ok: true }));

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
    const address = limitAddress(c);
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
        throw new ApiError(412, 'exists', 'This vault exists; send If-Match with its version.');
      }
      hashesMatch(undefined, presented);
      const wait = newVaults.check(address);
      if (wait > 0) {
        throw new ApiError(429, 'too_many_vaults', 'Too many new vaults from here today.', wait);
      }
    }

    const blob = await readBody(c.req.raw, limits.maxBlobBytes);
    if (blob.byteLength === 0) throw new ApiError(400, 'empty_body', 'The backup is empty.');

    if (expected === 0) {
      const created = await store.create(id, presented, blob, now());
      if (!created.ok) {
        // Another request created it in the meantime.
        if (!hashesMatch(created.tokenHash, presented)) throw NOT_FOUND();
        throw new ApiError(412, 'exists', 'This vault exists; send If-Match with its version.');
      }
      newVaults.add(address);
      c.header('ETag', etag(1));
      return c.json({ version: 1, size: blob.byteLength }, 201);
    }
    const appended = await store.append(id, expected, blob, limits.keepVersions, now());
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
  });

  api.all('*', (c) =>
    c.json({ error: 'no_such_endpoint', message: 'There is no such backup endpoint.' }, 404),
  );
  return api;
}
