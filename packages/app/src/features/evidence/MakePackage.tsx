import './evidence.css';
import type { JournalRecord, TimestampReceipt } from '@steady/core';
import { useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { useVault } from '../../vault/api.ts';
import { offerDownload } from '../backup/download.ts';
import { makeEvidencePackage } from './build.ts';
import { groupHex, packageFileName } from './format.ts';
import { ShareWithAdvocate } from '../share/ShareWithAdvocate.tsx';

type State =
  | { step: 'ready' }
  | { step: 'making' }
  | { step: 'failed' }
  | { step: 'made'; entries: number; missing: number; head: string | null };

/**
 * Makes one .zip of the chosen entries (every version) and their photos, for the person
 * to hand over. Not encrypted, so the warning comes before the button. Nothing about it
 * goes to the title, the address or a log; the file's name says only the day.
 */
export function MakePackage({
  records,
  receipts = new Map(),
}: {
  records: readonly JournalRecord[];
  /** Trusted timestamps' receipts, by receipt id; each goes in with its version. */
  receipts?: ReadonlyMap<string, TimestampReceipt>;
}) {
  const { t, locale } = useShell();
  const vault = useVault();
  const [state, setState] = useState<State>({ step: 'ready' });

  async function make() {
    setState({ step: 'making' });
    try {
      const { bytes, manifest, missing, madeAt } = await makeEvidencePackage(
        vault,
        records,
        receipts,
        t,
        locale,
      );
      offerDownload(bytes, packageFileName(madeAt));
      setState({ step: 'made', entries: manifest.chain.count, missing, head: manifest.chain.head });
    } catch {
      setState({ step: 'failed' });
    }
  }

  return (
    <section class="evidence-make" aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t('evidence.title')}</h2>
      <p>{t('evidence.intro')}</p>
      <p class="evidence-warning" id="evidence-warning">
        {t('evidence.warning')}
      </p>
      <p class="hint">{t('evidence.downloads')}</p>
      <button
        type="button"
        aria-describedby="evidence-warning"
        disabled={state.step === 'making'}
        onClick={() => void make()}
      >
        {t('evidence.make')}
      </button>
      <div role="status" class="evidence-status">
        {state.step === 'making' && <p>{t('evidence.making')}</p>}
        {state.step === 'failed' && <p class="error">{t('evidence.failed')}</p>}
        {state.step === 'made' && (
          <>
            <p>{t('evidence.made', { count: state.entries })}</p>
            {state.missing > 0 && <p>{t('evidence.photosMissing', { count: state.missing })}</p>}
          </>
        )}
      </div>
      {state.step === 'made' && state.head !== null && (
        <div class="evidence-head">
          <h3>{t('evidence.headTitle')}</h3>
          <p class="chain-head">{groupHex(state.head)}</p>
          <p class="hint">{t('evidence.headHint')}</p>
        </div>
      )}
      <ShareWithAdvocate records={records} receipts={receipts} />
    </section>
  );
}
