import { describe, expect, it } from 'vitest';
import { importBackup } from '../backup/backup.ts';
import { MemoryStore } from '../store/memory.ts';
import { deriveKeyBytes } from '../vault/kdf.ts';
import type { OpenVault } from '../vault/open-vault.ts';
import { unlock } from '../vault/vault.ts';
import backupJson from './golden/2026-12-03-shares/backup.json';
import values from './golden/2026-12-03-shares/values.json';
import vaultJson from './golden/2026-12-03-shares/vault.json';
import { fromBase64 as bytes, currentValue, goldenStore } from './golden/store.ts';
import type { RecordKind } from './kind.ts';
import { kindFor, RECORD_KINDS } from './registry.ts';
import { shareLink } from './shares.ts';

// The fixture made when shared links came (golden/README.md): every value of that day,
// the shared link among them, must come back intact (as the kinds of that day read them,
// golden/store.ts), with the real Argon2id.
const real = { derive: deriveKeyBytes };

function kindOf(row: { kind: string; id: string }): RecordKind<unknown> {
  const kind = kindFor(row.kind, row.id);
  if (!kind) throw new Error(`no record kind for ${row.kind}/${row.id}`);
  return kind;
}

async function expectEveryValue(vault: OpenVault): Promise<void> {
  for (const row of values.records) {
    const read = await vault.read(kindOf(row), row.id);
    expect(read, `${row.kind}/${row.id}`).toMatchObject({ ok: true, value: currentValue(row) });
  }
  for (const row of values.unreadable) {
    const read = await vault.read(kindOf(row), row.id);
    expect(read?.ok, `${row.kind}/${row.id} should not read`).toBe(false);
  }
}

describe('the golden fixture of 2026-12-03-shares', () => {
  it('holds a shared link, as version 1', () => {
    expect(shareLink.version).toBe(1);
    expect(values.records.filter((row) => row.kind === 'share-link')).toHaveLength(1);
    expect(RECORD_KINDS).toContain(shareLink);
  });

  it('opens from the vault as stored, every value intact, the unreadable ones counted', async () => {
    const store = await goldenStore(vaultJson);
    const before = store.snapshot();
    const vault = await unlock(store, values.passphrase, real);
    await expectEveryValue(vault);
    const links = await vault.readAll(shareLink);
    expect(links.unreadable).toEqual([]);
    expect(links.items).toEqual(
      values.records
        .filter((row) => row.kind === 'share-link')
        .map((row) => ({ id: row.id, value: row.value })),
    );
    // Reading changed nothing.
    expect(store.snapshot()).toEqual(before);
  });

  it('restores from the backup file of that day, every value intact', async () => {
    const store = new MemoryStore();
    await importBackup(store, bytes(backupJson.file), values.passphrase, real);
    await expectEveryValue(await unlock(store, values.passphrase, real));
  });
});
