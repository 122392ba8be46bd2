import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * What a feature may do with the person's encrypted records. The screen never
 * sees a key: it hands plain values to the vault and gets plain values back,
 * and every call fails with a VaultLockedError once the vault is locked.
 * Values must be JSON-serialisable. A `kind` names a record type ('journal',
 * 'selfcheck', ...); an `id` is unique within its kind.
 */
export interface VaultApi {
  get<T>(kind: string, id: string): Promise<T | undefined>;
  /** Every record of a kind, with its id. */
  list<T>(kind: string): Promise<Array<{ id: string; value: T }>>;
  put<T>(kind: string, id: string, value: T): Promise<void>;
  /** Several changes, written all together or not at all. */
  commit(
    changes: ReadonlyArray<
      | { op: 'put'; kind: string; id: string; value: unknown }
      | { op: 'delete'; kind: string; id: string }
    >,
  ): Promise<void>;
  delete(kind: string, id: string): Promise<void>;
  /**
   * Calls `callback` just before the vault locks (a button, quick exit, auto-lock), while
   * the keys are still there: a put started synchronously inside it is encrypted at once
   * and still lands. For work that would otherwise be lost, such as a save that is
   * waiting a moment for more typing. Returns a function that stops the calls.
   */
  beforeLock(callback: () => void): () => void;
}

export const VaultContext = createContext<VaultApi | null>(null);

/** The open vault. Screens that show a person's records only render while it is open. */
export function useVault(): VaultApi {
  const vault = useContext(VaultContext);
  if (!vault) throw new Error('useVault while the vault is locked');
  return vault;
}

/** A random id for a new record, unguessable and saying nothing about its content. */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
