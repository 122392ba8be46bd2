import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { VaultSession, VaultStatus } from './session.ts';

export const SessionContext = createContext<VaultSession | null>(null);

export function useSession(): VaultSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the provider');
  return session;
}

/** Re-renders when the vault opens or locks. */
export function useVaultStatus(session: VaultSession): VaultStatus {
  const [status, setStatus] = useState(session.status);
  useEffect(() => {
    setStatus(session.status);
    return session.subscribe(() => setStatus(session.status));
  }, [session]);
  return status;
}

/**
 * Re-renders on every change the session announces (its status, settings read after
 * unlock, server backup, a recovery key to confirm), for screens that read those fields.
 */
export function useSessionChanges(session: VaultSession): VaultStatus {
  const [, rerender] = useState(0);
  useEffect(() => {
    const stop = session.subscribe(() => rerender((n) => n + 1));
    // Whatever changed between the first render and this subscription is caught too.
    rerender((n) => n + 1);
    return stop;
  }, [session]);
  return session.status;
}
