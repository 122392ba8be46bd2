import type { Bytes } from '../vault/bytes.ts';
import { SyncError, type QuotaDetail } from './errors.ts';
import { decodeFrames, encodeFrames, FRAME_OVERHEAD, FrameError } from './frames.ts';
import type { AppendResult, LogRecord, Relay, StoredObject } from './relay.ts';

/*
 * The Relay a device uses over HTTP: the backup relay's version 2 routes
 * (packages/server/src/backup/routes.ts), addressed by the vault id and authorised by
 * the token of the vault's relay key, as whole-vault backups are. It sends only names,
 * ids and sealed bytes; no cookies, no referrer, nothing cached on the way.
 */

export interface HttpRelayOptions {
  /** The relay API's base URL, ending in /api/backup/v1. */
  readonly base: string;
  /** 32 lowercase hex digits. */
  readonly vaultId: string;
  /** 64 lowercase hex digits. */
  readonly token: string;
  /** Requests in flight at once when moving many objects. */
  readonly parallel?: number;
  readonly fetch?: typeof fetch;
}

/** Names one request may carry (the relay's limit; a batch holds at most this many). */
const NAMES_PER_REQUEST = 1000;
const TIMEOUT_MS = 120_000;
/**
 * Bytes of frames one batch POST carries at most; the relay takes 16 MiB by default. An
 * object bigger than this goes alone; a relay that takes less answers 413, and the batch
 * is split in two and sent again.
 */
const BATCH_BYTES = 8 * 1024 * 1024;

