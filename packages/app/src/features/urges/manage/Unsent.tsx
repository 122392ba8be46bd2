// One part of the "manage" view of the urge tools (Manage.tsx puts them together).
import { unsentMessage } from '@steady/core';
import { useShell } from '../../../shell/context.ts';
import { UnreadableNote } from '../../../ui/Unreadable.tsx';
import { RemovableList } from '../../../ui/RemovableList.tsx';
import type { SaveStatus } from '../../../ui/useSaveStatus.tsx';
import { useRecords } from '../../../vault/useRecords.ts';

/** The words written and never sent, newest first, each of which can be let go of. */
export function Unsent({ status }: { status: SaveStatus }) {
  const { t } = useShell();
  const unsent = useRecords(unsentMessage);
  return (
    <>
      <UnreadableNote what="unsent" count={unsent.unreadable} />
      {unsent.items && unsent.items.length > 0 && (
        <section class="card" aria-labelledby="urges-m-unsent">
          <h2 id="urges-m-unsent">{t('urges.unsentListTitle')}</h2>
          <RemovableList
            items={[...unsent.items].sort((a, b) => (a.writtenAt < b.writtenAt ? 1 : -1))}
            keyOf={(u) => u.id}
            show={(u) => <p class="urges-own">{u.text}</p>}
            removeLabel={t('urges.delete')}
            onRemove={(u) =>
              void status.attempt('unsent', async () => {
                await unsent.vault.delete(unsentMessage, u.id);
                await unsent.reload();
              })
            }
          />
          {status.message('unsent')}
        </section>
      )}
    </>
  );
}
