import { useState } from 'preact/hooks';
import type { PlainKey } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';
import { AUTO_LOCK_MAX_MINUTES, AUTO_LOCK_MIN_MINUTES } from '../../vault/autoLock.ts';
import { useLockState, useSecurity, useSession } from '../../vault/sessionContext.ts';
import { isAbort, vaultErrorMessage } from './errors.ts';
import { NewPassphraseFields, newPassphraseReady } from './NewPassphraseFields.tsx';
import { PassphraseField } from './PassphraseField.tsx';
import { Working } from './Working.tsx';

const MINUTES = Array.from(
  { length: AUTO_LOCK_MAX_MINUTES - AUTO_LOCK_MIN_MINUTES + 1 },
  (_, i) => i + AUTO_LOCK_MIN_MINUTES,
);

/** Auto-lock and passphrase change; shown in Settings while the vault is open. */
export function SecuritySettings() {
  const { t } = useShell();
  const session = useSession();
  const { settings, unreadable } = useSecurity();
  const { autoLockMinutes, lockWhenHidden } = settings;
  const [savedNote, setSavedNote] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);

  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; key: PlainKey } | null>(null);

  async function save(change: Parameters<typeof session.security.update>[0]) {
    setSavedNote(false);
    setSaveFailed(false);
    try {
      await session.security.update(change);
      setSavedNote(true);
    } catch {
      setSaveFailed(true);
    }
  }

  async function change(event: Event) {
    event.preventDefault();
    setTried(true);
    if (busy || current === '' || !newPassphraseReady(next, again)) return;
    setBusy(true);
    setResult(null);
    try {
      await session.changePassphrase(current, next);
      setResult({ ok: true, key: 'security.changed' });
      setCurrent('');
      setNext('');
      setAgain('');
      setTried(false);
    } catch (error) {
      if (!isAbort(error))
        setResult({ ok: false, key: vaultErrorMessage(error, 'security.wrongCurrent') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="card">
      <h2>{t('security.title')}</h2>
      {unreadable && <p class="error">{t('security.unreadable')}</p>}
      <div class="field">
        <label for="security-minutes">{t('security.autoLock')}</label>
        <p class="hint" id="security-minutes-hint">
          {t('security.autoLockHint')}
        </p>
        <select
          autoComplete="off"
          id="security-minutes"
          aria-describedby="security-minutes-hint"
          disabled={unreadable}
          value={String(autoLockMinutes)}
          onChange={(event) => void save({ autoLockMinutes: Number(event.currentTarget.value) })}
        >
          {MINUTES.map((n) => (
            <option key={n} value={String(n)}>
              {t('security.minutes', { count: n })}
            </option>
          ))}
        </select>
      </div>
      <label class="choice">
        <input
          autoComplete="off"
          type="checkbox"
          checked={lockWhenHidden}
          disabled={unreadable}
          onChange={(event) => void save({ lockWhenHidden: event.currentTarget.checked })}
        />
        {t('security.lockHidden')}
      </label>
      <p role="status" class={saveFailed ? 'error' : 'ok'}>
        {saveFailed ? t('security.saveFailed') : savedNote ? t('security.saved') : ''}
      </p>

      <form onSubmit={change} noValidate>
        <h3>{t('security.changeTitle')}</h3>
        <PassphraseField
          id="security-current"
          label="security.current"
          value={current}
          onInput={setCurrent}
          invalid={result?.ok === false}
        />
        <NewPassphraseFields
          id="security"
          label="lock.newPassphrase"
          value={next}
          again={again}
          onInput={setNext}
          onAgain={setAgain}
          tried={tried}
        />
        {result && (
          <p class={result.ok ? 'ok' : 'error'} role={result.ok ? 'status' : 'alert'}>
            {t(result.key)}
          </p>
        )}
        {busy ? (
          <Working label="lock.working" />
        ) : (
          <button type="submit">{t('security.change')}</button>
        )}
      </form>
      <NewRecoveryKey />
    </div>
  );
}

/**
 * Makes a new recovery key after asking for the passphrase; the shell then shows it and
 * asks for two of its groups back, as at set-up, until the person confirms it.
 */
function NewRecoveryKey() {
  const { t } = useShell();
  const session = useSession();
  const { recoveryReplaced } = useLockState();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PlainKey | null>(null);

  async function make(event: Event) {
    event.preventDefault();
    if (busy || passphrase === '') return;
    setBusy(true);
    setError(null);
    try {
      await session.replaceRecoveryKey(passphrase);
    } catch (failure) {
      if (!isAbort(failure)) setError(vaultErrorMessage(failure, 'security.wrongCurrent'));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={make} noValidate>
      <h3>{t('security.recoveryTitle')}</h3>
      <p class="hint" id="security-recovery-hint">
        {t('security.recoveryIntro')}
      </p>
      <PassphraseField
        id="security-recovery-passphrase"
        label="security.recoveryPassphrase"
        value={passphrase}
        onInput={setPassphrase}
        describedBy="security-recovery-hint"
        invalid={error !== null}
      />
      {error && (
        <p class="error" role="alert">
          {t(error)}
        </p>
      )}
      {recoveryReplaced && !error && (
        <p class="ok" role="status">
          {t('security.recoveryReplaced')}
        </p>
      )}
      {busy ? (
        <Working label="lock.working" />
      ) : (
        <button type="submit">{t('security.recoveryMake')}</button>
      )}
    </form>
  );
}
