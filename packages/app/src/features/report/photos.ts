import { isVoiceMeta, type JournalRecord } from '@steady/core';
import type { VaultApi } from '../../vault/api.ts';
import { photoIds, readPhoto } from '../evidence/photos.ts';

/** A photo as the report prints it: shown from its decrypted bytes, with their digest. */
export interface ReportPhoto {
  /** A blob: address of the decrypted bytes, for this screen only (revoke when done). */
  readonly url: string;
  /** SHA-256 of the stored bytes, as the evidence package lists it. */
  readonly sha256: string;
}

/**
 * The photos any version of these entries names, by id, read from the vault only when
 * the person asks for them on paper. A photo that cannot be read is left out here; the
 * entry then says how many it keeps that are not printed. `voices`: the voice notes
 * already read for the report (readReportVoices), whose bytes are not read again here.
 */
export async function readReportPhotos(
  vault: Pick<VaultApi, 'read'>,
  records: readonly JournalRecord[],
  voices: ReadonlyMap<string, unknown>,
): Promise<Map<string, ReportPhoto>> {
  const { hexSha256 } = await import('@steady/core/evidence');
  const photos = new Map<string, ReportPhoto>();
  for (const id of photoIds(records)) {
    if (voices.has(id)) continue;
    const stored = await readPhoto(vault, id);
    if (!stored || isVoiceMeta(stored.meta)) continue;
    const blob = new Blob([stored.bytes as Uint8Array<ArrayBuffer>], { type: stored.meta.type });
    photos.set(id, { url: URL.createObjectURL(blob), sha256: await hexSha256(stored.bytes) });
  }
  return photos;
}

export function revokePhotos(photos: ReadonlyMap<string, ReportPhoto>): void {
  for (const { url } of photos.values()) URL.revokeObjectURL(url);
}
