import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from '../backup/backup.ts';
import { MemoryStore } from '../store/memory.ts';
import { PassphraseInUseError, WrongPassphraseError, WrongRecoveryKeyError } from './errors.ts';
import { VAULT_HEADER_KEY } from './header-io.ts';
import { HEADER_BYTES, parseHeader, SLOT_BYTES, SLOT_COUNT } from './keyslots.ts';
import { opts, picture, rejection } from './testing/fixtures.ts';
import { createVault, unlock, unlockWithRecoveryKey } from './vault.ts';

const PASS = 'correct horse battery staple';
const DURESS = 'pick up milk on the way';

async function withDuress(mode: 'decoy' | 'erase') {
  const store = new MemoryStore();
  const { vault, recoveryKey } = await createVault(store, PASS, opts);
  // As after set-up, once the person has confirmed the recovery key.
  await vault.confirmRecoveryKey();
  await vault.put('journal', 'real', { text: 'what really happened' });
  await vault.put('plan', 'main', { bag: 'passport' });
  await vault.setDuress(PASS, DURESS, mode, opts);
  const decoy = vault.decoy();
  if (!decoy) throw new Error('no decoy after setDuress');
  await decoy.put('checkin', 'c1', { mood: 6 });
  return { store, vault, decoy, recoveryKey };
}

const header = async (store: MemoryStore) => {
  const bytes = await store.getMeta(VAULT_HEADER_KEY);
  if (!bytes) throw new Error('no header');
  return bytes;
};

/** The slots as an examiner would cut them out of storage: how many, and their sizes. */
const slotShape = (bytes: Uint8Array) => ({
  length: bytes.length,
  slots: parseHeader(bytes).header.slots.map((slot) => slot.length),
});

