import type { Store, StoreOp } from '../store/store.ts';
import { copyOf, wipe, type Bytes } from './bytes.ts';
import { PassphraseInUseError, WrongPassphraseError } from './errors.ts';
import {
  buildHeader,
  loadHeader,
  materialInUse,
  replaceHeader,
  unwrap,
  type LoadedHeader,
  type Unwrapped,
} from './header-io.ts';
import type { DeriveKey } from './kdf.ts';
import { importAesKey, keyIdOf } from './keys.ts';
import { KEY_BYTES, openSlot, RECOVERY_SLOT, wipeSlot, type SlotContent } from './keyslots.ts';
import { assertSettablePassphrase } from './passphrase.ts';
import { generateRecoveryKey } from './recovery-key.ts';
import { passphraseSlotMaterial, recoverySlotMaterial } from './slot-keys.ts';

export type CredentialOptions = { readonly derive: DeriveKey; readonly signal?: AbortSignal };

/** A copy of the owner's slot with one keyring entry replaced. */
export function withKeyringEntry(
  content: SlotContent,
  index: number,
  material: Bytes,
): SlotContent {
  const keyring = content.keyring.slice();
  keyring.set(material, index * KEY_BYTES);
  return { ...content, keyring };
}

/**
 * Opens the slot of `role` holding this vault's data key, or says the passphrase is
 * wrong: the owner's primary slot, or (inside a decoy) the decoy's own.
 */
export async function unwrapAs(
  role: 'primary' | 'duress-decoy',
  store: Store,
  keyId: string,
  passphrase: string,
  derive: DeriveKey,
): Promise<{ loaded: LoadedHeader; found: Unwrapped }> {
  const loaded = await loadHeader(store);
  const { kdf, salt } = loaded.header;
  const material = await passphraseSlotMaterial(passphrase, kdf, salt, derive);
  const found = await unwrap(loaded, material).finally(() => wipe(material));
  if (
    found === null ||
    found.content.role !== role ||
    (await keyIdOf(found.content.dataKey)) !== keyId
  ) {
    wipeSlot(found?.content);
    throw new WrongPassphraseError();
  }
  return { loaded, found };
}

/** True when `material` opens a slot other than `except` (so it is someone's already). */
export async function opensAnotherSlot(
  loaded: LoadedHeader,
  material: Bytes,
  except: number,
): Promise<boolean> {
  const key = await importAesKey(copyOf(material));
  for (const [index, slot] of loaded.header.slots.entries()) {
    if (index === except) continue;
    const opened = await openSlot(key, index, slot);
    wipeSlot(opened);
    if (opened) return true;
  }
  return false;
}

/** Points `index` at a new passphrase, keeping its contents, and writes the header. */
export async function setPassphraseSlot(
  store: Store,
  loaded: LoadedHeader,
  owner: SlotContent,
  index: number,
  role: SlotContent['role'],
  newPassphrase: string,
  { derive, signal }: CredentialOptions,
): Promise<void> {
  const { kdf, salt } = loaded.header;
  // Salt and KDF stay: every passphrase slot shares them, and the others cannot be
  // re-derived without their passphrases.
  const material = await passphraseSlotMaterial(newPassphrase, kdf, salt, derive);
  try {
    if (materialInUse(owner.keyring, material, index)) throw new PassphraseInUseError();
    // A decoy may have changed its own passphrase since the keyring was written: ask
    // the slots themselves too, or two slots could end up under one passphrase.
    if (await opensAnotherSlot(loaded, material, index)) throw new PassphraseInUseError();
    const updated = withKeyringEntry(owner, index, material);
    const slot: SlotContent = { ...updated, role };
    try {
      const next = await buildHeader(loaded.header, updated, new Map([[index, slot]]));
      signal?.throwIfAborted();
      await replaceHeader(store, loaded.bytes, next);
    } finally {
      wipe(updated.keyring);
    }
  } finally {
    wipe(material);
  }
}

export async function changePassphrase(
  store: Store,
  keyId: string,
  currentPassphrase: string,
  newPassphrase: string,
  options: CredentialOptions,
): Promise<void> {
  assertSettablePassphrase(newPassphrase);
  const { loaded, found } = await unwrapAs(
    'primary',
    store,
    keyId,
    currentPassphrase,
    options.derive,
  );
  try {
    await setPassphraseSlot(
      store,
      loaded,
      found.content,
      found.index,
      'primary',
      newPassphrase,
      options,
    );
  } finally {
    wipeSlot(found.content);
  }
}

/**
 * A new recovery key in the recovery slot; the old one stops working. `keepPending`
 * gives the records that keep the new key until the person confirms it: they land in
 * the same transaction as the header.
 */
export async function replaceRecoveryKey(
  store: Store,
  keyId: string,
  currentPassphrase: string,
  keepPending: (text: string) => Promise<StoreOp>,
  { derive, signal }: CredentialOptions,
): Promise<string> {
  const { loaded, found } = await unwrapAs('primary', store, keyId, currentPassphrase, derive);
  const recovery = await generateRecoveryKey();
  const material = await recoverySlotMaterial(recovery.secret, loaded.header.salt);
  const updated = withKeyringEntry(found.content, RECOVERY_SLOT, material);
  try {
    const slot: SlotContent = { ...updated, role: 'recovery' };
    const next = await buildHeader(loaded.header, updated, new Map([[RECOVERY_SLOT, slot]]));
    const pending = await keepPending(recovery.text);
    signal?.throwIfAborted();
    await replaceHeader(store, loaded.bytes, next, [pending]);
    return recovery.text;
  } finally {
    wipe(material, recovery.secret, updated.keyring);
    wipeSlot(found.content);
  }
}
