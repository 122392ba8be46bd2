import { describe, expect, it } from 'vitest';
import { sha256 } from '../crypto/webcrypto.ts';
import { MemoryStore } from '../store/memory.ts';
import { isStoreError } from '../store/errors.ts';
import { VAULT_HEADER_KEY } from '../vault/header-io.ts';
import { fastDerive, opts, picture, rejection } from '../vault/testing/fixtures.ts';
import { createVault, unlock } from '../vault/vault.ts';
import { exportBackup, importBackup } from './backup.ts';
import { BackupError, isBackupError } from './errors.ts';
import { deriveKeyBytes } from '../vault/kdf.ts';
import { backupV1Bytes, BACKUP_V1_PASSPHRASE } from './fixtures/backup-v1.ts';
import { BACKUP_MAGIC, BACKUP_VERSION, MAX_BACKUP_BYTES, readBackup } from './format.ts';

const PASS = 'correct horse battery staple';
const OTHER = 'a different passphrase entirely';

async function vaultWith(passphrase: string, entries: Record<string, unknown>) {
  const store = new MemoryStore();
  const { vault } = await createVault(store, passphrase, opts);
  // As after set-up, once the person has confirmed the recovery key.
  await vault.confirmRecoveryKey();
  await vault.putMany(
    Object.entries(entries).map(([id, value]) => ({ kind: 'journal', id, value })),
  );
  await vault.put('settings', 'security', { autoLockMinutes: 5 });
  return { store, vault };
}

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(BackupError);
  return isBackupError(error) ? error.code : 'not a BackupError';
}

