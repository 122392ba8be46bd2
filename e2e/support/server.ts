import {
  openBackup,
  openTimestamps,
  readBackupConfig,
  readTimestampConfig,
  startServer,
  type RunningServer,
} from '@steady/server';
import { APP_DIST } from './paths.ts';

export async function startAppServer(publicConfig?: unknown): Promise<RunningServer> {
  const server = await startServer({ staticDir: APP_DIST, port: 0, publicConfig });
  // 127.0.0.1 rather than localhost: one origin for every request in a test.
  return { ...server, url: `http://127.0.0.1:${server.port}` };
}

/** The app with the backup relay on, storing in a real SQLite file at `sqlitePath`. */
export function startAppServerWithRelay(sqlitePath: string): Promise<RunningServer> {
  return startAppServerWithRelayConfig({
    STEADY_BACKUP: 'sqlite',
    STEADY_BACKUP_SQLITE: sqlitePath,
  });
}

/** The app with the backup relay on, configured as an operator would (STEADY_BACKUP_*). */
export async function startAppServerWithRelayConfig(
  env: Record<string, string>,
): Promise<RunningServer> {
  const backupConfig = readBackupConfig(env);
  // STEADY_TSA=on: the relay signs RFC 3161 timestamps too, with a key made beside the file.
  const timestamps = await openTimestamps(readTimestampConfig(env, backupConfig));
  const backup = await openBackup(backupConfig, { timestamps });
  if (!backup) throw new Error('the backup relay did not start');
  const server = await startServer({ staticDir: APP_DIST, port: 0, backupApi: backup.api });
  return {
    ...server,
    url: `http://127.0.0.1:${server.port}`,
    async close() {
      await server.close();
      await backup.store.close();
    },
  };
}
