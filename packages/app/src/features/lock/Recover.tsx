import { useState } from 'preact/hooks';
import type { PlainKey } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';
import { useSession } from '../../vault/sessionContext.ts';
import { isAbort, vaultErrorMessage } from './errors.ts';
import { NewPassphraseFields, newPassphraseReady } from './NewPassphraseFields.tsx';
import { Working } from './Working.tsx';

/** Forgot passphrase: the recovery key opens the vault and sets a new passphrase. */
export function Recover({ onBack }: { onBack(): void }) {
  const { t } = useShell();
  const session = useSession();
  const [key, setKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PlainKey | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    setTried(true);
    if (busy || key.trim() === '' || !newPassphraseReady(passphrase, again)) return;
    setBusy(true);
    setError(null);
    try {
      await session.resetPassphrase(key, passphrase);
    } catch (failure) {
      if (!isAbort(failure)) setError(vaultErrorMessage(failure, 'lock.recoverWrongKey'));
      setBusy(false);
    }
  }

  return (
    <section class="screen" aria-labelledby="recover-title">
      <h1 id="recover-title">{t('lock.recoverTitle')}</h1>
      <p>{t('lock.recoverIntro')}</p>
      <form onSubmit={submit} noValidate>
        <div class="field">
          <label for="recover-key">{t('lock.recoverKey')}</label>
          <p class="hint" id="recover-key-hint">
            {t('lock.recoverKeyHint')}
          </p>
          <input
            id="recover-key"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellcheck={false}
            value={key}
            aria-describedby={error ? 'recover-key-hint recover-error' : 'recover-key-hint'}
            aria-invalid={error ? true : undefined}
            onInput={(event) => setKey(event.currentTarget.value)}
          />
        </div>
        <NewPassphraseFields
          id="recover"
          label="lock.newPassphrase"
          value={passphrase}
          again={again}
          onInput={setPassphrase}
          onAgain={setAgain}
          tried={tried}
        />
        {error && (
          <p id="recover-error" class="error" role="alert">
            {t(error)}
          </p>
        )}
        {busy ? (
          <Working label="lock.unlocking" />
        ) : (
          <button type="submit">{t('lock.recover')}</button>
        )}
      </form>
      <p>
        <button type="button" class="link" onClick={onBack}>
          {t('lock.backToUnlock')}
        </button>
      </p>
    </section>
  );
}
