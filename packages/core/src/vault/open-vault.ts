import type { Store, StoreEntry, StoreOp, StoreRecord } from '../store/store.ts';
import { copyOf, wipe, type Bytes } from './bytes.ts';
import { changePassphrase, replaceRecoveryKey, type CredentialOptions } from './credentials.ts';
import {
  changeDecoyPassphrase,
  checkDecoyPassphrase,
  decoyBackupContents,
  decoyKeys,
  DURESS_ID,
  DURESS_KIND,
  isDuressMode,
  readOwnerDuress,
  removeDuress,
  setDuress,
  tagsOf,
  type DuressMode,
  type OwnerDuress,
} from './duress.ts';
import type { VaultChange } from './change.ts';
import { CorruptError, TamperedError, VaultLockedError } from './errors.ts';
import {
  readStored,
  readStoredInto,
  type ReadAll,
  type ReadResult,
  type RecordKind,
  type Unreadable,
} from '../records/kind.ts';
import { loadHeader } from './header-io.ts';
import type { RecordKeys } from './keys.ts';
import { isOwnerRole, type SlotRole } from './keyslots.ts';
import { generateRecoveryKey } from './recovery-key.ts';
import {
  PENDING_RECOVERY_ID,
  PENDING_RECOVERY_KIND,
  pendingRecoveryOp,
  readPendingRecovery,
} from './recovery-pending.ts';
import { passphraseSlotMaterial } from './slot-keys.ts';
import {
  assertName,
  kindTag,
  openRecord,
  sealRecord,
  storageName,
  type DecodedRecord,
} from './records.ts';

/** Records sealed at the same time within one write. */
const SEAL_AT_ONCE = 8;

export type VaultEntry = DecodedRecord;

/** A record that does not read, with its storage name and its bytes as stored. */
export interface StoredUnreadable {
  readonly unreadable: Unreadable;
  readonly tag: string;
  readonly storageId: string;
  readonly data: Bytes;
}
export type { VaultChange };

export interface ReadPartsOptions {
  /** Records decrypted and checked together, between two pauses. */
  readonly size: number;
  /** Runs after each part: where the caller yields to the page. */
  readonly pause: () => Promise<void>;
  /** Adds the milliseconds spent waiting for decryption and checking, for benchmarks only. */
  readonly timing?: { decrypt: number; check: number };
}

/** A record decrypted, or why it could not be. */
type Opened = VaultEntry | { code: 'tampered' | 'not-json' };

/**
 * Sorts decrypted records of `kind` into those that read and those that did not.
 * `opened[i]` is `rows[i]` decrypted. A plain indexed loop: this runs once per
 * record when a screen opens (10,000 journal entries; bench/journal.bench.ts).
 */
function checkOpened<T>(
  kind: RecordKind<T>,
  rows: ReadonlyArray<{ readonly id: string }>,
  opened: readonly Opened[],
  items: Array<{ readonly id: string; readonly value: T }>,
  unreadable: Unreadable[],
): void {
  for (let i = 0; i < opened.length; i++) {
    const record = opened[i];
    if (record === undefined) continue;
    if ('code' in record) {
      // Named by its storage id: its own id is inside what could not be read.
      unreadable.push({ ...record, id: rows[i]?.id ?? '' });
      continue;
    }
    // A kind that shares its stored name with another holds only its own ids.
    if (kind.ids !== undefined && !kind.ids.includes(record.id)) continue;
    readStoredInto(kind, record, items, unreadable);
  }
}

/**
 * An unlocked vault. Values go in as anything JSON can carry and come back as `unknown`:
 * the model layer validates what it reads, because data written by an older version may
 * not match today's types.
 */
export class OpenVault {
  /** Which kind of slot opened the vault; duress roles are for the duress feature. */
  readonly role: SlotRole;
  readonly #store: Store;
  #keys: RecordKeys | null;
  /** What the owner knows of its duress slot; in a decoy, what it pretends. */
  #duress: { readonly mode: DuressMode; readonly owner: OwnerDuress | null } | null = null;
  #decoyKeys: RecordKeys | null = null;
  /** Decoy views handed out by decoy(); they lock with this vault. */
  readonly #children = new Set<OpenVault>();
  /** In a decoy opened by its passphrase: the slot's wrapping key, for its own backups. */
  #material: Bytes | null = null;
  /** The last commit write() started: each waits for the one before it. */
  #commits: Promise<unknown> = Promise.resolve();

