import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBackup } from '../../packages/core/src/backup/backup.ts';
import { MemoryStore } from '../../packages/core/src/store/memory.ts';
import { deriveKeyBytes } from '../../packages/core/src/vault/kdf.ts';
import type { OpenVault } from '../../packages/core/src/vault/open-vault.ts';
import { unlock } from '../../packages/core/src/vault/vault.ts';
import {
  fromBase64,
  goldenStore,
  kindOf,
  type GoldenVault,
} from '../../packages/core/src/records/golden/store.ts';
import { pendingRecoveryKey } from '../../packages/core/src/records/vault.ts';

// Every fixture made after the first (golden/README.md), each opened the same way: every
// record of its day comes back through today's kinds, every unreadable one stays
// unreadable and byte for byte as stored. The first fixture has its own test
// (packages/core/src/records/golden.test.ts), as it predates record versions.
const DIR = resolve(import.meta.dirname, '../../packages/core/src/records/golden');
const FIRST = '2026-12-01';
const LATER = readdirSync(DIR)
  .filter((name) => name !== FIRST && statSync(join(DIR, name)).isDirectory())
  .sort();

interface Row {
  readonly kind: string;
  readonly id: string;
  readonly value: unknown;
}
interface Values {
  readonly passphrase: string;
  readonly duressPassphrase: string;
  readonly recoveryKey: string;
  readonly records: readonly Row[];
  readonly unreadable: readonly Row[];
  readonly decoy: readonly Row[];
}

const real = { derive: deriveKeyBytes };
const json = <T>(name: string, file: string): T =>
  JSON.parse(readFileSync(join(DIR, name, file), 'utf8')) as T;

async function expectEveryValue(vault: OpenVault, values: Values): Promise<void> {
  for (const row of values.records) {
    const read = await vault.read(kindOf(row), row.id);
    expect(read?.ok && read.value, `${row.kind}/${row.id}`).toEqual(row.value);
  }
  for (const row of values.unreadable) {
    const read = await vault.read(kindOf(row), row.id);
    expect(read?.ok, `${row.kind}/${row.id} should not read`).toBe(false);
  }
  const key = await vault.read(pendingRecoveryKey, 'current');
  expect(key?.ok && key.value).toBe(values.recoveryKey);
}

describe('the fixtures made after the first', () => {
  it('are there (the list is read from the folder)', () => {
    expect(LATER.length).toBeGreaterThan(0);
  });
});

describe.each(LATER)('the golden fixture %s', (name) => {
  const values = json<Values>(name, 'values.json');
  const vaultJson = json<GoldenVault>(name, 'vault.json');
  const backup = json<{ file: string }>(name, 'backup.json');

  it('holds only kinds the registry knows, and unreadable records of some of them', () => {
    for (const row of [...values.records, ...values.unreadable]) expect(kindOf(row)).toBeDefined();
    expect(values.unreadable.length).toBeGreaterThan(0);
  });

  it('opens from the vault as stored: every value intact, nothing rewritten', async () => {
    const store = await goldenStore(vaultJson);
    const before = store.snapshot();
    await expectEveryValue(await unlock(store, values.passphrase, real), values);
    expect(store.snapshot()).toEqual(before);
    const decoy = await unlock(store, values.duressPassphrase, real);
    for (const row of values.decoy) {
      const read = await decoy.read(kindOf(row), row.id);
      expect(read?.ok && read.value, `decoy ${row.kind}/${row.id}`).toEqual(row.value);
    }
  });

  it('restores from its backup file, every value intact', async () => {
    const store = new MemoryStore();
    await importBackup(store, fromBase64(backup.file), values.passphrase, real);
    await expectEveryValue(await unlock(store, values.passphrase, real), values);
  });
});
