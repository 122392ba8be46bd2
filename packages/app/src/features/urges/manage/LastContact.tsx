// One part of the "manage" view of the urge tools (Manage.tsx puts them together).
import { isCalendarDate } from '@steady/core';
import { useShell } from '../../../shell/context.ts';
import type { SaveStatus } from '../../../ui/useSaveStatus.tsx';
import type { UrgeSettingsState } from '../data.ts';

/** The last contact before using Steady, if the person wants the count to start there. */
export function LastContact({ status, urge }: { status: SaveStatus; urge: UrgeSettingsState }) {
  const { t } = useShell();
  const { settings, save } = urge;
  return (
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
            void status.attempt('last', () =>
              save({ lastContact: isCalendarDate(value) ? value : undefined }),
            );
          }}
        />
      </div>
      {status.message('last')}
    </div>
  );
}
