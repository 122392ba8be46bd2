import type { EntryContent, TimestampReceipt } from '@steady/core';
import { useShell } from '../../shell/context.ts';
import { groupHex } from '../evidence/format.ts';
import { formatDay, formatInstant, formatLength } from '../journal/data.ts';
import type { ReportPhoto } from './photos.ts';
import type { ReportVoice } from './voice.ts';

// The pieces of one printed entry: its receipts, voice notes, written parts and photos.

/** A version's receipt, as one sentence after the time it was written or edited. */
export function Receipt({ receipt }: { receipt: TimestampReceipt | undefined }) {
  const { t, locale } = useShell();
  if (!receipt) return null;
  return (
    <span class="report-receipt">
      {' '}
      {t('report.entry.receipt', {
        time: formatInstant(receipt.time, locale),
        authority: receipt.authority,
      })}
    </span>
  );
}

/** An entry's voice notes: each with its length, its digest and, with the text, its typed words. */
export function VoiceNotes({
  voices,
  withText,
}: {
  voices: readonly ReportVoice[];
  withText: boolean;
}) {
  const { t } = useShell();
  if (voices.length === 0) return null;
  return (
    <div class="report-voices">
      <p class="report-written">{t('report.entry.voiceTitle', { count: voices.length })}</p>
      <ul>
        {voices.map(({ meta, sha256 }, i) => (
          <li key={meta.id}>
            {t('report.entry.voice', { n: i + 1, length: formatLength(meta.durationMs) })}{' '}
            {sha256 === null ? (
              t('report.entry.voiceUnread')
            ) : (
              <span class="report-digest">
                {t('report.entry.voiceDigest', { digest: groupHex(sha256) })}
              </span>
            )}
            {withText && meta.transcript !== '' && (
              <span class="report-text report-voice-typed">
                {' '}
                {t('journal.voice.typed', { text: meta.transcript })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function useWhen() {
  const { t, locale } = useShell();
  return (content: EntryContent): string => {
    const day = formatDay(content.occurred.date, locale);
    const date = content.occurred.approximate ? t('journal.list.approximate', { date: day }) : day;
    return content.occurred.time
      ? t('journal.entry.at', { date, time: content.occurred.time })
      : date;
  };
}

export type TextField = 'what' | 'felt' | 'afterNote' | 'injuries' | 'witnesses';

export const WRITTEN = ['what', 'felt', 'afterNote'] as const satisfies readonly TextField[];
export const INJURIES = ['injuries', 'witnesses'] as const satisfies readonly TextField[];

export function Texts({
  content,
  fields,
}: {
  content: EntryContent;
  fields: readonly TextField[];
}) {
  const { t } = useShell();
  const shown = fields.filter((field) => content[field].trim() !== '');
  if (shown.length === 0) return null;
  return (
    <dl class="report-texts">
      {shown.map((field) => (
        <div key={field}>
          <dt>{t(`journal.form.${field}`)}</dt>
          <dd class="report-text">{content[field]}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The chosen photos of an entry, each under its number and the digest of its bytes. */
export function Photos({ photos }: { photos: readonly ReportPhoto[] }) {
  const { t } = useShell();
  if (photos.length === 0) return null;
  return (
    <div class="report-photos">
      {photos.map(({ url, sha256 }, i) => (
        <figure key={url} class="report-photo">
          <img src={url} alt={t('report.entry.photoAlt', { n: i + 1 })} />
          <figcaption>
            {t('report.entry.photoCaption', { n: i + 1, digest: groupHex(sha256) })}
          </figcaption>
        </figure>
      ))}
    </div>
  );
}

/**
 * The digest of an entry's current version, as the evidence package lists it, so a
 * printed page can be matched to the package (the PDF inside the package gives the
 * package's own instead of this line).
 */
export function EntryDigest({ digest }: { digest: string | null | undefined }) {
  const { t } = useShell();
  if (digest === undefined) return null;
  return (
    <p class="report-written report-entry-digest">
      {digest === null ? (
        t('report.entry.digestMissing')
      ) : (
        <span class="report-digest">{t('report.entry.digest', { digest: groupHex(digest) })}</span>
      )}
    </p>
  );
}