describe('duress passphrase', () => {
  it('opens the decoy, which sees only its own records and looks like any vault', async () => {
    const { store } = await withDuress('decoy');
    const opened = await unlock(store, DURESS, opts);
    expect(await opened.list('journal')).toEqual([]);
    expect(await opened.list('plan')).toEqual([]);
    expect(await opened.get('checkin', 'c1')).toEqual({ mood: 6 });
    expect(opened.duressMode).toBeNull();
    const real = await unlock(store, PASS, opts);
    expect(real.role).toBe('primary');
    expect(real.duressMode).toBe('decoy');
    expect(await real.get('journal', 'real')).toEqual({ text: 'what really happened' });
    // The owner's own records never hold the decoy's.
    expect(await real.list('checkin')).toEqual([]);
  });

  it('keeps the header at four slots and one size before and after setting it', async () => {
    const store = new MemoryStore();
    const { vault } = await createVault(store, PASS, opts);
    const before = await header(store);
    await vault.setDuress(PASS, DURESS, 'decoy', opts);
    const after = await header(store);
    expect(slotShape(after)).toEqual(slotShape(before));
    expect(after.length).toBe(HEADER_BYTES);
    // Every slot changes, so a before/after pair does not show which one is duress.
    for (let i = 0; i < SLOT_COUNT; i++) {
      const at = 30 + i * SLOT_BYTES;
      expect(after.slice(at, at + SLOT_BYTES)).not.toEqual(before.slice(at, at + SLOT_BYTES));
    }
  });

  it('erases the real vault on unlock and opens the decoy as the only vault', async () => {
    const { store, recoveryKey } = await withDuress('erase');
    const before = await header(store);
    const recordsBefore = await store.count();

    const opened = await unlock(store, DURESS, opts);
    expect(opened.role).toBe('primary');
    expect(await opened.get('checkin', 'c1')).toEqual({ mood: 6 });
    expect(await opened.list('journal')).toEqual([]);
    expect(opened.duressMode).toBeNull();

    const after = await header(store);
    expect(slotShape(after)).toEqual(slotShape(before));
    expect(after).not.toEqual(before);
    // Only the decoy's record is left; the real ones are gone with their keys.
    expect(recordsBefore).toBe(4);
    expect(await store.count()).toBe(1);
    expect(await rejection(unlock(store, PASS, opts))).toBeInstanceOf(WrongPassphraseError);
    const viaRecovery = unlockWithRecoveryKey(store, recoveryKey);
    expect(await rejection(viaRecovery)).toBeInstanceOf(WrongRecoveryKeyError);
    // From now on the duress passphrase is simply the passphrase, and it can be changed.
    const again = await unlock(store, DURESS, opts);
    expect(await again.get('checkin', 'c1')).toEqual({ mood: 6 });
    await again.changePassphrase(DURESS, 'a brand new one', opts);
    expect((await unlock(store, 'a brand new one', opts)).role).toBe('primary');
  });

  it('lets a passphrase change inside the decoy work, without harming the owner', async () => {
    const { store } = await withDuress('decoy');
    const decoy = await unlock(store, DURESS, opts);
    await decoy.changePassphrase(DURESS, 'taken over', opts);
    expect(await rejection(unlock(store, DURESS, opts))).toBeInstanceOf(WrongPassphraseError);
    expect(await (await unlock(store, 'taken over', opts)).get('checkin', 'c1')).toEqual({
      mood: 6,
    });
    expect(await header(store)).toHaveLength(HEADER_BYTES);
    // The owner still opens, still changes its own passphrase, and the decoy survives it.
    const real = await unlock(store, PASS, opts);
    await real.changePassphrase(PASS, 'owner again', opts);
    expect((await unlock(store, 'taken over', opts)).role).toBe('duress-decoy');
    expect(await (await unlock(store, 'owner again', opts)).get('plan', 'main')).toEqual({
      bag: 'passport',
    });
    // The decoy cannot take the owner's passphrase for its own.
    const decoyAgain = await unlock(store, 'taken over', opts);
    const clash = decoyAgain.changePassphrase('taken over', 'owner again', opts);
    expect(await rejection(clash)).toBeInstanceOf(PassphraseInUseError);
  });

  it('pretends, inside the decoy, to set a duress passphrase and replace the recovery key', async () => {
    const { store } = await withDuress('decoy');
    const decoy = await unlock(store, DURESS, opts);
    const before = await header(store);
    await decoy.setDuress(DURESS, 'another one', 'erase', opts);
    expect(decoy.duressMode).toBe('erase');
    expect(await header(store)).toEqual(before);
    const key = await decoy.replaceRecoveryKey(DURESS, opts);
    expect(key).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4})+$/);
    expect(await header(store)).toEqual(before);
    // Asked to confirm on the next unlock, as the owner's would be; the owner is not.
    expect(await (await unlock(store, DURESS, opts)).pendingRecoveryKey()).toBe(key);
    expect(await (await unlock(store, PASS, opts)).pendingRecoveryKey()).toBeNull();
    expect(await rejection(decoy.replaceRecoveryKey('not it', opts))).toBeInstanceOf(
      WrongPassphraseError,
    );
    expect((await unlock(store, DURESS, opts)).duressMode).toBe('erase');
  });

  it('asks for the owner passphrase, refuses a passphrase in use, and changes nothing then', async () => {
    const store = new MemoryStore();
    const { vault } = await createVault(store, PASS, opts);
    const before = picture(store);
    const wrong = vault.setDuress('nope', DURESS, 'decoy', opts);
    expect(await rejection(wrong)).toBeInstanceOf(WrongPassphraseError);
    const same = vault.setDuress(PASS, PASS, 'decoy', opts);
    expect(await rejection(same)).toBeInstanceOf(PassphraseInUseError);
    expect(picture(store)).toEqual(before);
    expect(vault.duressMode).toBeNull();
  });

  it('replaces the duress passphrase in its slot, keeping the decoy, and switches its mode', async () => {
    const { store, vault } = await withDuress('decoy');
    await vault.setDuress(PASS, 'second thoughts', 'erase', opts);
    expect(vault.duressMode).toBe('erase');
    expect(await rejection(unlock(store, DURESS, opts))).toBeInstanceOf(WrongPassphraseError);
    const opened = await unlock(store, 'second thoughts', opts);
    expect(await opened.get('checkin', 'c1')).toEqual({ mood: 6 });
  });

  it('removes the duress passphrase and the decoy with it', async () => {
    const { store, vault } = await withDuress('decoy');
    const size = await store.count();
    await vault.removeDuress(PASS, opts);
    expect(vault.duressMode).toBeNull();
    expect(vault.decoy()).toBeNull();
    expect(await rejection(unlock(store, DURESS, opts))).toBeInstanceOf(WrongPassphraseError);
    // The decoy's check-in and the owner's duress record are gone; the rest stays.
    expect(await store.count()).toBe(size - 2);
    const real = await unlock(store, PASS, opts);
    expect(await real.get('journal', 'real')).toEqual({ text: 'what really happened' });
    expect(await header(store)).toHaveLength(HEADER_BYTES);
  });

  it('backs up and restores the decoy with the real vault; only the owner may restore', async () => {
    const { store, vault } = await withDuress('decoy');
    const file = await exportBackup(store, vault);
    const target = new MemoryStore();
    const asDecoy = importBackup(target, file, DURESS, opts);
    expect(await rejection(asDecoy)).toMatchObject({ code: 'wrong-passphrase' });
    await importBackup(target, file, PASS, opts);
    expect((await unlock(target, DURESS, opts)).role).toBe('duress-decoy');
    expect(await (await unlock(target, PASS, opts)).get('plan', 'main')).toEqual({
      bag: 'passport',
    });
  });

  it('backs up, inside the decoy, the decoy alone, as a vault of its own', async () => {
    const { store, vault } = await withDuress('decoy');
    const decoy = await unlock(store, DURESS, opts);
    const decoyFile = await exportBackup(store, decoy);
    const ownerFile = await exportBackup(store, vault);
    expect(decoyFile.length).toBeLessThan(ownerFile.length);
    const target = new MemoryStore();
    await importBackup(target, decoyFile, DURESS, opts);
    const restored = await unlock(target, DURESS, opts);
    // Restored, the decoy is simply a vault: its passphrase is the owner's there.
    expect(restored.role).toBe('primary');
    expect(await restored.get('checkin', 'c1')).toEqual({ mood: 6 });
    expect(await target.count()).toBe(1);
    expect(await rejection(unlock(target, PASS, opts))).toBeInstanceOf(WrongPassphraseError);
    // After the decoy changes its passphrase, its backups follow the new one.
    await decoy.changePassphrase(DURESS, 'decoy renamed', opts);
    const again = new MemoryStore();
    await importBackup(again, await exportBackup(store, decoy), 'decoy renamed', opts);
    expect((await unlock(again, 'decoy renamed', opts)).role).toBe('primary');
  });

  it('never erases while checking a backup: the erase passphrase is just a wrong one there', async () => {
    const { store, vault } = await withDuress('erase');
    const file = await exportBackup(store, vault);
    const target = new MemoryStore();
    const { vault: other } = await createVault(target, 'someone else entirely', opts);
    await other.put('journal', 'mine', { text: 'kept' });
    const before = picture(target);
    const viaErase = importBackup(target, file, DURESS, opts);
    expect(await rejection(viaErase)).toMatchObject({ code: 'wrong-passphrase' });
    expect(picture(target)).toEqual(before);
  });

  it('refuses the owner a passphrase the decoy took for itself', async () => {
    const { store, vault } = await withDuress('decoy');
    const decoy = await unlock(store, DURESS, opts);
    await decoy.changePassphrase(DURESS, 'taken by the decoy', opts);
    const clash = vault.changePassphrase(PASS, 'taken by the decoy', opts);
    expect(await rejection(clash)).toBeInstanceOf(PassphraseInUseError);
    expect((await unlock(store, PASS, opts)).role).toBe('primary');
  });

  it('locks the decoy view with the owner vault', async () => {
    const { vault, decoy } = await withDuress('decoy');
    vault.lock();
    expect(decoy.isLocked).toBe(true);
  });
});
