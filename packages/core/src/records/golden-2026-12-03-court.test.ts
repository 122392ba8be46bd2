import { describe, expect, it } from 'vitest';
import { importBackup } from '../backup/backup.ts';
import type { JournalRecord } from '../model/journal-types.ts';
import { MemoryStore } from '../store/memory.ts';
import { deriveKeyBytes } from '../vault/kdf.ts';
import type { OpenVault } from '../vault/open-vault.ts';
import { unlock } from '../vault/vault.ts';
import backupJson from './golden/2026-12-03-court/backup.json';
import values from './golden/2026-12-03-court/values.json';
import vaultJson from './golden/2026-12-03-court/vault.json';
import { fromBase64 as bytes, goldenStore } from './golden/store.ts';
import { journalEntry } from './journal.ts';

// The fixture made when entries got details for a court or advocate (journal entry
// version 3, golden/README.md). scripts/golden/fixtures.test.ts opens it as it opens every
// later fixture; here: the entries with details read back with every detail, each version
// with its own, and the version-2 entry that claims details stays unreadable.
const real = { derive: deriveKeyBytes };

const entries = values.records
  .filter((row) => row.kind === 'journal')
  .map((row) => row.value as unknown as JournalRecord);
const withDetails = entries.filter((entry) => entry.versions.some((v) => v.content.details));

async function expectTheDetails(vault: OpenVault): Promise<void> {
  const all = await vault.readAll(journalEntry);
  for (const entry of withDetails) {
    const read = all.items.find((item) => item.id === entry.id)?.value;
    expect(
      read?.versions.map((v) => v.content.details),
      entry.id,
    ).toEqual(entry.versions.map((v) => v.content.details));
  }
  expect(all.unreadable).toEqual([
    { id: 'bbbb0000cccc1111dddd2222eeee3333', code: 'migration-failed', version: 2 },
  ]);
}

describe('the golden fixture of 2026-12-03-court', () => {
  it('holds entries with every detail, with some, edited, and without any', () => {
    expect(journalEntry.version).toBe(3);
    const first = withDetails.find((e) => e.versions[0].content.details?.policeReport);
    expect(first?.versions[0].content.details).toMatchObject({
      place: 'Golden: outside flat 4, 12 Elm Road',
      orderInForce: 'yes',
      orderBroken: 'yes',
      children: 'yes',
    });
    const edited = withDetails.find((e) => e.versions.length > 1);
    expect(edited?.versions.map((v) => v.content.details?.orderInForce)).toEqual(['unsure', 'no']);
    expect(entries.some((e) => e.versions.every((v) => v.content.details === undefined))).toBe(
      true,
    );
  });

  it('opens from the vault as stored, every detail of every version intact', async () => {
    const store = await goldenStore(vaultJson);
    const before = store.snapshot();
    await expectTheDetails(await unlock(store, values.passphrase, real));
    expect(store.snapshot()).toEqual(before);
  });

  it('restores from its backup file, every detail intact', async () => {
    const store = new MemoryStore();
    await importBackup(store, bytes(backupJson.file), values.passphrase, real);
    await expectTheDetails(await unlock(store, values.passphrase, real));
  });
});
