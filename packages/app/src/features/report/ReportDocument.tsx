import {
  currentVersion,
  originalVersion,
  receiptId,
  type EntryContent,
  type JournalRecord,
  type TimestampReceipt,
} from '@steady/core';
import { useShell } from '../../shell/context.ts';
import { PrintedBy } from '../../shell/PrintNameChoice.tsx';
import { formatDay, formatInstant } from '../journal/data.ts';
import { HARM_CHOICES, type Report, type ReportOptions } from './build.ts';
import { EntryDetails } from './EntryDetails.tsx';
import { ReportSummaryView } from './ReportSummary.tsx';
import { groupHex } from '../evidence/format.ts';
import { formatLength } from '../journal/data.ts';
import type { ReportPhoto } from './photos.ts';
import type { ReportVoice } from './voice.ts';

interface Props {
  report: Report;
  options: ReportOptions;
  madeAt: Date;
  /** The person ticked "show the app's name": one line says where the record came from. */
  showName?: boolean;
  /** The voice notes the entries name, by attachment id. */
  voices?: ReadonlyMap<string, ReportVoice>;
  /** The photos to print, by attachment id, when the person chose them. */
  photos?: ReadonlyMap<string, ReportPhoto>;
  /** Trusted timestamps' receipts, by receipt id (`<entry>-<version>`). */
  receipts?: ReadonlyMap<string, TimestampReceipt>;
}

const NO_VOICES: ReadonlyMap<string, ReportVoice> = new Map();
const NO_RECEIPTS: ReadonlyMap<string, TimestampReceipt> = new Map();

