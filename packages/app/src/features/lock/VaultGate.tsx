import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { Loading } from '../../ui/Status.tsx';
import { VaultContext } from '../../vault/api.ts';
import { useLockState, useOpenVault } from '../../vault/sessionContext.ts';
import { RestoreFirstRun } from '../backup/Lazy.tsx';
import { lazyPart } from '../../shell/lazyPart.tsx';
import { Setup } from './Setup.tsx';
import { Unlock } from './Unlock.tsx';

// Only after "Forgot your passphrase?": not part of the first download.
const Recover = lazyPart(() => import('./Recover.tsx').then((m) => m.Recover), { busy: true });
const DraftOffer = lazyPart(() => import('./DraftOffer.tsx').then((m) => m.DraftOffer));

/** Shows set-up, unlock or recovery until the vault is open, then the screen asked for. */
export function VaultGate({ children }: { children: ComponentChildren }) {
  const { t } = useShell();
  const { status, draftOfferDue } = useLockState();
  const [recovering, setRecovering] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const api = useOpenVault();

  useEffect(() => {
    if (status === 'open') setRecovering(false);
    if (status !== 'none') setRestoring(false);
  }, [status]);

  if (status === 'checking') return <Loading text={t('app.loading')} />;
  if (status === 'none' && restoring) return <RestoreFirstRun onBack={() => setRestoring(false)} />;
  if (status === 'none') return <Setup onRestore={() => setRestoring(true)} />;
  if (status === 'locked' || !api) {
    return recovering ? (
      <Recover onBack={() => setRecovering(false)} />
    ) : (
      <Unlock onForgot={() => setRecovering(true)} />
    );
  }
  return (
    <VaultContext.Provider value={api}>
      {draftOfferDue && <DraftOffer />}
      {children}
    </VaultContext.Provider>
  );
}
