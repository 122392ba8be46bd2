import type { StoreOp } from '../store/store.ts';
import type { RecordKeys } from './keys.ts';
import { sealRecord, storageName } from './records.ts';

/*
 * A recovery key the person has not yet confirmed writing down. It is kept in the
 * vault, encrypted like any record, from the moment the key starts to work (in the same
 * transaction as the header that makes it work), so a reload, a closed tab or a quick
 * exit on the recovery-key screen cannot lose it: every unlock shows it again until the
 * person confirms it, and the record goes then.
 */
export const PENDING_RECOVERY_KIND = 'steady.vault.recovery-pending';
export const PENDING_RECOVERY_ID = 'current';

const RECOVERY_TEXT = /^[0-9A-Z]{4}(?:-[0-9A-Z]{1,4})+$/;

/** The store operation that keeps `text` as the key still to confirm. */
export async function pendingRecoveryOp(keys: RecordKeys, text: string): Promise<StoreOp> {
  const name = await storageName(keys, PENDING_RECOVERY_KIND, PENDING_RECOVERY_ID);
  const data = await sealRecord(keys, name, PENDING_RECOVERY_ID, { key: text });
  return { op: 'put', ...name, data };
}

/** The key kept by pendingRecoveryOp, or null when there is none or it is not one. */
export function readPendingRecovery(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const key = (value as { key?: unknown }).key;
  return typeof key === 'string' && RECOVERY_TEXT.test(key) ? key : null;
}
