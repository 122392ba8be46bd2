import { useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import type { Disguise } from '../../shell/prefs.ts';
import { isValidCode } from './calc.ts';

export function DisguiseSettings() {
  const { t, prefs, updatePrefs } = useShell();
  const [choice, setChoice] = useState<Disguise>(prefs.disguise);
  const [code, setCode] = useState(prefs.disguiseCode);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  function save(event: Event) {
    event.preventDefault();
    if (choice === 'calculator' && !isValidCode(code)) {
      setStatus({ ok: false, text: t('disguise.badCode') });
      return;
    }
    const next =
      choice === 'calculator'
        ? { disguise: choice, disguiseCode: code }
        : { disguise: choice, disguiseCode: '' };
    void updatePrefs(next);
    setStatus({
      ok: true,
      text: choice === 'calculator' ? t('disguise.saved', { code }) : t('disguise.savedNone'),
    });
  }

  return (
    <form class="card" onSubmit={save} noValidate>
      <h2>{t('disguise.settingsTitle')}</h2>
      <p>{t('disguise.settingsIntro')}</p>
      <fieldset class="field">
        <legend>{t('disguise.settingsTitle')}</legend>
        {(['none', 'calculator'] as const).map((value) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="disguise"
              value={value}
              checked={choice === value}
              onChange={() => setChoice(value)}
            />
            {t(value === 'none' ? 'disguise.none' : 'disguise.calculator')}
          </label>
        ))}
      </fieldset>
      {choice === 'calculator' && (
        <div class="field">
          <label for="disguise-code">{t('disguise.code')}</label>
          <p class="hint" id="disguise-code-hint">
            {t('disguise.codeHint')}
          </p>
          <input
            id="disguise-code"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellcheck={false}
            value={code}
            aria-describedby="disguise-code-hint disguise-status"
            aria-invalid={status?.ok === false ? true : undefined}
            onInput={(event) => setCode(event.currentTarget.value.trim())}
          />
        </div>
      )}
      <button type="submit">{t('disguise.save')}</button>
      <p id="disguise-status" role="status" class={status?.ok === false ? 'error' : 'ok'}>
        {status?.text ?? ''}
      </p>
      <p class="muted">{t('disguise.honest')}</p>
    </form>
  );
}
