import { useMemo } from 'preact/hooks';
import { lazyPart } from '../../shell/lazyPart.tsx';
import { VaultContext } from '../../vault/api.ts';
import { useLockState, useSession } from '../../vault/sessionContext.ts';

// Its code and words arrive after the first paint (the first download's budget).
const AlertPeople = lazyPart(() => import('./AlertPeople.tsx').then((m) => m.AlertPeople));

/**
 * "Alert my people", on Home and Help. It reads the safety plan, so it shows only
 * while the vault is open: Help works while locked, and then it is simply not there.
 */
export function AlertEntry() {
  const session = useSession();
  const { status } = useLockState();
  const api = useMemo(() => (status === 'open' ? session.api() : null), [session, status]);
  if (!api) return null;
  return (
    <VaultContext.Provider value={api}>
      <AlertPeople />
    </VaultContext.Provider>
  );
}
