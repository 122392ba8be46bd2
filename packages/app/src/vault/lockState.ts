// What the lock looks like from outside the session: its state, as screens follow it,
// and the small helpers the session uses to move it.

export type VaultStatus = 'checking' | 'none' | 'locked' | 'open';

/**
 * A recovery key shown until the person confirms it: just made at set-up, made anew in
 * Settings, or shown again because an earlier showing was never confirmed.
 */
export interface RecoveryToConfirm {
  readonly key: string;
  readonly reason: 'setup' | 'new' | 'again';
}

/** The lock and what comes with each unlock; a screen follows it with useLockState. */
export interface LockState {
  readonly status: VaultStatus;
  /** A recovery key not yet confirmed (kept encrypted in the vault until it is). */
  readonly recoveryToConfirm: RecoveryToConfirm | null;
  /** A new recovery key made in Settings was confirmed, until the next lock. */
  readonly recoveryReplaced: boolean;
  /** After each unlock, drafts left by a lock are offered back once (DraftOffer). */
  readonly draftOfferDue: boolean;
}

/** Everything that comes with an open vault, as it is while none is open. */
export const CLOSED: Omit<LockState, 'status'> = {
  recoveryToConfirm: null,
  recoveryReplaced: false,
  draftOfferDue: false,
};

/** A thrown check (an invalid value, a locked vault) as a rejected promise, like the rest. */
export function attempt<T>(write: () => Promise<T>): Promise<T> {
  try {
    return write();
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
