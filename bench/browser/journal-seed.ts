// Fills the app's own database ('steady', same origin) with a vault holding a
// large journal, encrypted by the real vault code, so the browser test and the
// benchmark can open the real app on it. Never part of the shipped app.
import {
  AFTERMATH,
  HARMS,
  IndexedDbStore,
  createEntry,
  createVault,
  dateOfDay,
  dayNumber,
  type EntryInput,
  type Stage,
} from '@steady/core';
import { installTrustedTypes } from '../../packages/app/src/shell/trustedTypes.ts';
import { DATABASE_NAME } from '../../packages/app/src/vault/session.ts';
import { deriveInWorker } from '../../packages/app/src/vault/kdf.ts';

installTrustedTypes();

const SEED_PASSPHRASE = 'seeded journal passphrase with many words';
const BATCH = 500;
const CYCLE: readonly Stage[] = ['tension', 'incident', 'repair', 'calm'];
const WORDS = [
  'shouted',
  'door',
  'phone',
  'money',
  'quiet',
  'sorry',
  'flowers',
  'kitchen',
  'car',
  'mother',
  'work',
  'night',
];

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** A varied, plausible entry: the cycle's stages in turn, spread over about four years. */
function input(i: number, count: number, firstDay: number, days: number): EntryInput {
  const stage = CYCLE[i % CYCLE.length]!;
  const word = (n: number) => WORDS[(i * 7 + n * 3) % WORDS.length]!;
  return {
    occurred: {
      date: dateOfDay(firstDay + Math.floor((i * days) / count)),
      approximate: i % 9 === 0,
    },
    stage,
    severity:
      stage === 'incident' ? ((((i >> 2) % 3) + 3) as 3 | 4 | 5) : ((((i >> 2) % 2) + 1) as 1 | 2),
    harms: [HARMS[i % HARMS.length]!, HARMS[(i + 3) % HARMS.length]!].filter(
      (harm, k, all) => all.indexOf(harm) === k,
    ),
    what: `Entry number ${i}. He ${word(1)} about the ${word(2)} and the ${word(3)}. I stayed ${word(4)}. `.repeat(
      2,
    ),
    felt: `Tight chest, ${word(5)}, could not sleep.`,
    after: stage === 'repair' ? [AFTERMATH[i % AFTERMATH.length]!] : [],
  };
}

async function seed(count: number) {
  await deleteDatabase(DATABASE_NAME);
  const store = new IndexedDbStore(DATABASE_NAME);
  const { vault } = await createVault(store, SEED_PASSPHRASE, { derive: deriveInWorker });
  // As a person who has used the app: the recovery key was written down and confirmed.
  await vault.confirmRecoveryKey();
  const now = new Date();
  const last = dayNumber(now.toISOString().slice(0, 10)) - 1;
  const days = 4 * 365;
  for (let from = 0; from < count; from += BATCH) {
    const items = [];
    for (let i = from; i < Math.min(count, from + BATCH); i++) {
      const id = `seed${String(i).padStart(6, '0')}`;
      const created = createEntry(input(i, count, last - days, days), now, id);
      if (!created.ok) throw new Error(`entry ${i}: ${JSON.stringify(created.issues)}`);
      items.push({ kind: 'journal', id, value: created.value });
    }
    await vault.putMany(items);
  }
  vault.lock();
  return { count };
}

const count = Number(new URLSearchParams(location.search).get('count') ?? '10000');
seed(count).then(
  (result) => {
    (window as unknown as { __seeded: unknown }).__seeded = result;
    document.getElementById('status')!.textContent = 'done';
  },
  (error: unknown) => {
    (window as unknown as { __seeded: unknown }).__seeded = { error: String(error) };
  },
);
