import type { Page } from 'playwright-core';
import values from '../../packages/core/src/records/golden/2026-12-01/values.json';
import vault from '../../packages/core/src/records/golden/2026-12-01/vault.json';
import backup from '../../packages/core/src/records/golden/2026-12-01/backup.json';
import receiptValues from '../../packages/core/src/records/golden/2026-12-03-receipts/values.json';
import receiptVault from '../../packages/core/src/records/golden/2026-12-03-receipts/vault.json';
import type { GoldenVault } from '../../packages/core/src/records/golden/store.ts';

/** The golden fixture of 2026-12-01 (packages/core/src/records/golden/README.md). */
export const GOLDEN = { values, vault, backup };

/** The golden fixture of 2026-12-03, with trusted timestamps' receipts. */
export const GOLDEN_RECEIPTS = { values: receiptValues, vault: receiptVault };

/** A stored record as base64, the way vault.json holds it. */
export type StoredRow = { tag: string; id: string; data: string };

/**
 * A blank page on the app's origin, answered inside the browser: the place to seed or
 * read IndexedDB before the app (and its service worker) has ever loaded there.
 */
export async function openBlankOnOrigin(page: Page, origin: string, path: string): Promise<void> {
  await page.route(`${origin}${path}`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>-</title>',
    }),
  );
  await page.goto(`${origin}${path}`);
}

/**
 * Writes vault.json into the origin's IndexedDB exactly as the app's store keeps it
 * (packages/core/src/store/indexeddb.ts): database 'steady' version 1, 'records' keyed
 * by [tag, id] holding { tag, id, data: Uint8Array }, 'meta' keyed by key holding
 * { key, value: Uint8Array }.
 */
export async function seedGoldenVault(page: Page, fixture: GoldenVault = vault): Promise<void> {
  await page.evaluate(
    (store) =>
      new Promise<void>((resolve, reject) => {
        const bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const request = indexedDB.open('steady', 1);
        request.onupgradeneeded = () => {
          request.result.createObjectStore('records', { keyPath: ['tag', 'id'] });
          request.result.createObjectStore('meta', { keyPath: 'key' });
        };
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['records', 'meta'], 'readwrite');
          for (const m of store.meta)
            tx.objectStore('meta').put({ key: m.key, value: bytes(m.value) });
          for (const r of store.records) {
            tx.objectStore('records').put({ tag: r.tag, id: r.id, data: bytes(r.data) });
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    fixture,
  );
}

/** Every record row in the origin's IndexedDB, its bytes as base64. */
export async function storedRows(page: Page): Promise<StoredRow[]> {
  return page.evaluate(
    () =>
      new Promise<StoredRow[]>((resolve, reject) => {
        const request = indexedDB.open('steady');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction('records').objectStore('records').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            const rows = all.result as Array<{ tag: string; id: string; data: Uint8Array }>;
            resolve(
              rows.map((row) => ({
                tag: row.tag,
                id: row.id,
                data: btoa(Array.from(row.data, (b) => String.fromCharCode(b)).join('')),
              })),
            );
          };
        };
      }),
  );
}
