export { createApp, type ServerOptions } from './app.ts';
export { startServer, type RunningServer } from './serve.ts';
export { contentSecurityPolicy, securityHeaders, cacheControlFor } from './headers.ts';
export { openBackup, readBackupConfig, type BackupService } from './backup/index.ts';
export { openTimestamps, readTimestampConfig } from './timestamp/index.ts';
