/**
 * One change to the vault: a value (with the schema version it is written in) put
 * under a kind and id, or a record deleted. Kept apart so that the record kinds
 * (records/) and the vault (open-vault.ts) can both name it without depending on
 * each other.
 */
export type VaultChange =
  | {
      readonly op: 'put';
      readonly kind: string;
      readonly id: string;
      readonly value: unknown;
      /** The kind's schema version; 1 (also what an absent version means). */
      readonly version?: number;
    }
  | { readonly op: 'delete'; readonly kind: string; readonly id: string };
