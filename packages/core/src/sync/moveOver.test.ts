import { beforeAll, describe, expect, it } from 'vitest';
import { importBackup } from '../backup/backup.ts';
import backupJson from '../records/golden/2026-12-01/backup.json';
import values from '../records/golden/2026-12-01/values.json';
import vaultJson from '../records/golden/2026-12-01/vault.json';
import { currentValue, fromBase64, goldenStore } from '../records/golden/store.ts';
import type { RecordKind } from '../records/kind.ts';
import { safetyPlan } from '../records/plan.ts';
import { kindFor, RECORD_KINDS } from '../records/registry.ts';
import { reminder } from '../records/urges.ts';
import { MemoryStore } from '../store/memory.ts';
import { toHex } from '../vault/bytes.ts';
import { deriveKeyBytes } from '../vault/kdf.ts';
import type { OpenVault } from '../vault/open-vault.ts';
import { unlock } from '../vault/vault.ts';
import { createSyncCodec, type SyncCodec } from './codec.ts';
import { MemoryRelay } from './memoryRelay.ts';
import { moveOver, sealedRecord, type SealedRecord } from './moveOver.ts';
import { device, setAnswer } from './test-support.ts';
import { decodeObject } from './wire.ts';

// Today's format moved over: the golden fixture of 2026-12-01 (records/golden), opened
// with the real Argon2id, as records/golden.test.ts does.
const real = { derive: deriveKeyBytes };

function kindOf(row: { kind: string; id: string }): RecordKind<unknown> {
  const kind = kindFor(row.kind, row.id);
  if (!kind) throw new Error(`no record kind for ${row.kind}/${row.id}`);
  return kind;
}

const contentRows = values.records.filter((row) => kindOf(row).scope === 'content');
const localRows = values.records.filter((row) => kindOf(row).scope === 'local');

/** Device A's vault: restored from the backup file of that day. */
let storeA: MemoryStore;
let vaultA: OpenVault;
let codecA: SyncCodec;
/** Device B's: the same vault as that day's phone stored it, unlocked on its own. */
let vaultB: OpenVault;
let codecB: SyncCodec;

beforeAll(async () => {
  storeA = new MemoryStore();
  await importBackup(storeA, fromBase64(backupJson.file), values.passphrase, real);
  vaultA = await unlock(storeA, values.passphrase, real);
  vaultB = await unlock(await goldenStore(vaultJson), values.passphrase, real);
  codecA = await createSyncCodec(vaultA.syncRoot());
  codecB = await createSyncCodec(vaultB.syncRoot());
}, 60_000);

/** Every object the relay holds, opened as a device of the vault would. */
async function relayObjects(relay: MemoryRelay, codec: SyncCodec) {
  let stored: Array<[string, Uint8Array]> = [];
  relay.tamper((objects) => (stored = [...objects]));
  return Promise.all(
    stored.map(async ([name, bytes]) => decodeObject(await codec.openObject(name, bytes))),
  );
}

