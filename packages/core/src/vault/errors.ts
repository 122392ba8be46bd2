// Every failure a person can act on is one of these, with a stable `code` the UI maps to a
// message in their language. Anything else thrown out of the vault is a bug. Messages are
// for developers and never contain record kinds, ids or content.

export type VaultErrorCode =
  | 'wrong-passphrase'
  | 'wrong-recovery-key'
  | 'malformed-recovery-key'
  | 'passphrase-in-use'
  | 'tampered'
  | 'corrupt'
  | 'weak-kdf'
  | 'vault-locked'
  | 'no-vault'
  | 'vault-exists';

export abstract class VaultError extends Error {
  abstract readonly code: VaultErrorCode;
}

/** The passphrase opens no slot of this vault (or the header around the slots changed). */
export class WrongPassphraseError extends VaultError {
  override readonly name = 'WrongPassphraseError';
  readonly code = 'wrong-passphrase';
  constructor() {
    super('the passphrase does not open this vault');
  }
}

/** A well-formed recovery key that does not open this vault. */
export class WrongRecoveryKeyError extends VaultError {
  override readonly name = 'WrongRecoveryKeyError';
  readonly code = 'wrong-recovery-key';
  constructor() {
    super('the recovery key does not open this vault');
  }
}

/** Not a recovery key at all: wrong length, a letter outside the alphabet, or a typo. */
export class MalformedRecoveryKeyError extends VaultError {
  override readonly name = 'MalformedRecoveryKeyError';
  readonly code = 'malformed-recovery-key';
  constructor(detail: string) {
    super(`not a recovery key: ${detail}`);
  }
}

/** The new passphrase already opens another slot; two slots must never share one. */
export class PassphraseInUseError extends VaultError {
  override readonly name = 'PassphraseInUseError';
  readonly code = 'passphrase-in-use';
  constructor() {
    super('that passphrase is already in use in this vault');
  }
}

/** Stored bytes failed authentication: changed by someone, or damaged on disk. */
export class TamperedError extends VaultError {
  override readonly name = 'TamperedError';
  readonly code = 'tampered';
  constructor(detail: string) {
    super(`stored data failed authentication: ${detail}`);
  }
}

/** Stored bytes are not in any format this version writes (damaged, or from the future). */
export class CorruptError extends VaultError {
  override readonly name = 'CorruptError';
  readonly code = 'corrupt';
  constructor(detail: string) {
    super(`stored data is malformed: ${detail}`);
  }
}

/** Key-derivation parameters below the floor, whether asked for or found in storage. */
export class WeakKdfError extends VaultError {
  override readonly name = 'WeakKdfError';
  readonly code = 'weak-kdf';
  constructor() {
    super('key-derivation parameters are below the minimum');
  }
}

export class VaultLockedError extends VaultError {
  override readonly name = 'VaultLockedError';
  readonly code = 'vault-locked';
  constructor() {
    super('the vault is locked');
  }
}

export class NoVaultError extends VaultError {
  override readonly name = 'NoVaultError';
  readonly code = 'no-vault';
  constructor() {
    super('there is no vault in this store');
  }
}

export class VaultExistsError extends VaultError {
  override readonly name = 'VaultExistsError';
  readonly code = 'vault-exists';
  constructor() {
    super('a vault already exists in this store');
  }
}

export function isVaultError(error: unknown, code?: VaultErrorCode): error is VaultError {
  return error instanceof VaultError && (code === undefined || error.code === code);
}
