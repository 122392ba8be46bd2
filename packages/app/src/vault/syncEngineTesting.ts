// Test-only helpers for the sync engine's tests (nothing in the app imports this file):
// devices over memory stores and a memory relay, set up as the app sets them up, and
// what a test reads back from their vaults.
import {
  createEntry,
  createVault,
  emptyPlan,
  journalEntry,
  MemoryStore,
  putChange,
  safetyPlan,
  unlock,
  type CheckedChange,
  type JournalRecord,
  type OpenVault,
  type SafetyPlan,
} from '@steady/core';
import { exportBackup, importBackup } from '@steady/core/backup';
import type { Fault, MemoryRelay, Relay, RelayRequest } from '@steady/core/sync';
import { toBase64 } from '../lib/base64.ts';
import { fastDerive } from './sessionTesting.ts';
import type * as EngineModule from './syncEngine.ts';
import { SyncEngine } from './syncEngine.ts';

export const PASS = 'a passphrase for two devices';

export function entry(id: string, what: string): JournalRecord {
  const made = createEntry(
    { occurred: { date: '2026-11-20' }, stage: 'incident', severity: 3, what },
    new Date('2026-11-20T10:00:00.000Z'),
    id,
  );
  if (!made.ok) throw new Error('a test entry that does not check');
  return made.value;
}

export function withNotes(plan: SafetyPlan, notes: string): SafetyPlan {
  return {
    ...plan,
    sections: { ...plan.sections, essentials: { ...plan.sections.essentials, notes } },
  };
}

export interface Device {
  store: MemoryStore;
  vault: OpenVault;
  engine: SyncEngine;
  applied: string[][];
  /** A change as the app makes it: the engine's part lands in the same commit. */
  commit(changes: CheckedChange[]): Promise<void>;
}

type Steps = { checkpointBytes?: number; savePartBytes?: number };

export async function device(
  store: MemoryStore,
  relay: MemoryRelay,
  steps?: Steps,
  fault: (request: RelayRequest) => Fault = () => 'none',
): Promise<Device> {
  const vault = await unlock(store, PASS, { derive: fastDerive });
  const applied: string[][] = [];
  const engine = await SyncEngine.open(vault, 'unused-for-a-memory-relay', {
    base: '',
    relay: relay.connect(fault),
    hooks: { applied: (kinds) => applied.push([...kinds].sort()) },
    ...(steps ? { steps } : {}),
  });
  return {
    store,
    vault,
    engine,
    applied,
    commit: (changes) => vault.write([...changes, ...engine.record(changes)]),
  };
}

export async function firstDevice(relay: MemoryRelay) {
  const store = new MemoryStore();
  const { vault } = await createVault(store, PASS, { derive: fastDerive });
  await vault.confirmRecoveryKey();
  await vault.write([
    putChange(journalEntry, 'e1', entry('e1', 'written before sync was on')),
    putChange(safetyPlan, 'main', withNotes(emptyPlan(), 'passport in the blue folder')),
  ]);
  vault.lock();
  return device(store, relay);
}

/** A second device, as linking makes it: restored from a copy, then its own engine. */
export async function linked(
  from: Device,
  relay: MemoryRelay,
  withContent = true,
  steps?: Steps,
  fault?: (request: RelayRequest) => Fault,
): Promise<Device> {
  const copy = await exportBackup(from.store, from.vault, { withContent });
  const store = new MemoryStore();
  await importBackup(store, copy, PASS, { derive: fastDerive });
  return device(store, relay, steps, fault);
}

/**
 * The engine module as SyncPart loads it, with every engine it opens talking to
 * `relay()` instead of the HTTP relay.
 */
export async function loadingWith(relay: () => Relay): Promise<() => Promise<typeof EngineModule>> {
  const real = await import('./syncEngine.ts');
  return () =>
    Promise.resolve({
      ...real,
      SyncEngine: {
        open: (
          vault: OpenVault,
          key: string,
          options: Parameters<typeof real.SyncEngine.open>[2],
        ) => real.SyncEngine.open(vault, key, { ...options, relay: relay() }),
      },
    } as unknown as typeof real);
}

/** A photo chunk's data: 256 KiB that do not compress. */
export const noise = () => {
  const bytes = new Uint8Array(256 * 1024);
  for (let at = 0; at < bytes.length; at += 65536) {
    bytes.set(crypto.getRandomValues(new Uint8Array(65536)), at);
  }
  return toBase64(bytes);
};

export const notes = async (d: Device) => {
  const read = await d.vault.read(safetyPlan, 'main');
  return read?.ok ? read.value.sections.essentials.notes : undefined;
};

export const what = async (d: Device, id: string) => {
  const read = await d.vault.read(journalEntry, id);
  return read?.ok ? read.value.versions.at(-1)?.content.what : undefined;
};
