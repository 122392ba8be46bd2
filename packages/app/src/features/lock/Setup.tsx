import { useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { useSession } from '../../vault/sessionContext.ts';
import { isAbort } from './errors.ts';
import { PassphraseField } from './PassphraseField.tsx';
import { canUse, passphraseStrength } from './strength.ts';
import { Working } from './Working.tsx';

/** First run: choose a passphrase. The recovery key step follows (RecoveryKeyStep). */
export function Setup({
  onCreated,
  onRestore,
}: {
  onCreated(recoveryKey: string): void;
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

  const strength = passphraseStrength(passphrase);
  const mismatch = again !== '' && again !== passphrase;

  async function submit(event: Event) {
    event.preventDefault();
    setTried(true);
    if (!canUse(strength) || again !== passphrase || busy) return;
    setBusy(true);
    setFailed(false);
    try {
      onCreated(await session.create(passphrase));
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
        <PassphraseField
          id="setup-passphrase"
          label="lock.passphrase"
          value={passphrase}
          onInput={setPassphrase}
          describedBy="setup-hint setup-strength"
          invalid={tried && !canUse(strength)}
          isNew
        />
        <p id="setup-strength" class={`strength strength-${strength}`} aria-live="polite">
          {strength === 'empty' ? '' : t(`lock.strength.${strength}`)}
        </p>
        <PassphraseField
          id="setup-again"
          label="lock.passphraseConfirm"
          value={again}
          onInput={setAgain}
          describedBy="setup-mismatch"
          invalid={tried && (mismatch || again === '')}
          isNew
        />
        <p id="setup-mismatch" class="error" aria-live="polite">
          {tried && again !== passphrase ? t('lock.mismatch') : ''}
        </p>
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
