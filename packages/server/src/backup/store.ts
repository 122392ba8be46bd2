// One interface for where vaults live. The server never reads a blob's content:
// it stores bytes, their size and a version number, and the SHA-256 of the
// vault's token. Each write is one transaction, so a crash leaves the previous
// version whole.
import type { RetentionPolicy } from './retention.ts';

export interface VersionInfo {
  readonly version: number;
  readonly size: number;
  /** Seconds since 1970, when the server stored it. */
  readonly createdAt: number;
}

export interface StoredBlob {
  readonly version: number;
  readonly blob: Uint8Array;
}

export type CreateResult =
  | { readonly ok: true; readonly version: 1 }
  /** The id is taken; the caller compares the token with this hash. */
  | { readonly ok: false; readonly tokenHash: Uint8Array };

export type NewVaultResult =
  { readonly ok: true } | { readonly ok: false; readonly tokenHash: Uint8Array };

export type AppendResult =
  | { readonly ok: true; readonly version: number }
  /** The vault's latest version is not the one the writer expected (compare-and-swap lost). */
  | { readonly ok: false; readonly current: number };

/** One entry of a vault's sync log (protocol version 2), as stored: sealed bytes only. */
export interface SyncEntry {
  readonly id: string;
  readonly bytes: Uint8Array;
}

/** A sync object: its name and sealed bytes. */
export interface SyncObject {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface ObjectsRead {
  readonly objects: SyncObject[];
  readonly answered: number;
}

/** Which of `names` (from the first) one answer covers, given the held objects' sizes. */
export function pickAnswered(
  names: readonly string[],
  sizes: ReadonlyMap<string, number>,
  maxBytes: number,
): { take: string[]; answered: number } {
  const take: string[] = [];
  let total = 0;
  let answered = 0;
  for (const name of names) {
    const size = sizes.get(name);
    if (size !== undefined) {
      if (take.length > 0 && total + size > maxBytes) break;
      take.push(name);
      total += size;
    }
    answered++;
  }
  return { take, answered };
}

export type LogAppendResult =
  | { readonly ok: true; readonly seq: number }
  /** The head is not the one the writer expected (compare-and-swap lost); this is the head. */
  | { readonly ok: false; readonly head: string | null };

export type LogReadResult =
  | { readonly ok: true; readonly entries: SyncEntry[]; readonly head: string | null }
  /** The log holds no entry with the id asked for: it was rolled back, or never had it. */
  | { readonly ok: false };

/**
 * A write that would take the vault past its storage quota. Thrown by a store inside the
 * write's transaction, so nothing of the write is kept.
 */
export class QuotaExceededError extends Error {
  override readonly name = 'QuotaExceededError';
  constructor(
    /** Bytes the vault holds now. */
    readonly used: number,
    readonly quota: number,
  ) {
    super(`The vault holds ${used} of its ${quota} bytes; this would pass them.`);
  }
}

/** Throws QuotaExceededError unless `adding` more bytes still fit in the quota. */
export function checkQuota(used: number, adding: number, quota: number | undefined): void {
  if (quota !== undefined && adding > 0 && used + adding > quota) {
    throw new QuotaExceededError(used, quota);
  }
}

/**
 * Rate limits and daily counts kept where the vaults are, so every relay instance on one
 * database, and a restarted one, counts against the same budgets. Keys are keyed hashes
 * (see `hash`), never an address or a vault id. Times are milliseconds since 1970.
 */
export interface LimitStore {
  /**
   * HMAC-SHA-256, as base64url, with the deployment's secret: made once on the first
   * start and kept in the store, so every instance and every restart hashes alike.
   */
  hash(value: string): string;
  /**
   * Takes one token from the key's bucket (`perMinute` refill, `burst` at most), in one
   * atomic statement: 0 when taken, else the milliseconds until one is free.
   */
  takeToken(key: string, perMinute: number, burst: number, now: number): Promise<number>;
  /**
   * Takes one of the key's `max` places in the count that ends at `until`, in one atomic
   * statement: true when taken.
   */
  takeCount(key: string, max: number, until: number): Promise<boolean>;
  /** Gives back a place taken in that count. */
  giveBackCount(key: string): Promise<void>;
  /** Deletes rows that no longer limit anything (full buckets, past counts). */
  expireLimits(now: number): Promise<number>;
}

/**
 * A one-time share (a report handed to an advocate): bytes the app sealed with a key that
 * only the link's fragment holds, so the relay never has it. Times are seconds since 1970.
 */
export interface NewShare {
  /** 128 random bits, made by the relay. */
  readonly id: string;
  /** The SHA-256 of the revoke token; the token itself is never stored. */
  readonly tokenHash: Uint8Array;
  readonly bytes: Uint8Array;
  readonly expiresAt: number;
  /** Downloads allowed, from 1. */
  readonly downloads: number;
}

export interface BackupStore {
  /** Rate limits kept in this store; without it, a relay counts in its own memory. */
  readonly limits?: LimitStore;
  /** The SHA-256 of the vault's token, or undefined for an unknown vault. */
  tokenHash(id: string): Promise<Uint8Array | undefined>;
  /** Creates the vault with its first version, unless the id exists. */
  create(id: string, tokenHash: Uint8Array, blob: Uint8Array, now: number): Promise<CreateResult>;
  /**
   * Stores version expected + 1 if the latest is still `expected`, then drops the
   * versions `retention` does not keep (retention.ts, versionsToPrune). All or nothing.
   * With `quota`, throws QuotaExceededError (storing and dropping nothing) if the vault
   * would then hold more than it.
   */
  append(
    id: string,
    expected: number,
    blob: Uint8Array,
    retention: RetentionPolicy,
    now: number,
    quota?: number,
  ): Promise<AppendResult>;
  latest(id: string): Promise<StoredBlob | undefined>;
  version(id: string, version: number): Promise<StoredBlob | undefined>;
  /** Kept versions, oldest first. */
  versions(id: string): Promise<VersionInfo[]>;

