import type { Store } from '../store/store.ts';
import { isStoreError } from '../store/errors.ts';
import { randomBytes, wipe } from './bytes.ts';
import { setPassphraseSlot, type CredentialOptions } from './credentials.ts';
import {
  TamperedError,
  VaultExistsError,
  WrongPassphraseError,
  WrongRecoveryKeyError,
} from './errors.ts';
import {
  buildHeader,
  loadHeader,
  replaceHeader,
  unwrap,
  VAULT_HEADER_KEY,
  type Unwrapped,
} from './header-io.ts';
import { assertKdfParams, DEFAULT_KDF, type DeriveKey, type KdfParams } from './kdf.ts';
import { deriveRecordKeys } from './keys.ts';
import {
  KEY_BYTES,
  PRIMARY_SLOT,
  RECOVERY_SLOT,
  SALT_BYTES,
  SLOT_COUNT,
  wipeSlot,
  type SlotContent,
  type SlotRole,
} from './keyslots.ts';
import { eraseToDecoy } from './duress.ts';
import { OpenVault } from './open-vault.ts';
import { assertSettablePassphrase } from './passphrase.ts';
import { generateRecoveryKey, parseRecoveryKey } from './recovery-key.ts';
import { pendingRecoveryOp } from './recovery-pending.ts';
import { passphraseSlotMaterial, recoverySlotMaterial } from './slot-keys.ts';

export type UnlockOptions = {
  /** Runs the KDF; in the app, a call into the Web Worker that runs deriveKeyBytes. */
  readonly derive: DeriveKey;
  /** Aborting (quick exit) makes the pending call fail instead of returning an open vault. */
  readonly signal?: AbortSignal;
  /**
   * False where the erase passphrase must not erase (checking a backup file): the
   * vault then opens with role 'duress-erase', which callers treat as not the owner.
   */
  readonly allowErase?: boolean;
};

export type CreateVaultOptions = UnlockOptions & { readonly kdf?: KdfParams };

export type CreatedVault = {
  readonly vault: OpenVault;
  /**
   * To show to the person. Until they confirm it (OpenVault.confirmRecoveryKey), it is
   * also kept encrypted in the vault and given again by pendingRecoveryKey().
   */
  readonly recoveryKey: string;
};

const PASSPHRASE_ROLES: readonly SlotRole[] = ['primary', 'duress-decoy', 'duress-erase'];

export async function vaultExists(store: Store): Promise<boolean> {
  return (await store.getMeta(VAULT_HEADER_KEY)) !== undefined;
}

async function openWith(store: Store, found: Unwrapped, signal?: AbortSignal): Promise<OpenVault> {
  const { role, dataKey } = found.content;
  try {
    signal?.throwIfAborted();
    const keys = await deriveRecordKeys(dataKey);
    signal?.throwIfAborted();
    const vault = new OpenVault(store, keys, role);
    await vault.loadDuress();
    if (signal?.aborted) {
      vault.lock();
      signal.throwIfAborted();
    }
    return vault;
  } finally {
    wipeSlot(found.content);
  }
}

