// One part of the "manage" view of the urge tools (Manage.tsx puts them together).
import { useState } from 'preact/hooks';
import { URGE_LIMITS, ifThenPlan, validateIfThen } from '@steady/core';
import { useShell } from '../../../shell/context.ts';
import { UnreadableNote } from '../../../ui/Unreadable.tsx';
import { RemovableList } from '../../../ui/RemovableList.tsx';
import type { SaveStatus } from '../../../ui/useSaveStatus.tsx';
import { newId } from '../../../vault/api.ts';
import { useRecords } from '../../../vault/useRecords.ts';

/** "If I want to message them, then I will …": listed, let go of, or added. */
export function IfThen({ status }: { status: SaveStatus }) {
  const { t } = useShell();
  const plans = useRecords(ifThenPlan);
  const [when, setWhen] = useState('');
  const [then, setThen] = useState('');
  return (
    <section class="card" aria-labelledby="urges-m-ifthen">
      <h2 id="urges-m-ifthen">{t('urges.ifthenTitle')}</h2>
      <p class="hint">{t('urges.ifthenIntro')}</p>
      <UnreadableNote what="ifthen" count={plans.unreadable} />
      <RemovableList
        items={plans.items ?? []}
        keyOf={(p) => p.id}
        show={(p) => <span>{t('urges.ifthenLine', { when: p.when, then: p.then })}</span>}
        removeLabel={t('urges.delete')}
        onRemove={(p) =>
          void status.attempt('ifthen', async () => {
            await plans.vault.delete(ifThenPlan, p.id);
            await plans.reload();
          })
        }
      />
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
            status.refuse('ifthen', 'urges.emptyText');
            return;
          }
          void status.attempt('ifthen', async () => {
            await plans.vault.put(ifThenPlan, checked.value.id, checked.value);
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
        {status.message('ifthen')}
      </form>
    </section>
  );
}
