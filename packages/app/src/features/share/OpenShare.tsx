import '../evidence/evidence.css';
import type { Verdict } from '@steady/core/evidence';
import { useState } from 'preact/hooks';
import type { Locale, Translate } from '../../i18n/index.ts';
import { RelayError } from '../../vault/relayHttp.ts';
import { offerDownload } from '../backup/download.ts';
import { VerdictView } from '../evidence/CheckRecord.tsx';
import { packageFileName } from '../evidence/format.ts';
import { entryNames, reportFile, type EntryName } from '../evidence/names.ts';
import { fetchShare } from './shareRelay.ts';

type Refusal = 'open.noLink' | 'open.gone' | 'open.wrongKey' | 'open.offline' | 'open.failed';

type State =
  | { step: 'ready' }
  | { step: 'opening' }
  | { step: 'refused'; message: Refusal }
  | {
      step: 'opened';
      bytes: Uint8Array<ArrayBuffer>;
      verdict: Verdict;
      names: Map<string, EntryName>;
      /** The report as a PDF inside it, to read or print (null: none). */
      report: { name: string; bytes: Uint8Array } | null;
    };

/**
 * Opens a shared package in this browser: downloads the sealed bytes (the relay counts
 * the download), opens them with the key from the link, checks the package as "Check a
 * record" does, and offers it to save. Nothing is stored here; the key is never sent.
 */
export function OpenShare({
  link,
  base,
  t,
  locale,
}: {
  link: { id: string; key: string } | null;
  base: string;
  t: Translate;
  locale: Locale;
}) {
  const [state, setState] = useState<State>(
    link ? { step: 'ready' } : { step: 'refused', message: 'open.noLink' },
  );

  async function open(id: string, key: string) {
    setState({ step: 'opening' });
    try {
      const sealed = await fetchShare(base, id);
      if (sealed === 'gone') {
        setState({ step: 'refused', message: 'open.gone' });
        return;
      }
      const [{ openShare }, { verifyPackage }] = await Promise.all([
        import('@steady/core/share'),
        import('@steady/core/evidence'),
      ]);
      const bytes = await openShare(sealed, key);
      if (!bytes) {
        setState({ step: 'refused', message: 'open.wrongKey' });
        return;
      }
      const verdict = await verifyPackage(bytes);
      setState({
        step: 'opened',
        bytes,
        verdict,
        names: entryNames(bytes),
        report: reportFile(bytes),
      });
    } catch (error) {
      const offline = error instanceof RelayError && error.problem === 'offline';
      setState({ step: 'refused', message: offline ? 'open.offline' : 'open.failed' });
    }
  }

  const report = state.step === 'opened' ? state.report : null;

  return (
    <main class="screen open-share" aria-labelledby="open-title">
      <h1 id="open-title">{t('open.title')}</h1>
      <p>{t('open.intro')}</p>
      {link && (state.step === 'ready' || state.step === 'opening') && (
        <>
          <p class="hint" id="open-once">
            {t('open.once')}
          </p>
          <button
            type="button"
            aria-describedby="open-once"
            disabled={state.step === 'opening'}
            onClick={() => void open(link.id, link.key)}
          >
            {t('open.open')}
          </button>
        </>
      )}
      <div role="status" class="open-status">
        {state.step === 'opening' && <p>{t('open.opening')}</p>}
        {state.step === 'refused' && <p class="error">{t(state.message)}</p>}
        {state.step === 'opened' && <p>{t('open.opened')}</p>}
      </div>
      {state.step === 'opened' && (
        <>
          <div class="open-saves">
            <button type="button" onClick={() => offerDownload(state.bytes, packageFileName())}>
              {t('open.save')}
            </button>
            {report && (
              <button
                type="button"
                class="secondary"
                onClick={() => offerDownload(new Uint8Array(report.bytes), report.name)}
              >
                {t('open.saveReport')}
              </button>
            )}
          </div>
          <VerdictView verdict={state.verdict} names={state.names} t={t} locale={locale} />
        </>
      )}
    </main>
  );
}
