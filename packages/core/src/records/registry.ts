import { copingIdea } from './coping.ts';
import { attachmentChunk, attachmentMeta, journalEntry } from './journal.ts';
import { dailyCheckIn, freedomOrConnection } from './checkins.ts';
import { formDraft } from './drafts.ts';
import type { RecordKind } from './kind.ts';
import { safetyPlan } from './plan.ts';
import { selfCheckDraft, selfCheckResult } from './selfcheck.ts';
import {
  homeSettings,
  securitySettings,
  serverBackupSettings,
  timestampSettings,
} from './settings.ts';
import { timestampReceipt } from './timestamps.ts';
import { shareLink } from './shares.ts';
import { syncLocal, syncPending, syncRecordState, syncSealedObject } from './sync.ts';
import { hold, ifThenPlan, reminder, unsentMessage, urge, urgeSettings } from './urges.ts';
import { duressState, pendingRecoveryKey } from './vault.ts';

/**
 * Every kind of record the vault holds. A record under a kind not listed here is one
 * a newer release wrote: it is left alone. Two kinds share a stored name only when
 * each holds fixed ids and no id is shared ('settings': 'security', 'serverBackup').
 */
export const RECORD_KINDS: readonly RecordKind<unknown>[] = [
  journalEntry,
  attachmentMeta,
  attachmentChunk,
  safetyPlan,
  urge,
  hold,
  reminder,
  ifThenPlan,
  unsentMessage,
  urgeSettings,
  copingIdea,
  dailyCheckIn,
  freedomOrConnection,
  selfCheckResult,
  selfCheckDraft,
  securitySettings,
  serverBackupSettings,
  homeSettings,
  duressState,
  pendingRecoveryKey,
  formDraft,
  syncLocal,
  syncRecordState,
  syncSealedObject,
  syncPending,
  timestampReceipt,
  timestampSettings,
  shareLink,
];

/** The kind a stored (kind, id) belongs to, if any. */
export function kindFor(kind: string, id: string): RecordKind<unknown> | undefined {
  return RECORD_KINDS.find((k) => k.kind === kind && (k.ids === undefined || k.ids.includes(id)));
}
