import { useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { useSession } from '../../vault/sessionContext.ts';
import { isAbort, vaultErrorMessage } from './errors.ts';
import type { PlainKey } from '../../i18n/index.ts';
import { PassphraseField } from './PassphraseField.tsx';
import { Working } from './Working.tsx';

export function Unlock({ onForgot }: { onForgot(): void }) {
  const { t, go } = useShell();
  const session = useSession();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PlainKey | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || passphrase === '') return;
    setBusy(true);
    setError(null);
    try {
      await session.unlock(passphrase);
    } catch (failure) {
      if (!isAbort(failure)) setError(vaultErrorMessage(failure, 'lock.wrong'));
      setBusy(false);
    }
  }

  return (
    <section class="screen" aria-labelledby="unlock-title">
      <h1 id="unlock-title">{t('lock.unlockTitle')}</h1>
      <p>{t('lock.unlockIntro')}</p>
      <form onSubmit={submit} noValidate>
        <PassphraseField
          id="unlock-passphrase"
          label="lock.passphrase"
          value={passphrase}
          onInput={setPassphrase}
          describedBy={error ? 'unlock-error' : undefined}
          invalid={error !== null}
        />
        {error && (
          <p id="unlock-error" class="error" role="alert">
            {t(error)}
          </p>
        )}
        {busy ? (
          <Working label="lock.unlocking" />
        ) : (
          <button type="submit">{t('lock.unlock')}</button>
        )}
      </form>
      <p>
        <button type="button" class="link" onClick={onForgot}>
          {t('lock.forgot')}
        </button>
      </p>
      <p>
        <button type="button" class="link" onClick={() => go('check')}>
          {t('nav.check')}
        </button>
      </p>
    </section>
  );
}