  /** Not for callers: use createVault, unlock or unlockWithRecoveryKey. */
  constructor(store: Store, keys: RecordKeys, role: SlotRole) {
    this.#store = store;
    this.#keys = keys;
    this.role = role;
  }

  get isLocked(): boolean {
    return this.#keys === null;
  }

  /**
   * Drops every key reference. CryptoKeys cannot be zeroed from JavaScript; with no
   * reference left they are unusable and go with the next garbage collection.
   */
  lock(): void {
    this.#keys = null;
    wipe(this.#material ?? undefined);
    this.#material = null;
    this.#decoyKeys = null;
    this.#duress = null;
    for (const child of this.#children) child.lock();
    this.#children.clear();
  }

  /**
   * Reads this vault's duress record. Called once by unlock before the vault is handed
   * out, so a vault never exists without knowing its decoy.
   * @internal
   */
  async loadDuress(): Promise<void> {
    const value = await this.get(DURESS_KIND, DURESS_ID);
    if (isOwnerRole(this.role)) {
      const owner = readOwnerDuress(value);
      this.#duress = owner && { mode: owner.mode, owner };
      this.#decoyKeys = owner && (await decoyKeys(owner));
    } else {
      const mode = (value as { mode?: unknown } | undefined)?.mode;
      this.#duress = isDuressMode(mode) ? { mode, owner: null } : null;
    }
  }

  /**
   * Keeps a copy of the wrapping key that opened this decoy, so a backup made inside
   * the decoy can be a vault of its own (see backupContents).
   * @internal
   */
  holdMaterial(material: Bytes): void {
    if (this.role !== 'duress-decoy') return;
    wipe(this.#material ?? undefined);
    this.#material = copyOf(material);
  }

  /** Whether a duress passphrase is set, and what it does; null when none is. */
  get duressMode(): DuressMode | null {
    this.#unlocked();
    return this.#duress?.mode ?? null;
  }

  /**
   * Sets or replaces the duress passphrase, asking for the current one first. In a
   * decoy the change is only pretended (the decoy holds no keys to other slots), so that
   * someone who forced the decoy open sees the screen behave as it would for the owner.
   */
  async setDuress(
    currentPassphrase: string,
    duressPassphrase: string,
    mode: DuressMode,
    options: CredentialOptions,
  ): Promise<void> {
    const keys = this.#unlocked();
    if (!isDuressMode(mode)) throw new RangeError('mode');
    if (!isOwnerRole(this.role)) {
      await checkDecoyPassphrase(this.#store, keys.keyId, currentPassphrase, options.derive);
      // The same work as a real change: a second key derivation.
      const { header } = await loadHeader(this.#store);
      const material = await passphraseSlotMaterial(
        duressPassphrase,
        header.kdf,
        header.salt,
        options.derive,
      );
      wipe(material);
      await this.put(DURESS_KIND, DURESS_ID, { mode });
      this.#duress = { mode, owner: null };
      return;
    }
    const owner = await setDuress(
      this.#store,
      keys.keyId,
      currentPassphrase,
      duressPassphrase,
      mode,
      this.#duress?.owner ?? null,
      (record) => this.#seal([{ op: 'put', kind: DURESS_KIND, id: DURESS_ID, value: record }]),
      options,
    );
    this.#still(keys, undefined);
    this.#duress = { mode, owner };
    this.#decoyKeys = await decoyKeys(owner);
  }

  /** Takes the duress passphrase away, and the decoy's records with it. */
  async removeDuress(currentPassphrase: string, options: CredentialOptions): Promise<void> {
    const keys = this.#unlocked();
    const owner = this.#duress?.owner;
    if (!isOwnerRole(this.role)) {
      await checkDecoyPassphrase(this.#store, keys.keyId, currentPassphrase, options.derive);
      await this.delete(DURESS_KIND, DURESS_ID);
      this.#duress = null;
      return;
    }
    if (!owner) return;
    const deleteRecord = await this.#seal([{ op: 'delete', kind: DURESS_KIND, id: DURESS_ID }]);
    await removeDuress(this.#store, keys.keyId, currentPassphrase, owner, deleteRecord, options);
    this.#still(keys, undefined);
    this.#duress = null;
    this.#decoyKeys = null;
  }

  /**
   * The decoy as a vault of its own, for the owner to fill with harmless content; null
   * when no duress passphrase is set, or when this vault is not the owner's.
   */
  decoy(): OpenVault | null {
    this.#unlocked();
    if (this.#decoyKeys === null) return null;
    const view = new OpenVault(this.#store, this.#decoyKeys, 'duress-decoy');
    this.#children.add(view);
    return view;
  }

  /** Undefined when there is no such record. */
  async get(kind: string, id: string): Promise<unknown> {
    const keys = this.#unlocked();
    assertName(kind, 'kind');
    assertName(id, 'id');
    const name = await storageName(keys, kind, id);
    const stored = await this.#store.get(name.tag, name.id);
    if (stored === undefined) return this.#still(keys, undefined);
    const record = await openRecord(keys, name, stored);
    if (record.id !== id) throw new TamperedError('record id');
    return this.#still(keys, record.value);
  }

  /**
   * The record of `kind` under `id`, made current and checked (records/kind.ts):
   * undefined when there is none, an unreadable result when it cannot be read. A record
   * that does not decrypt is unreadable too ('tampered'), never an exception, so one
   * damaged record cannot keep a screen from showing the rest.
   */
  async read<T>(kind: RecordKind<T>, id: string): Promise<ReadResult<T> | undefined> {
    const keys = this.#unlocked();
    assertName(id, 'id');
    const name = await storageName(keys, kind.kind, id);
    const stored = await this.#store.get(name.tag, name.id);
    if (stored === undefined) return this.#still(keys, undefined);
    const opened = await this.#open(keys, name, stored);
    if ('code' in opened) return this.#still(keys, { ok: false, ...opened, id });
    if (opened.id !== id) return this.#still(keys, { ok: false, id, code: 'wrong-id' });
    return this.#still(keys, readStored(kind, opened));
  }

  /**
   * Every record of `kind`: those that read, and those that did not (to count, never to
   * drop). `afterDecrypt` is called between decrypting and checking, for timing only.
   */
  async readAll<T>(kind: RecordKind<T>, afterDecrypt?: () => void): Promise<ReadAll<T>> {
    const keys = this.#unlocked();
    const tag = await kindTag(keys, kind.kind);
    const rows = await this.#store.list(tag);
    const opened = await Promise.all(
      rows.map((row) => this.#open(keys, { tag, id: row.id }, row.data)),
    );
    afterDecrypt?.();
    const items: Array<{ readonly id: string; readonly value: T }> = [];
    const unreadable: Unreadable[] = [];
    checkOpened(kind, rows, opened, items, unreadable);
    return this.#still(keys, { items, unreadable });
  }

  /**
   * readAll a part at a time, for a screen that opens thousands of records on a slow
   * phone: each part of `size` records is read from storage (Store.listPage, the next
   * page already on its way), decrypted and checked, handed to `onPart` with how many of
   * `total` are read so far, then `pause` runs, where the caller gives the page its
   * turn. So no part holds the main thread long, and every record is still read and
   * checked once. A record written meanwhile may be in a later part or not, as in a read
   * made just before or after the write. Returns how many were read. `onPart` returning
   * false stops the reading there (the screen went away). A lock in between rejects
   * with VaultLockedError, and nothing read before the lock is handed out after it.
   */
  async readInParts<T>(
    kind: RecordKind<T>,
    onPart: (part: ReadAll<T>, read: number, total: number) => boolean | void,
    { size, pause, timing }: ReadPartsOptions,
  ): Promise<number> {
    if (!Number.isInteger(size) || size < 1) throw new RangeError('size');
    const keys = this.#unlocked();
    const tag = await kindTag(keys, kind.kind);
    // A page of rows from storage, and then at once their decryption: while one part is
    // checked, the next is read and decrypted.
    type Part = { rows: StoreEntry[]; opened: Opened[] };
    const part = (after: string | undefined): Promise<Part> => {
      const reading = this.#store.listPage(tag, after, size).then(async (rows) => ({
        rows,
        opened: await Promise.all(
          rows.map((row) => this.#open(keys, { tag, id: row.id }, row.data)),
        ),
      }));
      // Awaited below, unless a lock or the caller stops the reading first.
      reading.catch(() => undefined);
      return reading;
    };
    let next: Promise<Part> | undefined = part(undefined);
    const total = this.#still(keys, await this.#store.count(tag));
    let read = 0;
    while (next !== undefined) {
      const waited = performance.now();
      const { rows, opened }: Part = this.#still(keys, await next);
      next = rows.length < size ? undefined : part(rows.at(-1)?.id);
      const checked = performance.now();
      const items: Array<{ readonly id: string; readonly value: T }> = [];
      const unreadable: Unreadable[] = [];
      checkOpened(kind, rows, opened, items, unreadable);
      if (timing) {
        timing.decrypt += checked - waited;
        timing.check += performance.now() - checked;
      }
      read += rows.length;
      // A record written meanwhile may make more than were counted at the start.
      if (onPart({ items, unreadable }, read, Math.max(total, read)) === false) return read;
      await pause();
      this.#still(keys, undefined);
    }
    return read;
  }

  /**
   * Each record of `kind` that does not read, with its storage name and its bytes
   * exactly as stored: for moving over to sync version 2 (sync/moveOver.ts), which
   * carries them sealed rather than leave them behind. Nothing is changed.
   * @internal
   */
  async unreadableStored<T>(kind: RecordKind<T>): Promise<StoredUnreadable[]> {
    const keys = this.#unlocked();
    const tag = await kindTag(keys, kind.kind);
    const found: StoredUnreadable[] = [];
    for (const row of await this.#store.list(tag)) {
      const opened = await this.#open(keys, { tag, id: row.id }, row.data);
      let unreadable: Unreadable;
      if ('code' in opened) {
        unreadable = { ...opened, id: row.id };
      } else {
        if (kind.ids !== undefined && !kind.ids.includes(opened.id)) continue;
        const read = readStored(kind, opened);
        if (read.ok) continue;
        unreadable = {
          id: read.id,
          code: read.code,
          ...(read.version === undefined ? {} : { version: read.version }),
          ...(read.issues === undefined ? {} : { issues: read.issues }),
        };
      }
      found.push({ unreadable, tag, storageId: row.id, data: copyOf(row.data) });
    }
    return this.#still(keys, found);
  }

  /**
   * Puts back records another device of this vault carried as they were stored (sync's
   * sealed records, unreadable there too): each goes in byte for byte under its storage
   * name, only where this store has nothing under that name, and only when the name is
   * this vault's for the kind it says. Returns how many went in.
   * @internal
   */
  async putBackStored(
    items: ReadonlyArray<{ kind: string; tag: string; storageId: string; data: Uint8Array }>,
  ): Promise<number> {
    const keys = this.#unlocked();
    const ops: StoreOp[] = [];
    for (const { kind, tag, storageId, data } of items) {
      assertName(kind, 'kind');
      if ((await kindTag(keys, kind)) !== tag) continue;
      if ((await this.#store.get(tag, storageId)) !== undefined) continue;
      ops.push({ op: 'put', tag, id: storageId, data: copyOf(data) });
    }
    this.#unlocked();
    if (ops.length > 0) await this.#store.commit(ops);
    return ops.length;
  }

  /**
   * The root of this vault's sync keys (sync/codec.ts): the same on every device that
   * opens the vault, another for its decoy.
   * @internal
   */
  syncRoot(): CryptoKey {
    return this.#unlocked().syncRoot;
  }

  /** Decrypts one stored record, or says why it cannot be. */
  async #open(
    keys: RecordKeys,
    name: { tag: string; id: string },
    data: Uint8Array,
  ): Promise<Opened> {
    try {
      return await openRecord(keys, name, data);
    } catch (error) {
      if (error instanceof TamperedError) return { code: 'tampered' };
      if (error instanceof CorruptError) return { code: 'not-json' };
      throw error;
    }
  }

  /** Every record of a kind with its id, in no meaningful order. */
  async entries(kind: string): Promise<VaultEntry[]> {
    const keys = this.#unlocked();
    assertName(kind, 'kind');
    const tag = await kindTag(keys, kind);
    const rows = await this.#store.list(tag);
    const records = await Promise.all(
      rows.map((row) => openRecord(keys, { tag, id: row.id }, row.data)),
    );
    return this.#still(keys, records);
  }

  /**
   * The tag under which the store keeps records of `kind` (a keyed hash), for code that
   * works on stored records as they are, such as a backup that leaves a kind out.
   * @internal
   */
  async storageTag(kind: string): Promise<string> {
    const keys = this.#unlocked();
    assertName(kind, 'kind');
    return this.#still(keys, await kindTag(keys, kind));
  }

  /** Every value of a kind, in no meaningful order. */
  async list(kind: string): Promise<unknown[]> {
    return (await this.entries(kind)).map((entry) => entry.value);
  }

  async count(kind: string): Promise<number> {
    const keys = this.#unlocked();
    assertName(kind, 'kind');
    return this.#still(keys, await this.#store.count(await kindTag(keys, kind)));
  }

  async put(kind: string, id: string, value: unknown): Promise<void> {
    await this.write([{ op: 'put', kind, id, value }]);
  }

  async putMany(
    items: ReadonlyArray<{ readonly kind: string; readonly id: string; readonly value: unknown }>,
  ): Promise<void> {
    await this.write(items.map((item) => ({ op: 'put', ...item })));
  }

  async delete(kind: string, id: string): Promise<void> {
    await this.write([{ op: 'delete', kind, id }]);
  }

  async deleteMany(
    items: ReadonlyArray<{ readonly kind: string; readonly id: string }>,
  ): Promise<void> {
    await this.write(items.map((item) => ({ op: 'delete', ...item })));
  }

  /**
   * Puts and deletes in one store transaction: all land or none do. Once encrypted, a
   * write completes even if the vault is locked meanwhile (quick exit must not lose what
   * the person just saved; the store only ever sees ciphertext).
   */
  async write(changes: readonly VaultChange[]): Promise<void> {
    // Sealed at once (the keys are taken now), committed in the order of the calls: a
    // large write started first never lands after a small one started later.
    const sealing = this.#seal(changes);
    // Its failure is reported by `turn` below; this only keeps it from looking unhandled.
    sealing.catch(() => undefined);
    const turn = this.#commits.then(async () => this.#store.commit(await sealing));
    this.#commits = turn.catch(() => undefined);
    await turn;
  }

  /**
   * Puts `change` only when no record is under its id yet; true when it was written. The
   * keys are taken at once, as write() does, so it still lands if the vault locks before
   * the check is made. For a draft typed before the form had read its stored one: what is
   * stored is never written over unread.
   */
  async writeNew(change: VaultChange & { readonly op: 'put' }): Promise<boolean> {
    const keys = this.#unlocked();
    const sealing = this.#seal([change]);
    sealing.catch(() => undefined);
    const naming = storageName(keys, change.kind, change.id);
    const turn = this.#commits.then(async () => {
      const name = await naming;
      if ((await this.#store.get(name.tag, name.id)) !== undefined) return false;
      await this.#store.commit(await sealing);
      return true;
    });
    this.#commits = turn.catch(() => undefined);
    return turn;
  }

  async #seal(changes: readonly VaultChange[]): Promise<StoreOp[]> {
    const keys = this.#unlocked();
    for (const change of changes) {
      assertName(change.kind, 'kind');
      assertName(change.id, 'id');
    }
    const sealOne = async (change: VaultChange): Promise<StoreOp> => {
      const name = await storageName(keys, change.kind, change.id);
      if (change.op === 'delete') return { op: 'delete', ...name };
      const data = await sealRecord(keys, name, change.id, change.value, change.version);
      return { op: 'put', ...name, data };
    };
    // A few at a time: a write of many photo chunks then holds the text, padding and
    // ciphertext of only a few at once beside what is already sealed, not of all of them.
    const sealed: StoreOp[] = [];
    for (let i = 0; i < changes.length; i += SEAL_AT_ONCE) {
      sealed.push(...(await Promise.all(changes.slice(i, i + SEAL_AT_ONCE).map(sealOne))));
    }
    return sealed;
  }

  /**
   * Asks for the current passphrase again (OWASP ASVS 2.1.6), so someone who finds the
   * app unlocked cannot lock its owner out. Re-wraps the data key; records are untouched.
   */
  async changePassphrase(
    currentPassphrase: string,
    newPassphrase: string,
    options: CredentialOptions,
  ): Promise<void> {
    const keys = this.#unlocked();
    if (isOwnerRole(this.role)) {
      await changePassphrase(this.#store, keys.keyId, currentPassphrase, newPassphrase, options);
      return;
    }
    const next = await changeDecoyPassphrase(
      this.#store,
      keys.keyId,
      currentPassphrase,
      newPassphrase,
      options,
    );
    this.holdMaterial(next);
    wipe(next);
  }

  /**
   * Makes a new recovery key and retires the old one, e.g. after someone else saw it, or
   * because the old one was lost. Returns the new key, to show to the person; it is also
   * kept (encrypted) as the key to confirm, until confirmRecoveryKey().
   */
  async replaceRecoveryKey(currentPassphrase: string, options: CredentialOptions): Promise<string> {
    const keys = this.#unlocked();
    if (!isOwnerRole(this.role)) {
      // A decoy has no recovery slot of its own. It shows a key like any other, which
      // opens nothing, and asks for it to be confirmed the same way: see SECURITY.md on
      // what the decoy can and cannot do.
      await checkDecoyPassphrase(this.#store, keys.keyId, currentPassphrase, options.derive);
      const pretend = await generateRecoveryKey();
      wipe(pretend.secret);
      await this.#store.commit([await pendingRecoveryOp(keys, pretend.text)]);
      return this.#still(keys, pretend.text);
    }
    const text = await replaceRecoveryKey(
      this.#store,
      keys.keyId,
      currentPassphrase,
      (next) => pendingRecoveryOp(keys, next),
      options,
    );
    return this.#still(keys, text);
  }

  /** The recovery key the person has not yet confirmed writing down, or null. */
  async pendingRecoveryKey(): Promise<string | null> {
    return readPendingRecovery(await this.get(PENDING_RECOVERY_KIND, PENDING_RECOVERY_ID));
  }

  /** The person has the recovery key written down: it is no longer kept. */
  async confirmRecoveryKey(): Promise<void> {
    await this.delete(PENDING_RECOVERY_KIND, PENDING_RECOVERY_ID);
  }

  // --- For the backup module only (packages/core/src/backup); not exported to the app. ---

  /**
   * What a backup of this vault holds: null for the owner (the whole store, decoy and
   * all); inside a decoy, a header of the decoy's own and the decoy's records only, so
   * the file neither carries the real vault nor shows that there is one.
   * @internal
   */
  async backupContents(store: Store): Promise<{ header: Bytes; records: StoreRecord[] } | null> {
    const keys = this.#unlocked();
    if (isOwnerRole(this.role)) return null;
    if (store !== this.#store || this.#material === null) {
      throw new VaultLockedError();
    }
    return this.#still(keys, await decoyBackupContents(store, keys, this.#material));
  }

  /**
   * The kind tags under which the store keeps this owner's decoy's records (empty when
   * there is no decoy, or inside the decoy itself), for a copy on a relay that must not
   * carry the decoy (docs/sync-v2.md, "A decoy stays separate").
   * @internal
   */
  async decoyTags(): Promise<ReadonlySet<string>> {
    const keys = this.#unlocked();
    const decoy = this.#decoyKeys;
    if (decoy === null) return new Set();
    return this.#still(keys, await tagsOf(this.#store, decoy));
  }

  /**
   * The key that authenticates backup files of this vault, or null when `store` is not
   * the store this vault was opened on (a backup must never pair one vault's key with
   * another vault's records).
   * @internal
   */
  backupKeyFor(store: Store): CryptoKey | null {
    const keys = this.#unlocked();
    return store === this.#store ? keys.backupKey : null;
  }

  /**
   * True when every record in this vault's store opens under this vault's keys (its
   * tag and id are bound as additional data, so a moved record fails too). Used on a
   * restored backup before it replaces anything.
   * @internal
   */
  async opensEveryRecord(): Promise<boolean> {
    const keys = this.#unlocked();
    const decoy = this.#decoyKeys;
    const opens = (under: RecordKeys, row: { tag: string; id: string; data: Uint8Array }) =>
      openRecord(under, { tag: row.tag, id: row.id }, row.data).then(
        () => true,
        () => false,
      );
    for (const row of await this.#store.listAll()) {
      // The decoy's records are the owner's too: the owner holds the decoy's key.
      if (!(await opens(keys, row)) && !(decoy && (await opens(decoy, row)))) return false;
    }
    return this.#still(keys, true);
  }

  #unlocked(): RecordKeys {
    if (this.#keys === null) throw new VaultLockedError();
    return this.#keys;
  }

  /** Plaintext read before a lock must not be handed out after it. */
  #still<T>(keys: RecordKeys, value: T): T {
    if (this.#keys !== keys) throw new VaultLockedError();
    return value;
  }
}
