import { beforeEach, describe, expect, it } from 'vitest';
import { journalEntry } from '../records/journal.ts';
import { safetyPlan } from '../records/plan.ts';
import { reminder } from '../records/urges.ts';
import { randomBytes } from '../vault/bytes.ts';
import { createSyncCodec, type SyncCodec } from './codec.ts';
import { SyncDevice } from './device.ts';
import { isSyncError } from './errors.ts';
import { formatStamp } from './hlc.ts';
import { canonicalJson } from './json.ts';
import { MemoryRelay, type Fault, type RelayRequest } from './memoryRelay.ts';
import type { DeviceSaved } from './persist.ts';
import type { Relay } from './relay.ts';
import { decodeEntry } from './wire.ts';
import { device, entry, planWith, SavedDevice, setAnswer, withVersion } from './test-support.ts';

let codec: SyncCodec;
let relay: MemoryRelay;
beforeEach(async () => {
  codec = await createSyncCodec(randomBytes(32));
  relay = new MemoryRelay();
});

const T = (minute: number) => `2026-03-01T12:${String(minute).padStart(2, '0')}:00.000Z`;
const note = (id: string, text: string) => ({ id, text, writtenAt: T(0) });

const restore = (id: string, link: Relay, saved: DeviceSaved, now = () => 5_000) =>
  SyncDevice.restore({ device: id, codec, relay: link, now }, saved);

/** Everything a device shows and where it is, to compare two devices by. */
const shown = (d: SyncDevice) =>
  canonicalJson({ snapshot: d.snapshot(), head: d.logHead, unpushed: d.unpushed });

const clockOf = (d: SyncDevice) => (d.save().meta as { clock: string }).clock;

/** Fails the given requests one way until told otherwise. */
function faulty(requests: readonly RelayRequest[]) {
  const control = { fault: 'none' as Fault };
  const link = relay.connect((request) => (requests.includes(request) ? control.fault : 'none'));
  return { link, control };
}

async function logNamesEachObjectOnce(): Promise<number> {
  const named = new Set<string>();
  let prev: string | null = null;
  for (const record of relay.logEntries()) {
    const body = decodeEntry(await codec.openEntry(prev, record.id, record.bytes));
    for (const name of body.objects) {
      expect(named.has(name), `object ${name} named twice`).toBe(false);
      named.add(name);
    }
    prev = record.id;
  }
  return named.size;
}

