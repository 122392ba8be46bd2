import { MAX_BACKUP_BYTES } from '@steady/core/backup';
import { useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { useSession } from '../../vault/sessionContext.ts';
import { restoreErrorMessage } from './errors.ts';
import { RestoreParts, useRestore } from './RestoreParts.tsx';

interface Props {
  /** True when a vault exists here: the person must confirm that it will be replaced. */
  replaces: boolean;
  /** Called once the backup is in place (the vault is then locked). */
  onRestored?(): void;
  /** The id of a heading that already names this form; without it the form has its own. */
  labelledBy?: string;
}

/** Choose a backup file, type its passphrase, confirm, restore: all of it or nothing. */
export function RestoreBackup({ replaces, onRestored, labelledBy }: Props) {
  const { t } = useShell();
  const session = useSession();
  const [file, setFile] = useState<File | null>(null);
  const { problem, parts, submit } = useRestore(replaces, onRestored, restoreErrorMessage);

  function onSubmit(event: Event) {
    void submit(
      event,
      () => (file ? null : 'backup.needFile'),
      async (passphrase) =>
        session.restore(new Uint8Array(await (file as File).arrayBuffer()), passphrase),
      () => (file && file.size > MAX_BACKUP_BYTES ? 'backup.error.too-large' : null),
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={labelledBy ?? 'restore-title'}>
      {labelledBy === undefined && <h3 id="restore-title">{t('backup.restoreTitle')}</h3>}
      <p class="hint">{t('backup.restoreIntro')}</p>
      <div class="field">
        <label for="restore-file">{t('backup.file')}</label>
        <input
          autoComplete="off"
          id="restore-file"
          type="file"
          aria-invalid={problem === 'backup.needFile' ? true : undefined}
          onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
        />
      </div>
      <RestoreParts id="restore" submit="backup.restore" {...parts} />
    </form>
  );
}
