import { isStoreError } from '@steady/core';
import { isBackupError } from '@steady/core/backup';
import type { PlainKey } from '../../i18n/index.ts';

/** The message a person sees for a refused restore: each says that nothing changed. */
export function restoreErrorMessage(error: unknown): PlainKey {
  if (isBackupError(error)) return `backup.error.${error.code}`;
  if (isStoreError(error, 'store-conflict')) return 'backup.error.changed';
  return 'backup.error.failed';
}