describe('backup', () => {
  it('round-trips a vault into an empty store, then opens with the same passphrase', async () => {
    const { store, vault } = await vaultWith(PASS, { a: { text: 'first' }, b: 'second' });
    const file = await exportBackup(store, vault);
    expect([...file.subarray(0, 8)]).toEqual([...BACKUP_MAGIC]);
    const read = await readBackup(file);
    expect(read.ok && read.records.length).toBe(3);

    const target = new MemoryStore();
    await importBackup(target, file, PASS, { derive: fastDerive });
    expect(picture(target)).toEqual(picture(store));
    const restored = await unlock(target, PASS, { derive: fastDerive });
    expect(await restored.get('journal', 'a')).toEqual({ text: 'first' });
    expect(await restored.get('journal', 'b')).toBe('second');
    expect(await restored.get('settings', 'security')).toEqual({ autoLockMinutes: 5 });
  });

  it("leaves this device's sync state out, so a restored vault is never a second copy of this device", async () => {
    const { store, vault } = await vaultWith(PASS, { a: { text: 'kept' } });
    await vault.put('sync-device', 'device', {
      device: 'phone-1',
      relay: 'k',
      meta: {},
      movedAt: null,
    });
    await vault.put('sync-record', 'journal:a', { ops: [] });
    await vault.put('sync-sealed', 'ab'.repeat(16), { name: 'ab'.repeat(16), data: '' });
    const file = await exportBackup(store, vault);
    const read = await readBackup(file);
    // The entry and the lock settings, nothing of sync.
    expect(read.ok && read.records.length).toBe(2);

    const target = new MemoryStore();
    await importBackup(target, file, PASS, { derive: fastDerive });
    const restored = await unlock(target, PASS, { derive: fastDerive });
    expect(await restored.get('journal', 'a')).toEqual({ text: 'kept' });
    expect(await restored.get('sync-device', 'device')).toBeUndefined();
    expect(await restored.count('sync-record')).toBe(0);
    expect(await restored.count('sync-sealed')).toBe(0);
    // On this device, nothing was removed.
    expect(await vault.get('sync-device', 'device')).toEqual({
      device: 'phone-1',
      relay: 'k',
      meta: {},
      movedAt: null,
    });
  });

  it('without content, keeps the header and the settings, and no journal entry', async () => {
    const { store, vault } = await vaultWith(PASS, { a: { text: 'in the sync log' } });
    await vault.put('newer-kind', 'x', { from: 'a newer release' });
    const file = await exportBackup(store, vault, { withContent: false });
    const target = new MemoryStore();
    await importBackup(target, file, PASS, { derive: fastDerive });
    const restored = await unlock(target, PASS, { derive: fastDerive });
    expect(await restored.get('journal', 'a')).toBeUndefined();
    expect(await restored.get('settings', 'security')).toEqual({ autoLockMinutes: 5 });
    // A kind this release does not know is not in the sync log: it stays in the copy.
    expect(await restored.get('newer-kind', 'x')).toEqual({ from: 'a newer release' });
  });

  it('without the decoy, holds none of its stored records; a file keeps it', async () => {
    const { store, vault } = await vaultWith(PASS, { a: { text: 'the owner' } });
    await vault.setDuress(PASS, 'grocery list tuesday 7734', 'decoy', opts);
    const decoy = vault.decoy();
    if (!decoy) throw new Error('no decoy');
    await decoy.put('journal', 'd', { text: 'the decoy' });
    await decoy.put('server-backup', 'serverBackup', { key: 'its own relay key' });
    decoy.lock();

    const whole = await readBackup(await exportBackup(store, vault));
    const own = await readBackup(await exportBackup(store, vault, { withDecoy: false }));
    if (!whole.ok || !own.ok) throw new Error('unreadable');
    const tagsIn = (records: readonly { tag: string }[]) => new Set(records.map((r) => r.tag));
    // The decoy's two kinds are in the file, and in the relay's copy not at all.
    expect(whole.records.length - own.records.length).toBe(2);
    const left = [...tagsIn(whole.records)].filter((tag) => !tagsIn(own.records).has(tag));
    expect(left).toHaveLength(2);

    // The copy still restores the owner's vault, with the owner's entry.
    const target = new MemoryStore();
    await importBackup(target, await exportBackup(store, vault, { withDecoy: false }), PASS, {
      derive: fastDerive,
    });
    const restored = await unlock(target, PASS, { derive: fastDerive });
    expect(await restored.get('journal', 'a')).toEqual({ text: 'the owner' });
    expect(await restored.decoy()?.get('journal', 'd')).toBeUndefined();
  });

  it('starts with bytes that name nothing: no text in the first 16 bytes', async () => {
    const { store, vault } = await vaultWith(PASS, { a: 'x' });
    const start = latin1((await exportBackup(store, vault)).subarray(0, 16));
    expect(start.toLowerCase()).not.toContain('steady');
    // Not even a run of three printable letters that a viewer would show as a word.
    expect(start).not.toMatch(/[A-Za-z]{3}/);
  });

  it('still restores a file made before version 2 (golden fixture, real Argon2id)', async () => {
    // Made with the released code of format version 1 (magic "STEADYBK"); see fixtures/README.md.
    const old = backupV1Bytes();
    expect(latin1(old.subarray(0, 8))).toBe('STEADYBK');
    const target = new MemoryStore();
    const real = { derive: deriveKeyBytes };
    await importBackup(target, old, BACKUP_V1_PASSPHRASE, real);
    const vault = await unlock(target, BACKUP_V1_PASSPHRASE, real);
    const [entry] = await vault.list('journal');
    expect(entry).toMatchObject({
      id: '0123456789abcdef0123456789abcdef',
      writtenAt: '2026-11-21T08:15:00.000Z',
      versions: [
        {
          content: {
            what: 'Golden fixture: shouted at me in the kitchen and took my keys.',
            stage: 'incident',
            severity: 3,
            harms: ['emotional', 'threats'],
          },
        },
      ],
    });
    expect(await vault.get('checkin', '2026-11-21')).toMatchObject({
      urge: 7,
      note: 'Golden fixture check-in',
    });
    expect(await vault.get('settings', 'security')).toEqual({
      autoLockMinutes: 7,
      lockWhenHidden: false,
    });
    // Made again from what was restored, it is a version 2 file.
    const again = await exportBackup(target, vault);
    expect([...again.subarray(0, 8)]).toEqual([...BACKUP_MAGIC]);
  });

  it('replaces a different vault whole, in one commit', async () => {
    const { store, vault } = await vaultWith(PASS, { a: 1 });
    const file = await exportBackup(store, vault);
    const { store: target } = await vaultWith(OTHER, { x: 'old', y: 'old', z: 'old' });
    await importBackup(target, file, PASS, { derive: fastDerive });
    expect(picture(target)).toEqual(picture(store));
    expect(await rejection(unlock(target, OTHER, { derive: fastDerive }))).toMatchObject({
      code: 'wrong-passphrase',
    });
  });

  it('is the same bytes for the same store, apart from nothing', async () => {
    const { store, vault } = await vaultWith(PASS, { a: 1, b: 2 });
    expect(await exportBackup(store, vault)).toEqual(await exportBackup(store, vault));
  });

  it('refuses a wrong passphrase and changes nothing', async () => {
    const { store, vault } = await vaultWith(PASS, { a: 1 });
    const file = await exportBackup(store, vault);
    const { store: target } = await vaultWith(OTHER, { x: 'keep' });
    const before = picture(target);
    expect(await refusal(importBackup(target, file, OTHER, { derive: fastDerive }))).toBe(
      'wrong-passphrase',
    );
    expect(picture(target)).toEqual(before);
  });

  it('refuses a file whose MAC was recomputed by someone without the key', async () => {
    const { store, vault } = await vaultWith(PASS, { a: 1 });
    const file = await exportBackup(store, vault);
    // Swap in a record from another vault and fix up the checksum: well-formed, not authentic.
    const macAt = file.length - 64;
    const forged = new Uint8Array(file);
    forged.set(new Uint8Array(32), macAt);
    const sum = await sha256(forged.subarray(0, -32));
    forged.set(sum, file.length - 32);
    const target = new MemoryStore();
    expect(await refusal(importBackup(target, forged, PASS, { derive: fastDerive }))).toBe(
      'tampered',
    );
    expect(picture(target)).toEqual(picture(new MemoryStore()));
  });

  it('refuses to export a vault that belongs to another store', async () => {
    const { vault } = await vaultWith(PASS, { a: 1 });
    const { store: other } = await vaultWith(PASS, { b: 1 });
    expect(await refusal(exportBackup(other, vault))).toBe('different-vault');
  });

  it('does not overwrite a vault that another tab changed meanwhile', async () => {
    const { store, vault } = await vaultWith(PASS, { a: 1 });
    const file = await exportBackup(store, vault);
    const { store: target } = await vaultWith(OTHER, { x: 'keep' });
    const slowDerive: typeof fastDerive = async (...args) => {
      const key = await fastDerive(...args);
      // Another tab rewrites the header while the key is being derived.
      await target.commit([{ op: 'setMeta', key: VAULT_HEADER_KEY, value: Uint8Array.of(9) }]);
      return key;
    };
    const before = picture(target);
    const error = await rejection(importBackup(target, file, PASS, { derive: slowDerive }));
    expect(isStoreError(error, 'store-conflict')).toBe(true);
    expect(picture(target)).not.toEqual(picture(store));
    expect(picture(target)).not.toEqual(before); // only the other tab's write landed
  });

  it('gives a code for the structural refusals', async () => {
    const { store, vault } = await vaultWith(PASS, { a: 1 });
    const file = await exportBackup(store, vault);
    const code = async (bytes: Uint8Array) => {
      const read = await readBackup(bytes);
      return read.ok ? 'ok' : read.code;
    };
    expect(await code(new Uint8Array(0))).toBe('not-a-backup');
    expect(await code(new TextEncoder().encode('%PDF-1.7 hello'))).toBe('not-a-backup');
    expect(await code(file.subarray(0, 5))).toBe('truncated');
    expect(await code(file.subarray(0, file.length - 1))).toBe('truncated');
    const newer = new Uint8Array(file);
    newer[9] = BACKUP_VERSION + 1;
    expect(await code(newer)).toBe('unsupported-version');
    // Version 1's number under version 2's magic is damage, not an old file.
    const mixed = new Uint8Array(file);
    mixed[9] = 1;
    expect(await code(mixed)).toBe('corrupt');
    const flipped = new Uint8Array(file);
    flipped[100] = (flipped[100] ?? 0) ^ 1;
    expect(await code(flipped)).toBe('corrupt');
    expect(await code(new Uint8Array([...file, 0]))).toBe('corrupt');
    const huge = { length: MAX_BACKUP_BYTES + 1 } as unknown as Uint8Array;
    expect(await code(Object.setPrototypeOf(huge, Uint8Array.prototype) as Uint8Array)).toBe(
      'too-large',
    );
  });
});
