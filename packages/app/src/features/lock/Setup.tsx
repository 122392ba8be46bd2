import { useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { useSession } from '../../vault/sessionContext.ts';
import { isAbort } from './errors.ts';
import { NewPassphraseFields, newPassphraseReady } from './NewPassphraseFields.tsx';
import { Working } from './Working.tsx';

/** First run: choose a passphrase. The recovery key step follows (RecoveryKeyStep). */
export function Setup({
  onRestore,
}: {
  /** Offers restoring a backup file instead of starting afresh (features/backup). */
  onRestore?(): void;
}) {
  const { t } = useShell();
  const session = useSession();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setTried(true);
    if (!newPassphraseReady(passphrase, again) || busy) return;
    setBusy(true);
    setFailed(false);
    try {
      await session.create(passphrase);
    } catch (error) {
      if (!isAbort(error)) setFailed(true);
      setBusy(false);
    }
  }

  return (
    <section class="screen" aria-labelledby="setup-title">
      <h1 id="setup-title">{t('lock.setupTitle')}</h1>
      <p>{t('lock.setupIntro')}</p>
      <form onSubmit={submit} noValidate>
        <p class="hint" id="setup-hint">
          {t('lock.passphraseHint')}
        </p>
        <NewPassphraseFields
          id="setup"
          label="lock.passphrase"
          value={passphrase}
          again={again}
          onInput={setPassphrase}
          onAgain={setAgain}
          tried={tried}
          hintId="setup-hint"
        />
        {failed && (
          <p class="error" role="alert">
            {t('lock.failed')}
          </p>
        )}
        {busy ? (
          <Working label="lock.working" />
        ) : (
          <button type="submit">{t('lock.create')}</button>
        )}
      </form>
      <p class="muted">{t('lock.honest')}</p>
      {onRestore && !busy && (
        <div class="row">
          <button type="button" class="secondary" onClick={onRestore}>
            {t('backup.setupRestore')}
          </button>
        </div>
      )}
    </section>
  );
}
