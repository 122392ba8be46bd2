// Everything the backup screens need, in one chunk loaded on first use.
export { BackupSettings } from './BackupSettings.tsx';
export { RestoreScreen } from './RestoreScreen.tsx';
