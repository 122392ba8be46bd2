import { useState } from 'preact/hooks';
import { URGE_LIMITS, putChange, unsentMessage, validateUnsent } from '@steady/core';
import { useShell } from '../../shell/context.ts';
import { newId, useVault } from '../../vault/api.ts';
import { previewOf, useDraft } from '../../vault/drafts.ts';
import { DraftResumed } from '../../shell/DraftResumed.tsx';

/** Somewhere for the words to go: kept encrypted in the vault, never sent anywhere. */
export function UnsentForm() {
  const { t } = useShell();
  const vault = useVault();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<'saved' | 'empty' | 'error' | null>(null);
  const [discarded, setDiscarded] = useState(false);
  const draft = useDraft<string>({
    form: 'unsent',
    value: text,
    dirty: text !== '',
    preview: previewOf(text),
    read: (data) => (typeof data === 'string' ? data : null),
    onResume: setText,
  });

  async function keep(event: Event) {
    event.preventDefault();
    const checked = validateUnsent({ id: newId(), text, writtenAt: new Date().toISOString() });
    if (!checked.ok) {
      setStatus('empty');
      return;
    }
    try {
      await vault.commit([
        putChange(unsentMessage, checked.value.id, checked.value),
        draft.removal(),
      ]);
      draft.settle(false);
      setText('');
      setStatus('saved');
    } catch {
      setStatus('error');
    }
  }

  return (
    <form class="card" aria-labelledby="urges-unsent-title" onSubmit={(e) => void keep(e)}>
      <h2 id="urges-unsent-title">{t('urges.unsentTitle')}</h2>
      {draft.resumedAt && !discarded && (
        <DraftResumed
          at={draft.resumedAt}
          onDiscard={() => {
            setDiscarded(true);
            setText('');
            // If the draft cannot be removed it is offered again next time: nothing is lost.
            draft.discard(false).catch(() => undefined);
          }}
        />
      )}
      <div class="field">
        <label for="urges-unsent">{t('urges.unsentLabel')}</label>
        <p class="hint" id="urges-unsent-hint">
          {t('urges.unsentHint')}
        </p>
        <textarea
          autoComplete="off"
          id="urges-unsent"
          rows={4}
          maxLength={URGE_LIMITS.text}
          aria-describedby="urges-unsent-hint"
          value={text}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setStatus(null);
          }}
        />
      </div>
      <button type="submit">{t('urges.unsentSave')}</button>
      {status === 'saved' && (
        <p role="status" class="ok">
          {t('urges.unsentSaved')}
        </p>
      )}
      {status === 'empty' && (
        <p role="alert" class="error">
          {t('urges.emptyText')}
        </p>
      )}
      {status === 'error' && (
        <p role="alert" class="error">
          {t('urges.saveError')}
        </p>
      )}
    </form>
  );
}
