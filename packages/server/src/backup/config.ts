// The backup relay's settings come from the environment only, so the shared
// deployment file (and core's validator for it) stays about what the app shows.
// Every value is checked before anything listens; a wrong one stops start-up.

export type BackupStoreKind = 'sqlite' | 'postgres';

export interface BackupLimits {
  /** Largest ciphertext one PUT may store, in bytes. */
  readonly maxBlobBytes: number;
  /** The newest versions kept per vault, whatever their age (retention.ts). */
  readonly keepVersions: number;
  /** Besides: the oldest version of each of the last this many days (0: none). */
  readonly keepDaily: number;
  /** And the oldest version of each of the last this many weeks (0: none). */
  readonly keepWeekly: number;
  /** No version younger than this many hours is ever pruned (0: no delay). */
  readonly keepHours: number;
  /**
   * Hours between a DELETE of a vault with its token and the sweep deleting it; until
   * then the same token can cancel it.
   */
  readonly deleteDelayHours: number;
  /** Token bucket per vault id: requests per minute and the burst allowed. */
  readonly vaultPerMinute: number;
  readonly vaultBurst: number;
  /** Token bucket per client address. */
  readonly ipPerMinute: number;
  readonly ipBurst: number;
  /** New vaults one client address may create per day. */
  readonly vaultsPerIpPerDay: number;
  /** New one-time shares one client address may make per day. */
  readonly sharesPerIpPerDay: number;
  /** Sync v2: largest sealed object one PUT may store, in bytes. */
  readonly maxObjectBytes: number;
  /** Sync v2: largest sealed log entry, in bytes. */
  readonly maxEntryBytes: number;
  /**
   * Sync v2: token bucket per vault id for its requests, apart from whole-vault backups.
   * One object is one request, so the burst lets one full batch (1,000 objects) through.
   */
  /**
   * Sync v2: largest body of one batch of objects (POST /v2/:id/objects), in bytes, and
   * the most one batch read (POST /v2/:id/objects/get) answers with (one object always
   * goes). At least one largest object and its frame.
   */
  readonly maxBatchBytes: number;
  readonly syncPerMinute: number;
  readonly syncBurst: number;
  /**
   * Request bodies being received at once, in all and from one client address; past
   * either, a request is answered 503 with Retry-After before its body is read. With
   * the largest body of each, this bounds the memory that unfinished uploads can hold.
   */
  readonly maxUploads: number;
  readonly maxUploadsPerIp: number;
  /** Seconds a body may go without a byte arriving before the connection is closed. */
  readonly bodyIdleSeconds: number;
  /**
   * Sync v2: bytes one vault may hold (its objects, log entries and whole-vault versions).
   * An object, batch or log entry that would pass it is refused (507), nothing stored.
   * Set in MiB, as STEADY_BACKUP_VAULT_QUOTA_MB.
   */
  readonly vaultQuotaBytes: number;
  /**
   * Bytes all vaults together may hold (0: no total budget). Once they hold this many, a
   * write that would add bytes is refused (507, storage_full) and reads, deletions and
   * writes that add nothing still work (budget.ts). Set in MiB, as STEADY_BACKUP_TOTAL_MB.
   */
  readonly totalBytes: number;
  /**
   * Seconds the total the budget is checked against may be old: it is read from the store
   * (so every instance on one database sees the same) at most this often.
   */
  readonly totalCheckSeconds: number;
  /**
   * Sync v2: hours an object no log entry names (an interrupted push) is kept before the
   * sweep collects it; a push still under way has this long to append its entry.
   */
  readonly orphanHours: number;
}

/**
 * An object's plaintext is at most 4 MiB (core's MAX_OBJECT_BYTES); Padmé rounds 4 MiB
 * and its padding marker up to 4 MiB + 128 KiB; the envelope adds 2 header bytes, a
 * 12-byte IV and a 16-byte tag.
 */
export const DEFAULT_MAX_OBJECT_BYTES = 4 * 1024 * 1024 + 128 * 1024 + 30;

export interface BackupOptions {
  readonly limits: BackupLimits;
  /** The app's origin when it is served from another one; CORS is answered for it alone. */
  readonly appOrigin?: string | undefined;
  /** Take the client address from the last X-Forwarded-For entry (behind one reverse proxy). */
  readonly trustProxy: boolean;
}

