// Encrypted backup files (issue 10): the vault header and every stored record, sealed.
export { BackupError, isBackupError, type BackupErrorCode } from './errors.ts';
export {
  BACKUP_MAGIC,
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  readBackup,
  type BackupContents,
  type BackupReadResult,
  type ParsedBackup,
} from './format.ts';
export { exportBackup, importBackup, type ExportOptions, type ImportOptions } from './backup.ts';
export { newRelayKey, relayIdentity, type RelayIdentity } from './relay-key.ts';
