import { describe, expect, it } from 'vitest';
import { deriveKeyBytes } from '../vault/kdf.ts';
import { unlock } from '../vault/vault.ts';
import values from './golden/2026-12-03-shares/values.json';
import vaultJson from './golden/2026-12-03-shares/vault.json';
import { goldenStore } from './golden/store.ts';
import { RECORD_KINDS } from './registry.ts';
import { shareLink } from './shares.ts';

// The fixture made when shared links came (golden/README.md). Every value of it, from
// the vault and from the backup file, is checked with every later fixture's in
// scripts/golden/fixtures.test.ts; here, what is its own: the shared link, listed.
describe('the golden fixture of 2026-12-03-shares', () => {
  it('holds a shared link, as version 1', () => {
    expect(shareLink.version).toBe(1);
    expect(values.records.filter((row) => row.kind === 'share-link')).toHaveLength(1);
    expect(RECORD_KINDS).toContain(shareLink);
  });

  it('lists its shared link for Settings, with the token that stops it', async () => {
    const store = await goldenStore(vaultJson);
    const vault = await unlock(store, values.passphrase, { derive: deriveKeyBytes });
    const links = await vault.readAll(shareLink);
    expect(links.unreadable).toEqual([]);
    expect(links.items).toEqual(
      values.records
        .filter((row) => row.kind === 'share-link')
        .map((row) => ({ id: row.id, value: row.value })),
    );
  });
});
