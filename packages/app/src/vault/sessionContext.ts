import type { DuressMode } from '@steady/core';
import { createContext } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import type { VaultApi } from './api.ts';
import { useObservable } from './observable.ts';
import type { SecurityState } from './security.ts';
import type { ServerBackupState } from './serverBackup.ts';
import type { SyncState } from './sync.ts';
import type { TimestampState } from './timestamps.ts';
import type { LockState, VaultStatus } from './lockState.ts';
import type { VaultSession } from './session.ts';

export const SessionContext = createContext<VaultSession | null>(null);

export function useSession(): VaultSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the provider');
  return session;
}

// One hook per part of the session: a screen re-renders when the part it reads changes.

export function useLockState(): LockState {
  return useObservable(useSession().lock$);
}

/** Re-renders when the vault opens or locks. */
export function useVaultStatus(): VaultStatus {
  return useLockState().status;
}

/** The records API while the vault is open (one per opening), null while it is not. */
export function useOpenVault(): VaultApi | null {
  const session = useSession();
  const status = useVaultStatus();
  return useMemo(() => (status === 'open' ? session.api() : null), [session, status]);
}

export function useSecurity(): SecurityState {
  return useObservable(useSession().security.state);
}

export function useServerBackup(): ServerBackupState {
  return useObservable(useSession().serverBackup.state);
}

export function useDuressMode(): DuressMode | null {
  return useObservable(useSession().duress.mode);
}

export function useSync(): SyncState {
  return useObservable(useSession().sync.state);
}

export function useTimestamps(): TimestampState {
  return useObservable(useSession().timestamps.state);
}
