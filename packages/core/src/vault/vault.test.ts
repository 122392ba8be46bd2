import { describe, expect, it } from 'vitest';
import { isStoreError } from '../store/errors.ts';
import { MemoryStore } from '../store/memory.ts';
import {
  MalformedRecoveryKeyError,
  NoVaultError,
  PassphraseInUseError,
  VaultExistsError,
  VaultLockedError,
  WrongPassphraseError,
  WrongRecoveryKeyError,
} from './errors.ts';
import { VAULT_HEADER_KEY } from './header-io.ts';
import { DEFAULT_KDF, deriveKeyBytes } from './kdf.ts';
import { HEADER_BYTES } from './keyslots.ts';
import { reminder } from '../records/urges.ts';
import { countingDerive, opts, picture, rejection } from './testing/fixtures.ts';
import {
  createVault,
  resetPassphraseWithRecovery,
  unlock,
  unlockWithRecoveryKey,
  vaultExists,
} from './vault.ts';

const PASS = 'correct horse battery staple';
const TWO_AT_A_TIME = { size: 2, pause: async () => undefined };

async function fresh() {
  const store = new MemoryStore();
  const { vault, recoveryKey } = await createVault(store, PASS, opts);
  // As after set-up, once the person has confirmed the recovery key.
  await vault.confirmRecoveryKey();
  return { store, vault, recoveryKey };
}

