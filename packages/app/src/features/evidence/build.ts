import { receiptId, type JournalRecord, type TimestampReceipt } from '@steady/core';
import type { chainOrder, EvidenceReceipt, Manifest, ManifestEntry } from '@steady/core/evidence';
import type { ReportPdf } from '../report/reportPdf.ts';
import { groupHex } from './format.ts';
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
  /**
   * The report as a PDF inside it: 'in' (with `photosLeftOut` photos it could not
   * draw), 'failed' (the package is whole without it), or 'none' (none was asked for).
   */
  readonly pdf: 'in' | 'failed' | 'none';
  readonly photosLeftOut: number;
}

/**
 * The report on screen as a PDF with numbered pages, each entry with the digest of its
 * current version as the package lists it; null if it cannot be made.
 */
async function printedPdf(
  printed: HTMLElement,
  entries: readonly ManifestEntry[],
  t: Translate,
): Promise<ReportPdf | null> {
  try {
    const { reportPdf } = await import('../report/reportPdf.ts');
    const digests = new Map(entries.map((entry) => [entry.id, entry.versions.at(-1)]));
    return await reportPdf(printed, {
      footer: (page, pages) => t('evidence.pdf.page', { page, pages }),
      digestLine: (id) => {
        const digest = digests.get(id);
        return digest ? t('evidence.pdf.digest', { digest: groupHex(digest) }) : null;
      },
    });
  } catch {
    // Said on screen: the package is made without it.
    return null;
  }
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
 * package's own order (`order`: the chain's); '' when none has any.
 */
function detailsSheet(
  records: readonly JournalRecord[],
  order: typeof chainOrder,
  t: Translate,
  locale: Locale,
): string {
  const parts = [...records].sort(order).flatMap((record) => {
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
 * beside its version. `printed`: the report as the person sees it (its `.report-doc`),
 * carried as a PDF to read and print; the check covers the entries themselves.
 */
export async function makeEvidencePackage(
  vault: VaultApi,
  records: readonly JournalRecord[],
  receipts: ReadonlyMap<string, TimestampReceipt>,
  t: Translate,
  locale: Locale,
  printed: HTMLElement | null = null,
): Promise<MadePackage> {
  const [{ buildPackage, chainOrder }, { photos, missing }] = await Promise.all([
    import('@steady/core/evidence'),
    readPhotos(vault, records),
  ]);
  // Made inside buildPackage, once the entries' digests are known.
  const report: { pdf: ReportPdf | null } = { pdf: null };
  const madeAt = new Date();
  const iso = madeAt.toISOString();
  const { bytes, manifest } = await buildPackage({
    entries: records,
    receipts: packageReceipts(records, receipts),
    photos,
    extra: async (entries) => {
      if (!printed) return [];
      report.pdf = await printedPdf(printed, entries, t);
      return report.pdf ? [{ name: t('evidence.pdf.name'), bytes: report.pdf.bytes }] : [];
    },
    madeAt: iso,
    howToCheck: {
      name: t('evidence.sheet.name'),
      text:
        t('evidence.sheet.text', { madeAt: formatInstant(iso, locale) }) +
        detailsSheet(records, chainOrder, t, locale),
    },
  });
  const made = report.pdf;
  return {
    bytes: new Uint8Array(bytes),
    manifest,
    missing,
    madeAt,
    pdf: made ? 'in' : printed ? 'failed' : 'none',
    photosLeftOut: made?.photosLeftOut ?? 0,
  };
}