/** A version's receipt, as one sentence after the time it was written or edited. */
function Receipt({ receipt }: { receipt: TimestampReceipt | undefined }) {
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
const NO_PHOTOS: ReadonlyMap<string, ReportPhoto> = new Map();

/** An entry's voice notes: each with its length, its digest and, with the text, its typed words. */
function VoiceNotes({ voices, withText }: { voices: readonly ReportVoice[]; withText: boolean }) {
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

function useWhen() {
  const { t, locale } = useShell();
  return (content: EntryContent): string => {
    const day = formatDay(content.occurred.date, locale);
    const date = content.occurred.approximate ? t('journal.list.approximate', { date: day }) : day;
    return content.occurred.time
      ? t('journal.entry.at', { date, time: content.occurred.time })
      : date;
  };
}

type TextField = 'what' | 'felt' | 'afterNote' | 'injuries' | 'witnesses';

const WRITTEN = ['what', 'felt', 'afterNote'] as const satisfies readonly TextField[];
const INJURIES = ['injuries', 'witnesses'] as const satisfies readonly TextField[];

function Texts({ content, fields }: { content: EntryContent; fields: readonly TextField[] }) {
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
function Photos({ photos }: { photos: readonly ReportPhoto[] }) {
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

function Entry({
  record,
  options,
  voices,
  printed,
  receipts,
}: {
  record: JournalRecord;
  options: ReportOptions;
  voices: ReadonlyMap<string, ReportVoice>;
  printed: ReadonlyMap<string, ReportPhoto>;
  receipts: ReadonlyMap<string, TimestampReceipt>;
}) {
  const { t, locale } = useShell();
  const when = useWhen();
  const current = currentVersion(record);
  const content = current.content;
  const original = originalVersion(record);
  const fields: TextField[] = [
    ...(options.fullText ? WRITTEN : []),
    ...(options.injuries ? INJURIES : []),
  ];
  const edited = record.versions.length > 1;
  const originalDiffers = fields.some((field) => original.content[field] !== content[field]);
  const anyText = fields.some((field) => content[field].trim() !== '');
  const voiceNotes = content.attachments.flatMap((id) => voices.get(id) ?? []);
  const shown = options.photos ? content.attachments.flatMap((id) => printed.get(id) ?? []) : [];
  const photos = content.attachments.length - voiceNotes.length - shown.length;
  return (
    <article class="report-entry">
      <div class="report-entry-head">
        <h4>
          {t('report.entry.heading', {
            date: when(content),
            stage: content.stage ? t(`journal.stage.${content.stage}`) : t('journal.details.later'),
          })}
        </h4>
        <dl class="report-facts">
          <div>
            <dt>{t('journal.entry.harms')}</dt>
            <dd>
              {content.harms.length
                ? content.harms.map((harm) => t(`journal.harm.${harm}`)).join('; ')
                : t('journal.entry.none')}
            </dd>
          </div>
          <div>
            <dt>{t('journal.entry.severity')}</dt>
            <dd>
              {content.severity === undefined
                ? t('journal.details.notYet')
                : t('report.entry.severity', { severity: content.severity })}
            </dd>
          </div>
          {options.fullText && (
            <div>
              <dt>{t('journal.entry.after')}</dt>
              <dd>
                {content.after.length
                  ? content.after.map((item) => t(`journal.after.${item}`)).join('; ')
                  : t('journal.entry.none')}
              </dd>
            </div>
          )}
        </dl>
        <p class="report-written">
          {t('report.entry.written', { when: formatInstant(record.writtenAt, locale) })}
          <Receipt receipt={receipts.get(receiptId(record.id, 0))} />
          {record.versions.slice(1).map((version, i) => (
            <span key={version.editedAt}>
              {' '}
              {t('report.entry.edited', { when: formatInstant(version.editedAt, locale) })}
              <Receipt receipt={receipts.get(receiptId(record.id, i + 1))} />
            </span>
          ))}
        </p>
      </div>
      <Texts content={content} fields={fields} />
      {fields.length > 0 && !anyText && <p class="hint">{t('report.entry.noText')}</p>}
      <EntryDetails details={content.details} />
      <Photos photos={shown} />
      {photos > 0 && <p class="report-written">{t('report.entry.photos', { count: photos })}</p>}
      <VoiceNotes voices={voiceNotes} withText={options.fullText} />
      {options.fullText && options.originals && edited && (
        <section class="report-original">
          <h5>{t('report.entry.original', { when: formatInstant(original.editedAt, locale) })}</h5>
          {originalDiffers ? (
            <Texts
              content={original.content}
              fields={fields.filter((field) => original.content[field] !== content[field])}
            />
          ) : (
            <p>{t('report.entry.originalSame')}</p>
          )}
        </section>
      )}
    </article>
  );
}

/**
 * The report itself: shown as the preview, and the only thing on paper.
 * Only what the person chose is in this tree, so nothing else can print.
 */
export function ReportDocument({
  report,
  options,
  madeAt,
  showName = false,
  voices = NO_VOICES,
  photos = NO_PHOTOS,
  receipts = NO_RECEIPTS,
}: Props) {
  const { t, locale } = useShell();
  const when = useWhen();
  const first = report.records[0];
  const last = report.records.at(-1);
  const from = options.from || (first ? currentVersion(first).content.occurred.date : '');
  const to = options.to || (last ? currentVersion(last).content.occurred.date : '');
  const allHarms = HARM_CHOICES.every((harm) => options.harms.includes(harm));
  const made = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(madeAt);
  const showEntries = options.fullText || options.injuries;

  return (
    <article class="report-doc" aria-labelledby="report-doc-title">
      <header class="report-doc-head">
        <h2 id="report-doc-title">{t('report.doc.title')}</h2>
        <p class="report-doc-range">
          {from && to
            ? t('report.doc.range', { from: formatDay(from, locale), to: formatDay(to, locale) })
            : t('report.doc.rangeOpen')}
        </p>
        <p>{t('report.doc.made', { date: made })}</p>
        {showName && <PrintedBy />}
        <p>
          {allHarms
            ? t('report.doc.harmsAll')
            : t('report.doc.harms', {
                list: options.harms
                  .map((harm) =>
                    harm === 'none' ? t('report.summary.noHarm') : t(`journal.harm.${harm}`),
                  )
                  .join('; '),
              })}
        </p>
        {options.pinnedOnly && <p>{t('report.doc.pinnedOnly')}</p>}
        <p>{t('report.doc.about')}</p>
        <p>{t('report.doc.notAssessment')}</p>
        <p>{t('report.doc.entries', { count: report.records.length })}</p>
      </header>

      {options.summary && <ReportSummaryView summary={report.summary} />}

      {options.timeline && (
        <section class="report-part" aria-labelledby="report-timeline-title">
          <h3 id="report-timeline-title">{t('report.timeline.title')}</h3>
          <div class="report-table-wrap">
            <table>
              <caption>{t('report.timeline.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('report.timeline.date')}</th>
                  <th scope="col">{t('report.timeline.stage')}</th>
                  <th scope="col">{t('report.timeline.harms')}</th>
                  <th scope="col">{t('report.timeline.severity')}</th>
                  <th scope="col">{t('report.timeline.written')}</th>
                </tr>
              </thead>
              <tbody>
                {report.records.map((record) => {
                  const content = currentVersion(record).content;
                  return (
                    <tr key={record.id}>
                      <th scope="row">{when(content)}</th>
                      <td>
                        {content.stage
                          ? t(`journal.stage.${content.stage}`)
                          : t('journal.details.later')}
                      </td>
                      <td>
                        {content.harms.length
                          ? content.harms.map((harm) => t(`journal.harm.${harm}`)).join('; ')
                          : t('journal.entry.none')}
                      </td>
                      <td>{content.severity ?? t('journal.details.notYet')}</td>
                      <td>{formatInstant(record.writtenAt, locale)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {showEntries && (
        <section class="report-part" aria-labelledby="report-entries-title">
          <h3 id="report-entries-title">{t('report.entries.title')}</h3>
          {report.records.map((record) => (
            <Entry
              key={record.id}
              record={record}
              options={options}
              voices={voices}
              printed={photos}
              receipts={receipts}
            />
          ))}
        </section>
      )}
    </article>
  );
}