  // Sync, version 2 (docs/sync-v2.md): content-addressed objects and a log per vault.

  /** Creates the vault with no whole-vault version (latest 0), unless the id exists. */
  createVault(id: string, tokenHash: Uint8Array, now: number): Promise<NewVaultResult>;
  /**
   * The names among these that the vault does not hold. With `now`, each held one stored
   * before `now - TOUCH_SECONDS` counts as stored at `now` again: a device about to name
   * it in a log entry is relying on it, so the orphan sweep waits a whole grace again.
   */
  missingObjects(id: string, names: readonly string[], now?: number): Promise<string[]>;
  /**
   * Stores the object unless one is held under the name: the first is kept. True if stored.
   * With `quota`, throws QuotaExceededError (storing nothing) if it would not fit.
   */
  putObject(
    id: string,
    name: string,
    bytes: Uint8Array,
    now: number,
    quota?: number,
  ): Promise<boolean>;
  getObject(id: string, name: string): Promise<Uint8Array | undefined>;
  /**
   * Stores every object not yet held, in one transaction: all of them or, on a failure,
   * none. An object already held under a name is kept. The number newly stored. With
   * `quota`, throws QuotaExceededError (storing none) if the new ones would not all fit.
   */
  putObjects(
    id: string,
    objects: readonly SyncObject[],
    now: number,
    quota?: number,
  ): Promise<number>;
  /**
   * The held objects among `names`, in their order, going through the names from the
   * first until the held ones' bytes would pass `maxBytes` (the first held one always
   * goes). `answered`: how many names, from the first, this covers.
   */
  getObjects(id: string, names: readonly string[], maxBytes: number): Promise<ObjectsRead>;
  /**
   * Appends the entry only if the log's head is still `expected` (null: empty). With
   * `quota`, throws QuotaExceededError (appending nothing) if the entry would not fit.
   */
  appendLog(
    id: string,
    expected: string | null,
    entry: SyncEntry,
    now: number,
    quota?: number,
  ): Promise<LogAppendResult>;
  /** Up to `limit` entries after `since` (from the start for null), oldest first. */
  readLog(id: string, since: string | null, limit: number): Promise<LogReadResult>;
  /**
   * Bytes the vault holds, as its quota counts them: its objects, its log entries and its
   * whole-vault versions.
   */
  usage(id: string): Promise<number>;
  /**
   * Bytes all vaults hold together, counted as `usage` counts one vault's, and the shares'
   * bytes (for the total storage budget, budget.ts). A read of every row's size: asked every so often, not
   * on every write.
   */
  totalUsage(): Promise<number>;
  /**
   * Deletes, in every vault, the objects stored before `before` (seconds since 1970) that
   * no log entry can name: no entry was appended after them. The relay cannot read an
   * entry, but a device appends the entry naming its objects only after they are stored,
   * so an object with no later entry is named by none (an interrupted push). The number
   * deleted.
   */
  collectOrphans(before: number): Promise<number>;
  /**
   * Schedules the vault's deletion for `at` (seconds since 1970), unless one is already
   * scheduled, which then stands (asking again never puts it off). The time it is
   * scheduled for; undefined for an unknown vault.
   */
  scheduleDeletion(id: string, at: number): Promise<number | undefined>;
  /** Cancels the vault's scheduled deletion: true if one was scheduled. */
  cancelDeletion(id: string): Promise<boolean>;
  /** When the vault is scheduled to be deleted, or null. */
  deletionAt(id: string): Promise<number | null>;
  /**
   * Deletes every vault whose deletion was scheduled for `now` or before, each in one
   * transaction: its whole-vault versions, sync objects and log, and its row (the token's
   * hash). A deletion cancelled meanwhile is not done. The number of vaults deleted.
   */
  deleteDueVaults(now: number): Promise<number>;

  // One-time shares: sealed bytes, a count of downloads and an expiry; no vault.

  /** Stores the share, in one transaction, unless its id is taken: true if stored. */
  createShare(share: NewShare, now: number): Promise<boolean>;
  /**
   * Counts one download and answers the bytes, in one transaction that holds the share's
   * row: of concurrent calls, no more get the bytes than downloads were allowed. The last
   * download deletes the share, bytes and all, in the same transaction; a share found
   * expired is deleted and not answered. Undefined for a share used up, expired, revoked
   * or never made: the caller cannot tell which.
   */
  takeShare(id: string, now: number): Promise<Uint8Array | undefined>;
  /** The SHA-256 of the share's revoke token, or undefined for no such share. */
  shareTokenHash(id: string): Promise<Uint8Array | undefined>;
  /** Deletes the share, bytes and all (revoked): true if there was one. */
  deleteShare(id: string): Promise<boolean>;
  /** Deletes every share whose expiry is `now` or before; the number deleted. */
  deleteExpiredShares(now: number): Promise<number>;

  /**
   * One cheap read of the store's tables, to tell whether it answers at all (/health).
   * Never waits behind a write: SQLite asks its reader, PostgreSQL a connection of its own.
   */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** A held object asked about again is counted as new once it is this old (seconds). */
export const TOUCH_SECONDS = 600;
