import { hmacSign, hmacVerify } from '../crypto/webcrypto.ts';
import { isStoreError } from '../store/errors.ts';
import { MemoryStore } from '../store/memory.ts';
import type { Store, StoreOp, StoredBytes } from '../store/store.ts';
import { isVaultError, NoVaultError } from '../vault/errors.ts';
import { VAULT_HEADER_KEY } from '../vault/header-io.ts';
import type { DeriveKey } from '../vault/kdf.ts';
import type { OpenVault } from '../vault/open-vault.ts';
import { unlock } from '../vault/vault.ts';
import { BackupError } from './errors.ts';
import { encodeBackup, parseBackup } from './format.ts';
import { RECORD_KINDS } from '../records/registry.ts';
import { syncLocal, syncPending, syncRecordState, syncSealedObject } from '../records/sync.ts';

/** Kinds that describe this device alone and never go into a backup. */
const DEVICE_ONLY_KINDS = [
  syncLocal.kind,
  syncRecordState.kind,
  syncSealedObject.kind,
  syncPending.kind,
];

const byName = (a: { tag: string; id: string }, b: { tag: string; id: string }): number =>
  a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The whole vault as one file: its header and every record, still encrypted, sealed
 * with a MAC under a key only the vault's data key gives. Opening it needs the vault's
 * passphrase, as on the device. Made inside a decoy, it holds the decoy alone.
 *
 * Throws BackupError('different-vault') when `vault` was not opened on `store`,
 * VaultLockedError when it is locked, NoVaultError when `store` holds no vault.
 */
export interface ExportOptions {
  /**
   * false: leave out the records that sync carries (every content kind of this release),
   * for the copy kept beside a relay's sync log once a vault has moved to it: then the
   * copy holds only the header and this vault's own settings, and stays small however
   * large the journal grows. Records of kinds this release does not know stay in.
   */
  readonly withContent?: boolean;
  /**
   * false: leave out the owner's decoy (its records, under its own keys), for a copy
   * kept on a relay. A decoy that backs up has its own place there; the same stored
   * bytes in two vaults' copies would tie the two together and say which is the decoy.
   * A file the person keeps holds the decoy, so a restored vault still has it.
   */
  readonly withDecoy?: boolean;
}

export async function exportBackup(
  store: Store,
  vault: OpenVault,
  { withContent = true, withDecoy = true }: ExportOptions = {},
): Promise<StoredBytes> {
  const key = vault.backupKeyFor(store);
  if (key === null) throw new BackupError('different-vault', 'the vault is not from this store');
  const own = await vault.backupContents(store);
  const header = own?.header ?? (await store.getMeta(VAULT_HEADER_KEY));
  if (header === undefined) throw new NoVaultError();
  // This device's own sync state stays out: restored elsewhere, it would make a second
  // device with the same id. A restored vault starts its own (docs/sync-v2.md).
  const leaving = withContent
    ? DEVICE_ONLY_KINDS
    : [
        ...DEVICE_ONLY_KINDS,
        ...RECORD_KINDS.filter((k) => k.scope === 'content').map((k) => k.kind),
      ];
  const leftOut = new Set(await Promise.all(leaving.map((k) => vault.storageTag(k))));
  if (!withDecoy) for (const tag of await vault.decoyTags()) leftOut.add(tag);
  // Sorted, so the file says nothing about the order in which records were written.
  const records = (own?.records ?? (await store.listAll()))
    .filter((record) => !leftOut.has(record.tag))
    .sort(byName);
  return encodeBackup({ header, records }, async (signed) => {
    // Checked again after the awaits above: a backup is not made after a lock.
    if (vault.backupKeyFor(store) !== key) throw new BackupError('different-vault', 'locked');
    return hmacSign(key, signed);
  });
}

export type ImportOptions = {
  /** Runs the KDF, as for unlock: in the app, the Worker. */
  readonly derive: DeriveKey;
  readonly signal?: AbortSignal;
};

/**
 * Replaces everything in `target` with the backup in `bytes`, or changes nothing.
 *
 * Order: parse the file strictly; open its header with `passphrase` in a scratch
 * MemoryStore holding the backup; check the file's MAC and that every record opens;
 * only then replace the target's contents in one commit that also checks the target's
 * header is still the one read here (another tab cannot be overwritten unseen).
 *
 * Refusals are BackupErrors. A StoreError can still come from the final commit (full
 * disk, or store-conflict if the vault changed meanwhile); either way nothing was
 * written. An aborted `signal` rejects with its reason, also before any write.
 */
export async function importBackup(
  target: Store,
  bytes: Uint8Array,
  passphrase: string,
  { derive, signal }: ImportOptions,
): Promise<void> {
  // Read first: the final commit lands only if the target's header is still this one,
  // so a change made in another tab while the key was derived is never overwritten.
  const current = await target.getMeta(VAULT_HEADER_KEY);
  const parsed = await parseBackup(bytes);

  const scratch = new MemoryStore();
  try {
    await scratch.commit([
      { op: 'setMeta', key: VAULT_HEADER_KEY, value: parsed.header },
      ...parsed.records.map((record): StoreOp => ({ op: 'put', ...record })),
    ]);
  } catch (error) {
    if (isStoreError(error)) throw new BackupError('corrupt', 'unstorable', { cause: error });
    throw error;
  }

  let vault: OpenVault;
  try {
    // Never erase here: the erase passphrase must look like any wrong one.
    vault = await unlock(scratch, passphrase, { derive, signal, allowErase: false });
  } catch (error) {
    throw refusalFor(error);
  }
  try {
    // Only the owner's passphrase restores. A duress passphrase gets the same answer as
    // a wrong one, so the restore screen does not reveal that one exists.
    if (vault.role !== 'primary') throw new BackupError('wrong-passphrase', 'not the owner');
    const key = vault.backupKeyFor(scratch);
    if (key === null) throw new BackupError('tampered', 'no backup key');
    const authentic = await hmacVerify(key, parsed.mac, parsed.signed);
    if (!authentic) throw new BackupError('tampered', 'the file MAC does not match');
    if (!(await vault.opensEveryRecord())) {
      throw new BackupError('tampered', 'a record does not open');
    }
  } finally {
    vault.lock();
    scratch.close();
  }
  signal?.throwIfAborted();

  await target.commit([
    { op: 'expectMeta', key: VAULT_HEADER_KEY, value: current },
    { op: 'clear' },
    { op: 'setMeta', key: VAULT_HEADER_KEY, value: parsed.header },
    ...parsed.records.map((record): StoreOp => ({ op: 'put', ...record })),
  ]);
}

function refusalFor(error: unknown): unknown {
  if (error instanceof BackupError) return error;
  if (isVaultError(error, 'wrong-passphrase')) {
    return new BackupError('wrong-passphrase', 'the passphrase does not open it');
  }
  if (isVaultError(error, 'tampered')) {
    return new BackupError('tampered', 'the header failed authentication');
  }
  // A header that parsed but holds impossible or weak parameters: damaged or forged.
  if (isVaultError(error)) return new BackupError('corrupt', error.code, { cause: error });
  return error;
}
