import type { Hono } from 'hono';
import { startDeletionSweep, startOrphanSweep } from './collect.ts';
import { storeHealthCheck, type HealthCheck } from './health.ts';
import { InFlight } from './limits.ts';
import type { BackupConfig } from './config.ts';
import { openPostgresStore } from './postgres.ts';
import { BACKUP_BASE, createBackupApi } from './routes.ts';
import { openSqliteStore } from './sqlite.ts';
import type { BackupStore } from './store.ts';
import type { TimestampService } from '../timestamp/index.ts';

export { BackupConfigError, readBackupConfig, type BackupConfig } from './config.ts';
export { BACKUP_BASE, createBackupApi } from './routes.ts';
export type { BackupStore } from './store.ts';
export { collectDeletedVaults, collectOrphans } from './collect.ts';
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
  /** Stops the sweeps (orphans, deleted vaults) and closes the store. */
  close(): Promise<void>;
}

/** Opens the configured store and builds the API; undefined when the backup relay is off. */
export async function openBackup(
  config: BackupConfig,
  extra: { readonly timestamps?: TimestampService | undefined } = {},
): Promise<BackupService | undefined> {
  if (config.kind === 'off') return undefined;
  const store =
    config.kind === 'sqlite'
      ? openSqliteStore(config.sqlitePath)
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
      await store.close();
    },
  };
}
