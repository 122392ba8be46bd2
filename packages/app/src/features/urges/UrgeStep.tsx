import { useState } from 'preact/hooks';
import { PULLS, URGE_LIMITS, validateUrge, type Pull } from '@steady/core';
import { useShell } from '../../shell/context.ts';
import { newId, useVault } from '../../vault/api.ts';
import { StrengthField } from './StrengthField.tsx';

/** First step: the urge is acknowledged, then named, without any judgement. */
export function UrgeStep({ onNext }: { onNext: (urgeId: string) => void }) {
  const { t } = useShell();
  const vault = useVault();
  const [strength, setStrength] = useState(5);
  const [pulls, setPulls] = useState<readonly Pull[]>([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState(false);

  async function next(event: Event) {
    event.preventDefault();
    setError(false);
    const checked = validateUrge({
      id: newId(),
      at: new Date().toISOString(),
      strength,
      pulls,
      note: note.trim(),
    });
    if (!checked.ok) {
      setError(true);
      return;
    }
    try {
      await vault.put('urge', checked.value.id, checked.value);
      onNext(checked.value.id);
    } catch {
      setError(true);
    }
  }

  return (
    <form onSubmit={(event) => void next(event)}>
      <h1 id="urges-title" tabIndex={-1}>
        {t('urges.title')}
      </h1>
      <p class="lead">{t('urges.ack')}</p>
      <StrengthField
        id="urges-strength"
        label={t('urges.strength')}
        hint={t('urges.strengthHint')}
        value={strength}
        onChange={setStrength}
      />
      <fieldset class="field">
        <legend>{t('urges.pulls')}</legend>
        {PULLS.map((pull) => (
          <label key={pull} class="choice">
            <input
              autoComplete="off"
              type="checkbox"
              checked={pulls.includes(pull)}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                setPulls((now) => PULLS.filter((p) => (p === pull ? on : now.includes(p))));
              }}
            />
            {t(`urges.pull.${pull}`)}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="urges-note">{t('urges.note')}</label>
        <textarea
          autoComplete="off"
          id="urges-note"
          rows={2}
          maxLength={URGE_LIMITS.note}
          value={note}
          onInput={(event) => setNote(event.currentTarget.value)}
        />
      </div>
      {error && (
        <p role="alert" class="error">
          {t('urges.saveError')}
        </p>
      )}
      <button type="submit">{t('urges.next')}</button>
    </form>
  );
}
