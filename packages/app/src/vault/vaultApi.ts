import { deleteChange, putChange, type CheckedChange, type OpenVault } from '@steady/core/vault';
import type { VaultApi } from './api.ts';
import { attempt } from './lockState.ts';
import type { ServerBackupPart } from './serverBackup.ts';
import type { SyncPart } from './sync.ts';

/** What the records API needs of the session besides the open vault. */
export interface VaultApiParts {
  readonly sync: SyncPart;
  readonly serverBackup: ServerBackupPart;
  /** Called just before the vault locks; the session empties it at every lock. */
  readonly beforeLock: Set<() => void>;
  /** Called once a write that changed a journal entry has landed. */
  readonly journalSaved?: () => void;
}

/**
 * The records API for feature screens, bound to `vault`: every write is counted for server
 * backup, and what sync keeps of a change lands in the same commit as the change.
 */
export function vaultApi(
  vault: OpenVault,
  { sync, serverBackup, beforeLock, journalSaved }: VaultApiParts,
): VaultApi {
  const changed = (write: Promise<void>) => serverBackup.changed(write);
  const commit = (changes: readonly CheckedChange[], base?: { value: unknown }) => {
    const withSync = sync.record(changes, base);
    const write = vault.write([...changes, ...withSync]);
    // Sync took the change in before it landed; if it did not land, sync starts again
    // from what the vault holds.
    if (withSync.length > 0) write.catch(() => sync.reopen());
    if (journalSaved && changes.some((change) => change.kind === 'journal')) {
      write.then(journalSaved, () => undefined);
    }
    return changed(write);
  };
  return {
    read: (kind, id) => vault.read(kind, id),
    readAll: (kind, afterDecrypt) => vault.readAll(kind, afterDecrypt),
    readInParts: (kind, onPart, options) => vault.readInParts(kind, onPart, options),
    // Sealed synchronously (inside beforeLock the keys are still there), and a value
    // that fails its check is refused before anything is written.
    put: (kind, id, value, options) =>
      attempt(() =>
        commit(
          [putChange(kind, id, value)],
          options?.base === undefined ? undefined : { value: options.base },
        ),
      ),
    putNew: (kind, id, value) =>
      attempt(() => {
        // Not for synced kinds: sync would not hear of the write.
        if (kind.scope !== 'local') throw new Error(`${kind.name} is synced: use put`);
        const change = putChange(kind, id, value);
        const written = change.op === 'put' ? vault.writeNew(change) : Promise.resolve(false);
        // Counted for server backup only: the caller hears of a failed write from `written`.
        void changed(written.then(() => undefined)).catch(() => undefined);
        return written;
      }),
    commit: (changes) => attempt(() => commit(changes)),
    delete: (kind, id) => attempt(() => commit([deleteChange(kind, id)])),
    beforeLock: (callback) => {
      beforeLock.add(callback);
      return () => beforeLock.delete(callback);
    },
    onSynced: (listener) => sync.applied.subscribe(({ kinds }) => listener(kinds)),
    conflicts: (kind, id) => sync.conflicts(kind, id),
    resolveConflict: (kind, id, copy, choice) => sync.resolve(kind, id, copy, choice),
  };
}
