import { useState } from 'preact/hooks';
import type { PlainKey } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';
import { RadioGroup } from '../../ui/RadioGroup.tsx';
import type { Disguise } from '../../shell/prefs.ts';
import { isValidCode } from './calc.ts';

const CHOICES: readonly Disguise[] = ['none', 'calculator', 'converter'];
const LABELS: Record<Disguise, PlainKey> = {
  none: 'disguise.none',
  calculator: 'disguise.calculator',
  converter: 'disguise.converter',
};
const SAVED: Record<Disguise, PlainKey> = {
  none: 'disguise.savedNone',
  calculator: 'disguise.saved',
  converter: 'disguise.savedConverter',
};

export function DisguiseSettings() {
  const { t, prefs, updatePrefs } = useShell();
  const [choice, setChoice] = useState<Disguise>(prefs.disguise);
  const [code, setCode] = useState(prefs.disguiseCode);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  function save(event: Event) {
    event.preventDefault();
    if (choice !== 'none' && !isValidCode(code)) {
      setStatus({ ok: false, text: t('disguise.badCode') });
      return;
    }
    void updatePrefs({ disguise: choice, disguiseCode: choice === 'none' ? '' : code });
    setStatus({ ok: true, text: t(SAVED[choice], { code }) });
  }

  return (
    <form class="card" onSubmit={save} noValidate>
      <h2>{t('disguise.settingsTitle')}</h2>
      <p>{t('disguise.settingsIntro')}</p>
      <RadioGroup
        legend={t('disguise.settingsTitle')}
        name="disguise"
        options={CHOICES}
        value={choice}
        onChange={setChoice}
        label={(value) => t(LABELS[value])}
      />
      {choice !== 'none' && (
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
