import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { VaultContext } from '../../vault/api.ts';
import { useSession, useVaultStatus } from '../../vault/sessionContext.ts';
import { RestoreFirstRun } from '../backup/Lazy.tsx';
import { Recover } from './Recover.tsx';
import { RecoveryKeyStep } from './RecoveryKeyStep.tsx';
import { Setup } from './Setup.tsx';
import { Unlock } from './Unlock.tsx';

/** Shows set-up, unlock or recovery until the vault is open, then the screen asked for. */
export function VaultGate({ children }: { children: ComponentChildren }) {
  const { t } = useShell();
  const session = useSession();
  const status = useVaultStatus(session);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [recovering, setRecovering] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const api = useMemo(() => (status === 'open' ? session.api() : null), [session, status]);

  useEffect(() => {
    // A lock while the key is on screen hides it for good.
    if (status !== 'open') setRecoveryKey(null);
    if (status === 'open') setRecovering(false);
    if (status !== 'none') setRestoring(false);
  }, [status]);

  if (recoveryKey && status === 'open')
    return <RecoveryKeyStep recoveryKey={recoveryKey} onDone={() => setRecoveryKey(null)} />;
  if (status === 'checking') return <p role="status">{t('app.loading')}</p>;
  if (status === 'none' && restoring) return <RestoreFirstRun onBack={() => setRestoring(false)} />;
  if (status === 'none')
    return <Setup onCreated={setRecoveryKey} onRestore={() => setRestoring(true)} />;
  if (status === 'locked' || !api) {
    return recovering ? (
      <Recover onBack={() => setRecovering(false)} />
    ) : (
      <Unlock onForgot={() => setRecovering(true)} />
    );
  }
  return <VaultContext.Provider value={api}>{children}</VaultContext.Provider>;
}
