import { useState } from 'preact/hooks';
import {
  URGE_LIMITS,
  isCalendarDate,
  validateContact,
  validateIfThen,
  validateReminder,
  validateUnsent,
} from '@steady/core';
import { useShell } from '../../shell/context.ts';
import { newId } from '../../vault/api.ts';
import { ReminderItem } from './ReminderItem.tsx';
import { usePlanContacts, useRecords, useUrgeSettings } from './data.ts';

type Status = { field: string; ok: boolean; text: string } | null;

/** Where the person writes the words and plans the flow will show them later. */
export function Manage() {
  const { t } = useShell();
  const reminders = useRecords('reminder', validateReminder);
  const plans = useRecords('ifthen', validateIfThen);
  const unsent = useRecords('unsent', validateUnsent);
  const { settings, save } = useUrgeSettings();
  const fromPlan = usePlanContacts();
  const [reminder, setReminder] = useState('');
  const [when, setWhen] = useState('');
  const [then, setThen] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [status, setStatus] = useState<Status>(null);

  async function attempt(field: string, work: () => Promise<void>) {
    try {
      await work();
      setStatus({ field, ok: true, text: t('urges.saved') });
    } catch {
      setStatus({ field, ok: false, text: t('urges.saveError') });
    }
  }

  const message = (field: string) =>
    status?.field === field && (
      <p role={status.ok ? 'status' : 'alert'} class={status.ok ? 'ok' : 'error'}>
        {status.text}
      </p>
    );

  return (
    <>
      <h1 id="urges-title" tabIndex={-1}>
        {t('urges.manageTitle')}
      </h1>

      <section class="card" aria-labelledby="urges-m-reminders">
        <h2 id="urges-m-reminders">{t('urges.remindersTitle')}</h2>
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
              setStatus({ field: 'reminder', ok: false, text: t('urges.emptyText') });
              return;
            }
            void attempt('reminder', async () => {
              await reminders.vault.put('reminder', checked.value.id, checked.value);
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
          {message('reminder')}
        </form>
      </section>

      <section class="card" aria-labelledby="urges-m-ifthen">
        <h2 id="urges-m-ifthen">{t('urges.ifthenTitle')}</h2>
        <p class="hint">{t('urges.ifthenIntro')}</p>
        <ul class="urges-words">
          {(plans.items ?? []).map((p) => (
            <li key={p.id} class="urges-item">
              <span>{t('urges.ifthenLine', { when: p.when, then: p.then })}</span>
              <button
                type="button"
                class="secondary"
                onClick={() =>
                  void attempt('ifthen', async () => {
                    await plans.vault.delete('ifthen', p.id);
                    await plans.reload();
                  })
                }
              >
                {t('urges.delete')}
              </button>
            </li>
          ))}
        </ul>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const checked = validateIfThen({
              id: newId(),
              when: when.trim(),
              then: then.trim(),
              writtenAt: new Date().toISOString(),
            });
            if (!checked.ok) {
              setStatus({ field: 'ifthen', ok: false, text: t('urges.emptyText') });
              return;
            }
            void attempt('ifthen', async () => {
              await plans.vault.put('ifthen', checked.value.id, checked.value);
              setWhen('');
              setThen('');
              await plans.reload();
            });
          }}
        >
          <div class="field">
            <label for="urges-when">{t('urges.ifWhen')}</label>
            <p class="hint" id="urges-when-hint">
              {t('urges.ifWhenHint')}
            </p>
            <input
              autoComplete="off"
              id="urges-when"
              type="text"
              aria-describedby="urges-when-hint"
              maxLength={URGE_LIMITS.text}
              value={when}
              onInput={(event) => setWhen(event.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="urges-then">{t('urges.ifThen')}</label>
            <p class="hint" id="urges-then-hint">
              {t('urges.ifThenHint')}
            </p>
            <input
              autoComplete="off"
              id="urges-then"
              type="text"
              aria-describedby="urges-then-hint"
              maxLength={URGE_LIMITS.text}
              value={then}
              onInput={(event) => setThen(event.currentTarget.value)}
            />
          </div>
          <button type="submit">{t('urges.ifAdd')}</button>
          {message('ifthen')}
        </form>
      </section>

      <section class="card" aria-labelledby="urges-m-people">
        <h2 id="urges-m-people">{t('urges.peopleTitle')}</h2>
        {fromPlan.length > 0 && (
          <>
            <p>{t('urges.peopleFromPlan')}</p>
            <ul class="urges-words">
              {fromPlan.map((p) => (
                <li key={`${p.name}-${p.phone}`}>
                  {p.name}: {p.phone}
                </li>
              ))}
            </ul>
          </>
        )}
        <ul class="urges-words">
          {(settings?.contacts ?? []).map((p, index) => (
            <li key={`${p.name}-${p.phone}`} class="urges-item">
              <span>
                {p.name}: {p.phone}
              </span>
              <button
                type="button"
                class="secondary"
                onClick={() =>
                  void attempt('people', () =>
                    save({ contacts: (settings?.contacts ?? []).filter((_, i) => i !== index) }),
                  )
                }
              >
                {t('urges.delete')}
              </button>
            </li>
          ))}
        </ul>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const contact = validateContact({ name, phone });
            if (!contact) {
              setStatus({ field: 'people', ok: false, text: t('urges.personInvalid') });
              return;
            }
            void attempt('people', async () => {
              await save({ contacts: [...(settings?.contacts ?? []), contact] });
              setName('');
              setPhone('');
            });
          }}
        >
          <div class="field">
            <label for="urges-person-name">{t('urges.personName')}</label>
            <input
              id="urges-person-name"
              type="text"
              autoComplete="off"
              maxLength={URGE_LIMITS.name}
              value={name}
              onInput={(event) => setName(event.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="urges-person-phone">{t('urges.personPhone')}</label>
            <input
              id="urges-person-phone"
              type="tel"
              autoComplete="off"
              maxLength={32}
              value={phone}
              onInput={(event) => setPhone(event.currentTarget.value)}
            />
          </div>
          <button type="submit">{t('urges.personAdd')}</button>
          {message('people')}
        </form>
      </section>

      <div class="card">
        <div class="field">
          <label for="urges-last-contact">{t('urges.lastContact')}</label>
          <p class="hint" id="urges-last-hint">
            {t('urges.lastContactHint')}
          </p>
          <input
            autoComplete="off"
            id="urges-last-contact"
            type="date"
            aria-describedby="urges-last-hint"
            value={settings?.lastContact ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              void attempt('last', () =>
                save({ lastContact: isCalendarDate(value) ? value : undefined }),
              );
            }}
          />
        </div>
        {message('last')}
      </div>

      {unsent.items && unsent.items.length > 0 && (
        <section class="card" aria-labelledby="urges-m-unsent">
          <h2 id="urges-m-unsent">{t('urges.unsentListTitle')}</h2>
          <ul class="urges-words">
            {[...unsent.items]
              .sort((a, b) => (a.writtenAt < b.writtenAt ? 1 : -1))
              .map((u) => (
                <li key={u.id} class="urges-item">
                  <p class="urges-own">{u.text}</p>
                  <button
                    type="button"
                    class="secondary"
                    onClick={() =>
                      void attempt('unsent', async () => {
                        await unsent.vault.delete('unsent', u.id);
                        await unsent.reload();
                      })
                    }
                  >
                    {t('urges.delete')}
                  </button>
                </li>
              ))}
          </ul>
          {message('unsent')}
        </section>
      )}
    </>
  );
}
