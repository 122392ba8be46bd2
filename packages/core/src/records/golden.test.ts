import { describe, expect, it } from 'vitest';
import { importBackup } from '../backup/backup.ts';
import { deriveKeyBytes } from '../vault/kdf.ts';
import type { OpenVault } from '../vault/open-vault.ts';
import { unlock } from '../vault/vault.ts';
import backupJson from './golden/2026-12-01/backup.json';
import values from './golden/2026-12-01/values.json';
import vaultJson from './golden/2026-12-01/vault.json';
import { fromBase64 as bytes, currentValue, goldenStore } from './golden/store.ts';
import { MemoryStore } from '../store/memory.ts';
import { defineKind, type RecordKind } from './kind.ts';
import { kindFor, RECORD_KINDS } from './registry.ts';
import { reminder } from './urges.ts';
import { dailyCheckIn } from './checkins.ts';
import { attachmentChunk, attachmentMeta, journalEntry } from './journal.ts';
import { hasDetails } from '../model/journal.ts';
import { selfCheckResult } from './selfcheck.ts';
import { answeredMeasures, CHECKIN_MEASURES } from '../progress/types.ts';
import { pendingRecoveryKey } from './vault.ts';
import { validateReminder } from '../urges/validate.ts';
import { failed, ok } from '../schema/issues.ts';
import { field, isFields } from '../schema/read.ts';

// The fixture made from main before records had types and versions (golden/README.md):
// every value must come back intact through the record kinds, with the real Argon2id.
const real = { derive: deriveKeyBytes };

function kindOf(row: { kind: string; id: string }): RecordKind<unknown> {
  const kind = kindFor(row.kind, row.id);
  if (!kind) throw new Error(`no record kind for ${row.kind}/${row.id}`);
  return kind;
}

async function expectEveryValue(vault: OpenVault): Promise<void> {
  for (const row of values.records) {
    const read = await vault.read(kindOf(row), row.id);
    expect(read, `${row.kind}/${row.id}`).toMatchObject({ ok: true, value: currentValue(row) });
  }
  for (const row of values.unreadable) {
    const read = await vault.read(kindOf(row), row.id);
    expect(read?.ok, `${row.kind}/${row.id} should not read`).toBe(false);
  }
  expect(await vault.read(pendingRecoveryKey, 'current')).toMatchObject({
    ok: true,
    value: values.recoveryKey,
  });
}

