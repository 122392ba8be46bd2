import type { DuressMode } from '@steady/core';
import { useState } from 'preact/hooks';
import type { PlainKey } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';
import { RadioGroup } from '../../ui/RadioGroup.tsx';
import { useDuressMode, useSession } from '../../vault/sessionContext.ts';
import { isAbort, vaultErrorMessage } from './errors.ts';
import { NewPassphraseFields, newPassphraseReady } from './NewPassphraseFields.tsx';
import { PassphraseField } from './PassphraseField.tsx';
import { Working } from './Working.tsx';

const MODES: readonly DuressMode[] = ['decoy', 'erase'];

const failure = (error: unknown): PlainKey => vaultErrorMessage(error, 'security.wrongCurrent');

/**
 * The duress passphrase: a second passphrase to type when someone forces the person
 * to unlock. Shown in Settings while the vault is open. Inside a decoy it behaves the
 * same way, so the screen does not say which vault is open.
 */
export function DuressSettings() {
  const { t } = useShell();
  const session = useSession();
  const current = useDuressMode();

  const [mode, setMode] = useState<DuressMode>(current ?? 'decoy');
  const [duress, setDuress] = useState('');
  const [again, setAgain] = useState('');
  const [owner, setOwner] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; key: PlainKey } | null>(null);

  async function run(action: () => Promise<void>, done: PlainKey) {
    setBusy(true);
    setResult(null);
    try {
      await action();
      setResult({ ok: true, key: done });
      setDuress('');
      setAgain('');
      setOwner('');
      setTried(false);
    } catch (error) {
      if (!isAbort(error)) setResult({ ok: false, key: failure(error) });
    } finally {
      setBusy(false);
    }
  }

  function save(event: Event) {
    event.preventDefault();
    setTried(true);
    if (busy || owner === '' || !newPassphraseReady(duress, again)) return;
    void run(() => session.duress.set(owner, duress, mode), 'duress.saved');
  }

  function remove() {
    setTried(true);
    if (busy || owner === '') return;
    void run(() => session.duress.remove(owner), 'duress.removed');
  }

  const status: PlainKey = current === null ? 'duress.statusNone' : `duress.status.${current}`;
  return (
    <form class="card" onSubmit={save} noValidate aria-labelledby="duress-title">
      <h2 id="duress-title">{t('duress.title')}</h2>
      <p>{t('duress.intro')}</p>
      <p id="duress-status" role="status">
        {t(status)}
      </p>
      <RadioGroup
        legend={t('duress.modeLegend')}
        name="duress-mode"
        options={MODES}
        value={mode}
        onChange={setMode}
        label={(value) => (
          <span>
            <strong>{t(`duress.mode.${value}`)}</strong> {t(`duress.modeHint.${value}`)}
          </span>
        )}
      />
      {mode === 'erase' && <p class="hint">{t('duress.eraseWarning')}</p>}
      <NewPassphraseFields
        id="duress"
        label="duress.passphrase"
        againLabel="duress.again"
        value={duress}
        again={again}
        onInput={setDuress}
        onAgain={setAgain}
        tried={tried}
      />
      <PassphraseField
        id="duress-current"
        label="duress.owner"
        value={owner}
        onInput={setOwner}
        invalid={(tried && owner === '') || result?.ok === false}
      />
      {result && (
        <p class={result.ok ? 'ok' : 'error'} role={result.ok ? 'status' : 'alert'}>
          {t(result.key)}
        </p>
      )}
      {busy ? (
        <Working label="lock.working" />
      ) : (
        <div class="row">
          <button type="submit">{t(current === null ? 'duress.set' : 'duress.replace')}</button>
          {current !== null && (
            <button type="button" class="secondary" onClick={remove}>
              {t('duress.remove')}
            </button>
          )}
        </div>
      )}
    </form>
  );
}
