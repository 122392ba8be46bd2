// Issue 9's figures: a duress passphrase must look like a normal unlock. Times the
// owner's unlock, the decoy's, and the erase (which also deletes every real record)
// with the app's real worker, vault and IndexedDB store.
import { createVault, IndexedDbStore, unlock, type OpenVault } from '@steady/core';
import { installTrustedTypes } from '../../packages/app/src/shell/trustedTypes.ts';
import { deriveInWorker } from '../../packages/app/src/vault/kdf.ts';
import { median } from '../support.ts';

installTrustedTypes();

const OWNER = 'benchmark owner passphrase, several words';
const DURESS = 'benchmark duress passphrase, other words';
const SIZES = [1_000, 10_000];
const TRIALS = 3;
const BATCH = 500;
const options = { derive: deriveInWorker };

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** A vault of `records` journal-sized entries, a duress passphrase, a small decoy. */
async function prepare(name: string, records: number, mode: 'decoy' | 'erase') {
  await deleteDatabase(name);
  const store = new IndexedDbStore(name);
  const { vault } = await createVault(store, OWNER, options);
  // As a person who has used the app: the recovery key was written down and confirmed.
  await vault.confirmRecoveryKey();
  for (let from = 0; from < records; from += BATCH) {
    const items = Array.from({ length: Math.min(BATCH, records - from) }, (_, i) => ({
      kind: 'journal',
      id: `e${from + i}`,
      value: { what: `Entry ${from + i}: `.padEnd(400, 'what happened that evening. ') },
    }));
    await vault.putMany(items);
  }
  await vault.setDuress(OWNER, DURESS, mode, options);
  const decoy = vault.decoy() as OpenVault;
  await decoy.putMany(
    Array.from({ length: 14 }, (_, i) => ({ kind: 'checkin', id: `d${i}`, value: { mood: 6 } })),
  );
  vault.lock();
  return store;
}

async function timed(action: () => Promise<OpenVault>): Promise<number> {
  const started = performance.now();
  const opened = await action();
  const ms = performance.now() - started;
  opened.lock();
  return ms;
}

async function run() {
  const rows = [];
  for (const records of SIZES) {
    const store = await prepare('bench-duress', records, 'decoy');
    const owner: number[] = [];
    const decoy: number[] = [];
    for (let i = 0; i < TRIALS; i++) {
      owner.push(await timed(() => unlock(store, OWNER, options)));
      decoy.push(await timed(() => unlock(store, DURESS, options)));
    }
    store.close();
    const erase: number[] = [];
    let left = -1;
    for (let i = 0; i < TRIALS; i++) {
      const fresh = await prepare('bench-erase', records, 'erase');
      erase.push(await timed(() => unlock(fresh, DURESS, options)));
      left = await fresh.count();
      fresh.close();
    }
    rows.push({
      records,
      ownerMs: median(owner),
      decoyMs: median(decoy),
      eraseMs: median(erase),
      recordsLeftAfterErase: left,
    });
  }
  return { rows };
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
