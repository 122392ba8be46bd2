import {
  createJottedEntry,
  JOURNAL_LIMITS,
  journalEntry,
  putChange,
  type JournalRecord,
} from '@steady/core';
import { useRef, useState } from 'preact/hooks';
import type { PlainKey } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';
import { DraftResumed } from '../../shell/DraftResumed.tsx';
import { newId, useVault } from '../../vault/api.ts';
import { previewOf, useDraft } from '../../vault/drafts.ts';
import { FieldError } from './EntryFields.tsx';
import { errorKey, localToday } from './form.ts';

interface JotDraft {
  what: string;
}

function readJotDraft(data: unknown): JotDraft | null {
  if (typeof data !== 'object' || data === null) return null;
  const { what } = data as Record<string, unknown>;
  return typeof what === 'string' ? { what } : null;
}

interface Props {
  onSaved: (record: JournalRecord) => void;
  onCancel: () => void;
}

/**
 * A quick note: one box, one Save. Stage, kinds of harm and severity are added later
 * through the full form; until then the entry is marked as having details to add.
 */
export function JotForm({ onSaved, onCancel }: Props) {
  const { t } = useShell();
  const vault = useVault();
  const [what, setWhat] = useState('');
  const [error, setError] = useState<PlainKey | null>(null);
  const [failed, setFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const draft = useDraft<JotDraft>({
    form: 'journal-jot',
    target: null,
    value: { what },
    dirty: what !== '',
    preview: previewOf(what),
    owns: [],
    read: readJotDraft,
    onResume: (data) => setWhat(data.what),
  });

  async function save() {
    if (saving) return;
    setFailed(false);
    const now = new Date();
    const result = createJottedEntry({ what, occurred: { date: localToday(now) } }, now, newId());
    if (!result.ok) {
      const [first] = result.issues;
      setError(
        first === undefined || (first.path === 'what' && first.code === 'required')
          ? 'journal.jot.empty'
          : errorKey(first),
      );
      box.current?.focus();
      return;
    }
    setError(null);
    setSaving(true);
    try {
      // The note and the end of its draft in one write: a crash leaves both or neither.
      await vault.commit([putChange(journalEntry, result.value.id, result.value), draft.removal()]);
      draft.settle(true);
      onSaved(result.value);
    } catch {
      setFailed(true);
      setSaving(false);
    }
  }

  async function cancel() {
    try {
      await draft.discard(true);
    } catch {
      // Kept as a draft, offered again later: nothing is lost by a failed cancel.
    }
    onCancel();
  }

  const describedBy = ['jot-hint', error ? 'jot-error' : ''].filter(Boolean).join(' ');
  return (
    <form
      class="journal-form journal-jot"
      aria-labelledby="journal-form-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id="journal-form-title" tabIndex={-1}>
        {t('journal.jot.title')}
      </h2>
      <p class="hint">{t('journal.jot.intro')}</p>
      {draft.resumedAt && (
        <DraftResumed
          at={draft.resumedAt}
          onDiscard={() => {
            void draft.discard(false).then(() => setWhat(''));
          }}
        />
      )}
      <div class="field">
        <label for="jot-what">{t('journal.form.what')}</label>
        <p class="hint" id="jot-hint">
          {t('journal.jot.hint')}
        </p>
        <textarea
          ref={box}
          autoComplete="off"
          id="jot-what"
          rows={5}
          maxLength={JOURNAL_LIMITS.longText}
          value={what}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onInput={(e) => setWhat(e.currentTarget.value)}
        />
        <FieldError id="jot-error" message={error ? t(error) : undefined} />
      </div>
      <p role="alert" class="error">
        {failed ? t('journal.jot.failed') : ''}
      </p>
      <div class="row">
        <button type="submit" disabled={saving}>
          {t(saving ? 'journal.form.saving' : 'journal.jot.save')}
        </button>
        <button type="button" class="secondary" onClick={() => void cancel()}>
          {t('journal.form.cancel')}
        </button>
      </div>
    </form>
  );
}
