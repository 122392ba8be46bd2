import type { Page } from 'playwright-core';

export type StoredVault = { header: number[]; records: number };

/** What an examiner would pull out of the browser's storage: the header and a count. */
export async function inspectStorage(page: Page): Promise<StoredVault> {
  return page.evaluate(
    () =>
      new Promise<{ header: number[]; records: number }>((resolve, reject) => {
        const request = indexedDB.open('steady');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['meta', 'records']);
          const header = tx.objectStore('meta').get('vault.header');
          const count = tx.objectStore('records').count();
          tx.oncomplete = () => {
            const value: unknown = header.result;
            const bytes =
              value instanceof Uint8Array
                ? value
                : (value as { value: Uint8Array } | undefined)?.value;
            db.close();
            resolve({ header: Array.from(bytes ?? []), records: count.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

// The header's layout (packages/core/src/vault/keyslots.ts): 30 bytes of version, KDF
// and salt, then the keyslots, 221 bytes each, then a 32-byte MAC.
const SLOTS_AT = 30;
const SLOT_BYTES = 221;
const MAC_BYTES = 32;

/** The size of each keyslot in a stored header. */
export function slotSizes(header: number[]): number[] {
  const count = (header.length - SLOTS_AT - MAC_BYTES) / SLOT_BYTES;
  return Array.from(
    { length: count },
    (_, i) => header.slice(SLOTS_AT + i * SLOT_BYTES, SLOTS_AT + (i + 1) * SLOT_BYTES).length,
  );
}
