import type { Hono } from 'hono';
import { startDeletionSweep, startOrphanSweep, startShareSweep } from './collect.ts';
import { storeHealthCheck, type HealthCheck } from './health.ts';
import { InFlight } from './limits.ts';
import type { BackupConfig } from './config.ts';
import { openPostgresStore } from './postgres.ts';
import { BACKUP_BASE, createBackupApi } from './routes.ts';
import type { BackupStore } from './store.ts';
import type { TimestampService } from '../timestamp/index.ts';

export { BackupConfigError, readBackupConfig, type BackupConfig } from './config.ts';
export { BACKUP_BASE, createBackupApi } from './routes.ts';
export type { BackupStore } from './store.ts';
export { collectDeletedVaults, collectExpiredShares, collectOrphans } from './collect.ts';
export { storeHealthCheck, type HealthCheck, type StoreHealth } from './health.ts';

export interface BackupService {
  /** Routes to mount at BACKUP_BASE. */
  readonly api: Hono;
  readonly store: BackupStore;
  readonly description: string;
  /** Whether the store answers now (shared by /health and /metrics). */
  readonly health: HealthCheck;
  /** Request bodies being received now (for /metrics). */
  uploadsInFlight(): number;
  /** Stops the sweeps (orphans, deleted vaults, expired shares) and closes the store. */
  close(): Promise<void>;
}

/**
 * The relay is set to SQLite, but its driver (better-sqlite3, an optional dependency with
 * a native part) is not installed or was installed without being built.
 */
export class SqliteDriverMissing extends Error {
  override readonly name = 'SqliteDriverMissing';
  constructor(cause: unknown) {
    super(
      'STEADY_BACKUP=sqlite needs the package better-sqlite3, which is not installed or not built here. Run "npm install better-sqlite3 -w @steady/server" (or "npm rebuild better-sqlite3" after an install with --ignore-scripts), or use STEADY_BACKUP=postgres.',
      { cause },
    );
  }
}

/** Whether `error` says the driver's package or its native part could not be loaded. */
function driverMissing(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    code === 'ERR_MODULE_NOT_FOUND' ||
    code === 'MODULE_NOT_FOUND' ||
    code === 'ERR_DLOPEN_FAILED' ||
    (typeof message === 'string' && /Could not locate the bindings file/.test(message))
  );
}

/**
 * The SQLite store, its driver loaded only now: a server with the relay off, or on
 * PostgreSQL, never loads better-sqlite3, so it starts where that is not installed.
 */
async function openSqlite(path: string): Promise<BackupStore> {
  try {
    const { openSqliteStore } = await import('./sqlite.ts');
    return openSqliteStore(path);
  } catch (error) {
    throw driverMissing(error) ? new SqliteDriverMissing(error) : error;
  }
}

/** Opens the configured store and builds the API; undefined when the backup relay is off. */
export async function openBackup(
  config: BackupConfig,
  extra: { readonly timestamps?: TimestampService | undefined } = {},
): Promise<BackupService | undefined> {
  if (config.kind === 'off') return undefined;
  const store =
    config.kind === 'sqlite'
      ? await openSqlite(config.sqlitePath)
      : await openPostgresStore(config.postgresUrl, config.postgresPool);
  const health = storeHealthCheck(store);
  const uploads = new InFlight(config.limits.maxUploads, config.limits.maxUploadsPerIp);
  const api = createBackupApi(store, {
    ...config,
    health,
    uploads,
    timestamps: extra.timestamps,
  });
  const stopOrphans = startOrphanSweep(store, config.limits.orphanHours);
  const stopDeletions = startDeletionSweep(store);
  const stopShares = startShareSweep(store);
  // Where the data is, without a password from the URL.
  const description = config.kind === 'sqlite' ? `SQLite file ${config.sqlitePath}` : 'PostgreSQL';
  return {
    api,
    store,
    health,
    uploadsInFlight: () => uploads.total,
    description: `${description} at ${BACKUP_BASE}`,
    close: async () => {
      stopOrphans();
      stopDeletions();
      stopShares();
      await store.close();
    },
  };
}
