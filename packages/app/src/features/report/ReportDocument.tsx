import {
  currentVersion,
  originalVersion,
  receiptId,
  type JournalRecord,
  type TimestampReceipt,
} from '@steady/core';
import { useShell } from '../../shell/context.ts';
import { PrintedBy } from '../../shell/PrintNameChoice.tsx';
import { formatDay, formatInstant } from '../journal/data.ts';
import { HARM_CHOICES, type Report, type ReportOptions } from './build.ts';
import { EntryDetails } from './EntryDetails.tsx';
import { ReportSummaryView } from './ReportSummary.tsx';
import {
  INJURIES,
  Photos,
  Receipt,
  EntryDigest,
  Texts,
  type TextField,
  useWhen,
  VoiceNotes,
  WRITTEN,
} from './ReportEntryParts.tsx';
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
  /** Each entry's current version's digest, by entry id (null: not worked out). */
  digests?: ReadonlyMap<string, string | null>;
}

const NO_VOICES: ReadonlyMap<string, ReportVoice> = new Map();
const NO_RECEIPTS: ReadonlyMap<string, TimestampReceipt> = new Map();

const NO_PHOTOS: ReadonlyMap<string, ReportPhoto> = new Map();
const NO_DIGESTS: ReadonlyMap<string, string | null> = new Map();

function Entry({
  record,
  options,
  voices,
  printed,
  receipts,
  digest,
}: {
  record: JournalRecord;
  options: ReportOptions;
  voices: ReadonlyMap<string, ReportVoice>;
  printed: ReadonlyMap<string, ReportPhoto>;
  receipts: ReadonlyMap<string, TimestampReceipt>;
  /** Its current version's digest; null: could not be worked out; undefined: not yet. */
  digest: string | null | undefined;
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
    <article class="report-entry" data-entry={record.id}>
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
        <EntryDigest digest={digest} />
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
  digests = NO_DIGESTS,
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
              digest={digests.get(record.id)}
            />
          ))}
        </section>
      )}
    </article>
  );
}