export async function createVault(
  store: Store,
  passphrase: string,
  { derive, signal, kdf = DEFAULT_KDF }: CreateVaultOptions,
): Promise<CreatedVault> {
  assertKdfParams(kdf);
  assertSettablePassphrase(passphrase);
  if (await vaultExists(store)) throw new VaultExistsError();

  const salt = randomBytes(SALT_BYTES);
  const recovery = await generateRecoveryKey();
  const keyring = new Uint8Array(SLOT_COUNT * KEY_BYTES);
  const owner: SlotContent = {
    role: 'primary',
    dataKey: randomBytes(KEY_BYTES),
    headerKey: randomBytes(KEY_BYTES),
    keyring,
  };
  try {
    const primary = await passphraseSlotMaterial(passphrase, kdf, salt, derive);
    keyring.set(primary, PRIMARY_SLOT * KEY_BYTES);
    const recoveryMaterial = await recoverySlotMaterial(recovery.secret, salt);
    keyring.set(recoveryMaterial, RECOVERY_SLOT * KEY_BYTES);
    wipe(primary, recoveryMaterial);
    const header = await buildHeader(
      { kdf, salt },
      owner,
      new Map([
        [PRIMARY_SLOT, owner],
        [RECOVERY_SLOT, { ...owner, role: 'recovery' }],
      ]),
    );
    const keys = await deriveRecordKeys(owner.dataKey);
    // The key to confirm lands with the header that makes it work: never one without the other.
    const pending = await pendingRecoveryOp(keys, recovery.text);
    signal?.throwIfAborted();
    await replaceHeader(store, undefined, header, [pending]).catch((error: unknown) => {
      throw isStoreError(error, 'store-conflict') ? new VaultExistsError() : error;
    });
    const vault = new OpenVault(store, keys, 'primary');
    await vault.loadDuress();
    return { vault, recoveryKey: recovery.text };
  } finally {
    wipeSlot(owner);
    wipe(recovery.secret);
  }
}

export async function unlock(
  store: Store,
  passphrase: string,
  { derive, signal, allowErase = true }: UnlockOptions,
): Promise<OpenVault> {
  const loaded = await loadHeader(store);
  const { kdf, salt } = loaded.header;
  const material = await passphraseSlotMaterial(passphrase, kdf, salt, derive);
  try {
    const found = await unwrap(loaded, material);
    if (found === null) throw new WrongPassphraseError();
    if (!PASSPHRASE_ROLES.includes(found.content.role)) {
      wipeSlot(found.content);
      throw new TamperedError('slot role');
    }
    if (found.content.role === 'duress-decoy') {
      const vault = await openWith(store, found, signal);
      vault.holdMaterial(material);
      return vault;
    }
    if (found.content.role !== 'duress-erase' || !allowErase) {
      return await openWith(store, found, signal);
    }
    // The erase passphrase: the real keys go first, then the decoy opens as the owner's
    // vault would. Quick exit does not stop it; the person asked for it.
    try {
      const keys = await eraseToDecoy(store, loaded, found, material);
      return new OpenVault(store, keys, 'primary');
    } finally {
      wipeSlot(found.content);
    }
  } finally {
    wipe(material);
  }
}

async function unwrapRecovery(store: Store, recoveryKey: string) {
  const secret = await parseRecoveryKey(recoveryKey);
  const loaded = await loadHeader(store);
  const material = await recoverySlotMaterial(secret, loaded.header.salt).finally(() =>
    wipe(secret),
  );
  const found = await unwrap(loaded, material).finally(() => wipe(material));
  if (found === null) throw new WrongRecoveryKeyError();
  if (found.content.role !== 'recovery') {
    wipeSlot(found.content);
    throw new TamperedError('slot role');
  }
  return { loaded, found };
}

export async function unlockWithRecoveryKey(
  store: Store,
  recoveryKey: string,
  options: { readonly signal?: AbortSignal } = {},
): Promise<OpenVault> {
  const { found } = await unwrapRecovery(store, recoveryKey);
  return openWith(store, found, options.signal);
}

/** For a forgotten passphrase: the recovery key sets a new one. The recovery key stays valid. */
export async function resetPassphraseWithRecovery(
  store: Store,
  recoveryKey: string,
  newPassphrase: string,
  options: CredentialOptions,
): Promise<OpenVault> {
  assertSettablePassphrase(newPassphrase);
  const { loaded, found } = await unwrapRecovery(store, recoveryKey);
  try {
    const owner = found.content;
    await setPassphraseSlot(store, loaded, owner, PRIMARY_SLOT, 'primary', newPassphrase, options);
  } catch (error) {
    wipeSlot(found.content);
    throw error;
  }
  return openWith(store, found, options.signal);
}
