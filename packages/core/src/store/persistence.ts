export type PersistenceResult = 'granted' | 'denied' | 'unsupported';

type PersistCapable = { persist(): Promise<boolean> };

function canPersist(storage: unknown): storage is PersistCapable {
  return (
    typeof storage === 'object' &&
    storage !== null &&
    'persist' in storage &&
    typeof storage.persist === 'function'
  );
}

/**
 * Asks the browser not to evict this origin's storage under pressure, which would
 * otherwise silently delete the vault. Workers and Node have no `persist()`.
 */
export async function requestPersistence(): Promise<PersistenceResult> {
  if (typeof navigator === 'undefined') return 'unsupported';
  const storage: unknown = navigator.storage;
  if (!canPersist(storage)) return 'unsupported';
  try {
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    // Some browsers reject instead of answering false (e.g. in private windows).
    return 'denied';
  }
}
