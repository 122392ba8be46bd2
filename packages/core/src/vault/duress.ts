import type { Store, StoreOp, StoreRecord } from '../store/store.ts';
import {
  concat,
  copyOf,
  fromHex,
  isAllZero,
  randomBytes,
  toHex,
  wipe,
  type Bytes,
} from './bytes.ts';
import {
  opensAnotherSlot,
  unwrapAs,
  withKeyringEntry,
  type CredentialOptions,
} from './credentials.ts';
import { PassphraseInUseError, WrongPassphraseError } from './errors.ts';
import {
  buildHeader,
  loadHeader,
  materialInUse,
  replaceHeader,
  unwrap,
  VAULT_HEADER_KEY,
  type LoadedHeader,
  type Unwrapped,
} from './header-io.ts';
import { deriveRecordKeys, importAesKey, type RecordKeys } from './keys.ts';
import {
  encodeHeaderBody,
  FIRST_DURESS_SLOT,
  KEY_BYTES,
  keyringEntry,
  macHeader,
  PRIMARY_SLOT,
  sealSlot,
  SLOT_COUNT,
  wipeSlot,
  type SlotContent,
  type SlotRole,
} from './keyslots.ts';
import { assertSettablePassphrase } from './passphrase.ts';
import { openRecord } from './records.ts';
import { passphraseSlotMaterial } from './slot-keys.ts';

/*
 * The duress passphrase: a second passphrase that, typed at the lock screen, either
 * opens a decoy vault (its own data key, its own records) or erases the real vault's
 * keys and then opens the decoy as if it had always been the only vault. Either way
 * the unlock looks normal, and the header keeps its four slots and its one size.
 *
 * The owner's vault keeps one record saying which slot the duress passphrase uses, its
 * mode, and the decoy's data key, so the owner can fill the decoy with harmless content,
 * keep it across changes, and prove a restored backup's decoy records authentic.
 */

export type DuressMode = 'decoy' | 'erase';

/** Where the owner keeps what it knows of the duress slot. */
export const DURESS_KIND = 'steady.vault.duress';
export const DURESS_ID = 'current';

export type OwnerDuress = {
  readonly mode: DuressMode;
  readonly slot: number;
  /** The decoy's data key, hex. */
  readonly key: string;
};

const ROLE_OF: Record<DuressMode, SlotRole> = { decoy: 'duress-decoy', erase: 'duress-erase' };

export const isDuressMode = (value: unknown): value is DuressMode =>
  value === 'decoy' || value === 'erase';

/** Reads the owner's duress record, or null when it is absent or malformed. */
export function readOwnerDuress(value: unknown): OwnerDuress | null {
  if (typeof value !== 'object' || value === null) return null;
  const { mode, slot, key } = value as Record<string, unknown>;
  if (!isDuressMode(mode) || typeof key !== 'string' || !/^[0-9a-f]{64}$/.test(key)) return null;
  if (typeof slot !== 'number' || !Number.isInteger(slot)) return null;
  if (slot < FIRST_DURESS_SLOT || slot >= SLOT_COUNT) return null;
  return { mode, slot, key };
}

/** The decoy's record keys, from the owner's record. */
export const decoyKeys = (duress: OwnerDuress): Promise<RecordKeys> =>
  deriveRecordKeys(fromHex(duress.key));

/** A free duress slot, chosen at random so its place says nothing either. */
function freeDuressSlot(keyring: Bytes): number {
  const free: number[] = [];
  for (let i = FIRST_DURESS_SLOT; i < SLOT_COUNT; i++) {
    if (isAllZero(keyringEntry(keyring, i))) free.push(i);
  }
  const pick = free[(randomBytes(1)[0] ?? 0) % Math.max(free.length, 1)];
  return pick ?? FIRST_DURESS_SLOT;
}

/**
 * Sets (or replaces) the duress passphrase. Asks for the owner's current passphrase
 * first. A replaced duress passphrase keeps its decoy and its slot.
 */
