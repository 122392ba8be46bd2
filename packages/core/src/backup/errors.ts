// Every way a backup can be refused, with a stable `code` the UI maps to a message in the
// person's language. Messages are for developers and never contain file contents.

export type BackupErrorCode =
  /** Not a Steady backup at all (wrong magic bytes, empty file). */
  | 'not-a-backup'
  /** A backup written by a newer (or unknown) format version. */
  | 'unsupported-version'
  /** The file ends early: an interrupted download or copy. */
  | 'truncated'
  /** Damaged: the checksum or the structure does not hold. */
  | 'corrupt'
  /** Well-formed, but authentication failed: someone changed it. */
  | 'tampered'
  /** Over the size this version accepts. */
  | 'too-large'
  /** The passphrase does not open the backup. */
  | 'wrong-passphrase'
  /** Export only: the vault given is not the one whose store is being backed up. */
  | 'different-vault';

export class BackupError extends Error {
  override readonly name = 'BackupError';
  readonly code: BackupErrorCode;

  constructor(code: BackupErrorCode, detail: string, options?: { cause?: unknown }) {
    super(`backup refused (${code}): ${detail}`, options);
    this.code = code;
  }
}

export function isBackupError(error: unknown, code?: BackupErrorCode): error is BackupError {
  return error instanceof BackupError && (code === undefined || error.code === code);
}
