import './report.css';
import { timestampReceipt, type JournalRecord, type TimestampReceipt } from '@steady/core';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { LoadFailed, Loading } from '../../ui/Status.tsx';
import { UnreadableNote } from '../../ui/Unreadable.tsx';
import { PrintNameChoice } from '../../shell/PrintNameChoice.tsx';
import { useVault } from '../../vault/api.ts';
import { loadJournal } from '../journal/data.ts';
import { buildReport, HARM_CHOICES, journalSpan, type ReportOptions } from './build.ts';
import { ReportChooser } from './ReportChooser.tsx';
import { ReportDocument } from './ReportDocument.tsx';
import { MakePackage } from '../evidence/MakePackage.tsx';
import { readReportPhotos, revokePhotos, type ReportPhoto } from './photos.ts';
import { readReportVoices, type ReportVoice } from './voice.ts';
import { useEntryDigests } from './digests.ts';

function firstOptions(records: readonly JournalRecord[]): ReportOptions {
  const { from, to } = journalSpan(records);
  return {
    from,
    to,
    harms: HARM_CHOICES,
    pinnedOnly: false,
    summary: true,
    timeline: true,
    fullText: true,
    originals: false,
    injuries: true,
  };
}

// Everything decrypted lives in this component's state, so locking (which
// unmounts the screen) takes the entries and the preview away with it.
export function Report() {
  const { t } = useShell();
  const vault = useVault();
  const [records, setRecords] = useState<JournalRecord[] | null>(null);
  const [voices, setVoices] = useState<ReadonlyMap<string, ReportVoice>>(new Map());
  const [photos, setPhotos] = useState<ReadonlyMap<string, ReportPhoto> | null>(null);
  const [receipts, setReceipts] = useState<ReadonlyMap<string, TimestampReceipt>>(new Map());
  const [unreadableReceipts, setUnreadableReceipts] = useState(0);
  const [options, setOptions] = useState<ReportOptions | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  // Fixed when the screen opens, so the preview and the paper say the same day.
  const [madeAt] = useState(() => new Date());
  const screen = useRef<HTMLElement>(null);
  const [showName, setShowName] = useState(false);
  const { digests, done: digestsDone } = useEntryDigests(vault, records, voices);

  useEffect(() => {
    let live = true;
    setFailed(false);
    loadJournal(vault)
      .then(async ({ records: loaded }) => {
        // The voice notes' lengths and digests are read first, so paper never lacks them;
        // so are the receipts of trusted timestamps (an unreadable one is left out).
        const [found, stamped] = await Promise.all([
          readReportVoices(vault, loaded),
          vault.readAll(timestampReceipt),
        ]);
        if (!live) return;
        setVoices(found);
        setReceipts(new Map(stamped.items.map((item) => [item.id, item.value])));
        setUnreadableReceipts(stamped.unreadable.length);
        setRecords(loaded);
        setOptions(firstOptions(loaded));
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [vault, attempt]);

  // The photos are decrypted only once the person asks for them on paper, and their
  // blob: addresses go when the screen does (a lock unmounts it).
  const wantPhotos = options?.photos === true;
  useEffect(() => {
    if (!wantPhotos || !records) return undefined;
    let live = true;
    let found: Map<string, ReportPhoto> | undefined;
    readReportPhotos(vault, records, voices).then(
      (read) => {
        found = read;
        if (live) setPhotos(read);
        else revokePhotos(read);
      },
      () => live && setPhotos(new Map()),
    );
    return () => {
      live = false;
      if (found) revokePhotos(found);
      setPhotos(null);
    };
  }, [wantPhotos, records, voices, vault]);

  const report = useMemo(
    () => (records && options ? buildReport(records, options) : null),
    [records, options],
  );

  return (
    <section class="screen report" aria-labelledby="report-title" ref={screen}>
      <h1 id="report-title" tabIndex={-1}>
        {t('report.title')}
      </h1>
      {failed ? (
        <LoadFailed
          text={t('report.loadFailed')}
          retryLabel={t('report.tryAgain')}
          onRetry={() => setAttempt((n) => n + 1)}
        />
      ) : !records || !options || !report ? (
        <Loading text={t('report.loading')} />
      ) : records.length === 0 ? (
        <p class="report-empty">{t('report.empty')}</p>
      ) : (
        <>
          <div class="report-choose">
            <p>{t('report.intro')}</p>
            <UnreadableNote what="receipt" count={unreadableReceipts} />
            <p class="hint">{t('report.note')}</p>
            <ReportChooser options={options} onChange={setOptions} />
            <p role="status" class="report-count">
              {report.records.length === 0
                ? t('report.countNone')
                : t('report.count', { count: report.records.length })}
            </p>
            {report.records.length > 0 && (
              <>
                <PrintNameChoice id="report-print-name" checked={showName} onChange={setShowName} />
                <p class="hint" id="report-print-hint">
                  {t('report.printHint')}
                </p>
                <p role="status" class="hint report-digests-status">
                  {digestsDone ? '' : t('report.digestsWorking')}
                </p>
                <button
                  type="button"
                  class="report-print-go"
                  aria-describedby="report-print-hint"
                  onClick={() => window.print()}
                >
                  {t('report.print')}
                </button>
                <MakePackage
                  records={report.records}
                  receipts={receipts}
                  printed={() => screen.current?.querySelector<HTMLElement>('.report-doc') ?? null}
                  waiting={wantPhotos && photos === null}
                />
                <h2 class="report-preview-title">{t('report.preview')}</h2>
              </>
            )}
          </div>
          {report.records.length > 0 && (
            <ReportDocument
              report={report}
              options={options}
              madeAt={madeAt}
              showName={showName}
              voices={voices}
              photos={photos ?? undefined}
              receipts={receipts}
              digests={digests}
            />
          )}
        </>
      )}
    </section>
  );
}