export type BackupConfig =
  | { readonly kind: 'off' }
  | (BackupOptions & { readonly kind: 'sqlite'; readonly sqlitePath: string })
  | (BackupOptions & {
      readonly kind: 'postgres';
      readonly postgresUrl: string;
      /** Connections each instance opens for its writes and reads (STEADY_BACKUP_PG_POOL). */
      readonly postgresPool: number;
    });

/** Connections per instance: enough that concurrent commits share a WAL flush. */
export const DEFAULT_PG_POOL = 20;

const MIB = 1024 * 1024;

export const DEFAULT_LIMITS: BackupLimits = {
  maxBlobBytes: 16 * 1024 * 1024,
  keepVersions: 10,
  keepDaily: 30,
  keepWeekly: 52,
  keepHours: 72,
  deleteDelayHours: 72,
  vaultPerMinute: 30,
  vaultBurst: 20,
  ipPerMinute: 120,
  ipBurst: 60,
  vaultsPerIpPerDay: 20,
  sharesPerIpPerDay: 50,
  maxObjectBytes: DEFAULT_MAX_OBJECT_BYTES,
  // 1,000 object names of 32 hex digits as JSON, padded and sealed, fit with room.
  maxEntryBytes: 128 * 1024,
  maxBatchBytes: 16 * 1024 * 1024,
  syncPerMinute: 3000,
  syncBurst: 1500,
  // The app sends up to 6 requests at once (core's httpRelay.ts); 64 of the largest
  // bodies (16 MiB) are 1 GiB at most.
  maxUploads: 64,
  maxUploadsPerIp: 8,
  bodyIdleSeconds: 30,
  vaultQuotaBytes: 1024 * MIB,
  totalBytes: 0,
  totalCheckSeconds: 30,
  orphanHours: 48,
};

/** Bytes a batch frame adds to its object (core's FRAME_OVERHEAD). */
const BATCH_FRAME_BYTES = 20;

export const DEFAULT_SQLITE_PATH = 'steady-backup.sqlite';

export class BackupConfigError extends Error {
  override readonly name = 'BackupConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

const LIMIT_VARIABLES: ReadonlyArray<readonly [keyof BackupLimits, string, number]> = [
  ['maxBlobBytes', 'STEADY_BACKUP_MAX_BYTES', 1024 * 1024 * 1024],
  ['keepVersions', 'STEADY_BACKUP_KEEP_VERSIONS', 1000],
  ['vaultPerMinute', 'STEADY_BACKUP_VAULT_PER_MINUTE', 1_000_000],
  ['vaultBurst', 'STEADY_BACKUP_VAULT_BURST', 1_000_000],
  ['ipPerMinute', 'STEADY_BACKUP_IP_PER_MINUTE', 1_000_000],
  ['ipBurst', 'STEADY_BACKUP_IP_BURST', 1_000_000],
  ['vaultsPerIpPerDay', 'STEADY_BACKUP_VAULTS_PER_IP_PER_DAY', 1_000_000],
  ['sharesPerIpPerDay', 'STEADY_BACKUP_SHARES_PER_IP_PER_DAY', 1_000_000],
  ['maxObjectBytes', 'STEADY_BACKUP_MAX_OBJECT_BYTES', 64 * 1024 * 1024],
  ['maxEntryBytes', 'STEADY_BACKUP_MAX_ENTRY_BYTES', 16 * 1024 * 1024],
  ['maxBatchBytes', 'STEADY_BACKUP_MAX_BATCH_BYTES', 1024 * 1024 * 1024],
  ['syncPerMinute', 'STEADY_BACKUP_SYNC_PER_MINUTE', 1_000_000],
  ['syncBurst', 'STEADY_BACKUP_SYNC_BURST', 1_000_000],
  ['maxUploads', 'STEADY_BACKUP_MAX_UPLOADS', 100_000],
  ['maxUploadsPerIp', 'STEADY_BACKUP_MAX_UPLOADS_PER_IP', 100_000],
  ['bodyIdleSeconds', 'STEADY_BACKUP_BODY_IDLE_SECONDS', 86_400],
  ['orphanHours', 'STEADY_BACKUP_ORPHAN_HOURS', 87_600],
  ['deleteDelayHours', 'STEADY_BACKUP_DELETE_DELAY_HOURS', 87_600],
  ['totalCheckSeconds', 'STEADY_BACKUP_TOTAL_CHECK_SECONDS', 3600],
];

/** Limits that may also be 0 (turned off). */
const ZERO_OR_MORE: ReadonlyArray<readonly [keyof BackupLimits, string, number]> = [
  ['keepDaily', 'STEADY_BACKUP_KEEP_DAILY', 3660],
  ['keepWeekly', 'STEADY_BACKUP_KEEP_WEEKLY', 520],
  ['keepHours', 'STEADY_BACKUP_KEEP_HOURS', 87_600],
];

function positiveInteger(env: Env, name: string, fallback: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^[1-9]\d*$/.test(raw.trim()) || Number(raw) > max) {
    throw new BackupConfigError(`${name}: must be a whole number from 1 to ${max} (got "${raw}")`);
  }
  return Number(raw);
}

