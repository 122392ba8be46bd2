import { useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { useSession, useVaultStatus } from '../../vault/sessionContext.ts';
import { backupFileName, offerDownload } from './download.ts';
import { RestoreBackup } from './RestoreBackup.tsx';
import { RestoreFromServer } from './RestoreFromServer.tsx';
import { ServerBackup, useRelayAvailable } from './ServerBackup.tsx';

/**
 * The Backup section of Settings: save an encrypted backup file, or replace what is here
 * with one. Shown while the vault is open, and kept after a restore to say it worked.
 */
export function BackupSettings() {
  const { t } = useShell();
  const session = useSession();
  const open = useVaultStatus() === 'open';
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<{ ok: boolean; name: string } | null>(null);
  const [restored, setRestored] = useState(false);
  const relay = useRelayAvailable();

  if (!open && !restored) return null;
  if (!open) {
    return (
      <div class="card" id="backup">
        <h2>{t('backup.title')}</h2>
        <p class="ok" role="status">
          {t('backup.restored')}
        </p>
      </div>
    );
  }

  async function save() {
    if (saving) return;
    setSaving(true);
    setSaved(null);
    try {
      const name = backupFileName();
      offerDownload(new Uint8Array(await session.backup()), name);
      setSaved({ ok: true, name });
    } catch {
      setSaved({ ok: false, name: '' });
    } finally {
      setSaving(false);
    }
  }

  return (
    <div class="card" id="backup">
      <h2>{t('backup.title')}</h2>
      <p>{t('backup.intro')}</p>
      <p class="hint">{t('backup.where')}</p>
      <p class="hint">{t('backup.downloads')}</p>
      <div class="row">
        <button type="button" onClick={() => void save()} disabled={saving}>
          {saving ? t('backup.saving') : t('backup.save')}
        </button>
      </div>
      <p role="status" class={saved?.ok === false ? 'error' : 'ok'}>
        {saved ? (saved.ok ? t('backup.saved', { name: saved.name }) : t('backup.saveFailed')) : ''}
      </p>
      <ServerBackup available={relay} />
      <RestoreBackup replaces onRestored={() => setRestored(true)} />
      {relay && <RestoreFromServer replaces level={3} onRestored={() => setRestored(true)} />}
    </div>
  );
}
