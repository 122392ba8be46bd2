import type {
  CheckedChange,
  ConflictCopy,
  ReadAll,
  ReadPartsOptions,
  ReadResult,
  RecordKind,
} from '@steady/core';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * What a feature may do with the person's encrypted records. The screen never sees a
 * key: it hands values to the vault and gets values back, and every call fails with a
 * VaultLockedError once the vault is locked. Every read and write names its record kind
 * (core/records): reads come back checked and made current, or counted as unreadable;
 * writes are checked before anything is stored.
 */
export interface VaultApi {
  /** The record under `id`, undefined when there is none. */
  read<T>(kind: RecordKind<T>, id: string): Promise<ReadResult<T> | undefined>;
  /** Every record of a kind: those that read, and those that could not (to count, never to drop). */
  readAll<T>(kind: RecordKind<T>, afterDecrypt?: () => void): Promise<ReadAll<T>>;
  /**
   * readAll a part at a time, pausing between parts so the page stays responsive while
   * thousands of records open (OpenVault.readInParts). Resolves to how many there are.
   */
  readInParts<T>(
    kind: RecordKind<T>,
    onPart: (part: ReadAll<T>, read: number, total: number) => boolean | void,
    options: ReadPartsOptions,
  ): Promise<number>;
  /**
   * `base`: the value the screen loaded and the person changed. Given, only what differs
   * from it counts as changed here, so what another device changed meanwhile is kept.
   */
  put<T>(kind: RecordKind<T>, id: string, value: T, options?: { base?: T }): Promise<void>;
  /**
   * Puts `value` only when no record is under `id` yet (true when it was written), and
   * still lands when the vault locks meanwhile. For local records, such as a draft typed
   * before its form had read the one already stored: that one is never written over.
   */
  putNew<T>(kind: RecordKind<T>, id: string, value: T): Promise<boolean>;
  /** Several changes (made with putChange and deleteChange), all together or not at all. */
  commit(changes: readonly CheckedChange[]): Promise<void>;
  delete(kind: RecordKind<unknown>, id: string): Promise<void>;
  /**
   * Calls `callback` just before the vault locks (a button, quick exit, auto-lock), while
   * the keys are still there: a write started synchronously inside it is encrypted at once
   * and still lands. For work that would otherwise be lost, such as a save that is
   * waiting a moment for more typing. Returns a function that stops the calls.
   */
  beforeLock(callback: () => void): () => void;
  /**
   * Calls `listener` whenever another device's changes were written into the vault, with
   * the kinds they touched, so a screen showing one of them reads it again.
   */
  onSynced(listener: (kinds: ReadonlySet<string>) => void): () => void;
  /** Text another device wrote to the same field at the same time, kept for the person. */
  conflicts(kind: RecordKind<unknown>, id: string): readonly ConflictCopy[];
  /** 'keep' makes the copy the text, 'drop' keeps the one shown; every device hears of it. */
  resolveConflict(
    kind: RecordKind<unknown>,
    id: string,
    copy: ConflictCopy,
    choice: 'keep' | 'drop',
  ): Promise<void>;
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

/** The value of a read, or undefined when the record is absent or could not be read. */
export function valueOf<T>(read: ReadResult<T> | undefined): T | undefined {
  return read?.ok ? read.value : undefined;
}
