import { attachmentMeta, isVoiceMeta, type JournalRecord, type VoiceMeta } from '@steady/core';
import type { VaultApi } from '../../vault/api.ts';
import { photoIds, readPhoto } from '../evidence/photos.ts';

/** A voice note as the report lists it: its length, typed words and the digest of its bytes. */
export interface ReportVoice {
  readonly meta: VoiceMeta;
  /** SHA-256 of the stored bytes, as the evidence package lists it; null if they cannot be read. */
  readonly sha256: string | null;
}

/**
 * The voice notes any version of these entries names, by id, each with the digest the
 * evidence package gives the same bytes, so the paper and the package can be matched.
 */
export async function readReportVoices(
  vault: Pick<VaultApi, 'read'>,
  records: readonly JournalRecord[],
): Promise<Map<string, ReportVoice>> {
  const voices = new Map<string, ReportVoice>();
  let hash: ((bytes: Uint8Array) => Promise<string>) | undefined;
  for (const id of photoIds(records)) {
    const read = await vault.read(attachmentMeta, id);
    if (!read?.ok || !isVoiceMeta(read.value)) continue;
    const stored = await readPhoto(vault, id);
    if (stored && !hash) hash = (await import('@steady/core/evidence')).hexSha256;
    voices.set(id, {
      meta: read.value,
      sha256: stored && hash ? await hash(stored.bytes) : null,
    });
  }
  return voices;
}