export async function setDuress(
  store: Store,
  keyId: string,
  currentPassphrase: string,
  duressPassphrase: string,
  mode: DuressMode,
  existing: OwnerDuress | null,
  sealOwnerRecord: (record: OwnerDuress) => Promise<readonly StoreOp[]>,
  { derive, signal }: CredentialOptions,
): Promise<OwnerDuress> {
  assertSettablePassphrase(duressPassphrase);
  const { loaded, found } = await unwrapAs('primary', store, keyId, currentPassphrase, derive);
  const owner = found.content;
  const material = await passphraseSlotMaterial(
    duressPassphrase,
    loaded.header.kdf,
    loaded.header.salt,
    derive,
  );
  const slot = existing?.slot ?? freeDuressSlot(owner.keyring);
  const dataKey = existing ? fromHex(existing.key) : randomBytes(KEY_BYTES);
  const updated = withKeyringEntry(owner, slot, material);
  try {
    if (materialInUse(owner.keyring, material, slot)) throw new PassphraseInUseError();
    const content: SlotContent = {
      role: ROLE_OF[mode],
      dataKey,
      headerKey: owner.headerKey,
      keyring: new Uint8Array(SLOT_COUNT * KEY_BYTES),
    };
    const record: OwnerDuress = { mode, slot, key: toHex(dataKey) };
    const next = await buildHeader(loaded.header, updated, new Map([[slot, content]]));
    const recordOps = await sealOwnerRecord(record);
    signal?.throwIfAborted();
    await replaceHeader(store, loaded.bytes, next, recordOps);
    return record;
  } finally {
    wipe(material, dataKey, updated.keyring);
    wipeSlot(owner);
  }
}

/**
 * The records of the vault under `keys`, read by tag. A tag is an HMAC under one
 * vault's name key, so one record of each tag, opened, tells whose the tag is; the
 * other vault's records are never read, only named.
 */
async function recordsOf(store: Store, keys: RecordKeys): Promise<StoreRecord[]> {
  const mine: StoreRecord[] = [];
  for (const tag of await tagsOf(store, keys)) {
    mine.push(...(await store.list(tag)).map((row) => ({ tag, ...row })));
  }
  return mine;
}

/** The kind tags in `store` whose records open under `keys` (judged by each tag's first). */
export async function tagsOf(store: Store, keys: RecordKeys): Promise<Set<string>> {
  const firstOfTag = new Map<string, string>();
  for (const { tag, id } of await store.names()) if (!firstOfTag.has(tag)) firstOfTag.set(tag, id);
  const mine = new Set<string>();
  for (const [tag, id] of firstOfTag) {
    const data = await store.get(tag, id);
    const opens =
      data !== undefined &&
      (await openRecord(keys, { tag, id }, data).then(
        () => true,
        () => false,
      ));
    if (opens) mine.add(tag);
  }
  return mine;
}

/**
 * A header, with the same KDF and salt, in which the passphrase slot whose key is
 * `material` is the only way in, to `dataKey`, under a new header key; the other slots
 * random. The caller keeps (and wipes) `dataKey` and `material`.
 */
async function soleOwnerHeader(
  loaded: LoadedHeader,
  dataKey: Bytes,
  material: Bytes,
): Promise<Bytes> {
  const keyring = new Uint8Array(SLOT_COUNT * KEY_BYTES);
  keyring.set(material, PRIMARY_SLOT * KEY_BYTES);
  const headerKey = randomBytes(KEY_BYTES);
  const owner: SlotContent = { role: 'primary', dataKey, headerKey, keyring };
  try {
    return await buildHeader(loaded.header, owner, new Map([[PRIMARY_SLOT, owner]]));
  } finally {
    wipe(headerKey, keyring);
  }
}

/**
 * What a backup made inside the decoy holds: a header of its own, in which the decoy's
 * passphrase is the only passphrase, and the decoy's records alone. Restored, it is an
 * ordinary vault; it says nothing of the real one, not even its size.
 */
export async function decoyBackupContents(
  store: Store,
  keys: RecordKeys,
  material: Bytes,
): Promise<{ header: Bytes; records: StoreRecord[] }> {
  const loaded = await loadHeader(store);
  const found = await unwrap(loaded, material);
  if (found === null || found.content.role !== 'duress-decoy') throw new WrongPassphraseError();
  try {
    const header = await soleOwnerHeader(loaded, found.content.dataKey, material);
    return { header, records: await recordsOf(store, keys) };
  } finally {
    wipeSlot(found.content);
  }
}

