import { isVaultError } from '@steady/core/vault';
import type { PlainKey } from '../../i18n/index.ts';

/** The message a person sees for a failed unlock, recovery or change. */
export function vaultErrorMessage(error: unknown, wrong: PlainKey): PlainKey {
  if (isVaultError(error, 'wrong-passphrase') || isVaultError(error, 'wrong-recovery-key'))
    return wrong;
  if (isVaultError(error, 'malformed-recovery-key')) return 'lock.recoverMalformed';
  if (isVaultError(error, 'passphrase-in-use')) return 'lock.inUse';
  if (isVaultError(error, 'tampered') || isVaultError(error, 'corrupt')) return 'lock.tampered';
  return 'lock.failed';
}

/** An aborted attempt (quick exit, lock) needs no message: the person has left. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