/** Groups of at most NAMES_PER_REQUEST objects and BATCH_BYTES of frames, in order. */
function batches(objects: readonly StoredObject[]): StoredObject[][] {
  const groups: StoredObject[][] = [];
  let group: StoredObject[] = [];
  let size = 0;
  for (const object of objects) {
    const framed = FRAME_OVERHEAD + object.bytes.byteLength;
    if (group.length > 0 && (group.length >= NAMES_PER_REQUEST || size + framed > BATCH_BYTES)) {
      groups.push(group);
      group = [];
      size = 0;
    }
    group.push(object);
    size += framed;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

export interface HttpRelay extends Relay {
  /** Makes the vault on the relay for sync; true if made, false if it was there. */
  createVault(): Promise<boolean>;
  /** The bytes the vault holds on the relay and the most it may hold there. */
  usage(): Promise<{ used: number; quota: number }>;
}

const byteCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}

function fromBase64(text: string): Bytes {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

async function inTurn<T>(items: readonly T[], parallel: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
}

export function createHttpRelay(options: HttpRelayOptions): HttpRelay {
  const base = `${options.base.replace(/\/+$/, '')}/v2/${options.vaultId}`;
  const parallel = options.parallel ?? 6;
  const doFetch = options.fetch ?? fetch;
  const authorization = `Bearer ${options.token}`;

  async function call(
    what: string,
    path: string,
    init: { method?: string; headers?: Record<string, string>; body?: BodyInit } = {},
  ): Promise<Response> {
    try {
      return await doFetch(`${base}${path}`, {
        ...init,
        headers: { ...init.headers, Authorization: authorization },
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      throw new SyncError('unavailable', `${what}: no answer from the relay`);
    }
  }

  async function refused(what: string, response: Response): Promise<never> {
    let code = String(response.status);
    let body: { error?: unknown; used?: unknown; quota?: unknown } = {};
    try {
      body = (await response.json()) as typeof body;
      if (typeof body.error === 'string') code = body.error;
    } catch {
      // Not the relay's JSON: the status says enough.
    }
    if (response.status === 410) throw new SyncError('rolled-back', `${what}: ${code}`);
    if (response.status === 413) throw new SyncError('too-large', `${what}: ${code}`);
    // The whole relay is full, not this vault: nothing of this upload was stored.
    if (response.status === 507 && code === 'storage_full') {
      throw new SyncError('full', `${what}: ${code}`);
    }
    if (response.status === 507) {
      // The vault is full on this relay: nothing of this upload was stored.
      const detail: QuotaDetail | undefined =
        byteCount(body.used) && byteCount(body.quota)
          ? { used: body.used, quota: body.quota }
          : undefined;
      throw new SyncError('quota', `${what}: ${code}`, detail);
    }
    throw new SyncError('unavailable', `${what}: ${code}`);
  }

  const json = (body: unknown) => ({
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

  /** A relay from before the batch routes answers them as no such endpoint. */
  async function noBatchRoute(response: Response): Promise<boolean> {
    if (response.status !== 404) return false;
    const body = (await response
      .clone()
      .json()
      .catch(() => ({}))) as { error?: string };
    return body.error === 'no_such_endpoint';
  }

  async function putOne({ name, bytes }: StoredObject): Promise<void> {
    const response = await call('putObjects', `/objects/${name}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: bytes as Uint8Array<ArrayBuffer>,
    });
    if (!response.ok) await refused('putObjects', response);
    await response.body?.cancel();
  }

  async function putBatch(group: readonly StoredObject[]): Promise<void> {
    const response = await call('putObjects', '/objects', {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: encodeFrames(group),
    });
    if (response.status === 413 && group.length > 1) {
      // This relay takes smaller batches: send each half on its own.
      await response.body?.cancel();
      const half = Math.ceil(group.length / 2);
      await putBatch(group.slice(0, half));
      await putBatch(group.slice(half));
      return;
    }
    if (await noBatchRoute(response)) {
      await inTurn(group, parallel, putOne);
      return;
    }
    if (!response.ok) await refused('putObjects', response);
    await response.body?.cancel();
  }

  async function getOne(name: string, found: Map<string, Bytes>): Promise<void> {
    const response = await call('getObjects', `/objects/${name}`);
    if (response.status === 404) {
      const body = (await response.json().catch(() => ({}))) as { error?: string };
      // Left out, as the Relay says; any other 404 (the vault itself) is an error.
      if (body.error === 'object_not_found') return;
      throw new SyncError('unavailable', `getObjects: ${body.error ?? 404}`);
    }
    if (!response.ok) return refused('getObjects', response);
    found.set(name, new Uint8Array(await response.arrayBuffer()));
  }

  return {
    async createVault() {
      const response = await call('createVault', '', {
        method: 'PUT',
        headers: { 'If-None-Match': '*' },
      });
      if (response.status === 201) return true;
      if (response.status === 412) return false;
      return refused('createVault', response);
    },

    async usage() {
      const response = await call('usage', '/usage');
      if (!response.ok) return refused('usage', response);
      const body = (await response.json().catch(() => ({}))) as { used?: unknown; quota?: unknown };
      if (!byteCount(body.used) || !byteCount(body.quota)) {
        throw new SyncError('unavailable', 'usage: not the relay');
      }
      return { used: body.used, quota: body.quota };
    },

    async missingObjects(names) {
      const missing: string[] = [];
      for (let i = 0; i < names.length; i += NAMES_PER_REQUEST) {
        const part = names.slice(i, i + NAMES_PER_REQUEST);
        const response = await call('missingObjects', '/objects/missing', {
          method: 'POST',
          ...json({ names: part }),
        });
        if (!response.ok) return refused('missingObjects', response);
        const body = (await response.json()) as { missing?: unknown };
        if (!Array.isArray(body.missing)) {
          throw new SyncError('unavailable', 'missingObjects: not the relay');
        }
        const asked = new Set(part);
        missing.push(...body.missing.filter((n): n is string => asked.has(n as string)));
      }
      return missing;
    },

    async putObjects(objects: readonly StoredObject[]) {
      await inTurn(batches(objects), parallel, putBatch);
    },

    async getObjects(names) {
      const found = new Map<string, Bytes>();
      const unique = [...new Set(names)];
      const parts: string[][] = [];
      for (let i = 0; i < unique.length; i += NAMES_PER_REQUEST) {
        parts.push(unique.slice(i, i + NAMES_PER_REQUEST));
      }
      await inTurn(parts, parallel, async (part) => {
        let rest = part;
        while (rest.length > 0) {
          const response = await call('getObjects', '/objects/get', {
            method: 'POST',
            ...json({ names: rest }),
          });
          if (await noBatchRoute(response)) {
            await inTurn(rest, parallel, (name) => getOne(name, found));
            return;
          }
          if (!response.ok) return refused('getObjects', response);
          const body = new Uint8Array(await response.arrayBuffer());
          const answered = body.byteLength >= 4 ? new DataView(body.buffer).getUint32(0) : 0;
          if (answered < 1 || answered > rest.length) {
            throw new SyncError('unavailable', 'getObjects: not the relay');
          }
          const asked = new Set(rest.slice(0, answered));
          let framed;
          try {
            framed = decodeFrames(body, 4);
          } catch (error) {
            if (!(error instanceof FrameError)) throw error;
            throw new SyncError('unavailable', 'getObjects: not the relay');
          }
          for (const { name, bytes } of framed) {
            if (!asked.has(name)) throw new SyncError('unavailable', 'getObjects: not the relay');
            found.set(name, bytes);
          }
          // Fewer answered than asked: more follow; ask again for the rest.
          rest = rest.slice(answered);
        }
      });
      return found;
    },

    async appendLog(expectedHead, entry: LogRecord): Promise<AppendResult> {
      const response = await call('appendLog', '/log', {
        method: 'POST',
        ...json({ expected: expectedHead, id: entry.id, bytes: toBase64(entry.bytes) }),
      });
      if (response.status === 201) {
        await response.body?.cancel();
        return { ok: true };
      }
      if (response.status === 409) {
        const body = (await response.json()) as { head?: unknown };
        const head = body.head;
        if (head !== null && typeof head !== 'string') {
          throw new SyncError('unavailable', 'appendLog: not the relay');
        }
        return { ok: false, head };
      }
      return refused('appendLog', response);
    },

    async readLog(since) {
      const entries: LogRecord[] = [];
      let after = since;
      for (;;) {
        const query = after === null ? '' : `?since=${after}`;
        const response = await call('readLog', `/log${query}`);
        if (!response.ok) return refused('readLog', response);
        const body = (await response.json()) as {
          entries?: { id?: unknown; bytes?: unknown }[];
          more?: unknown;
        };
        if (!Array.isArray(body.entries))
          throw new SyncError('unavailable', 'readLog: not the relay');
        for (const { id, bytes } of body.entries) {
          if (typeof id !== 'string' || typeof bytes !== 'string') {
            throw new SyncError('unavailable', 'readLog: not the relay');
          }
          entries.push({ id, bytes: fromBase64(bytes) });
        }
        if (body.more !== true || body.entries.length === 0) return entries;
        after = entries.at(-1)!.id;
      }
    },
  };
}
