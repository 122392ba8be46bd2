import type { Bytes } from '../vault/bytes.ts';

/** One entry of a vault's change log, as the relay keeps it: an id and sealed bytes. */
export interface LogRecord {
  readonly id: string;
  readonly bytes: Bytes;
}

export interface StoredObject {
  readonly name: string;
  readonly bytes: Bytes;
}

export type AppendResult =
  | { readonly ok: true }
  /** Another device moved the head first; this is where it is now. */
  | { readonly ok: false; readonly head: string | null };

/**
 * What a device needs from the relay for one vault (docs/sync-v2.md). The relay sees
 * names, sizes and order; it can read nothing, and cannot forge or reorder unnoticed.
 */
export interface Relay {
  /** The names among these that the relay does not hold. */
  missingObjects(names: readonly string[]): Promise<string[]>;
  /** Stores objects; one already held under a name is kept, never replaced. */
  putObjects(objects: readonly StoredObject[]): Promise<void>;
  /** The objects held under these names; a name it does not hold is left out. */
  getObjects(names: readonly string[]): Promise<Map<string, Bytes>>;
  /** Appends `entry` only if the head is still `expectedHead` (null: the log is empty). */
  appendLog(expectedHead: string | null, entry: LogRecord): Promise<AppendResult>;
  /**
   * Every entry after `since`, oldest first (all of them for null). Rejects with a
   * SyncError 'rolled-back' when the log holds no entry `since`.
   */
  readLog(since: string | null): Promise<LogRecord[]>;
}
