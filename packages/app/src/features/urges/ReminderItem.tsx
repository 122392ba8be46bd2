import { useState } from 'preact/hooks';
import { URGE_LIMITS, reminder as reminderKind, type ReminderRecord } from '@steady/core';
import { useShell } from '../../shell/context.ts';
import { useVault } from '../../vault/api.ts';

/** One reminder, which the person can reword or let go of. */
export function ReminderItem({
  reminder,
  onChanged,
}: {
  reminder: ReminderRecord;
  onChanged: () => Promise<void>;
}) {
  const { t } = useShell();
  const vault = useVault();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(reminder.text);
  const [error, setError] = useState<string | null>(null);
  const fieldId = `urges-reminder-${reminder.id}`;

  async function run(work: () => Promise<void>) {
    setError(null);
    try {
      await work();
      await onChanged();
    } catch {
      setError(t('urges.saveError'));
    }
  }

  return (
    <li class="urges-item">
      {editing ? (
        <form
          class="urges-edit"
          onSubmit={(event) => {
            event.preventDefault();
            if (!text.trim()) {
              setError(t('urges.emptyText'));
              return;
            }
            void run(async () => {
              await vault.put(reminderKind, reminder.id, { ...reminder, text: text.trim() });
              setEditing(false);
            });
          }}
        >
          <label for={fieldId}>{t('urges.reminderEdit')}</label>
          <textarea
            autoComplete="off"
            id={fieldId}
            rows={3}
            maxLength={URGE_LIMITS.text}
            value={text}
            onInput={(event) => setText(event.currentTarget.value)}
          />
          <div class="row">
            <button type="submit">{t('urges.save')}</button>
            <button type="button" class="secondary" onClick={() => setEditing(false)}>
              {t('urges.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p class="urges-own">{reminder.text}</p>
          <div class="row">
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setText(reminder.text);
                setEditing(true);
              }}
            >
              {t('urges.edit')}
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => void run(() => vault.delete(reminderKind, reminder.id))}
            >
              {t('urges.delete')}
            </button>
          </div>
        </>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </li>
  );
}
