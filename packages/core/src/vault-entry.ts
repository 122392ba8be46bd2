// What the app needs from the first screen on: to find, create and open the vault, and
// the few kinds it reads while opening. Apart from the main entry (index.ts) so the first
// download holds only this: whatever the main entry re-exports is fetched with it.
export { IndexedDbStore } from './store/indexeddb.ts';
export { isStoreError } from './store/errors.ts';
export { requestPersistence } from './store/persistence.ts';
export {
  createVault,
  resetPassphraseWithRecovery,
  unlock,
  unlockWithRecoveryKey,
  vaultExists,
} from './vault/vault.ts';
export { isVaultError } from './vault/errors.ts';
export { deleteChange, putChange } from './records/kind.ts';
export {
  AUTO_LOCK,
  clampMinutes,
  DEFAULT_SECURITY,
  readSecurity,
  securitySettings,
  serverBackupSettings,
  timestampSettings,
} from './records/settings.ts';
export { dailyCheckIn } from './records/checkins.ts';
export { syncPending } from './records/sync.ts';
export type { Store } from './store/store.ts';
export type { DeriveKey } from './vault/kdf.ts';
export type { OpenVault, ReadPartsOptions } from './vault/open-vault.ts';
export type { DuressMode } from './vault/duress.ts';
export type { CheckedChange, RecordKind } from './records/kind.ts';
export type { SecuritySettings, ServerBackupSettings } from './records/settings.ts';
export type { ConflictCopy } from './sync/state.ts';