/** Takes the duress passphrase away, with the decoy and all its records. */
export async function removeDuress(
  store: Store,
  keyId: string,
  currentPassphrase: string,
  existing: OwnerDuress,
  ownerRecordDelete: readonly StoreOp[],
  { derive, signal }: CredentialOptions,
): Promise<void> {
  const { loaded, found } = await unwrapAs('primary', store, keyId, currentPassphrase, derive);
  const updated = withKeyringEntry(
    found.content,
    existing.slot,
    new Uint8Array(KEY_BYTES), // all zeros: the slot becomes random bytes
  );
  try {
    const next = await buildHeader(loaded.header, updated, new Map());
    const mine = await recordsOf(store, await decoyKeys(existing));
    signal?.throwIfAborted();
    await replaceHeader(store, loaded.bytes, next, [
      ...ownerRecordDelete,
      ...mine.map((row): StoreOp => ({ op: 'delete', tag: row.tag, id: row.id })),
    ]);
  } finally {
    wipe(updated.keyring);
    wipeSlot(found.content);
  }
}

/**
 * The erase mode, run by unlock when the erase passphrase opened its slot: a new
 * header in which the duress passphrase is the only passphrase and the decoy's data
 * key the only data key, every other slot random, and every record that was not the
 * decoy's gone, all in one transaction (other meta entries too; the vault keeps none).
 * Without the old keys the old records could not be read anyway; removing them also
 * leaves nothing to count.
 */
export async function eraseToDecoy(
  store: Store,
  loaded: LoadedHeader,
  found: Unwrapped,
  material: Bytes,
): Promise<RecordKeys> {
  const keys = await deriveRecordKeys(copyOf(found.content.dataKey));
  const next = await soleOwnerHeader(loaded, found.content.dataKey, material);
  const mine = await recordsOf(store, keys);
  // Emptying the store and putting the decoy's few records back is one quick step;
  // deleting thousands of real records one by one would make this unlock stand out.
  await store.commit([
    { op: 'expectMeta', key: VAULT_HEADER_KEY, value: loaded.bytes },
    { op: 'clear' },
    { op: 'setMeta', key: VAULT_HEADER_KEY, value: next },
    ...mine.map((row): StoreOp => ({ op: 'put', tag: row.tag, id: row.id, data: row.data })),
  ]);
  return keys;
}

/** Checks the decoy's passphrase, for operations the decoy only pretends to do. */
export async function checkDecoyPassphrase(
  store: Store,
  keyId: string,
  passphrase: string,
  derive: CredentialOptions['derive'],
): Promise<void> {
  const { found } = await unwrapAs('duress-decoy', store, keyId, passphrase, derive);
  wipeSlot(found.content);
}

/**
 * A passphrase change made inside the decoy. It must work like the owner's, or the
 * decoy would give itself away; the decoy holds no keyring, so it re-seals its own slot
 * only and leaves the others' bytes as they are (the owner's next header write keeps
 * that slot as it finds it; see buildHeader).
 */
export async function changeDecoyPassphrase(
  store: Store,
  keyId: string,
  currentPassphrase: string,
  newPassphrase: string,
  { derive, signal }: CredentialOptions,
): Promise<Bytes> {
  assertSettablePassphrase(newPassphrase);
  const { loaded, found } = await unwrapAs('duress-decoy', store, keyId, currentPassphrase, derive);
  const { kdf, salt, slots } = loaded.header;
  const next = await passphraseSlotMaterial(newPassphrase, kdf, salt, derive);
  try {
    if (await opensAnotherSlot(loaded, next, found.index)) throw new PassphraseInUseError();
    const key = await importAesKey(copyOf(next));
    const resealed = slots.slice();
    resealed[found.index] = await sealSlot(key, found.index, found.content);
    const body = encodeHeaderBody({ kdf, salt, slots: resealed });
    const header = concat(body, await macHeader(found.content.headerKey, body));
    signal?.throwIfAborted();
    await replaceHeader(store, loaded.bytes, header);
    return copyOf(next);
  } finally {
    wipe(next);
    wipeSlot(found.content);
  }
}
