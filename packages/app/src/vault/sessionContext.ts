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
