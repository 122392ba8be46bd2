import { MAX_BACKUP_BYTES } from '@steady/core';
import { useState } from 'preact/hooks';
import type { MessageKey } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';
import { useSession } from '../../vault/sessionContext.ts';
import { isAbort } from '../lock/errors.ts';
import { restoreErrorMessage } from './errors.ts';
import { RestoreParts } from './RestoreParts.tsx';

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
  const [passphrase, setPassphrase] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<MessageKey | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (!file) return setProblem('backup.needFile');
    if (passphrase === '') return setProblem('backup.needPassphrase');
    if (replaces && !confirmed) return setProblem('backup.needConfirm');
    setProblem(null);
    if (file.size > MAX_BACKUP_BYTES) return setProblem('backup.error.too-large');
    setBusy(true);
    try {
      await session.restore(new Uint8Array(await file.arrayBuffer()), passphrase);
      setPassphrase('');
      onRestored?.();
    } catch (error) {
      if (!isAbort(error)) setProblem(restoreErrorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={labelledBy ?? 'restore-title'}>
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
      <RestoreParts
        id="restore"
        passphrase={passphrase}
        onPassphrase={setPassphrase}
        replaces={replaces}
        confirmed={confirmed}
        onConfirmed={setConfirmed}
        problem={problem}
        busy={busy}
        submit="backup.restore"
      />
    </form>
  );
}
