import { receiptId, type JournalRecord, type TimestampReceipt } from '@steady/core';
import type { EvidenceReceipt, Manifest } from '@steady/core/evidence';
import { fromBase64 } from '../../lib/base64.ts';
import type { Locale, Translate } from '../../i18n/index.ts';
import type { VaultApi } from '../../vault/api.ts';
import { formatInstant } from '../../lib/dates.ts';
import { detailRows } from '../journal/form.ts';
import { readPhotos } from './photos.ts';

export interface MadePackage {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly manifest: Manifest;
  /** Photos and voice notes that could not be read, so are not in it (it says so). */
  readonly missing: number;
  readonly madeAt: Date;
}

/** The receipts of the entries' versions, their tokens as bytes, by entry id. */
function packageReceipts(
  records: readonly JournalRecord[],
  receipts: ReadonlyMap<string, TimestampReceipt>,
): Map<string, EvidenceReceipt[]> {
  const out = new Map<string, EvidenceReceipt[]>();
  for (const record of records) {
    const list = record.versions.flatMap((_, version) => {
      const receipt = receipts.get(receiptId(record.id, version));
      return receipt ? [{ version, token: fromBase64(receipt.token) }] : [];
    });
    if (list.length > 0) out.set(record.id, list);
  }
  return out;
}

/**
 * The details for a court or advocate of each entry that has some, for the sheet, in the
 * order the entries were written; '' when none has any.
 */
function detailsSheet(records: readonly JournalRecord[], t: Translate, locale: Locale): string {
  const parts = [...records]
    .sort((a, b) => (a.writtenAt < b.writtenAt ? -1 : a.writtenAt > b.writtenAt ? 1 : 0))
    .flatMap((record) => {
      const rows = detailRows(record.versions.at(-1)?.content.details);
      if (rows.length === 0) return [];
      const lines = rows.map(
        (row) => `- ${t(row.label)}\n  ${row.text ?? (row.answer ? t(row.answer) : '')}`,
      );
      const when = formatInstant(record.writtenAt, locale);
      return [`\n${t('evidence.sheet.entry', { when })}\n${lines.join('\n')}\n`];
    });
  return parts.length === 0 ? '' : t('evidence.sheet.details') + parts.join('');
}

/**
 * The evidence package of these entries (every version) with their photos and voice
 * notes and the sheet on how to check it, as one .zip: what is downloaded, or sealed
 * and shared through the relay. Each trusted timestamp's receipt (by receipt id) goes in
 * beside its version.
 */
export async function makeEvidencePackage(
  vault: VaultApi,
  records: readonly JournalRecord[],
  receipts: ReadonlyMap<string, TimestampReceipt>,
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
    receipts: packageReceipts(records, receipts),
    photos,
    madeAt: iso,
    howToCheck: {
      name: t('evidence.sheet.name'),
      text:
        t('evidence.sheet.text', { madeAt: formatInstant(iso, locale) }) +
        detailsSheet(records, t, locale),
    },
  });
  return { bytes: new Uint8Array(bytes), manifest, missing, madeAt };
}
