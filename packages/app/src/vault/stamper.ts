import { journalEntry, receiptId, timestampReceipt, type JournalRecord } from '@steady/core';
import { hexSha256, versionDigests } from '@steady/core/evidence';
import {
  certificateFromPem,
  checkTimestampToken,
  readTimestampReply,
  timestampQuery,
} from '@steady/core/timestamp';
import { readPhoto } from '../features/evidence/photos.ts';
import { anySignal } from '../lib/anySignal.ts';
import { toBase64 } from '../lib/base64.ts';
import type { VaultApi } from './api.ts';

/*
 * Trusted timestamps, the work itself (issue 19), loaded only once the person turned
 * them on. For every version of every entry that has no receipt yet, one TimeStampReq
 * goes to the relay: the version's digest and a random nonce, nothing the person wrote
 * (core/timestamp). The reply is read, its token checked against the digest, the nonce
 * and the certificate the relay publishes, and kept as a receipt (records/timestamps.ts),
 * which syncs and is backed up like the entry. A failure waits (30 s, doubling to
 * 30 min) and tries again; a lock stops everything at once. Nothing here logs.
 */

export const BACKOFF = { firstMs: 30_000, maxMs: 30 * 60_000 } as const;

export interface StamperOptions {
  readonly vault: VaultApi;
  /** The relay's backup API base ('…/api/backup/v1'). */
  readonly base: string;
  readonly fetch?: typeof fetch;
  /** Timers, so tests can run the back-off without waiting. */
  readonly setTimer?: (run: () => void, ms: number) => unknown;
  readonly clearTimer?: (timer: unknown) => void;
  /** Told after each round: how many receipts it stored, and whether it failed. */
  readonly onRound?: (round: { readonly stored: number; readonly failed: boolean }) => void;
}

export interface Stamper {
  /** Something may lack a receipt now (a save, an unlock, a sync): look soon. */
  poke(): void;
  /** Stops at once: no further request, no write; a reply on its way is dropped. */
  stop(): void;
}

class StampFailed extends Error {
  override readonly name = 'StampFailed';
}

const TIMEOUT_MS = 30_000;

export function startStamper(options: StamperOptions): Stamper {
  const { vault, base } = options;
  const call = options.fetch ?? ((input, init) => fetch(input, init));
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer =
    options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const stop = new AbortController();
  // Read through functions: a lock or a save may change them while a round awaits.
  const stopped = () => stop.signal.aborted;
  const isDue = () => due;
  let certificate: Uint8Array | undefined;
  let running = false;
  let due = false;
  let waiting: unknown = null;
  let failures = 0;

  const request = async (url: string, init: RequestInit = {}): Promise<Response> => {
    try {
      return await call(url, {
        ...init,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        signal: anySignal([stop.signal, AbortSignal.timeout(TIMEOUT_MS)]),
      });
    } catch {
      throw new StampFailed('offline');
    }
  };

  async function relayCertificate(): Promise<Uint8Array> {
    if (certificate) return certificate;
    const response = await request(`${base}/timestamp/certificate.pem`);
    if (!response.ok) throw new StampFailed('no certificate');
    const der = certificateFromPem(await response.text());
    if (!der) throw new StampFailed('no certificate');
    certificate = der;
    return der;
  }

  /** The digests of an entry's versions, or undefined while a photo it names is not here. */
  async function digestsOf(record: JournalRecord): Promise<string[] | undefined> {
    const photos = new Map<string, string>();
    const ids = new Set(record.versions.flatMap((v) => v.content.attachments));
    for (const id of ids) {
      const photo = await readPhoto(vault, id);
      // Not synced here yet, or damaged: a digest without it would match no package.
      if (!photo) return undefined;
      photos.set(id, await hexSha256(photo.bytes));
    }
    return versionDigests(record, (id) => photos.get(id));
  }

  async function stamp(entry: string, version: number, digest: string): Promise<void> {
    const trusted = await relayCertificate();
    const query = timestampQuery(digest);
    const response = await request(`${base}/timestamp`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/timestamp-query' },
      body: query.der as Uint8Array<ArrayBuffer>,
    });
    if (!response.ok) throw new StampFailed('refused');
    const reply = await readTimestampReply(new Uint8Array(await response.arrayBuffer()), query);
    if (!reply.ok) throw new StampFailed(reply.problem);
    const checked = await checkTimestampToken(reply.receipt.token, digest, query.nonce, trusted);
    if (!checked.ok) throw new StampFailed(checked.problem);
    if (stop.signal.aborted) return;
    const id = receiptId(entry, version);
    await vault.put(timestampReceipt, id, {
      id,
      entry,
      version,
      digest,
      token: toBase64(checked.receipt.token),
      time: checked.receipt.time,
      authority: checked.receipt.authority,
    });
  }

  /** One look at every entry; the number of receipts stored. */
  async function round(): Promise<number> {
    const [entries, receipts] = await Promise.all([
      vault.readAll(journalEntry),
      vault.readAll(timestampReceipt),
    ]);
    // An unreadable receipt stays as it is: its version is not asked for again.
    const have = new Set([
      ...receipts.items.map((r) => r.id),
      ...receipts.unreadable.map((r) => r.id),
    ]);
    let stored = 0;
    for (const { value: record } of entries.items) {
      const missing = record.versions
        .map((_, version) => version)
        .filter((version) => !have.has(receiptId(record.id, version)));
      if (missing.length === 0) continue;
      const digests = await digestsOf(record);
      if (!digests) continue;
      for (const version of missing) {
        if (stop.signal.aborted) return stored;
        await stamp(record.id, version, digests[version]!);
        stored += 1;
      }
    }
    return stored;
  }

  async function run(): Promise<void> {
    if (running || waiting !== null || stop.signal.aborted) return;
    running = true;
    due = false;
    let stored = 0;
    let failed = false;
    try {
      stored = await round();
      failures = 0;
    } catch {
      // Offline, refused, a reply that does not check, or the vault locked meanwhile:
      // nothing half-written (a receipt is one record), tried again after the wait.
      failed = true;
    } finally {
      running = false;
    }
    if (stopped()) return;
    options.onRound?.({ stored, failed });
    if (failed) {
      const ms = Math.min(BACKOFF.firstMs * 2 ** failures, BACKOFF.maxMs);
      failures += 1;
      waiting = setTimer(() => {
        waiting = null;
        void run();
      }, ms);
    } else if (isDue()) {
      void run();
    }
  }

  return {
    poke() {
      due = true;
      void run();
    },
    stop() {
      stop.abort();
      if (waiting !== null) clearTimer(waiting);
      waiting = null;
    },
  };
}
