import type { JournalRecord } from '@steady/core';
import type { Manifest } from '@steady/core/evidence';
import type { Locale, Translate } from '../../i18n/index.ts';
import type { VaultApi } from '../../vault/api.ts';
import { formatInstant } from '../../lib/dates.ts';
import { readPhotos } from './photos.ts';

export interface MadePackage {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly manifest: Manifest;
  /** Photos and voice notes that could not be read, so are not in it (it says so). */
  readonly missing: number;
  readonly madeAt: Date;
}

/**
 * The evidence package of these entries (every version) with their photos and voice
 * notes and the sheet on how to check it, as one .zip: what is downloaded, or sealed
 * and shared through the relay.
 */
export async function makeEvidencePackage(
  vault: VaultApi,
  records: readonly JournalRecord[],
  t: Translate,
  locale: Locale,
): Promise<MadePackage> {
  const [{ buildPackage }, { photos, missing }] = await Promise.all([
    import('@steady/core/evidence'),
    readPhotos(vault, records),
  ]);
  const madeAt = new Date();
  const iso = madeAt.toISOString();
  const { bytes, manifest } = await buildPackage({
    entries: records,
    photos,
    madeAt: iso,
    howToCheck: {
      name: t('evidence.sheet.name'),
      text: t('evidence.sheet.text', { madeAt: formatInstant(iso, locale) }),
    },
  });
  return { bytes: new Uint8Array(bytes), manifest, missing, madeAt };
}
