import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../store/memory.ts';
import {
  CorruptError,
  isVaultError,
  TamperedError,
  WeakKdfError,
  WrongPassphraseError,
  type VaultErrorCode,
} from './errors.ts';
import { VAULT_HEADER_KEY } from './header-io.ts';
import { importAesKey } from './keys.ts';
import { HEADER_BYTES, SLOT_BYTES, SLOT_COUNT, sealSlot } from './keyslots.ts';
import { passphraseSlotMaterial } from './slot-keys.ts';
import { countingDerive, hex, opts, picture, rejection } from './testing/fixtures.ts';
import { createVault, unlock, unlockWithRecoveryKey } from './vault.ts';

const PASS = 'correct horse battery staple';
const SLOTS_AT = 30;
const MAC_AT = SLOTS_AT + SLOT_COUNT * SLOT_BYTES;

async function fresh() {
  const store = new MemoryStore();
  const { vault, recoveryKey } = await createVault(store, PASS, opts);
  // As after set-up, once the person has confirmed the recovery key.
  await vault.confirmRecoveryKey();
  return { store, vault, recoveryKey };
}

const header = async (store: MemoryStore): Promise<Uint8Array<ArrayBuffer>> => {
  const bytes = await store.getMeta(VAULT_HEADER_KEY);
  if (!bytes) throw new Error('no header');
  return bytes;
};

const setHeader = (store: MemoryStore, bytes: Uint8Array) =>
  store.commit([{ op: 'setMeta', key: VAULT_HEADER_KEY, value: bytes }]);

const flipped = (bytes: Uint8Array, at: number, bit = at % 8): Uint8Array => {
  const copy = bytes.slice();
  copy[at] = (copy[at] ?? 0) ^ (1 << bit);
  return copy;
};

const slotsOf = (bytes: Uint8Array) =>
  Array.from({ length: SLOT_COUNT }, (_, i) =>
    hex(bytes.subarray(SLOTS_AT + i * SLOT_BYTES, SLOTS_AT + (i + 1) * SLOT_BYTES)),
  );

function expectCode(error: unknown, codes: readonly VaultErrorCode[]): void {
  expect(isVaultError(error) && codes.includes(error.code), String(error)).toBe(true);
}

describe('tampering with a record', () => {
  it('is caught whichever byte changes, and nothing is written', async () => {
    const { store, vault } = await fresh();
    await vault.put('journal', 'e1', { text: 'what happened' });
    const [record] = store.snapshot().records;
    if (!record) throw new Error('no record');
    for (let at = 0; at < record.data.length; at++) {
      const bad = flipped(record.data, at);
      await store.commit([{ op: 'put', tag: record.tag, id: record.id, data: bad }]);
      const before = picture(store);
      const error = await rejection(vault.get('journal', 'e1'));
      // Version and algorithm bytes are refused by the parser; every other byte fails GCM.
      expectCode(error, at < 2 ? ['corrupt'] : ['tampered']);
      expectCode(await rejection(vault.list('journal')), at < 2 ? ['corrupt'] : ['tampered']);
      expect(picture(store)).toEqual(before);
    }
    for (const bad of [
      record.data.subarray(0, 29),
      record.data.subarray(0, record.data.length - 1),
    ]) {
      await store.commit([{ op: 'put', tag: record.tag, id: record.id, data: bad }]);
      expectCode(await rejection(vault.get('journal', 'e1')), ['corrupt', 'tampered']);
    }
  });

  it('is caught when a record is copied to another id or another kind', async () => {
    const { store, vault } = await fresh();
    await vault.put('journal', 'a', 'entry a');
    await vault.put('journal', 'b', 'entry b');
    const journalTag = store.snapshot().records[0]?.tag;
    await vault.put('plan', 'a', 'plan a');
    const all = store.snapshot().records;
    // Put every record's bytes in every other record's place, one pair at a time.
    for (const from of all) {
      for (const to of all) {
        if (from === to) continue;
        await store.commit([{ op: 'put', tag: to.tag, id: to.id, data: from.data }]);
        const reads = await Promise.allSettled([
          vault.get('journal', 'a'),
          vault.get('journal', 'b'),
          vault.get('plan', 'a'),
        ]);
        const failures = reads.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
        expect(failures).toHaveLength(1);
        expect(failures[0]).toBeInstanceOf(TamperedError);
        const listing = await rejection(vault.entries(to.tag === journalTag ? 'journal' : 'plan'));
        expect(listing).toBeInstanceOf(TamperedError);
        await store.commit([{ op: 'put', tag: to.tag, id: to.id, data: to.data }]);
      }
    }
    expect(await vault.get('journal', 'a')).toBe('entry a');
  });
});

