import { MemoryStore } from '../../store/memory.ts';
import type { StoreOp } from '../../store/store.ts';
import type { RecordKind } from '../kind.ts';
import { kindFor } from '../registry.ts';

/** A fixture's `vault.json`: the header and each record's ciphertext, base64. */
export interface GoldenVault {
  readonly meta: ReadonlyArray<{ readonly key: string; readonly value: string }>;
  readonly records: ReadonlyArray<{
    readonly tag: string;
    readonly id: string;
    readonly data: string;
  }>;
}

export const fromBase64 = (base64: string): Uint8Array =>
  Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/** The store a fixture's phone held, in memory, byte for byte (for the tests that open it). */
export async function goldenStore(vault: GoldenVault): Promise<MemoryStore> {
  const store = new MemoryStore();
  await store.commit([
    ...vault.meta.map((m): StoreOp => ({ op: 'setMeta', key: m.key, value: fromBase64(m.value) })),
    ...vault.records.map((r): StoreOp => ({
      op: 'put',
      tag: r.tag,
      id: r.id,
      data: fromBase64(r.data),
    })),
  ]);
  return store;
}

/**
 * A fixture row's value as today's record kinds read it: the fixture's own, but for the
 * kinds whose shape changed since, which add what their migration adds (and nothing else).
 */
export function currentValue(row: {
  readonly kind: string;
  readonly id: string;
  readonly value: unknown;
}): unknown {
  // Self-check result version 2: the version says so, and nothing was written yet.
  if (row.kind === 'selfcheck') return Object.assign({}, row.value, { version: 2, written: {} });
  // Server backup settings version 2: no deletion of the relay's copy was asked.
  if (row.kind === 'settings' && row.id === 'serverBackup') {
    return Object.assign({}, row.value, { deleteAt: null });
  }
  return row.value;
}

/** The record kind a fixture row was written as; a row of no known kind is a broken fixture. */
export function kindOf(row: { readonly kind: string; readonly id: string }): RecordKind<unknown> {
  const kind = kindFor(row.kind, row.id);
  if (!kind) throw new Error(`no record kind for ${row.kind}/${row.id}`);
  return kind;
}
