import { useShell } from '../../shell/context.ts';
import { useSaveStatus } from '../../ui/useSaveStatus.tsx';
import { useUrgeSettings } from './data.ts';
import { IfThen } from './manage/IfThen.tsx';
import { LastContact } from './manage/LastContact.tsx';
import { People } from './manage/People.tsx';
import { Reminders } from './manage/Reminders.tsx';
import { Unsent } from './manage/Unsent.tsx';

/** Where the person writes the words and plans the flow will show them later. */
export function Manage() {
  const { t } = useShell();
  const status = useSaveStatus('urges.saved', 'urges.saveError');
  const urge = useUrgeSettings();
  return (
    <>
      <h1 id="urges-title" tabIndex={-1}>
        {t('urges.manageTitle')}
      </h1>
      {urge.unreadable && <p class="error">{t('urges.settingsUnreadable')}</p>}
      <Reminders status={status} />
      <IfThen status={status} />
      <People status={status} urge={urge} />
      <LastContact status={status} urge={urge} />
      <Unsent status={status} />
    </>
  );
}