function wholeNumber(env: Env, name: string, fallback: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^(0|[1-9]\d*)$/.test(raw.trim()) || Number(raw) > max) {
    throw new BackupConfigError(`${name}: must be a whole number from 0 to ${max} (got "${raw}")`);
  }
  return Number(raw);
}

function origin(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new BackupConfigError(`${name}: not a URL (got "${raw}")`);
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new BackupConfigError(`${name}: must be an https:// origin`);
  }
  if (url.origin !== raw.replace(/\/$/, '')) {
    throw new BackupConfigError(`${name}: must be an origin only, like https://app.example.org`);
  }
  return url.origin;
}

/** Reads STEADY_BACKUP and its companions; throws BackupConfigError naming the variable. */
export function readBackupConfig(env: Env = process.env): BackupConfig {
  const kind = (env.STEADY_BACKUP ?? 'off').trim().toLowerCase();
  if (kind === 'off' || kind === '') return { kind: 'off' };
  if (kind !== 'sqlite' && kind !== 'postgres') {
    throw new BackupConfigError(`STEADY_BACKUP: must be sqlite, postgres or off (got "${kind}")`);
  }
  const limits = { ...DEFAULT_LIMITS };
  for (const [key, name, max] of LIMIT_VARIABLES) {
    limits[key] = positiveInteger(env, name, DEFAULT_LIMITS[key], max);
  }
  for (const [key, name, max] of ZERO_OR_MORE) {
    limits[key] = wholeNumber(env, name, DEFAULT_LIMITS[key], max);
  }
  const quotaMb = positiveInteger(
    env,
    'STEADY_BACKUP_VAULT_QUOTA_MB',
    DEFAULT_LIMITS.vaultQuotaBytes / MIB,
    1024 * 1024,
  );
  limits.vaultQuotaBytes = quotaMb * MIB;
  // 0 or unset: no total budget. At most 1 EiB, well inside a double's exact integers.
  limits.totalBytes = wholeNumber(env, 'STEADY_BACKUP_TOTAL_MB', 0, 1024 ** 4) * MIB;
  const oneObject = limits.maxObjectBytes + BATCH_FRAME_BYTES;
  // Unset, the batch limit grows to hold one largest object; set, it must hold one.
  if (!env.STEADY_BACKUP_MAX_BATCH_BYTES?.trim()) {
    limits.maxBatchBytes = Math.max(limits.maxBatchBytes, oneObject);
  }
  if (limits.maxBatchBytes < oneObject) {
    throw new BackupConfigError(
      `STEADY_BACKUP_MAX_BATCH_BYTES: must hold one largest object and its frame, at least ${oneObject}`,
    );
  }
  const trust = (env.STEADY_BACKUP_TRUST_PROXY ?? '0').trim();
  if (trust !== '0' && trust !== '1') {
    throw new BackupConfigError(`STEADY_BACKUP_TRUST_PROXY: must be 0 or 1 (got "${trust}")`);
  }
  const options: BackupOptions = {
    limits,
    appOrigin: origin(env, 'STEADY_BACKUP_APP_ORIGIN'),
    trustProxy: trust === '1',
  };
  if (kind === 'sqlite') {
    const sqlitePath = env.STEADY_BACKUP_SQLITE?.trim() || DEFAULT_SQLITE_PATH;
    return { ...options, kind, sqlitePath };
  }
  const postgresUrl = env.STEADY_BACKUP_PG?.trim();
  if (!postgresUrl || !/^postgres(ql)?:\/\//.test(postgresUrl)) {
    throw new BackupConfigError(
      'STEADY_BACKUP_PG: must be a postgres:// connection URL when STEADY_BACKUP=postgres',
    );
  }
  const postgresPool = positiveInteger(env, 'STEADY_BACKUP_PG_POOL', DEFAULT_PG_POOL, 1000);
  return { ...options, kind, postgresUrl, postgresPool };
}
