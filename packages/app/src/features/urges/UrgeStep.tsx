import { useMemo, useState } from 'preact/hooks';
import { PULLS, URGE_LIMITS, putChange, urge, validateUrge, type Pull } from '@steady/core';
import { useShell } from '../../shell/context.ts';
import { CheckboxGroup } from '../../ui/CheckboxGroup.tsx';
import { newId, useVault } from '../../vault/api.ts';
import { previewOf, useDraft } from '../../vault/drafts.ts';
import { DraftResumed } from '../../shell/DraftResumed.tsx';
import { Scale } from '../../ui/Scale.tsx';

function readUrgeDraft(
  data: unknown,
): { strength: number; pulls: readonly Pull[]; note: string } | null {
  if (typeof data !== 'object' || data === null) return null;
  const { strength, pulls, note } = data as Record<string, unknown>;
  if (typeof strength !== 'number' || !Number.isInteger(strength) || strength < 0 || strength > 10)
    return null;
  if (typeof note !== 'string' || !Array.isArray(pulls)) return null;
  const known = PULLS.filter((p) => pulls.includes(p));
  if (known.length !== pulls.length) return null;
  return { strength, pulls: known, note };
}

/** First step: the urge is acknowledged, then named, without any judgement. */
export function UrgeStep({ onNext }: { onNext: (urgeId: string) => void }) {
  const { t } = useShell();
  const vault = useVault();
  const [strength, setStrength] = useState(5);
  const [pulls, setPulls] = useState<readonly Pull[]>([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState(false);
  const [discarded, setDiscarded] = useState(false);
  const value = useMemo(() => ({ strength, pulls, note }), [strength, pulls, note]);
  const draft = useDraft({
    form: 'urge',
    value,
    dirty: note !== '' || pulls.length > 0 || strength !== 5,
    preview: previewOf(note),
    read: readUrgeDraft,
    onResume(data) {
      setStrength(data.strength);
      setPulls(data.pulls);
      setNote(data.note);
    },
  });

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
      await vault.commit([putChange(urge, checked.value.id, checked.value), draft.removal()]);
      draft.settle(true);
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
      {draft.resumedAt && !discarded && (
        <DraftResumed
          at={draft.resumedAt}
          onDiscard={() => {
            setDiscarded(true);
            setStrength(5);
            setPulls([]);
            setNote('');
            // If the draft cannot be removed it is offered again next time: nothing is lost.
            draft.discard(false).catch(() => undefined);
          }}
        />
      )}
      <Scale
        id="urges-strength"
        label={t('urges.strength')}
        hint={t('urges.strengthHint')}
        valueText={(value) => t('urges.strengthValue', { value })}
        value={strength}
        onChange={setStrength}
      />
      <CheckboxGroup
        legend={t('urges.pulls')}
        options={PULLS}
        value={pulls}
        onChange={setPulls}
        label={(pull) => t(`urges.pull.${pull}`)}
      />
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
