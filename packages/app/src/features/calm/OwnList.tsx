import { COPING_LIMITS, copingIdea, validateCopingIdea, type CopingIdea } from '@steady/core';
import { useState } from 'preact/hooks';
import type { PlainKey } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';
import { UnreadableNote } from '../../ui/Unreadable.tsx';
import { newId } from '../../vault/api.ts';
import { useRecords } from '../../vault/useRecords.ts';

type Said = { ok: true; key: PlainKey } | { ok: false; key: PlainKey; field: boolean };

/**
 * The person's own list of what has helped before, in their words: one line each, kept
 * encrypted in the vault (so backed up and synced like the rest), oldest first.
 */
export function OwnList() {
  const { t } = useShell();
  const records = useRecords(copingIdea);
  const [text, setText] = useState('');
  const [said, setSaid] = useState<Said | null>(null);
  const ideas = [...(records.items ?? [])].sort((a, b) => a.writtenAt.localeCompare(b.writtenAt));
  const full = ideas.length + records.unreadable >= COPING_LIMITS.ideas;

  async function add() {
    const checked = validateCopingIdea({
      id: newId(),
      text: text.trim(),
      writtenAt: new Date().toISOString(),
    });
    if (!checked.ok) {
      setSaid({ ok: false, key: 'calm.ownEmptyText', field: true });
      document.getElementById('calm-own-text')?.focus();
      return;
    }
    try {
      await records.vault.put(copingIdea, checked.value.id, checked.value);
      setText('');
      setSaid({ ok: true, key: 'calm.ownAdded' });
      await records.reload();
    } catch {
      setSaid({ ok: false, key: 'calm.ownFailed', field: false });
    }
  }

  async function remove(idea: CopingIdea) {
    try {
      await records.vault.delete(copingIdea, idea.id);
      setSaid({ ok: true, key: 'calm.ownRemoved' });
      await records.reload();
      document.getElementById('calm-own-title')?.focus();
    } catch {
      setSaid({ ok: false, key: 'calm.ownFailed', field: false });
    }
  }

  const fieldError = said && !said.ok && said.field;
  return (
    <section class="calm-panel card" aria-labelledby="calm-own-title">
      <h2 id="calm-own-title" tabIndex={-1}>
        {t('calm.ownTitle')}
      </h2>
      <p>{t('calm.ownIntro')}</p>
      <UnreadableNote what="coping" count={records.unreadable} />
      {records.items !== null && ideas.length === 0 && <p class="muted">{t('calm.ownEmpty')}</p>}
      <ul class="calm-own">
        {ideas.map((idea) => (
          <li key={idea.id} class="calm-own-item">
            <span>{idea.text}</span>
            <button
              type="button"
              class="secondary"
              aria-label={t('calm.ownRemoveOne', { text: idea.text })}
              onClick={() => void remove(idea)}
            >
              {t('calm.ownRemove')}
            </button>
          </li>
        ))}
      </ul>
      {full ? (
        <p>{t('calm.ownFull', { count: COPING_LIMITS.ideas })}</p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void add();
          }}
        >
          <div class="field">
            <label for="calm-own-text">{t('calm.ownLabel')}</label>
            <input
              id="calm-own-text"
              type="text"
              autoComplete="off"
              maxLength={COPING_LIMITS.text}
              value={text}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={fieldError ? 'calm-own-said' : undefined}
              onInput={(event) => setText(event.currentTarget.value)}
            />
          </div>
          <button type="submit">{t('calm.ownAdd')}</button>
        </form>
      )}
      <p
        id="calm-own-said"
        role={said && !said.ok ? 'alert' : 'status'}
        class={said ? (said.ok ? 'ok' : 'error') : undefined}
      >
        {said ? t(said.key) : ''}
      </p>
    </section>
  );
}