describe('tampering with the header', () => {
  it('is caught whichever byte changes, for passphrase and recovery key alike', async () => {
    const { store, recoveryKey } = await fresh();
    const original = await header(store);
    expect(original.length).toBe(HEADER_BYTES);
    for (let at = 0; at < original.length; at++) {
      await setHeader(store, flipped(original, at));
      const before = picture(store);
      expectCode(await rejection(unlock(store, PASS, opts)), [
        'wrong-passphrase',
        'tampered',
        'corrupt',
        'weak-kdf',
      ]);
      expectCode(await rejection(unlockWithRecoveryKey(store, recoveryKey)), [
        'wrong-recovery-key',
        'tampered',
        'corrupt',
        'weak-kdf',
      ]);
      expect(picture(store)).toEqual(before);
    }
    await setHeader(store, original);
    expect((await unlock(store, PASS, opts)).isLocked).toBe(false);
  });

  it('names each kind of damage', async () => {
    const { store } = await fresh();
    const original = await header(store);
    const attempt = async (bytes: Uint8Array) => {
      await setHeader(store, bytes);
      return rejection(unlock(store, PASS, opts));
    };
    expect(await attempt(flipped(original, 0))).toBeInstanceOf(CorruptError);
    expect(await attempt(original.subarray(0, HEADER_BYTES - 1))).toBeInstanceOf(CorruptError);
    expect(await attempt(flipped(original, 20))).toBeInstanceOf(WrongPassphraseError); // salt
    expect(await attempt(flipped(original, SLOTS_AT + 40))).toBeInstanceOf(WrongPassphraseError);
    // An unused slot, the recovery slot and the MAC are only covered by the MAC.
    for (const at of [SLOTS_AT + 3 * SLOT_BYTES + 5, SLOTS_AT + SLOT_BYTES + 5, MAC_AT + 1]) {
      expect(await attempt(flipped(original, at))).toBeInstanceOf(TamperedError);
    }
  });

  it('rejects swapped slots', async () => {
    const { store, recoveryKey } = await fresh();
    const bytes = (await header(store)).slice();
    const first = bytes.slice(SLOTS_AT, SLOTS_AT + SLOT_BYTES);
    bytes.copyWithin(SLOTS_AT, SLOTS_AT + SLOT_BYTES, SLOTS_AT + 2 * SLOT_BYTES);
    bytes.set(first, SLOTS_AT + SLOT_BYTES);
    await setHeader(store, bytes);
    expect(await rejection(unlock(store, PASS, opts))).toBeInstanceOf(WrongPassphraseError);
    expectCode(await rejection(unlockWithRecoveryKey(store, recoveryKey)), ['wrong-recovery-key']);
  });

  it('rejects a slot planted by someone who knows the passphrase but not the keys', async () => {
    const { store } = await fresh();
    const bytes = (await header(store)).slice();
    const salt = bytes.slice(14, 30);
    const plant = async (passphrase: string) => {
      const material = await passphraseSlotMaterial(passphrase, opts.kdf, salt, opts.derive);
      const key = await importAesKey(material);
      const forged = await sealSlot(key, 3, {
        role: 'duress-erase',
        dataKey: new Uint8Array(32),
        headerKey: new Uint8Array(32),
        keyring: new Uint8Array(128),
      });
      const planted = bytes.slice();
      planted.set(forged, SLOTS_AT + 3 * SLOT_BYTES);
      await setHeader(store, planted);
    };
    await plant('the attacker’s own');
    expect(await rejection(unlock(store, 'the attacker’s own', opts))).toBeInstanceOf(
      TamperedError,
    );
    expect(await rejection(unlock(store, PASS, opts))).toBeInstanceOf(TamperedError);
    await plant(PASS);
    expect(await rejection(unlock(store, PASS, opts))).toBeInstanceOf(TamperedError);
  });

  it('refuses weak KDF params found in storage before running the KDF', async () => {
    const { store } = await fresh();
    const bytes = (await header(store)).slice();
    const view = new DataView(bytes.buffer);
    view.setUint32(6, 1); // iterations: 2 -> 1
    await setHeader(store, bytes);
    const { derive, calls } = countingDerive();
    expect(await rejection(unlock(store, PASS, { derive }))).toBeInstanceOf(WeakKdfError);
    view.setUint32(6, 2);
    view.setUint32(2, 1024); // memory: 32 MiB -> 1 MiB
    await setHeader(store, bytes);
    expect(await rejection(unlock(store, PASS, { derive }))).toBeInstanceOf(WeakKdfError);
    view.setUint32(2, 0xffffffff); // 4 TiB: not weak, absurd
    await setHeader(store, bytes);
    expect(await rejection(unlock(store, PASS, { derive }))).toBeInstanceOf(CorruptError);
    expect(calls).toHaveLength(0);
  });

  it('refuses to create a vault with weak params', async () => {
    const weak = [
      { alg: 'argon2id', memoryKiB: 19455, iterations: 2, parallelism: 1 },
      { alg: 'argon2id', memoryKiB: 65536, iterations: 1, parallelism: 1 },
      { alg: 'pbkdf2-sha256', iterations: 100_000 },
    ] as const;
    for (const kdf of weak) {
      const store = new MemoryStore();
      expect(await rejection(createVault(store, PASS, { ...opts, kdf }))).toBeInstanceOf(
        WeakKdfError,
      );
      expect(store.snapshot().meta).toHaveLength(0);
    }
    const store = new MemoryStore();
    const floor = { alg: 'argon2id', memoryKiB: 19456, iterations: 2, parallelism: 1 } as const;
    await createVault(store, PASS, { ...opts, kdf: floor });
    expect((await unlock(store, PASS, opts)).isLocked).toBe(false);
    const pbkdf2 = new MemoryStore();
    await createVault(pbkdf2, PASS, {
      ...opts,
      kdf: { alg: 'pbkdf2-sha256', iterations: 600_000 },
    });
    expect((await unlock(pbkdf2, PASS, opts)).isLocked).toBe(false);
  });
});

describe('what the header gives away', () => {
  it('slots are all one size, and unused ones differ between vaults', async () => {
    const a = slotsOf(await header((await fresh()).store));
    const b = slotsOf(await header((await fresh()).store));
    expect(new Set([...a, ...b]).size).toBe(2 * SLOT_COUNT);
    expect(a.every((slot) => slot.length === 2 * SLOT_BYTES)).toBe(true);
  });

  it('every credential change rewrites every slot, so two copies do not show which one changed', async () => {
    const { store, vault } = await fresh();
    let previous = slotsOf(await header(store));
    const changes = [
      () => vault.changePassphrase(PASS, 'second', opts),
      () => vault.replaceRecoveryKey('second', opts),
      () => vault.changePassphrase('second', 'second', opts),
    ];
    for (const change of changes) {
      await change();
      const next = slotsOf(await header(store));
      next.forEach((slot, i) => expect(slot).not.toBe(previous[i]));
      previous = next;
    }
  });

  it('holds no readable text and no copy of the passphrase', async () => {
    const { store } = await fresh();
    const text = new TextDecoder('latin1').decode(await header(store));
    expect(text).not.toContain('correct');
    expect(text).not.toContain('steady');
  });
});
