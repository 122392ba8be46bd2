import type { RecordKind } from '@steady/core';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { useVault, type VaultApi } from './api.ts';

export interface Records<T> {
  /** Every record of the kind that could be read, as stored; null while reading. */
  items: T[] | null;
  /** How many could not be read: kept as they are, and said on screen. */
  unreadable: number;
  /** The vault could not be read at all just now. */
  failed: boolean;
  reload(): Promise<void>;
  vault: VaultApi;
}

/** Every record of a kind, with a count of those that could not be read. */
export function useRecords<T>(kind: RecordKind<T>): Records<T> {
  const vault = useVault();
  const [items, setItems] = useState<T[] | null>(null);
  const [unreadable, setUnreadable] = useState(0);
  const [failed, setFailed] = useState(false);
  const reload = useCallback(async () => {
    const all = await vault.readAll(kind);
    setItems(all.items.map((item) => item.value));
    setUnreadable(all.unreadable.length);
    setFailed(false);
  }, [vault, kind]);
  useEffect(() => {
    const load = () =>
      reload().catch(() => {
        setItems([]);
        setFailed(true);
      });
    void load();
    // Another device changed records of this kind: show them as they now are.
    return vault.onSynced((kinds) => {
      if (kinds.has(kind.kind)) void load();
    });
  }, [reload, vault, kind]);
  return { items, unreadable, failed, reload, vault };
}

/**
 * A number that moves each time another device's changes to one of `kinds` were written
 * into the vault: put it in an effect's dependencies to read those records again.
 */
export function useSyncedSerial(kinds: readonly RecordKind<unknown>[]): number {
  const vault = useVault();
  const [serial, setSerial] = useState(0);
  const names = kinds.map((kind) => kind.kind).join('\u0000');
  useEffect(() => {
    const wanted = new Set(names.split('\u0000'));
    return vault.onSynced((changed) => {
      if ([...changed].some((kind) => wanted.has(kind))) setSerial((n) => n + 1);
    });
  }, [vault, names]);
  return serial;
}
