import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DeploymentConfig } from '@steady/core/help';
import { ConfigError, DEPLOYMENT_CONFIG_FILE, loadDeploymentConfig } from './config/load.ts';
import { startServer } from './serve.ts';
import {
  BACKUP_BASE,
  BackupConfigError,
  openBackup,
  readBackupConfig,
  SqliteDriverMissing,
} from './backup/index.ts';
import {
  createMetrics,
  MetricsConfigError,
  readMetricsConfig,
  type MetricsConfig,
} from './metrics.ts';
import { readTimeouts, TimeoutConfigError, type HttpTimeouts } from './timeouts.ts';
import {
  openTimestamps,
  readTimestampConfig,
  TimestampConfigError,
  type TimestampConfig,
} from './timestamp/index.ts';

// Requests are never logged: a path or query could say something about the person.
const here = dirname(fileURLToPath(import.meta.url));
const staticDir = resolve(process.env.STEADY_STATIC_DIR ?? resolve(here, '../../app/dist'));
const port = Number(process.env.PORT ?? 8080);
const hostname = process.env.HOST ?? '127.0.0.1';
const configFile = resolve(process.env.STEADY_CONFIG ?? DEPLOYMENT_CONFIG_FILE);

// The deployment file is checked before anything listens: a wrong phone number
// or quick-exit address must stop the server, not reach someone in danger.
let config: DeploymentConfig;
try {
  config = await loadDeploymentConfig(configFile);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`Steady did not start: the deployment file needs fixing.\n${error.message}`);
  process.exit(1);
}
console.log(
  existsSync(configFile)
    ? `Steady: deployment settings from ${configFile}`
    : `Steady: no deployment file at ${configFile}; using the defaults`,
);

if (!existsSync(resolve(staticDir, 'index.html'))) {
  console.error(`Steady: no built app in ${staticDir}. Run "npm run build" first.`);
  process.exit(1);
}

// Only what the app needs to show, and where its backups go when that is another server.
const backupOrigin = config.backupServer ? new URL(config.backupServer).origin : undefined;
const publicConfig = {
  defaultLocale: config.defaultLocale,
  defaultCountry: config.defaultCountry,
  quickExitUrl: config.quickExitUrl,
  localServices: config.localServices,
  backupServer: backupOrigin,
};

// The optional backup relay is set from the environment (backup/config.ts), not the file,
// and so are the server's timeouts (timeouts.ts).
let backupConfig;
let timeouts: HttpTimeouts;
let metricsConfig: MetricsConfig;
let timestampConfig: TimestampConfig;
try {
  timeouts = readTimeouts(process.env);
  metricsConfig = readMetricsConfig(process.env);
  backupConfig = readBackupConfig(process.env);
  timestampConfig = readTimestampConfig(process.env, backupConfig);
} catch (error) {
  if (
    !(error instanceof BackupConfigError) &&
    !(error instanceof TimeoutConfigError) &&
    !(error instanceof MetricsConfigError) &&
    !(error instanceof TimestampConfigError)
  ) {
    throw error;
  }
  const which =
    error instanceof BackupConfigError
      ? 'backup'
      : error instanceof TimestampConfigError
        ? 'timestamp'
        : 'server';
  console.error(`Steady did not start: the ${which} settings need fixing.\n${error.message}`);
  process.exit(1);
}
// Off unless the operator turns it on (README: STEADY_TSA); a wrong key or certificate
// stops start-up, as a wrong setting does.
let timestamps;
try {
  timestamps = await openTimestamps(timestampConfig);
} catch (error) {
  if (!(error instanceof TimestampConfigError)) throw error;
  console.error(`Steady did not start: the timestamp settings need fixing.\n${error.message}`);
  process.exit(1);
}
const backup = await openBackup(backupConfig, { timestamps }).catch((error: unknown) => {
  if (!(error instanceof SqliteDriverMissing)) throw error;
  console.error(`Steady did not start: ${error.message}`);
  process.exit(1);
});
if (backup) console.log(`Steady: backup relay on, storing in ${backup.description}`);
if (timestamps) {
  console.log(
    `Steady: timestamps on at ${BACKUP_BASE}/timestamp, ${timestamps.description}, SHA-256 fingerprint ${timestamps.fingerprint}`,
  );
}

// Off unless the operator turns them on (README: STEADY_METRICS).
const metrics = metricsConfig.enabled
  ? createMetrics(metricsConfig, {
      storeHealth: backup?.health,
      uploadsInFlight: backup?.uploadsInFlight,
    })
  : undefined;

const server = await startServer({
  staticDir,
  port,
  hostname,
  timeouts,
  publicConfig,
  backupApi: backup?.api,
  storeHealth: backup?.health,
  metrics,
  // The page may talk to that server too, and to no other (connect-src).
  backupOrigin,
});
if (metrics) {
  console.log(`Steady: metrics at /metrics${metricsConfig.token ? ' (with a bearer token)' : ''}`);
}
console.log(`Steady is running at ${server.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server
      .close()
      .then(() => backup?.close())
      .then(() => process.exit(0));
  });
}
