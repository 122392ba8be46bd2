// Storage sees only opaque tags, opaque ids and ciphertext bytes; it never learns what a
// record is. The one plain area, "meta", holds what must be read before unlock.

/** Bytes backed by a plain ArrayBuffer, as WebCrypto and structured clone want them. */
export type StoredBytes = Uint8Array<ArrayBuffer>;

export type StoreEntry = { readonly id: string; readonly data: StoredBytes };

/** A record with its tag, as `listAll` returns it (for whole-store backups). */
export type StoreRecord = {
  readonly tag: string;
  readonly id: string;
  readonly data: StoredBytes;
};

export type StoreOp =
  | { readonly op: 'put'; readonly tag: string; readonly id: string; readonly data: Uint8Array }
  | { readonly op: 'delete'; readonly tag: string; readonly id: string }
  | { readonly op: 'setMeta'; readonly key: string; readonly value: Uint8Array }
  | { readonly op: 'deleteMeta'; readonly key: string }
  /**
   * A precondition, checked against the state before the commit: the commit applies only
   * if the meta entry still holds exactly `value` (undefined = absent). It turns a header
   * rewrite into a compare-and-swap, so two tabs cannot silently overwrite each other.
   */
  | { readonly op: 'expectMeta'; readonly key: string; readonly value: Uint8Array | undefined }
  /**
   * Removes every record and every meta entry. Ops after it in the same commit apply to
   * the emptied store, so a restore replaces the whole store in one transaction.
   */
  | { readonly op: 'clear' };

export interface Store {
  getMeta(key: string): Promise<StoredBytes | undefined>;
  get(tag: string, id: string): Promise<StoredBytes | undefined>;
  /** Every record under `tag`, in no meaningful order. */
  list(tag: string): Promise<StoreEntry[]>;
  /**
   * Up to `count` records under `tag` whose id sorts after `after` (from the first when
   * it is undefined), in id order: a kind of many records read a page at a time, each
   * page its own read, so a write landing in between shows in the later pages only.
   */
  listPage(tag: string, after: string | undefined, count: number): Promise<StoreEntry[]>;
  /** Every record under every tag, in no meaningful order: what a backup copies. */
  listAll(): Promise<StoreRecord[]>;
  /** Every record's tag and id, without its data: cheap even for many records. */
  names(): Promise<Array<{ readonly tag: string; readonly id: string }>>;
  /** Records under `tag`, or all records when `tag` is omitted. */
  count(tag?: string): Promise<number>;
  /** Applies every op or none of them; ops apply in order, so a later op on a key wins. */
  commit(ops: readonly StoreOp[]): Promise<void>;
  close(): void;
}
