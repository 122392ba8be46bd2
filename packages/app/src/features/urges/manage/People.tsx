// One part of the "manage" view of the urge tools (Manage.tsx puts them together).
import { useState } from 'preact/hooks';
import { URGE_LIMITS, validateContact } from '@steady/core';
import { useShell } from '../../../shell/context.ts';
import { RemovableList } from '../../../ui/RemovableList.tsx';
import type { SaveStatus } from '../../../ui/useSaveStatus.tsx';
import { usePlanContacts, type UrgeSettingsState } from '../data.ts';

/** People to text or call instead: those from the safety plan, and the person's own here. */
export function People({ status, urge }: { status: SaveStatus; urge: UrgeSettingsState }) {
  const { t } = useShell();
  const { settings, save } = urge;
  const fromPlan = usePlanContacts();
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  return (
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
      <RemovableList
        items={settings?.contacts ?? []}
        keyOf={(p) => `${p.name}-${p.phone}`}
        show={(p) => (
          <span>
            {p.name}: {p.phone}
          </span>
        )}
        removeLabel={t('urges.delete')}
        onRemove={(gone) =>
          void status.attempt('people', () =>
            save({ contacts: (settings?.contacts ?? []).filter((p) => p !== gone) }),
          )
        }
      />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const contact = validateContact({ name, phone });
          if (!contact) {
            status.refuse('people', 'urges.personInvalid');
            return;
          }
          void status.attempt('people', async () => {
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
        {status.message('people')}
      </form>
    </section>
  );
}