describe('the golden fixture of 2026-12-01', () => {
  it('holds every kind the registry knows that the app wrote that day', () => {
    const written = new Set(values.records.map((row) => kindOf(row).name));
    // Kinds first written after that day are in the next fixture, not this one.
    const later = new Set([
      'sync state',
      'sync record state',
      'sync object to send',
      'changes waiting for sync',
      'home settings',
      'coping idea',
      'timestamp receipt',
      'timestamp settings',
      'shared link',
    ]);
    const missing = RECORD_KINDS.map((k) => k.name).filter(
      (name) =>
        !written.has(name) &&
        !later.has(name) &&
        name !== 'recovery key to confirm' &&
        name !== 'duress state',
    );
    expect(missing).toEqual([]);
  });

  it('opens from the vault as stored, every value intact, the unreadable ones counted', async () => {
    const store = await goldenStore(vaultJson);
    const before = store.snapshot();
    const vault = await unlock(store, values.passphrase, real);
    await expectEveryValue(vault);
    const all = await vault.readAll(kindOf({ kind: 'checkin', id: 'x' }));
    expect(all.items.map((i) => i.id).sort()).toEqual(['2026-11-20', '2026-11-21']);
    expect(all.unreadable.map((u) => u.code).sort()).toEqual(['invalid', 'invalid']);
    // Reading changed nothing: the unreadable records are byte for byte as they were.
    expect(store.snapshot()).toEqual(before);
    expect(vault.duressMode).toBe('decoy');
    const decoy = await unlock(store, values.duressPassphrase, real);
    for (const row of values.decoy) {
      expect(await decoy.read(kindOf(row), row.id)).toMatchObject({ ok: true, value: row.value });
    }
  });

  it('opens its check-ins (version 1, every scale) through the check-in of version 2', async () => {
    expect(dailyCheckIn.version).toBe(2);
    const store = await goldenStore(vaultJson);
    const before = store.snapshot();
    const vault = await unlock(store, values.passphrase, real);
    for (const row of values.records.filter((r) => r.kind === 'checkin')) {
      const read = await vault.read(dailyCheckIn, row.id);
      expect(read).toEqual({ ok: true, id: row.id, value: row.value, storedVersion: 1 });
      expect(read?.ok && answeredMeasures(read.value)).toEqual([...CHECKIN_MEASURES]);
    }
    // Read, not rewritten: the records stay version 1 until the person saves them again.
    expect(store.snapshot()).toEqual(before);
  });

  it('opens its journal entries (version 1) through the journal entry of version 3', async () => {
    expect(journalEntry.version).toBe(3);
    const store = await goldenStore(vaultJson);
    const before = store.snapshot();
    const vault = await unlock(store, values.passphrase, real);
    const rows = values.records.filter((r) => r.kind === 'journal');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const read = await vault.read(journalEntry, row.id);
      expect(read).toEqual({ ok: true, id: row.id, value: row.value, storedVersion: 1 });
      // Every entry of that day had its stage and severity: none reads as a quick note.
      expect(read?.ok && read.value.versions.every((v) => hasDetails(v.content))).toBe(true);
    }
    expect(store.snapshot()).toEqual(before);
  });

  it('opens its photo (attachment version 1) through the attachment of version 2', async () => {
    expect(attachmentMeta.version).toBe(2);
    const store = await goldenStore(vaultJson);
    const before = store.snapshot();
    const vault = await unlock(store, values.passphrase, real);
    const rows = values.records.filter((r) => r.kind === 'attachment');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const read = await vault.read(attachmentMeta, row.id);
      expect(read).toEqual({ ok: true, id: row.id, value: row.value, storedVersion: 1 });
      // Its bytes are still there, chunk by chunk, as that day's photo.
      const chunk = await vault.read(attachmentChunk, `${row.id}:0`);
      expect(chunk?.ok && chunk.value.startsWith('iVBORw0KGgo')).toBe(true);
    }
    const all = await vault.readAll(attachmentMeta);
    expect(all.unreadable).toEqual([]);
    expect(store.snapshot()).toEqual(before);
  });

  it('opens its self-check results (version 1) through version 2, with no written answers', async () => {
    expect(selfCheckResult.version).toBe(2);
    const store = await goldenStore(vaultJson);
    const before = store.snapshot();
    const vault = await unlock(store, values.passphrase, real);
    const rows = values.records.filter((r) => r.kind === 'selfcheck');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const read = await vault.read(selfCheckResult, row.id);
      expect(read).toEqual({
        ok: true,
        id: row.id,
        value: Object.assign({}, row.value, { version: 2, written: {} }),
        storedVersion: 1,
      });
    }
    // The same time and answers as that day, for the history and comparisons.
    const all = await vault.readAll(selfCheckResult);
    expect(all.unreadable).toEqual([]);
    expect(all.items.map((i) => [i.value.takenAt, i.value.answers])).toEqual([
      [
        '2026-11-10T10:00:00.000Z',
        { 'returning-1': 'often', 'minimising-2': 'sometimes', 'isolation-1': 'not-at-all' },
      ],
    ]);
    // Read, not rewritten: they stay version 1 as stored.
    expect(store.snapshot()).toEqual(before);
  });

  it('restores from the backup file of that day, every value intact', async () => {
    const store = new MemoryStore();
    await importBackup(store, bytes(backupJson.file), values.passphrase, real);
    await expectEveryValue(await unlock(store, values.passphrase, real));
  });

  it('a kind raised to version 2 migrates the old records on read, and leaves them as stored', async () => {
    // Test-only: reminders gain `pinned`, false for every reminder written before.
    const reminderV2 = defineKind<{ id: string; text: string; writtenAt: string; pinned: boolean }>(
      {
        ...reminder,
        version: 2,
        migrate: {
          1: (value) => (isFields(value) ? { ...value, pinned: false } : value),
        },
        parse(value) {
          const base = validateReminder(value);
          if (!base.ok) return base;
          const pinned = isFields(value) ? field(value, 'pinned') : undefined;
          if (typeof pinned !== 'boolean') {
            return failed([{ path: 'pinned', code: 'required', message: 'is required' }]);
          }
          return ok({ ...base.value, pinned });
        },
      },
    );
    const store = await goldenStore(vaultJson);
    const before = store.snapshot();
    const vault = await unlock(store, values.passphrase, real);
    const { items, unreadable } = await vault.readAll(reminderV2);
    const expected = values.records
      .filter((row) => row.kind === 'reminder')
      .map((row) => ({ id: row.id, value: Object.assign({}, row.value, { pinned: false }) }));
    expect(items).toEqual(expect.arrayContaining(expected));
    expect(items).toHaveLength(expected.length);
    expect(unreadable.map((u) => [u.id.length > 0, u.code, u.version])).toEqual([
      [true, 'invalid', 1],
    ]);
    expect(store.snapshot()).toEqual(before);
  });
});