describe('moving a vault in the format of 2026-12-01 over to sync version 2', () => {
  it('brings every readable content value to a new device, carries the unreadable sealed, keeps local ones here', async () => {
    const before = storeA.snapshot();
    const relay = new MemoryRelay();
    const phone = device('phone', codecA, relay.connect());
    const report = await moveOver(vaultA, phone);
    expect(report.done).toBe(true);
    expect(report.records).toBe(contentRows.length);
    expect(phone.unpushed).toBe(0);

    const laptop = device('laptop', codecB, relay.connect());
    expect(await laptop.pull()).toBeGreaterThan(0);
    for (const row of contentRows) {
      const kind = kindOf(row);
      const shown = laptop.read(kind, row.id);
      // Moved over as today's kinds read it (a version-1 self-check arrives as version 2).
      expect(shown?.value, `${row.kind}/${row.id}`).toEqual(currentValue(row));
      expect(shown?.conflicts).toEqual([]);
      expect(kind.parse(shown?.value)).toEqual({ ok: true, value: currentValue(row) });
    }

    // Nothing of a local kind went to the relay: every object is a content kind's.
    const sent = await relayObjects(relay, codecB);
    const sentKinds = new Set(sent.map((object) => object.kind));
    const localKinds = RECORD_KINDS.filter((k) => k.scope === 'local').map((k) => k.kind);
    expect(localRows.length).toBeGreaterThan(0);
    expect(localKinds.filter((kind) => sentKinds.has(kind))).toEqual([]);
    expect([...sentKinds].sort()).toEqual(
      [...new Set([...contentRows.map((row) => row.kind), sealedRecord.kind])].sort(),
    );

    // The three unreadable records are reported by kind, id and reason...
    const named = (rows: ReadonlyArray<{ kind: string; id: string }>) =>
      rows.map((row) => `${row.kind}/${row.id}`).sort();
    expect(named(report.unreadable)).toEqual(named(values.unreadable));
    expect(report.unreadable.map((u) => u.code)).toEqual(['invalid', 'invalid', 'invalid']);
    // ...still in A's vault byte for byte (moving over wrote nothing there)...
    expect(storeA.snapshot()).toEqual(before);
    // ...and on B exactly as A stores them, under the name B's own copy uses.
    const ownOnB = new Set<string>();
    for (const kind of RECORD_KINDS) {
      for (const row of await vaultB.unreadableStored(kind)) ownOnB.add(row.storageId);
    }
    for (const moved of report.unreadable) {
      expect(moved.sealedId).not.toBeNull();
      const shown = laptop.read(sealedRecord, moved.sealedId ?? '');
      const parsed = sealedRecord.parse(shown?.value);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      const sealed: SealedRecord = parsed.value;
      expect(sealed).toMatchObject({ kind: moved.kind, code: 'invalid', version: 1 });
      const stored = before.records.find((r) => r.tag === sealed.tag && r.id === sealed.storageId);
      expect(stored).toBeDefined();
      expect(sealed.data).toBe(toHex(stored?.data ?? new Uint8Array()));
      expect(ownOnB.has(sealed.storageId)).toBe(true);
    }
    expect(ownOnB.size).toBe(values.unreadable.length);
  });

  it('sends nothing new when moved over again, from the same device, after a restart, or from another', async () => {
    const relay = new MemoryRelay();
    const phone = device('phone', codecA, relay.connect());
    const first = await moveOver(vaultA, phone);
    expect(first.writes).toBeGreaterThan(0);
    const entries = relay.logLength;
    const objects = relay.objectCount;
    expect(entries).toBe(1);
    // The same device, moving over twice in a row.
    expect(await moveOver(vaultA, phone)).toMatchObject({ writes: 0, done: true });
    // A device that kept nothing (a restart), and another device of the vault.
    const restarted = relay.connect();
    const laptop = relay.connect();
    expect(await moveOver(vaultA, device('phone', codecA, restarted))).toMatchObject({
      writes: 0,
      done: true,
    });
    expect(await moveOver(vaultB, device('laptop', codecB, laptop))).toMatchObject({
      writes: 0,
      done: true,
    });
    expect(relay.logLength).toBe(entries);
    expect(relay.objectCount).toBe(objects);
    for (const traffic of [restarted.traffic, laptop.traffic]) {
      expect(traffic.objectsUp).toBe(0);
    }
  });

  it('undoes nothing another device did after the move when it runs again', async () => {
    const relay = new MemoryRelay();
    const phone = device('phone', codecA, relay.connect(), () => 1_000);
    await moveOver(vaultA, phone);
    const laptop = device('laptop', codecB, relay.connect(), () => 2_000);
    await laptop.pull();
    const plan = safetyPlan.parse(laptop.read(safetyPlan, 'main')?.value);
    if (!plan.ok) throw new Error('the plan did not arrive');
    laptop.put(safetyPlan, 'main', setAnswer(plan.value, 'codeWord', 'Later: pineapple'));
    laptop.delete(reminder, 'r2');
    await laptop.sync();

    expect(await moveOver(vaultA, phone)).toMatchObject({ writes: 0, done: true });
    expect(phone.read(safetyPlan, 'main')?.value).toMatchObject({
      sections: { people: { answers: { codeWord: 'Later: pineapple' } } },
    });
    expect(phone.read(safetyPlan, 'main')?.conflicts).toEqual([]);
    expect(phone.read(reminder, 'r2')).toBeUndefined();
    expect(phone.read(reminder, 'r1')).toBeDefined();
  });

  it('leaves no plaintext on the relay', async () => {
    const relay = new MemoryRelay();
    await moveOver(vaultA, device('phone', codecA, relay.connect()));
    const chunks: Uint8Array[] = [];
    relay.tamper((objects, log) => {
      for (const bytes of objects.values()) chunks.push(bytes);
      for (const entry of log) chunks.push(utf8Of(entry.id), entry.bytes);
    });
    expect(chunks.length).toBeGreaterThan(contentRows.length);
    const stored = chunks.map((bytes) => new TextDecoder('latin1').decode(bytes)).join('\n');
    for (const words of [
      'Golden: he threw my phone',
      'neighbour in 4B',
      'Golden: lemons',
      'Golden: I deserve to feel safe.',
      'Golden',
      '1111aaaa2222bbbb3333cccc4444dddd',
      'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5',
      '2026-11-20',
      'journal',
      'checkin',
      'editedAt',
    ]) {
      expect(stored, words).not.toContain(words);
    }
    // The unreadable records' bytes are sealed again, not stored as they were.
    for (const row of storeA.snapshot().records) {
      expect(stored).not.toContain(toHex(row.data).slice(0, 32));
    }
  });
});

const utf8Of = (text: string) => new TextEncoder().encode(text);
