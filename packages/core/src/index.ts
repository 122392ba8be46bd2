// The public entry of @steady/core. The app and the server import only from here (the
// app's first screen from '@steady/core/vault', which this entry includes whole).
export * from './vault-entry.ts';
export type { StoreEntry, StoreOp, StoreRecord, StoredBytes } from './store/store.ts';
export { StoreError, type StoreErrorCode } from './store/errors.ts';
export { MemoryStore, type MemorySnapshot } from './store/memory.ts';
export { type PersistenceResult } from './store/persistence.ts';
export {
  DEFAULT_KDF,
  FALLBACK_KDF,
  MIN_ARGON2,
  MIN_PBKDF2_ITERATIONS,
  assertKdfParams,
  deriveKeyBytes,
  judgeKdfParams,
  type KdfParams,
  type KdfVerdict,
} from './vault/kdf.ts';
export type { CreateVaultOptions, CreatedVault, UnlockOptions } from './vault/vault.ts';
export type { ReadPartsOptions, VaultEntry } from './vault/open-vault.ts';
export type { VaultChange } from './vault/change.ts';
export type { CredentialOptions } from './vault/credentials.ts';
export type { SlotRole } from './vault/keyslots.ts';
export { VAULT_HEADER_KEY } from './vault/header-io.ts';
export {
  CorruptError,
  MalformedRecoveryKeyError,
  NoVaultError,
  PassphraseInUseError,
  TamperedError,
  VaultError,
  VaultExistsError,
  VaultLockedError,
  WeakKdfError,
  WrongPassphraseError,
  WrongRecoveryKeyError,
  type VaultErrorCode,
} from './vault/errors.ts';
export * from './help/common.ts';
export * from './model/index.ts';
export * from './insight/index.ts';
export * from './urges/index.ts';
export * from './plan/index.ts';
// Backup files: import from '@steady/core/backup', so the app loads them only when asked.
export * from './calm/index.ts';
export * from './progress/index.ts';
export * from './schema/index.ts';
export * from './records/index.ts';
export * from './selfcheck/index.ts';
// Sync's own code is its own entry (@steady/core/sync), out of the app's first download;
// the types screens need come from here too.
export type { RecordView } from './sync/state.ts';
