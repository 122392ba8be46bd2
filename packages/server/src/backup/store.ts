// One interface for where vaults live. The server never reads a blob's content:
// it stores bytes, their size and a version number, and the SHA-256 of the
// vault's token. Each write is one transaction, so a crash leaves the previous
// version whole.

export interface VersionInfo {
  readonly version: number;
  readonly size: number;
  /** Seconds since 1970, when the server stored it. */
  readonly createdAt: number;
}

export interface StoredBlob {
  readonly version: number;
  readonly blob: Uint8Array;
}

export type CreateResult =
  | { readonly ok: true; readonly version: 1 }
  /** The id is taken; the caller compares the token with this hash. */
  | { readonly ok: false; readonly tokenHash: Uint8Array };

export type AppendResult =
  | { readonly ok: true; readonly version: number }
  /** The vault's latest version is not the one the writer expected (compare-and-swap lost). */
  | { readonly ok: false; readonly current: number };

export interface BackupStore {
  /** The SHA-256 of the vault's token, or undefined for an unknown vault. */
  tokenHash(id: string): Promise<Uint8Array | undefined>;
  /** Creates the vault with its first version, unless the id exists. */
  create(id: string, tokenHash: Uint8Array, blob: Uint8Array, now: number): Promise<CreateResult>;
  /**
   * Stores version expected + 1 if the latest is still `expected`, then drops
   * versions beyond the newest `keep`. All or nothing.
   */
  append(
    id: string,
    expected: number,
    blob: Uint8Array,
    keep: number,
    now: number,
  ): Promise<AppendResult>;
  latest(id: string): Promise<StoredBlob | undefined>;
  version(id: string, version: number): Promise<StoredBlob | undefined>;
  /** Kept versions, oldest first. */
  versions(id: string): Promise<VersionInfo[]>;
  close(): Promise<void>;
}
