import './evidence.css';
import type { JournalRecord, TimestampReceipt } from '@steady/core';
import { useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { RadioGroup } from '../../ui/RadioGroup.tsx';
import { useMounted } from '../../ui/useMounted.ts';
import { useVault } from '../../vault/api.ts';
import { deriveInWorker } from '../../vault/kdf.ts';
import { offerDownload } from '../backup/download.ts';
import { NewPassphraseFields, newPassphraseReady } from '../lock/NewPassphraseFields.tsx';
import { canUse, passphraseStrength } from '../lock/strength.ts';
import { makeEvidencePackage, type MadePackage } from './build.ts';
import { groupHex, packageFileName } from './format.ts';
import { ShareWithAdvocate } from '../share/ShareWithAdvocate.tsx';

type Protection = 'locked' | 'open';
const PROTECTIONS: readonly Protection[] = ['locked', 'open'];

type State =
  | { step: 'ready' }
  | { step: 'making' }
  | { step: 'failed' }
  | {
      step: 'made';
      locked: boolean;
      entries: number;
      missing: number;
      head: string | null;
      pdf: MadePackage['pdf'];
      photosLeftOut: number;
    };

/**
 * Makes one file of the chosen entries (every version) and their photos, for the person
 * to hand over. Locked with a passphrase of its own by default (a .enc file); without
 * one only as a separate choice, after a plain warning and a ticked box (a .zip).
 * Nothing about it goes to the title, the address or a log; the file's name says only
 * the day. The passphrase is forgotten once the file is made.
 */
export function MakePackage({
  records,
  receipts = new Map(),
  printed = () => null,
  waiting = false,
}: {
  records: readonly JournalRecord[];
  /** Trusted timestamps' receipts, by receipt id; each goes in with its version. */
  receipts?: ReadonlyMap<string, TimestampReceipt>;
  /** The report on screen, to carry as a PDF (null: none). */
  printed?: () => HTMLElement | null;
  /** The report on screen is still reading its photos: the PDF would lack them. */
  waiting?: boolean;
}) {
  const { t, locale } = useShell();
  const vault = useVault();
  const [state, setState] = useState<State>({ step: 'ready' });
  const onScreen = useMounted();
  const [protection, setProtection] = useState<Protection>('locked');
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [tried, setTried] = useState(false);
  const locked = protection === 'locked';
  const ready = locked ? newPassphraseReady(passphrase, again) : understood;

  function choose(next: Protection) {
    setProtection(next);
    setTried(false);
    setUnderstood(false);
  }

  async function make(event: Event) {
    event.preventDefault();
    setTried(true);
    if (!ready) {
      // Straight to what stops it, so a keyboard or screen reader user hears why.
      const first = !locked
        ? 'evidence-understood'
        : canUse(passphraseStrength(passphrase))
          ? 'evidence-lock-again'
          : 'evidence-lock-new';
      document.getElementById(first)?.focus();
      return;
    }
    if (state.step === 'making' || waiting) return;
    setState({ step: 'making' });
    try {
      const made = await makeEvidencePackage(vault, records, receipts, t, locale, printed());
      if (!onScreen()) return;
      const file = locked
        ? await (
            await import('@steady/core/evidence')
          ).lockPackage(made.bytes, passphrase, { derive: deriveInWorker })
        : made.bytes;
      // Locked meanwhile (the screen is gone): nothing is saved, not even a locked file.
      if (!onScreen()) return;
      offerDownload(file, packageFileName(made.madeAt, locked));
      setPassphrase('');
      setAgain('');
      setUnderstood(false);
      setTried(false);
      setState({
        step: 'made',
        locked,
        entries: made.manifest.chain.count,
        missing: made.missing,
        head: made.manifest.chain.head,
        pdf: made.pdf,
        photosLeftOut: made.photosLeftOut,
      });
    } catch {
      if (onScreen()) setState({ step: 'failed' });
    }
  }

  const making = state.step === 'making';
  return (
    <section class="evidence-make" aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t('evidence.title')}</h2>
      <p>{t('evidence.intro')}</p>
      <form class="evidence-form" onSubmit={(event) => void make(event)} noValidate>
        <RadioGroup
          name="evidence-protection"
          legend={t('evidence.protection')}
          options={PROTECTIONS}
          value={protection}
          onChange={choose}
          label={(option) => t(`evidence.protection.${option}`)}
        />
        {locked ? (
          <>
            <p class="hint" id="evidence-lock-hint">
              {t('evidence.lockHint')}
            </p>
            <NewPassphraseFields
              id="evidence-lock"
              label="evidence.passphrase"
              againLabel="evidence.passphraseAgain"
              value={passphrase}
              again={again}
              onInput={setPassphrase}
              onAgain={setAgain}
              tried={tried}
              hintId="evidence-lock-hint"
            />
          </>
        ) : (
          <>
            <p class="evidence-warning" id="evidence-warning">
              {t('evidence.warning')}
            </p>
            <label class="choice">
              <input
                autoComplete="off"
                id="evidence-understood"
                type="checkbox"
                checked={understood}
                aria-describedby="evidence-warning evidence-understood-error"
                aria-invalid={tried && !understood ? true : undefined}
                onChange={(event) => setUnderstood(event.currentTarget.checked)}
              />
              {t('evidence.understood')}
            </label>
            <p id="evidence-understood-error" class="error" aria-live="polite">
              {tried && !understood ? t('evidence.understoodNeeded') : ''}
            </p>
          </>
        )}
        <p class="hint">{t('evidence.downloads')}</p>
        <button type="submit" disabled={making || waiting}>
          {t(locked ? 'evidence.makeLocked' : 'evidence.makeOpen')}
        </button>
      </form>
      <div role="status" class="evidence-status">
        {waiting && <p>{t('evidence.photosReading')}</p>}
        {state.step === 'making' && <p>{t('evidence.making')}</p>}
        {state.step === 'failed' && <p class="error">{t('evidence.failed')}</p>}
        {state.step === 'made' && (
          <>
            <p>
              {t(state.locked ? 'evidence.madeLocked' : 'evidence.made', {
                count: state.entries,
              })}
            </p>
            {state.locked && <p>{t('evidence.madeLockedHint')}</p>}
            {state.missing > 0 && <p>{t('evidence.photosMissing', { count: state.missing })}</p>}
            {state.pdf === 'failed' && <p>{t('evidence.pdf.failed')}</p>}
            {state.photosLeftOut > 0 && (
              <p>{t('evidence.pdf.photosLeftOut', { count: state.photosLeftOut })}</p>
            )}
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
      <ShareWithAdvocate
        records={records}
        receipts={receipts}
        printed={printed}
        waiting={waiting}
      />
    </section>
  );
}
