/**
 * Why a sync step stopped. None of them loses anything: what was not pushed stays
 * queued, what was not pulled is pulled next time.
 */
export type SyncErrorCode =
  /** An object or log entry failed authentication, or is not what its name says. */
  | 'tampered'
  /** The log names an object the relay does not have. */
  | 'missing-object'
  /** The relay's log no longer holds an entry this device has already seen. */
  | 'rolled-back'
  /** Decrypted, authentic, but not a shape this release reads. */
  | 'malformed'
  /** One change is larger than an object may be. */
  | 'too-large'
  /** Other devices kept winning the race to the log head; try again later. */
  | 'contended'
  /**
   * The relay refused an upload because the vault would pass its storage quota (set by
   * whoever runs the relay). Nothing of the refused upload was stored there.
   */
  | 'quota'
  /**
   * The relay as a whole is full (its total storage budget is reached): nothing of the
   * refused upload was stored, and it takes new bytes again once space is freed or added.
   */
  | 'full'
  /** The relay could not be reached, or did not answer. */
  | 'unavailable';

/** What the relay said about a vault's storage, in bytes, with a 'quota' error. */
export interface QuotaDetail {
  readonly used: number;
  readonly quota: number;
}

export class SyncError extends Error {
  override readonly name = 'SyncError';
  constructor(
    readonly code: SyncErrorCode,
    message: string = code,
    /** With 'quota', when the relay said: the vault's bytes and its quota. */
    readonly quota?: QuotaDetail,
  ) {
    super(message);
  }
}

export const isSyncError = (error: unknown, code?: SyncErrorCode): error is SyncError =>
  error instanceof SyncError && (code === undefined || error.code === code);