describe('vault', () => {
  it('opens end to end with the real default Argon2id', async () => {
    const store = new MemoryStore();
    const real = { derive: deriveKeyBytes };
    const { vault } = await createVault(store, PASS, real);
    await vault.put('journal', 'e1', { text: 'hello' });
    const again = await unlock(store, PASS, real);
    expect(await again.get('journal', 'e1')).toEqual({ text: 'hello' });
    expect(await rejection(unlock(store, 'wrong', real))).toBeInstanceOf(WrongPassphraseError);
  });

  it('stores, reads, lists, counts and deletes JSON values', async () => {
    const { store, vault } = await fresh();
    const entry = { text: 'Today was hard', mood: 2, tags: ['work'], ok: null, nested: { a: [1] } };
    await vault.put('journal', 'a', entry);
    await vault.put('journal', 'b', 'just a string');
    await vault.put('urges', 'a', 42);
    expect(await vault.get('journal', 'a')).toEqual(entry);
    expect(await vault.get('journal', 'missing')).toBeUndefined();
    expect(await vault.get('plan', 'a')).toBeUndefined();
    expect(await vault.count('journal')).toBe(2);
    expect(await vault.count('nothing')).toBe(0);
    expect((await vault.list('journal')).sort()).toEqual([entry, 'just a string'].sort());
    const entries = await vault.entries('journal');
    expect(entries.map((e) => e.id).sort()).toEqual(['a', 'b']);
    await vault.delete('journal', 'a');
    expect(await vault.get('journal', 'a')).toBeUndefined();
    expect(await vault.get('urges', 'a')).toBe(42);
    expect(await store.count()).toBe(2);
  });

  it('writes many records in one transaction, or none', async () => {
    const { store, vault } = await fresh();
    await vault.putMany([
      { kind: 'k', id: '1', value: 1 },
      { kind: 'k', id: '2', value: 2 },
    ]);
    const before = picture(store);
    const error = await rejection(
      vault.putMany([
        { kind: 'k', id: '3', value: 3 },
        { kind: 'k', id: '4', value: 10n },
      ]),
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(await rejection(vault.put('k', '5', undefined))).toBeInstanceOf(TypeError);
    expect(await rejection(vault.put('k', '', 1))).toBeInstanceOf(RangeError);
    expect(picture(store)).toEqual(before);

    await vault.write([
      { op: 'delete', kind: 'k', id: '1' },
      { op: 'put', kind: 'k', id: '3', value: 3 },
    ]);
    expect((await vault.list('k')).sort()).toEqual([2, 3]);
    await vault.deleteMany([
      { kind: 'k', id: '2' },
      { kind: 'k', id: '3' },
    ]);
    expect(await vault.count('k')).toBe(0);
  });

  it('shows storage no kind, id, value or length it was given', async () => {
    const { store, vault } = await fresh();
    await vault.put('journal', '2024-05-01', { text: 'MARKER-short' });
    await vault.put('journal', '2024-05-02', { text: `MARKER-${'x'.repeat(200)}` });
    const { meta, records } = store.snapshot();
    const everything = [
      ...meta.flatMap(({ key, value }) => [key, new TextDecoder().decode(value)]),
      ...records.flatMap(({ tag, id, data }) => [tag, id, new TextDecoder().decode(data)]),
    ].join('|');
    for (const leak of ['journal', '2024', 'MARKER', 'text', PASS]) {
      expect(everything).not.toContain(leak);
    }
    expect(meta.map(({ key }) => key)).toEqual([VAULT_HEADER_KEY]);
    for (const { tag, id } of records) {
      expect(tag).toMatch(/^[0-9a-f]{32}$/);
      expect(id).toMatch(/^[0-9a-f]{32}$/);
    }
    const [a, b] = records;
    expect(a?.data.length).toBe(b?.data.length);
  });

  it('encrypts the same value differently every time', async () => {
    const { store, vault } = await fresh();
    await vault.put('k', 'a', 'same');
    const first = store.snapshot().records[0]?.data;
    await vault.put('k', 'a', 'same');
    const second = store.snapshot().records[0]?.data;
    expect(first && second && [...first].join()).not.toBe(second && [...second].join());
  });

  it('refuses to create over an existing vault, changing nothing', async () => {
    const { store } = await fresh();
    expect(await vaultExists(store)).toBe(true);
    expect(await vaultExists(new MemoryStore())).toBe(false);
    const before = picture(store);
    expect(await rejection(createVault(store, 'other', opts))).toBeInstanceOf(VaultExistsError);
    expect(picture(store)).toEqual(before);
  });

  it('lets only one of two racing creations win', async () => {
    const store = new MemoryStore();
    const results = await Promise.allSettled([
      createVault(store, 'one', opts),
      createVault(store, 'two', opts),
    ]);
    const outcomes = results.map((r) => (r.status === 'fulfilled' ? 'ok' : r.reason));
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(1);
    expect(outcomes.find((o) => o !== 'ok')).toBeInstanceOf(VaultExistsError);
  });

  it('says when there is no vault', async () => {
    const store = new MemoryStore();
    expect(await rejection(unlock(store, PASS, opts))).toBeInstanceOf(NoVaultError);
    expect(await rejection(unlockWithRecoveryKey(store, 'x'))).toBeInstanceOf(
      MalformedRecoveryKeyError,
    );
  });

  it('rejects a wrong passphrase and leaves storage as it was', async () => {
    const { store, vault } = await fresh();
    await vault.put('k', 'a', 1);
    const before = picture(store);
    for (const guess of ['', 'Correct horse battery staple', `${PASS} `, 'x'.repeat(10_000)]) {
      expect(await rejection(unlock(store, guess, opts))).toBeInstanceOf(WrongPassphraseError);
    }
    expect(picture(store)).toEqual(before);
  });

  it('runs the KDF once per attempt, with the header’s salt and params', async () => {
    const { store } = await fresh();
    const { derive, calls } = countingDerive();
    await unlock(store, PASS, { derive });
    await rejection(unlock(store, 'nope', { derive }));
    expect(calls).toHaveLength(2);
    for (const [, salt, params] of calls) {
      expect(salt.length).toBe(16);
      expect(params).toEqual(DEFAULT_KDF);
    }
  });

  it('normalises the passphrase to NFC', async () => {
    const store = new MemoryStore();
    await createVault(store, 'caf\u00e9 \u00c5ngstr\u00f6m', opts);
    const vault = await unlock(store, 'cafe\u0301 A\u030angstro\u0308m', opts);
    expect(vault.isLocked).toBe(false);
  });

  it('opens with the recovery key, however it is typed', async () => {
    const { store, vault, recoveryKey } = await fresh();
    await vault.put('k', 'a', 'kept');
    const typed = recoveryKey.toLowerCase().replaceAll('-', ' ');
    const recovered = await unlockWithRecoveryKey(store, typed);
    expect(recovered.role).toBe('recovery');
    expect(await recovered.get('k', 'a')).toBe('kept');
  });

  it('rejects a recovery key of another vault, changing nothing', async () => {
    const { store } = await fresh();
    const other = await fresh();
    const before = picture(store);
    const error = await rejection(unlockWithRecoveryKey(store, other.recoveryKey));
    expect(error).toBeInstanceOf(WrongRecoveryKeyError);
    expect(picture(store)).toEqual(before);
  });

  it('changes the passphrase without touching a record', async () => {
    const { store, vault, recoveryKey } = await fresh();
    await vault.putMany(
      Array.from({ length: 20 }, (_, i) => ({ kind: 'k', id: `${i}`, value: { i } })),
    );
    const recordsBefore = store.snapshot().records;
    await vault.changePassphrase(PASS, 'a new passphrase', opts);
    expect(store.snapshot().records).toEqual(recordsBefore);

    expect(await rejection(unlock(store, PASS, opts))).toBeInstanceOf(WrongPassphraseError);
    const reopened = await unlock(store, 'a new passphrase', opts);
    expect(await reopened.count('k')).toBe(20);
    expect(await reopened.get('k', '7')).toEqual({ i: 7 });
    const recovered = await unlockWithRecoveryKey(store, recoveryKey);
    expect(await recovered.get('k', '19')).toEqual({ i: 19 });
    expect(vault.isLocked).toBe(false);
  });

  it('asks for the current passphrase before changing it', async () => {
    const { store, vault } = await fresh();
    const before = picture(store);
    const error = await rejection(vault.changePassphrase('not it', 'new one', opts));
    expect(error).toBeInstanceOf(WrongPassphraseError);
    expect(picture(store)).toEqual(before);
    expect(await rejection(vault.changePassphrase(PASS, '', opts))).toBeInstanceOf(RangeError);
    expect(picture(store)).toEqual(before);
  });

  it('allows re-setting the same passphrase', async () => {
    const { store, vault } = await fresh();
    await vault.changePassphrase(PASS, PASS, opts);
    expect((await unlock(store, PASS, opts)).isLocked).toBe(false);
  });

  it('resets a forgotten passphrase with the recovery key, which keeps working', async () => {
    const { store, vault, recoveryKey } = await fresh();
    await vault.put('k', 'a', 'kept');
    const before = picture(store);
    const wrong = (await fresh()).recoveryKey;
    expect(await rejection(resetPassphraseWithRecovery(store, wrong, 'n', opts))).toBeInstanceOf(
      WrongRecoveryKeyError,
    );
    expect(picture(store)).toEqual(before);

    const reset = await resetPassphraseWithRecovery(store, recoveryKey, 'brand new', opts);
    expect(await reset.get('k', 'a')).toBe('kept');
    expect(await rejection(unlock(store, PASS, opts))).toBeInstanceOf(WrongPassphraseError);
    expect(await (await unlock(store, 'brand new', opts)).get('k', 'a')).toBe('kept');
    expect(await (await unlockWithRecoveryKey(store, recoveryKey)).get('k', 'a')).toBe('kept');
  });

  it('replaces the recovery key and retires the old one', async () => {
    const { store, vault, recoveryKey } = await fresh();
    await vault.put('k', 'a', 'kept');
    expect(await rejection(vault.replaceRecoveryKey('wrong', opts))).toBeInstanceOf(
      WrongPassphraseError,
    );
    const newKey = await vault.replaceRecoveryKey(PASS, opts);
    expect(newKey).not.toBe(recoveryKey);
    expect(await rejection(unlockWithRecoveryKey(store, recoveryKey))).toBeInstanceOf(
      WrongRecoveryKeyError,
    );
    expect(await (await unlockWithRecoveryKey(store, newKey)).get('k', 'a')).toBe('kept');
    expect(await (await unlock(store, PASS, opts)).get('k', 'a')).toBe('kept');
  });

  it('keeps each record’s schema version, and a damaged record is counted, not thrown', async () => {
    const { store, vault } = await fresh();
    const note = { id: 'r1', text: 'kept', writtenAt: '2026-01-01T00:00:00.000Z' };
    await vault.write([
      { op: 'put', kind: 'reminder', id: 'r1', value: note },
      { op: 'put', kind: 'reminder', id: 'r2', value: { ...note, id: 'r2' }, version: 2 },
    ]);
    const versions = (await vault.entries('reminder')).map((e) => [e.id, e.version]).sort();
    expect(versions).toEqual([
      ['r1', 1],
      ['r2', 2],
    ]);
    expect((await vault.readAll(reminder)).unreadable).toMatchObject([
      { code: 'newer-version', version: 2 },
    ]);
    // One record's ciphertext damaged on disk: the other still reads, that one is counted.
    await vault.delete('reminder', 'r2');
    await vault.put('reminder', 'r3', { ...note, id: 'r3' });
    // The vault holds nothing else now, so every stored row is one of the two reminders.
    const rows = await store.listAll();
    expect(rows).toHaveLength(2);
    const damaged = rows[0];
    if (!damaged) throw new Error('no reminder row');
    const flipped = new Uint8Array(damaged.data);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1;
    await store.commit([{ op: 'put', tag: damaged.tag, id: damaged.id, data: flipped }]);
    const { items, unreadable } = await vault.readAll(reminder);
    expect(items).toHaveLength(1);
    expect(unreadable).toEqual([{ id: damaged.id, code: 'tampered' }]);
    expect((await store.get(damaged.tag, damaged.id))?.at(-1)).toBe(flipped.at(-1));
  });

  it('reads a kind a part at a time, every record once, a damaged one counted', async () => {
    const { store, vault } = await fresh();
    const note = (id: string) => ({ id, text: 'kept', writtenAt: '2026-01-01T00:00:00.000Z' });
    const ids = Array.from({ length: 7 }, (_, i) => `r${i}`);
    await vault.putMany(ids.map((id) => ({ kind: 'reminder', id, value: note(id) })));
    const rows = await store.listAll();
    const damaged = rows[3];
    if (!damaged) throw new Error('no reminder row');
    const flipped = new Uint8Array(damaged.data);
    flipped[20] = (flipped[20] ?? 0) ^ 1;
    await store.commit([{ op: 'put', tag: damaged.tag, id: damaged.id, data: flipped }]);

    const parts: Array<{ items: string[]; unreadable: number; read: number; total: number }> = [];
    let pauses = 0;
    const total = await vault.readInParts(
      reminder,
      (part, read, of) => {
        parts.push({
          items: part.items.map((item) => item.id),
          unreadable: part.unreadable.length,
          read,
          total: of,
        });
      },
      { size: 3, pause: async () => void (pauses += 1) },
    );
    expect(total).toBe(7);
    expect(parts.map((part) => [part.read, part.total])).toEqual([
      [3, 7],
      [6, 7],
      [7, 7],
    ]);
    expect(pauses).toBe(3);
    expect(parts.flatMap((part) => part.items).sort()).toEqual(ids.filter((_, i) => i !== 3));
    expect(parts.reduce((n, part) => n + part.unreadable, 0)).toBe(1);
  });

  it('stops reading parts when asked, and at a lock hands out nothing more', async () => {
    const { vault } = await fresh();
    const note = (id: string) => ({ id, text: 'kept', writtenAt: '2026-01-01T00:00:00.000Z' });
    await vault.putMany(
      Array.from({ length: 6 }, (_, i) => ({
        kind: 'reminder',
        id: `r${i}`,
        value: note(`r${i}`),
      })),
    );
    let parts = 0;
    await vault.readInParts(reminder, () => (parts += 1) < 1, {
      size: 2,
      pause: async () => undefined,
    });
    expect(parts).toBe(1);

    parts = 0;
    const reading = vault.readInParts(reminder, () => void (parts += 1), {
      size: 2,
      pause: async () => vault.lock(),
    });
    expect(await rejection(reading)).toBeInstanceOf(VaultLockedError);
    expect(parts).toBe(1);
    expect(
      await rejection(vault.readInParts(reminder, () => undefined, TWO_AT_A_TIME)),
    ).toBeInstanceOf(VaultLockedError);
  });

  it('keeps the recovery key, encrypted, until the person confirms it', async () => {
    const store = new MemoryStore();
    const { vault, recoveryKey } = await createVault(store, PASS, opts);
    expect(await vault.pendingRecoveryKey()).toBe(recoveryKey);
    // Kept in the vault, not in plain: no stored byte spells it.
    const spelled = recoveryKey.replaceAll('-', '');
    for (const row of await store.listAll()) {
      expect(String.fromCharCode(...row.data).replaceAll('-', '')).not.toContain(spelled);
    }
    // A reload (a new unlock) still has it, by passphrase and by the key itself.
    expect(await (await unlock(store, PASS, opts)).pendingRecoveryKey()).toBe(recoveryKey);
    expect(await (await unlockWithRecoveryKey(store, recoveryKey)).pendingRecoveryKey()).toBe(
      recoveryKey,
    );
    await vault.confirmRecoveryKey();
    expect(await (await unlock(store, PASS, opts)).pendingRecoveryKey()).toBeNull();
    // Confirming changes nothing else: the key still opens the vault.
    expect((await unlockWithRecoveryKey(store, recoveryKey)).isLocked).toBe(false);
  });

  it('a new recovery key is kept to confirm too, and the header keeps its size', async () => {
    const { store, vault, recoveryKey } = await fresh();
    const newKey = await vault.replaceRecoveryKey(PASS, opts);
    expect(await (await unlock(store, PASS, opts)).pendingRecoveryKey()).toBe(newKey);
    expect((await store.getMeta(VAULT_HEADER_KEY))?.length).toBe(HEADER_BYTES);
    expect(await rejection(unlockWithRecoveryKey(store, recoveryKey))).toBeInstanceOf(
      WrongRecoveryKeyError,
    );
    // A wrong passphrase makes no new key and keeps nothing to confirm.
    await vault.confirmRecoveryKey();
    const before = picture(store);
    expect(await rejection(vault.replaceRecoveryKey('wrong', opts))).toBeInstanceOf(
      WrongPassphraseError,
    );
    expect(picture(store)).toEqual(before);
    expect(await vault.pendingRecoveryKey()).toBeNull();
  });

  it('refuses two header changes racing from two tabs instead of losing one', async () => {
    const { store, vault } = await fresh();
    const tab2 = await unlock(store, PASS, opts);
    const results = await Promise.allSettled([
      vault.changePassphrase(PASS, 'from tab one', opts),
      tab2.changePassphrase(PASS, 'from tab two', opts),
    ]);
    const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(failed).toHaveLength(1);
    expect(isStoreError(failed[0], 'store-conflict')).toBe(true);
    const opened = await Promise.allSettled([
      unlock(store, 'from tab one', opts),
      unlock(store, 'from tab two', opts),
    ]);
    expect(opened.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('drops its keys on lock; every later call throws VaultLockedError', async () => {
    const { vault } = await fresh();
    await vault.put('k', 'a', 1);
    vault.lock();
    vault.lock();
    expect(vault.isLocked).toBe(true);
    const calls = [
      vault.get('k', 'a'),
      vault.list('k'),
      vault.entries('k'),
      vault.count('k'),
      vault.put('k', 'b', 2),
      vault.putMany([]),
      vault.delete('k', 'a'),
      vault.deleteMany([]),
      vault.changePassphrase(PASS, 'x', opts),
      vault.replaceRecoveryKey(PASS, opts),
    ];
    for (const call of calls) expect(await rejection(call)).toBeInstanceOf(VaultLockedError);
  });

  it('does not hand out plaintext read across a lock', async () => {
    const { vault } = await fresh();
    await vault.put('k', 'a', 'secret');
    const pending = vault.get('k', 'a');
    const listing = vault.list('k');
    vault.lock();
    // Both handlers attach at once: either read may settle first.
    const [got, listed] = await Promise.all([rejection(pending), rejection(listing)]);
    expect(got).toBeInstanceOf(VaultLockedError);
    expect(listed).toBeInstanceOf(VaultLockedError);
  });

  it('finishes a save that was under way when the vault locked', async () => {
    const { store, vault } = await fresh();
    const saving = vault.put('k', 'a', 'saved during quick exit');
    vault.lock();
    await saving;
    expect(await (await unlock(store, PASS, opts)).get('k', 'a')).toBe('saved during quick exit');
  });

  it('abandons an unlock when quick exit aborts it during key derivation', async () => {
    const { store } = await fresh();
    const controller = new AbortController();
    const derive = countingDerive();
    const slow = { derive: derive.derive, signal: controller.signal };
    const pending = unlock(store, PASS, slow);
    controller.abort();
    const error = await rejection(pending);
    expect(error).toBeInstanceOf(Error);
    expect(error instanceof Error && error.name).toBe('AbortError');
  });

  it('refuses the same passphrase for two slots', async () => {
    const { store, vault, recoveryKey } = await fresh();
    // Set up a second passphrase slot the way the duress feature will, then try to
    // make the primary passphrase equal to it.
    const { setPassphraseSlot } = await import('./credentials.ts');
    const { loadHeader, unwrap } = await import('./header-io.ts');
    const { passphraseSlotMaterial } = await import('./slot-keys.ts');
    const loaded = await loadHeader(store);
    const material = await passphraseSlotMaterial(
      PASS,
      DEFAULT_KDF,
      loaded.header.salt,
      opts.derive,
    );
    const found = await unwrap(loaded, material);
    if (!found) throw new Error('unreachable');
    await setPassphraseSlot(store, loaded, found.content, 2, 'duress-decoy', 'decoy words', opts);

    const before = picture(store);
    const error = await rejection(vault.changePassphrase(PASS, 'decoy words', opts));
    expect(error).toBeInstanceOf(PassphraseInUseError);
    expect(picture(store)).toEqual(before);
    const reset = resetPassphraseWithRecovery(store, recoveryKey, 'decoy words', opts);
    expect(await rejection(reset)).toBeInstanceOf(PassphraseInUseError);
    expect(picture(store)).toEqual(before);
    const decoy = await unlock(store, 'decoy words', opts);
    expect(decoy.role).toBe('duress-decoy');
    expect((await unlock(store, PASS, opts)).role).toBe('primary');
    // A decoy's own passphrase change may not take the owner's passphrase either.
    const viaDecoy = decoy.changePassphrase('decoy words', PASS, opts);
    expect(await rejection(viaDecoy)).toBeInstanceOf(PassphraseInUseError);
    expect(picture(store)).toEqual(before);
  });

  it('keeps the header one fixed size', async () => {
    const { store, vault } = await fresh();
    const size = async () => (await store.getMeta(VAULT_HEADER_KEY))?.length;
    expect(await size()).toBe(HEADER_BYTES);
    await vault.changePassphrase(PASS, 'another', opts);
    await vault.replaceRecoveryKey('another', opts);
    expect(await size()).toBe(HEADER_BYTES);
  });
});

describe('writes, committed in the order they were made', () => {
  it('one failed write does not stop the next', async () => {
    const { vault } = await fresh();
    const bad = vault.write([{ op: 'put', kind: '', id: 'x', value: 1 }]);
    const good = vault.write([{ op: 'put', kind: 'journal', id: 'after', value: 'kept' }]);
    await expect(bad).rejects.toThrow();
    await good;
    expect(await vault.get('journal', 'after')).toBe('kept');
  });
});
