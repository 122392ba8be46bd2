// One part of the "manage" view of the urge tools (Manage.tsx puts them together).
import { useState } from 'preact/hooks';
import { URGE_LIMITS, reminder as reminderKind, validateReminder } from '@steady/core';
import { useShell } from '../../../shell/context.ts';
import { UnreadableNote } from '../../../ui/Unreadable.tsx';
import type { SaveStatus } from '../../../ui/useSaveStatus.tsx';
import { newId } from '../../../vault/api.ts';
import { useRecords } from '../../../vault/useRecords.ts';
import { ReminderItem } from '../ReminderItem.tsx';

/** The person's own reminders: reworded, let go of, or added. */
export function Reminders({ status }: { status: SaveStatus }) {
  const { t } = useShell();
  const reminders = useRecords(reminderKind);
  const [reminder, setReminder] = useState('');
  return (
    <section class="card" aria-labelledby="urges-m-reminders">
      <h2 id="urges-m-reminders">{t('urges.remindersTitle')}</h2>
      <UnreadableNote what="reminder" count={reminders.unreadable} />
      <ul class="urges-words">
        {(reminders.items ?? []).map((r) => (
          <ReminderItem key={r.id} reminder={r} onChanged={reminders.reload} />
        ))}
      </ul>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const checked = validateReminder({
            id: newId(),
            text: reminder.trim(),
            writtenAt: new Date().toISOString(),
          });
          if (!checked.ok) {
            status.refuse('reminder', 'urges.emptyText');
            return;
          }
          void status.attempt('reminder', async () => {
            await reminders.vault.put(reminderKind, checked.value.id, checked.value);
            setReminder('');
            await reminders.reload();
          });
        }}
      >
        <div class="field">
          <label for="urges-reminder">{t('urges.reminderLabel')}</label>
          <p class="hint" id="urges-reminder-hint">
            {t('urges.reminderHint')}
          </p>
          <textarea
            autoComplete="off"
            id="urges-reminder"
            rows={3}
            maxLength={URGE_LIMITS.text}
            aria-describedby="urges-reminder-hint"
            value={reminder}
            onInput={(event) => setReminder(event.currentTarget.value)}
          />
        </div>
        <button type="submit">{t('urges.reminderAdd')}</button>
        {status.message('reminder')}
      </form>
    </section>
  );
}