describe('saving a device and restoring it', () => {
  it('restores exactly what it showed, and goes on converging with the others', async () => {
    const store = new SavedDevice();
    const { link, control } = faulty(['appendLog']);
    const phone = device('phone', codec, link, () => 1_000);
    const laptop = device('laptop', codec, relay.connect(), () => 2_000);
    const first = entry('e1', T(0), 'He shouted');
    const start = planWith((p) => setAnswer(p, 'codeWord', 'blue'));
    phone.put(journalEntry, 'e1', first);
    phone.put(safetyPlan, 'main', start);
    await phone.sync();
    await laptop.sync();
    phone.put(safetyPlan, 'main', setAnswer(start, 'codeWord', 'pineapple'));
    laptop.put(safetyPlan, 'main', setAnswer(start, 'codeWord', 'sunflower'));
    await laptop.sync();
    await phone.sync();
    expect(phone.read(safetyPlan, 'main')?.conflicts).toHaveLength(1);
    // One batch sealed but not in the log, and one write not yet sealed.
    phone.put(reminder, 'r1', note('r1', 'sealed, not logged'));
    control.fault = 'drop';
    await expect(phone.sync()).rejects.toSatisfy((e) => isSyncError(e, 'unavailable'));
    phone.put(journalEntry, 'e1', withVersion(first, T(4), 'not sealed yet'));
    store.keep(phone.save());
    expect(store.sealedCount).toBe(1);

    const phoneLink = relay.connect();
    const again = restore('phone', phoneLink, store.load(), () => 1_000);
    expect(shown(again)).toBe(shown(phone));
    expect(again.unpushed).toBe(2);
    expect(again.read(safetyPlan, 'main')).toEqual(phone.read(safetyPlan, 'main'));
    expect(again.read(journalEntry, 'e1')).toEqual(phone.read(journalEntry, 'e1'));
    // The clock goes on from where it was, even with the wall clock behind it.
    const before = clockOf(phone);
    again.put(reminder, 'r2', note('r2', 'after the reload'));
    expect(clockOf(again) > before).toBe(true);

    await again.sync();
    await laptop.sync();
    await again.sync();
    expect(again.unpushed).toBe(0);
    expect(canonicalJson(laptop.snapshot())).toBe(canonicalJson(again.snapshot()));
    expect(laptop.read(journalEntry, 'e1')?.value).toMatchObject({ versions: { length: 2 } });
    expect(laptop.read(reminder, 'r1')?.value).toEqual(note('r1', 'sealed, not logged'));
    // It fetched nothing it already had: nothing but what it had never seen was new.
    expect(phoneLink.traffic.objectsDown).toBe(0);
    expect(await logNamesEachObjectOnce()).toBe(relay.objectCount);
    // The batch is in the log: its sealed bytes may go.
    store.keep(again.save());
    expect(store.sealedCount).toBe(0);
  });

  it('after a push whose answer was lost, never logs the batch twice', async () => {
    const cases = [
      ['sealed', 'sync'],
      ['unsealed', 'sync'],
      ['unsealed', 'push'],
    ] as const;
    for (const [when, how] of cases) {
      relay = new MemoryRelay();
      const store = new SavedDevice();
      const { link, control } = faulty(['appendLog']);
      const phone = device('phone', codec, link);
      phone.put(reminder, 'r1', note('r1', 'keep going'));
      phone.put(reminder, 'r2', note('r2', 'one day at a time'));
      if (when === 'unsealed') store.keep(phone.save());
      control.fault = 'lose-answer';
      await expect(phone.sync()).rejects.toSatisfy((e) => isSyncError(e, 'unavailable'));
      if (when === 'sealed') store.keep(phone.save());
      expect(relay.logLength).toBe(1);
      expect(relay.objectCount).toBe(2);

      const again = restore('phone', relay.connect(), store.load());
      expect(again.unpushed).toBe(2);
      await (how === 'sync' ? again.sync() : again.push());
      // Sealed again or not, the batch has the same names, found in the log: done.
      expect(relay.logLength, when).toBe(1);
      expect(relay.objectCount, when).toBe(2);
      expect(again.unpushed, when).toBe(0);
      expect(again.logHead).toBe(relay.head);
      expect(await logNamesEachObjectOnce()).toBe(2);
    }
  });

  it('saves only what changed, and keeps the meta small whatever the vault holds', async () => {
    const phone = device('phone', codec, relay.connect());
    const laptop = device('laptop', codec, relay.connect());
    const metaAfter = async (count: number) => {
      const d = device(`d${count}`, codec, new MemoryRelay().connect());
      for (let i = 0; i < count; i++) d.put(reminder, `r${i}`, note(`r${i}`, `line ${i}`));
      await d.sync();
      const save = d.save();
      expect(save.records).toHaveLength(count);
      expect(save.sealed).toHaveLength(0);
      return JSON.stringify(save.meta).length;
    };
    const [small, large] = [await metaAfter(10), await metaAfter(1000)];
    expect(Math.abs(large - small)).toBeLessThan(300);
    expect(large).toBeLessThan(600);

    for (let i = 0; i < 200; i++) phone.put(reminder, `r${i}`, note(`r${i}`, `line ${i}`));
    const first = phone.save();
    expect(first.records).toHaveLength(200);
    expect(phone.save().records).toHaveLength(0);
    // For a save the app could not store: everything again.
    expect(phone.save({ everything: true }).records).toHaveLength(200);
    phone.put(reminder, 'r7', note('r7', 'line seven, changed'));
    const one = phone.save();
    expect(one.records.map((r) => r.key)).toEqual([
      first.records.find((r) => JSON.stringify(r.state).includes('"r7"'))?.key,
    ]);
    // Sealing names the object each record's writes went in: all 200 change once.
    await phone.sync();
    const pushed = phone.save();
    expect(pushed.records).toHaveLength(200);
    expect(pushed.sealed).toHaveLength(0);
    expect(pushed.released).toEqual([]);
    // Another device's one change, pulled in, is one record to save.
    await laptop.sync();
    laptop.save();
    phone.put(reminder, 'r8', note('r8', 'line eight, changed'));
    await phone.sync();
    await laptop.sync();
    expect(laptop.save().records).toHaveLength(1);
  });

  it('keeps the meta small however much waits offline, naming the writes by stamp', async () => {
    const offline = device('phone', codec, faulty(['appendLog']).link);
    const big = 'x'.repeat(4000);
    offline.put(reminder, 'r0', note('r0', big));
    const one = JSON.stringify(offline.save().meta).length;
    for (let i = 1; i < 500; i++) offline.put(reminder, `r${i}`, note(`r${i}`, big));
    const save = offline.save();
    // 500 records of 4 KB wait; the meta grows by their stamps only, not their text.
    expect(save.records).toHaveLength(499);
    expect(JSON.stringify(save.meta)).not.toContain(big);
    expect(JSON.stringify(save.meta).length - one).toBeLessThan(500 * 200);
  });

  it('still restores a version 1 save, whose outbox held the writes whole', async () => {
    const store = new SavedDevice();
    const phone = device('phone', codec, faulty(['appendLog']).link);
    phone.put(reminder, 'r1', note('r1', 'waiting to be sent'));
    phone.put(reminder, 'r2', note('r2', 'also waiting'));
    store.keep(phone.save());
    const saved = store.load();
    type Pending = { kind: string; id: string; stamps: string[] };
    const meta = saved.meta as { outbox: Pending[] };
    const opsOf = (p: Pending) => {
      const record = [...saved.records].find(
        (r) => (r as Pending).kind === p.kind && (r as Pending).id === p.id,
      ) as { ops: Array<{ stamp: string }> };
      return record.ops.filter((op) => p.stamps.includes(op.stamp));
    };
    const v1 = {
      ...meta,
      v: 1,
      outbox: meta.outbox.map((p) => ({ kind: p.kind, id: p.id, ops: opsOf(p) })),
    };
    const back = restore('phone', relay.connect(), { ...saved, meta: v1 });
    expect(shown(back)).toBe(shown(phone));
    expect(back.unpushed).toBe(2);
    // Its writes still go out, and another device gets them.
    await back.sync();
    const laptop = device('laptop', codec, relay.connect());
    await laptop.sync();
    expect(shown(laptop)).toBe(shown(back));
    expect(laptop.snapshot().map((r) => r.id)).toEqual(['r1', 'r2']);
    // A version 1 outbox write that differs from the record's is refused.
    const changed = structuredClone(v1);
    const first = changed.outbox[0]?.ops[0] as { value?: unknown } | undefined;
    if (first) first.value = 'changed';
    expect(() => restore('phone', relay.connect(), { ...saved, meta: changed })).toThrow(/lacks/);
  });

  it('lists exactly the records a pull changed', async () => {
    const phone = device('phone', codec, relay.connect());
    const laptop = device('laptop', codec, relay.connect());
    const first = entry('e1', T(0), 'first');
    phone.put(journalEntry, 'e1', first);
    phone.put(journalEntry, 'e2', entry('e2', T(1), 'second'));
    phone.put(reminder, 'r1', note('r1', 'a line'));
    await phone.sync();
    expect(phone.takePulled()).toEqual([]);
    await laptop.sync();
    const byKey = (list: Array<{ kind: string; id: string }>) =>
      list.map((r) => `${r.kind}/${r.id}`).sort();
    expect(byKey(laptop.takePulled())).toEqual(['journal/e1', 'journal/e2', 'reminder/r1']);
    expect(laptop.takePulled()).toEqual([]);
    phone.put(journalEntry, 'e1', withVersion(first, T(3), 'first, again'));
    phone.put(reminder, 'r2', note('r2', 'another line'));
    laptop.delete(journalEntry, 'e2');
    await phone.sync();
    await laptop.sync();
    expect(byKey(laptop.takePulled())).toEqual(['journal/e1', 'reminder/r2']);
    await phone.sync();
    expect(byKey(phone.takePulled())).toEqual(['journal/e2']);
    await phone.sync();
    expect(phone.takePulled()).toEqual([]);
  });

  it('refuses a damaged save whole', async () => {
    const store = new SavedDevice();
    const { link, control } = faulty(['appendLog']);
    const phone = device('phone', codec, link);
    phone.put(reminder, 'r1', note('r1', 'a line'));
    await phone.sync();
    phone.put(reminder, 'r2', note('r2', 'sealed'));
    control.fault = 'drop';
    await expect(phone.sync()).rejects.toSatisfy((e) => isSyncError(e, 'unavailable'));
    phone.put(reminder, 'r1', note('r1', 'in the outbox'));
    store.keep(phone.save());
    const good = store.load();
    expect(shown(restore('phone', relay.connect(), good))).toBe(shown(phone));

    type Json = Record<string, unknown> & { outbox: Json[]; batches: string[][] };
    const meta = () => structuredClone(good.meta) as Json;
    const records = () => [...good.records].map((r) => structuredClone(r) as Json);
    const damaged: Array<[string, () => DeviceSaved]> = [
      ['no meta', () => ({ ...good, meta: null })],
      ['another version', () => ({ ...good, meta: { ...meta(), v: 3 } })],
      ['another device', () => ({ ...good, meta: { ...meta(), device: 'laptop' } })],
      ['bad clock', () => ({ ...good, meta: { ...meta(), clock: 'soon' } })],
      ['bad head', () => ({ ...good, meta: { ...meta(), head: 7 } })],
      [
        'outbox write the record lacks',
        () => {
          const m = meta();
          const stamps = m.outbox[0]?.stamps as string[];
          stamps[0] = formatStamp({ wall: 1, counter: 0, device: 'phone' });
          return { ...good, meta: m };
        },
      ],
      [
        'outbox with no stamps',
        () => {
          const m = meta();
          if (m.outbox[0]) m.outbox[0].stamps = [];
          return { ...good, meta: m };
        },
      ],
      ['batch without its bytes', () => ({ ...good, sealed: new Map() })],
      [
        'outbox write of another device',
        () => {
          const m = meta();
          const stamps = m.outbox[0]?.stamps as string[];
          stamps[0] = String(stamps[0]).replace('phone', 'laptop');
          return { ...good, meta: m };
        },
      ],
      ['records not a list', () => ({ ...good, records: 7 as unknown as unknown[] })],
      ['sealed not a map', () => ({ ...good, sealed: {} as Map<string, Uint8Array> })],
      [
        'batch of an unknown object',
        () => ({
          ...good,
          meta: { ...meta(), batches: [['f'.repeat(32)]] },
          sealed: new Map([['f'.repeat(32), new Uint8Array(40)]]),
        }),
      ],
      ['a record twice', () => ({ ...good, records: [...records(), ...records()] })],
      ['a record not an object', () => ({ ...good, records: [...records(), 'r3'] })],
      [
        'a write with a bad stamp',
        () => {
          const list = records();
          const ops = list[0]?.ops as Json[];
          if (ops[0]) ops[0].stamp = 'yesterday';
          return { ...good, records: list };
        },
      ],
      [
        'a value JSON cannot hold',
        () => {
          const list = records();
          const ops = list[0]?.ops as Json[];
          if (ops[0]) ops[0].value = Number.NaN;
          return { ...good, records: list };
        },
      ],
      [
        'a record without its kind',
        () => {
          const list = records();
          if (list[0]) delete list[0].kind;
          return { ...good, records: list };
        },
      ],
    ];
    for (const [what, make] of damaged) {
      let thrown: unknown;
      try {
        restore('phone', relay.connect(), make());
      } catch (error) {
        thrown = error;
      }
      expect(isSyncError(thrown, 'malformed'), what).toBe(true);
    }
    // The good save still restores after all that (nothing of it was changed).
    expect(shown(restore('phone', relay.connect(), store.load()))).toBe(shown(phone));
  });
});
