// Issue 3's figures, measured in the browser with the app's real worker and vault.
import { createVault, DEFAULT_KDF, IndexedDbStore, unlock } from '@steady/core';
import { installTrustedTypes } from '../../packages/app/src/shell/trustedTypes.ts';
import { deriveInWorker } from '../../packages/app/src/vault/kdf.ts';

installTrustedTypes();

const PASSPHRASE = 'benchmark passphrase with several words';
const RECORDS = 10_000;
const BATCH = 500;
const TRIALS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A journal-sized record: a few hundred characters of text and some fields. */
function record(i: number) {
  return {
    occurred: { date: `2026-${String((i % 12) + 1).padStart(2, '0')}-14`, approximate: false },
    stage: ['tension', 'incident', 'repair', 'calm'][i % 4],
    severity: (i % 5) + 1,
    what:
      `Entry ${i}. `.repeat(4) +
      'He said it was my fault again and took my phone for the evening. '.repeat(4),
    felt: 'Tight chest, could not sleep. '.repeat(3),
  };
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** The baseline: the same plaintext records straight into IndexedDB, batched the same way. */
async function writePlain(name: string): Promise<number> {
  await deleteDatabase(name);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('records');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const started = performance.now();
  for (let from = 0; from < RECORDS; from += BATCH) {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('records', 'readwrite');
      const store = tx.objectStore('records');
      for (let i = from; i < from + BATCH; i++) store.put(record(i), ['journal', `id-${i}`]);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  }
  const ms = performance.now() - started;
  db.close();
  return ms;
}

async function run() {
  const longTasks: number[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: false });

  await deleteDatabase('bench-vault');
  const store = new IndexedDbStore('bench-vault');
  const { vault: created } = await createVault(store, PASSPHRASE, { derive: deriveInWorker });
  created.lock();

  const unlockTimes: number[] = [];
  const bareTimes: number[] = [];
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const secret = new TextEncoder().encode(PASSPHRASE);
  longTasks.length = 0;
  for (let i = 0; i < TRIALS; i++) {
    let started = performance.now();
    await deriveInWorker(secret, salt, DEFAULT_KDF);
    bareTimes.push(performance.now() - started);
    started = performance.now();
    const vault = await unlock(store, PASSPHRASE, { derive: deriveInWorker });
    unlockTimes.push(performance.now() - started);
    vault.lock();
  }
  const longTasksDuringUnlock = [...longTasks];

  const vault = await unlock(store, PASSPHRASE, { derive: deriveInWorker });
  let started = performance.now();
  for (let from = 0; from < RECORDS; from += BATCH) {
    await vault.putMany(
      Array.from({ length: BATCH }, (_, k) => ({
        kind: 'journal',
        id: `id-${from + k}`,
        value: record(from + k),
      })),
    );
  }
  const vaultWriteMs = performance.now() - started;
  vault.lock();
  const plainWriteMs = await writePlain('bench-plain');

  const openTimes: number[] = [];
  const decryptTimes: number[] = [];
  let count = 0;
  for (let i = 0; i < 3; i++) {
    started = performance.now();
    const opened = await unlock(store, PASSPHRASE, { derive: deriveInWorker });
    const unlocked = performance.now();
    count = (await opened.entries('journal')).length;
    decryptTimes.push(performance.now() - unlocked);
    openTimes.push(performance.now() - started);
    opened.lock();
  }

  return {
    kdf: DEFAULT_KDF,
    unlockMedianMs: median(unlockTimes),
    bareArgon2MedianMs: median(bareTimes),
    vaultWriteMs,
    plainWriteMs,
    decryptMedianMs: median(decryptTimes),
    openAndDecryptMedianMs: median(openTimes),
    decryptedCount: count,
    longTasksDuringUnlock,
  };
}

run().then(
  (result) => {
    (window as unknown as { __result: unknown }).__result = result;
    document.getElementById('status')!.textContent = 'done';
  },
  (error: unknown) => {
    (window as unknown as { __result: unknown }).__result = { error: String(error) };
  },
);
