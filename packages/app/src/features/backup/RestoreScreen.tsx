import { useShell } from '../../shell/context.ts';
import { RestoreBackup } from './RestoreBackup.tsx';
import { RestoreFromServer } from './RestoreFromServer.tsx';
import { useRelayAvailable } from './ServerBackup.tsx';

/** First run: bring a backup onto a device with no vault yet, instead of setting one up. */
export function RestoreScreen({ onBack }: { onBack(): void }) {
  const { t } = useShell();
  return (
    <section class="screen" aria-labelledby="restore-screen-title">
      <h1 id="restore-screen-title">{t('backup.restoreTitle')}</h1>
      <RestoreBackup replaces={false} labelledBy="restore-screen-title" />
      {useRelayAvailable() && <RestoreFromServer replaces={false} />}
      <p class="muted">{t('backup.where')}</p>
      <div class="row">
        <button type="button" class="secondary" onClick={onBack}>
          {t('backup.back')}
        </button>
      </div>
    </section>
  );
}
