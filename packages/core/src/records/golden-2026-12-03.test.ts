import { describe, expect, it } from 'vitest';
import { importBackup } from '../backup/backup.ts';
import { versionDigests } from '../evidence/digest.ts';
import { hexSha256 } from '../evidence/digest.ts';
import type { JournalRecord } from '../model/journal-types.ts';
import { MemoryStore } from '../store/memory.ts';
import { checkTimestampToken, tokenCertificate } from '../timestamp/index.ts';
import { deriveKeyBytes } from '../vault/kdf.ts';
import type { OpenVault } from '../vault/open-vault.ts';
import { unlock } from '../vault/vault.ts';
import backupJson from './golden/2026-12-03-receipts/backup.json';
import values from './golden/2026-12-03-receipts/values.json';
import vaultJson from './golden/2026-12-03-receipts/vault.json';
import { fromBase64 as bytes, currentValue, goldenStore, kindOf } from './golden/store.ts';
import { attachmentChunk, journalEntry } from './journal.ts';
import { timestampSettings } from './settings.ts';
import { timestampReceipt } from './timestamps.ts';

// The fixture made when entries got trusted timestamps (golden/README.md): its receipts
// (real RFC 3161 tokens) and this device's timestamp setting must come back intact, and
// every token must still check for the digest of the version it was issued for.
const real = { derive: deriveKeyBytes };

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

describe('the golden fixture of 2026-12-03 (receipts)', () => {
  it('holds a receipt for every version of every entry, and the setting on', () => {
    const entries = values.records.filter((r) => r.kind === 'journal');
    const receipts = values.records.filter((r) => r.kind === 'timestamp-receipt');
    const versions = entries.reduce(
      (n, row) => n + (row.value as unknown as JournalRecord).versions.length,
      0,
    );
    expect(versions).toBeGreaterThan(entries.length);
    expect(receipts).toHaveLength(versions);
    expect(values.records.some((r) => r.kind === 'settings' && r.id === 'timestamps')).toBe(true);
  });

  it('opens from the vault as stored, every value intact, the unreadable ones counted', async () => {
    const store = await goldenStore(vaultJson);
    const before = store.snapshot();
    const vault = await unlock(store, values.passphrase, real);
    await expectEveryValue(vault);
    const all = await vault.readAll(timestampReceipt);
    expect(all.unreadable).toEqual([]);
    expect(await vault.read(timestampSettings, 'timestamps')).toMatchObject({
      ok: true,
      value: { on: true },
    });
    expect(store.snapshot()).toEqual(before);
  });

  it('keeps tokens that still check for the digests of their versions', async () => {
    const store = await goldenStore(vaultJson);
    const vault = await unlock(store, values.passphrase, real);
    const entries = await vault.readAll(journalEntry);
    const receipts = new Map((await vault.readAll(timestampReceipt)).items.map((i) => [i.id, i]));
    let checked = 0;
    for (const { value: entry } of entries.items) {
      const photos = new Map<string, string>();
      for (const id of new Set(entry.versions.flatMap((v) => v.content.attachments))) {
        const chunk = await vault.read(attachmentChunk, `${id}:0`);
        if (chunk?.ok) photos.set(id, await hexSha256(bytes(chunk.value)));
      }
      const digests = await versionDigests(entry, (id) => photos.get(id));
      for (const [version, digest] of digests.entries()) {
        const receipt = receipts.get(`${entry.id}-${version}`)?.value;
        expect(receipt?.digest).toBe(digest);
        const token = bytes(receipt!.token);
        const reading = await checkTimestampToken(
          token,
          digest,
          undefined,
          tokenCertificate(token),
        );
        expect(reading).toMatchObject({
          ok: true,
          receipt: { time: receipt!.time, authority: 'Relay time-stamping service' },
        });
        // And for no other version's digest.
        const other = digests[(version + 1) % digests.length]!;
        if (other !== digest) expect((await checkTimestampToken(token, other)).ok).toBe(false);
        checked += 1;
      }
    }
    expect(checked).toBe(receipts.size);
  });

  it('restores from the backup file of that day, every value intact', async () => {
    const store = new MemoryStore();
    await importBackup(store, bytes(backupJson.file), values.passphrase, real);
    await expectEveryValue(await unlock(store, values.passphrase, real));
  });
});
