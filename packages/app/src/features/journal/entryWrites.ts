import { journalEntry, putChange, type JournalRecord } from '@steady/core';
import type { VaultApi } from '../../vault/api.ts';
import type { PendingImage } from './AttachmentPicker.tsx';
import {
  attachmentDeletes,
  attachmentWrites,
  voiceWrites,
  type PendingVoice,
  type VaultChange,
} from './attachments.ts';

/**
 * The writes that save an entry: the photos and voice notes not yet in the vault, the
 * entry itself, and the removal of `orphans` (attachments that belong to nothing now).
 */
export async function entryWrites(
  vault: VaultApi,
  entry: JournalRecord,
  images: readonly PendingImage[],
  voices: readonly PendingVoice[],
  orphans: readonly string[],
): Promise<VaultChange[]> {
  const changes: VaultChange[] = [];
  for (const image of images) changes.push(...(await attachmentWrites(image.id, image.image)));
  for (const note of voices) changes.push(...(await voiceWrites(note)));
  changes.push(putChange(journalEntry, entry.id, entry));
  changes.push(...(await attachmentDeletes(vault, orphans)));
  return changes;
}
