// A test page, bundled by e2e/golden.e2e.ts with esbuild and never part of the app: the
// real IndexedDB store and vault code, reading the golden vault with a test-only
// version 2 of reminders, in which `text` is renamed `words`.
import { IndexedDbStore } from '../../packages/core/src/store/indexeddb.ts';
import { unlock } from '../../packages/core/src/vault/vault.ts';
import { deriveKeyBytes } from '../../packages/core/src/vault/kdf.ts';
import { defineKind } from '../../packages/core/src/records/kind.ts';
import { reminder } from '../../packages/core/src/records/urges.ts';
import { validateReminder } from '../../packages/core/src/urges/validate.ts';
import { failed, ok } from '../../packages/core/src/schema/issues.ts';
import { isFields } from '../../packages/core/src/schema/read.ts';
import { TEST_ONLY_MARK, type ReminderV2, type V2Read } from './reminder-v2.shared.ts';

const reminderV2 = defineKind<ReminderV2>({
  ...reminder,
  name: TEST_ONLY_MARK,
  version: 2,
  migrate: {
    1: (value) => {
      if (!isFields(value)) return value;
      const { text, ...rest } = value;
      return { ...rest, words: text };
    },
  },
  parse(value) {
    if (!isFields(value) || !('words' in value)) {
      return failed([{ path: 'words', code: 'required', message: 'is required' }]);
    }
    const { words, ...rest } = value;
    const base = validateReminder({ ...rest, text: words });
    if (!base.ok) return base;
    const { id, text, writtenAt } = base.value;
    return ok({ id, words: text, writtenAt });
  },
  idOf: (value) => value.id,
});

async function readGolden(passphrase: string): Promise<V2Read> {
  const store = new IndexedDbStore('steady');
  try {
    const vault = await unlock(store, passphrase, { derive: deriveKeyBytes });
    const { items, unreadable } = await vault.readAll(reminderV2);
    vault.lock();
    return {
      items: [...items],
      unreadable: unreadable.map((u) => ({ code: u.code, version: u.version ?? null })),
    };
  } finally {
    store.close();
  }
}

Object.assign(window, { readGolden });
