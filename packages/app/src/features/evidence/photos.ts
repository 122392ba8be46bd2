import { attachmentChunk, attachmentMeta, type JournalRecord } from '@steady/core';
import type { EvidencePhoto } from '@steady/core/evidence';
import { fromBase64 } from '../../lib/base64.ts';
import type { VaultApi } from '../../vault/api.ts';
import { chunkId } from '../journal/attachments.ts';

/** Every photo any version of these entries names, by id (each read once). */
export function photoIds(records: readonly JournalRecord[]): string[] {
  const ids = new Set<string>();
  for (const record of records) {
    for (const version of record.versions)
      for (const id of version.content.attachments) ids.add(id);
  }
  return [...ids];
}

/**
 * The stored bytes of every photo the entries name, read from the vault as the journal
 * keeps them (a description and its chunks). A photo whose description or any chunk is
 * missing or unreadable is left out, and the package lists it as not kept, rather than
 * carrying part of a photo; `missing` counts them so the person is told.
 */
export async function readPhotos(
  vault: Pick<VaultApi, 'read'>,
  records: readonly JournalRecord[],
): Promise<{ photos: Map<string, EvidencePhoto>; missing: number }> {
  const photos = new Map<string, EvidencePhoto>();
  let missing = 0;
  for (const id of photoIds(records)) {
    const photo = await readPhoto(vault, id);
    if (photo) photos.set(id, photo);
    else missing++;
  }
  return { photos, missing };
}

/** One attachment's stored bytes and description, whole, or undefined (missing, damaged). */
export async function readPhoto(
  vault: Pick<VaultApi, 'read'>,
  id: string,
): Promise<EvidencePhoto | undefined> {
  const read = await vault.read(attachmentMeta, id);
  if (!read?.ok) return undefined;
  const meta = read.value;
  const bytes = new Uint8Array(meta.size);
  let at = 0;
  for (let n = 0; n < meta.chunks; n++) {
    const chunk = await vault.read(attachmentChunk, chunkId(id, n));
    if (!chunk?.ok) return undefined;
    const part = fromBase64(chunk.value);
    if (at + part.length > bytes.length) return undefined;
    bytes.set(part, at);
    at += part.length;
  }
  // Fewer bytes than the description says: damaged, so not passed off as the photo.
  if (at !== meta.size) return undefined;
  return { meta, bytes };
}

/**
 * The digests of an entry's versions, as a package made now would list them, or
 * undefined while a photo or voice note it names is not here (not synced yet, or
 * damaged: a digest without it would match no package). `known`: digests of stored
 * attachments already worked out, by id; those read here are added to it.
 */
export async function versionDigestsOf(
  vault: Pick<VaultApi, 'read'>,
  record: JournalRecord,
  known: Map<string, string> = new Map(),
): Promise<string[] | undefined> {
  const { hexSha256, versionDigests } = await import('@steady/core/evidence');
  for (const id of new Set(record.versions.flatMap((v) => v.content.attachments))) {
    if (known.has(id)) continue;
    const photo = await readPhoto(vault, id);
    if (!photo) return undefined;
    known.set(id, await hexSha256(photo.bytes));
  }
  return versionDigests(record, (id) => known.get(id));
}
