import { beforeEach, describe, expect, it } from 'vitest';
import { attachmentChunk, journalEntry } from '../records/journal.ts';
import { InvalidRecordError } from '../records/kind.ts';
import { safetyPlan } from '../records/plan.ts';
import type { SafetyPlan } from '../plan/types.ts';
import { securitySettings } from '../records/settings.ts';
import { reminder, urgeSettings } from '../records/urges.ts';
import { randomBytes } from '../vault/bytes.ts';
import { createSyncCodec, type SyncCodec } from './codec.ts';
import { isSyncError } from './errors.ts';
import { MemoryRelay, type Fault } from './memoryRelay.ts';
import { SyncDevice } from './device.ts';
import { toBase64 } from './wire.ts';
import {
  device,
  entry,
  planWith,
  SavedDevice,
  seeded,
  setAnswer,
  withVersion,
} from './test-support.ts';

let codec: SyncCodec;
let relay: MemoryRelay;
beforeEach(async () => {
  codec = await createSyncCodec(randomBytes(32));
  relay = new MemoryRelay();
});

const T = (minute: number) => `2026-03-01T12:${String(minute).padStart(2, '0')}:00.000Z`;

describe('a device syncing through the relay', () => {
  it('brings a journal entry and every version from every device to each', async () => {
    const phone = device('phone', codec, relay.connect());
    const laptop = device('laptop', codec, relay.connect());
    const first = entry('e1', T(0), 'He shouted');
    phone.put(journalEntry, 'e1', first);
    await phone.sync();
    await laptop.sync();
    // Both add a version without having seen the other's.
    phone.put(journalEntry, 'e1', withVersion(first, T(5), 'He shouted and threw a cup'));
    laptop.put(journalEntry, 'e1', withVersion(first, T(3), 'He shouted at me'));
    await phone.sync();
    await laptop.sync();
    await phone.sync();
    const merged = phone.read(journalEntry, 'e1')?.value;
    expect(laptop.read(journalEntry, 'e1')?.value).toEqual(merged);
    const parsed = journalEntry.parse(merged);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.writtenAt).toBe(T(0));
    expect(parsed.value.versions[0]).toEqual(first.versions[0]);
    expect(parsed.value.versions.map((v) => [v.editedAt, v.content.what]).sort()).toEqual([
      [T(0), 'He shouted'],
      [T(3), 'He shouted at me'],
      [T(5), 'He shouted and threw a cup'],
    ]);
    // A put that leaves a version out does not remove it: the list only grows.
    phone.put(journalEntry, 'e1', first);
    expect(journalEntry.parse(phone.read(journalEntry, 'e1')?.value)).toMatchObject({
      value: { versions: { length: 3 } },
    });
  });

  it('puts a version made after seeing another one after it, even from a clock behind', async () => {
    const phone = device('phone', codec, relay.connect(), () => Date.parse(T(30)));
    const laptop = device('laptop', codec, relay.connect(), () => Date.parse(T(1)));
    const first = entry('e1', T(30), 'written on the phone');
    phone.put(journalEntry, 'e1', first);
    await phone.sync();
    await laptop.sync();
    // The laptop's wall clock says 12:01, half an hour before the phone's.
    laptop.put(journalEntry, 'e1', withVersion(first, T(1), 'added on the laptop'));
    await laptop.sync();
    await phone.sync();
    const merged = journalEntry.parse(phone.read(journalEntry, 'e1')?.value);
    expect(merged.ok && merged.value.versions.map((v) => [v.editedAt, v.content.what])).toEqual([
      [T(30), 'written on the phone'],
      [T(1), 'added on the laptop'],
    ]);
  });

  it('lets a delete remove what its device had seen, and keeps an edit it had not', async () => {
    const phone = device('phone', codec, relay.connect());
    const laptop = device('laptop', codec, relay.connect());
    const first = entry('e1', T(0), 'first words');
    phone.put(journalEntry, 'e1', first);
    phone.put(journalEntry, 'e2', entry('e2', T(1), 'to be deleted'));
    await phone.sync();
    await laptop.sync();
    laptop.delete(journalEntry, 'e1');
    laptop.delete(journalEntry, 'e2');
    phone.put(journalEntry, 'e1', withVersion(first, T(9), 'edited on the phone, unaware'));
    await laptop.sync();
    await phone.sync();
    await laptop.sync();
    for (const d of [phone, laptop]) {
      expect(d.read(journalEntry, 'e2')).toBeUndefined();
      const kept = d.read(journalEntry, 'e1');
      expect(kept?.revived).toBe(true);
      expect(journalEntry.parse(kept?.value)).toMatchObject({
        value: { versions: [{ editedAt: T(0) }, { editedAt: T(9) }] },
      });
    }
    // Deleted again by a device that has now seen the edit: gone everywhere.
    laptop.delete(journalEntry, 'e1');
    await laptop.sync();
    await phone.sync();
    expect(phone.read(journalEntry, 'e1')).toBeUndefined();
  });

  it('keeps the other text of a plan answer written on two devices as a conflict copy', async () => {
    const phone = device('phone', codec, relay.connect(), () => 1_000);
    const laptop = device('laptop', codec, relay.connect(), () => 2_000);
    const start = planWith((p) => setAnswer(p, 'codeWord', 'blue'));
    phone.put(safetyPlan, 'main', start);
    await phone.sync();
    await laptop.sync();
    phone.put(safetyPlan, 'main', setAnswer(start, 'codeWord', 'pineapple'));
    laptop.put(safetyPlan, 'main', {
      ...setAnswer(start, 'codeWord', 'sunflower'),
      dangerSigns: ['stalking'],
    });
    await phone.sync();
    await laptop.sync();
    await phone.sync();
    const seen = phone.read(safetyPlan, 'main');
    expect(laptop.read(safetyPlan, 'main')).toEqual(seen);
    // The later clock wins the field; the other text is kept; other fields merge.
    expect(seen?.value).toMatchObject({
      sections: { people: { answers: { codeWord: 'sunflower' } } },
      dangerSigns: ['stalking'],
    });
    expect(safetyPlan.parse(seen?.value).ok).toBe(true);
    const path = ['sections', 'people', 'answers', 'codeWord'];
    expect(seen?.conflicts).toEqual([{ path, stamp: expect.any(String), value: 'pineapple' }]);
    // The person keeps the copy on the phone; the laptop follows, no copy left.
    phone.resolve(safetyPlan, 'main', path, seen?.conflicts[0]?.stamp ?? '', 'keep');
    await phone.sync();
    await laptop.sync();
    expect(laptop.read(safetyPlan, 'main')?.conflicts).toEqual([]);
    expect(laptop.read(safetyPlan, 'main')?.value).toMatchObject({
      sections: { people: { answers: { codeWord: 'pineapple' } } },
    });
  });

  it('lets a later edit replace a field without a conflict copy when it had seen the first', async () => {
    const phone = device('phone', codec, relay.connect(), () => 9_000);
    const laptop = device('laptop', codec, relay.connect(), () => 1_000);
    phone.put(reminder, 'r1', { id: 'r1', text: 'I left for a reason', writtenAt: T(0) });
    await phone.sync();
    await laptop.sync();
    // The laptop's clock is far behind, yet its edit follows what it saw, so it wins.
    laptop.put(reminder, 'r1', { id: 'r1', text: 'I left for good reasons', writtenAt: T(0) });
    await laptop.sync();
    await phone.sync();
    expect(phone.read(reminder, 'r1')).toEqual({
      value: { id: 'r1', text: 'I left for good reasons', writtenAt: T(0) },
      conflicts: [],
      revived: false,
    });
  });

  it('merges settings field by field, the latest write of each field winning', async () => {
    const phone = device('phone', codec, relay.connect(), () => 1_000);
    const laptop = device('laptop', codec, relay.connect(), () => 2_000);
    phone.put(urgeSettings, 'main', { showDaysWithoutContact: true, contacts: [] });
    await phone.sync();
    await laptop.sync();
    phone.put(urgeSettings, 'main', {
      showDaysWithoutContact: true,
      contacts: [],
      lastContact: '2026-01-02',
    });
    laptop.put(urgeSettings, 'main', { showDaysWithoutContact: false, contacts: [] });
    await phone.sync();
    await laptop.sync();
    await phone.sync();
    expect(phone.read(urgeSettings, 'main')?.value).toEqual({
      showDaysWithoutContact: false,
      contacts: [],
      lastContact: '2026-01-02',
    });
    expect(laptop.snapshot()).toEqual(phone.snapshot());
  });

  it('checks a value before it can reach another device', () => {
    const phone = device('phone', codec, relay.connect());
    expect(() => phone.put(reminder, 'r1', { id: 'r1', text: '', writtenAt: T(0) })).toThrow(
      InvalidRecordError,
    );
    expect(() =>
      phone.put(
        safetyPlan,
        'other',
        planWith((p) => p),
      ),
    ).toThrow(/no record/);
    expect(phone.unpushed).toBe(0);
    expect(phone.snapshot()).toEqual([]);
  });

  it('never sends a device-local kind', () => {
    const phone = device('phone', codec, relay.connect());
    expect(() =>
      phone.put(securitySettings, 'security', { autoLockMinutes: 5, lockWhenHidden: false }),
    ).toThrow(/stays on this device/);
  });
});

describe('bringing in values kept elsewhere (moving over)', () => {
  it('replaces nothing: the same value is kept once, a different text becomes a conflict copy', async () => {
    const phone = device('phone', codec, relay.connect(), () => 1_000);
    const laptop = device('laptop', codec, relay.connect(), () => 2_000);
    const start = planWith((p) => setAnswer(p, 'codeWord', 'blue'));
    // Both move over, neither having seen the other: the same plan but one answer.
    expect(phone.adopt(safetyPlan, 'main', start)).toBeGreaterThan(0);
    laptop.adopt(safetyPlan, 'main', setAnswer(start, 'codeWord', 'green'));
    await phone.sync();
    await laptop.sync();
    await phone.sync();
    const seen = phone.read(safetyPlan, 'main');
    expect(laptop.read(safetyPlan, 'main')).toEqual(seen);
    expect(seen?.value).toMatchObject({ sections: { people: { answers: { codeWord: 'green' } } } });
    expect(seen?.conflicts).toEqual([
      {
        path: ['sections', 'people', 'answers', 'codeWord'],
        stamp: expect.any(String),
        value: 'blue',
      },
    ]);
    // Bringing either value in again writes nothing: each is already there.
    expect(phone.adopt(safetyPlan, 'main', start)).toBe(0);
    expect(laptop.adopt(safetyPlan, 'main', start)).toBe(0);
    expect(phone.unpushed + laptop.unpushed).toBe(0);
  });

  it('adds only the journal versions an entry lacks, and writes nothing into a deleted record', async () => {
    const phone = device('phone', codec, relay.connect());
    const laptop = device('laptop', codec, relay.connect());
    const first = entry('e1', T(0), 'first words');
    const both = withVersion(first, T(4), 'second words');
    phone.adopt(journalEntry, 'e1', first);
    laptop.adopt(journalEntry, 'e1', both);
    phone.adopt(reminder, 'r1', { id: 'r1', text: 'kept', writtenAt: T(1) });
    await phone.sync();
    await laptop.sync();
    await phone.sync();
    expect(phone.read(journalEntry, 'e1')?.value).toEqual(both);
    laptop.delete(reminder, 'r1');
    await laptop.sync();
    await phone.sync();
    expect(phone.adopt(reminder, 'r1', { id: 'r1', text: 'kept', writtenAt: T(1) })).toBe(0);
    expect(phone.adopt(journalEntry, 'e1', both)).toBe(0);
    expect(phone.read(reminder, 'r1')).toBeUndefined();
  });
});

describe('what goes over the wire', () => {
  it('uploads only the changed record and one small log entry per batch', async () => {
    const link = relay.connect();
    const phone = device('phone', codec, link);
    for (let i = 0; i < 50; i++)
      phone.put(reminder, `r${i}`, { id: `r${i}`, text: `line ${i}`, writtenAt: T(0) });
    await phone.sync();
    expect(relay.objectCount).toBe(50);
    expect(relay.logLength).toBe(1);
    const before = link.traffic.bytesUp;
    phone.put(reminder, 'r7', { id: 'r7', text: 'line seven, changed', writtenAt: T(0) });
    await phone.sync();
    expect(link.traffic.objectsUp).toBe(51);
    expect(link.traffic.bytesUp - before).toBeLessThan(2_000);
    // A second device downloads everything once, then only what is new.
    const laptopLink = relay.connect();
    const laptop = device('laptop', codec, laptopLink);
    await laptop.sync();
    expect(laptopLink.traffic.objectsDown).toBe(51);
    await laptop.sync();
    expect(laptopLink.traffic.objectsDown).toBe(51);
  });

  it('after a lost answer, finds its batch in the log and does not send it again', async () => {
    let fault: Fault = 'lose-answer';
    const phone = device(
      'phone',
      codec,
      relay.connect((request) => (request === 'appendLog' ? fault : 'none')),
    );
    phone.put(reminder, 'r1', { id: 'r1', text: 'keep going', writtenAt: T(0) });
    await expect(phone.sync()).rejects.toSatisfy((e) => isSyncError(e, 'unavailable'));
    expect(relay.logLength).toBe(1);
    expect(phone.unpushed).toBe(1);
    fault = 'none';
    await phone.sync();
    expect(relay.logLength).toBe(1);
    expect(phone.unpushed).toBe(0);
  });

  it('when another device moved the head first, pulls, merges and lands its batch after', async () => {
    const phoneLink = relay.connect();
    const phone = device('phone', codec, phoneLink);
    const laptop = device('laptop', codec, relay.connect());
    phone.put(reminder, 'r1', { id: 'r1', text: 'from the phone', writtenAt: T(0) });
    laptop.put(reminder, 'r2', { id: 'r2', text: 'from the laptop', writtenAt: T(0) });
    await phone.pull();
    await laptop.sync();
    // The phone still thinks the log is empty: its first append loses the race.
    expect(await phone.push()).toBe(1);
    expect(relay.logLength).toBe(2);
    expect(phone.logHead).toBe(relay.head);
    expect(phone.snapshot().map((r) => r.id)).toEqual(['r1', 'r2']);
    await laptop.sync();
    expect(laptop.snapshot()).toEqual(phone.snapshot());
  });

  it('goes on where it stopped when requests are delayed and overtaken', async () => {
    const slow = device(
      'phone',
      codec,
      relay.connect(() => ({ delay: 50 })),
    );
    const fast = device('laptop', codec, relay.connect());
    slow.put(reminder, 'r1', { id: 'r1', text: 'slow', writtenAt: T(0) });
    fast.put(reminder, 'r2', { id: 'r2', text: 'fast', writtenAt: T(0) });
    await Promise.all([slow.sync(), fast.sync()]);
    await Promise.all([slow.sync(), fast.sync()]);
    await fast.sync();
    expect(relay.logLength).toBe(2);
    expect(fast.snapshot().map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(slow.snapshot()).toEqual(fast.snapshot());
  });

  it('stops at a tampered object or log entry, and at a log rolled back, taking in nothing', async () => {
    const phone = device('phone', codec, relay.connect());
    phone.put(reminder, 'r1', { id: 'r1', text: 'evidence', writtenAt: T(0) });
    await phone.sync();
    relay.tamper((objects) => {
      for (const bytes of objects.values()) bytes[30] = (bytes[30] ?? 0) ^ 1;
    });
    const laptop = device('laptop', codec, relay.connect());
    await expect(laptop.sync()).rejects.toSatisfy((e) => isSyncError(e, 'tampered'));
    expect(laptop.snapshot()).toEqual([]);
    expect(laptop.logHead).toBeNull();

    relay.tamper((_objects, log) => {
      const first = log[0];
      if (first) log[0] = { id: first.id, bytes: first.bytes.slice(0, -1) };
    });
    await expect(laptop.sync()).rejects.toSatisfy((e) => isSyncError(e, 'tampered'));

    relay.tamper((_objects, log) => log.splice(0));
    await expect(phone.sync()).rejects.toSatisfy((e) => isSyncError(e, 'rolled-back'));
  });
});

describe('progress of a large push and pull', () => {
  it('says how far it has got, step by step, ending at the whole', async () => {
    const steps: Array<{ phase: string; done: number; total: number }> = [];
    const progress = (step: { phase: string; done: number; total: number }) => steps.push(step);
    const now = () => Date.parse('2026-03-01T12:00:00Z');
    const phone = new SyncDevice({ device: 'phone', codec, relay: relay.connect(), now, progress });
    const laptop = new SyncDevice({
      device: 'laptop',
      codec,
      relay: relay.connect(),
      now,
      progress,
    });
    // 150 chunks of 256 KiB: about 38 MiB, sealed and sent in several batches.
    const next = seeded(7);
    for (let i = 0; i < 150; i++) {
      const bytes = Uint8Array.from({ length: 256 * 1024 }, () => Math.floor(next() * 256));
      phone.put(attachmentChunk, `big:${i}`, toBase64(bytes));
    }
    await phone.sync();
    const sending = steps.filter((s) => s.phase === 'sending');
    expect(sending.length).toBeGreaterThanOrEqual(2);
    expect(sending.map((s) => s.done)).toEqual(
      [...sending.map((s) => s.done)].sort((a, b) => a - b),
    );
    expect(sending.at(-1)?.done).toBe(sending.at(-1)?.total);

    await laptop.sync();
    const fetching = steps.filter((s) => s.phase === 'fetching');
    expect(fetching.length).toBeGreaterThanOrEqual(2);
    const fetched = fetching.map((s) => s.done);
    expect(fetched).toEqual([...new Set(fetched)].sort((a, b) => a - b));
    expect(fetched.at(-1)).toBe(150);
    expect(fetching.every((s) => s.total === 150)).toBe(true);
    expect(laptop.read(attachmentChunk, 'big:149')?.value).toBe(
      phone.read(attachmentChunk, 'big:149')?.value,
    );
  });
});

describe('a large push and pull in steps', () => {
  it('sends batches of bounded size and lets the caller save between them, resuming after a reload', async () => {
    const now = () => Date.parse('2026-03-01T12:00:00Z');
    const phoneStore = new SavedDevice();
    const laptopStore = new SavedDevice();
    const checkpoints = { phone: 0, laptop: 0 };
    const phoneLink = relay.connect();
    const phone: SyncDevice = new SyncDevice({
      device: 'phone',
      codec,
      relay: phoneLink,
      now,
      checkpointBytes: 4 * 1024 * 1024,
      checkpoint: async () => {
        checkpoints.phone++;
        phoneStore.keep(phone.save());
      },
    });
    // 100 chunks of 256 KiB: 25 MiB of photos, more than one batch.
    const noise = () => {
      const bytes = new Uint8Array(256 * 1024);
      for (let at = 0; at < bytes.length; at += 65536) bytes.set(randomBytes(65536), at);
      return bytes;
    };
    for (let i = 0; i < 100; i++) phone.put(attachmentChunk, `big:${i}`, toBase64(noise()));
    phoneStore.keep(phone.save());
    await phone.sync();
    phoneStore.keep(phone.save());
    // Several log entries, none much larger than one slice.
    const entries = relay.logEntries();
    expect(entries.length).toBeGreaterThanOrEqual(2);
    expect(checkpoints.phone).toBeGreaterThanOrEqual(1);
    expect(relay.objectCount).toBe(100);

    // The laptop pulls it all, saving at each checkpoint, and is reloaded half way.
    let taken = 0;
    const laptop: SyncDevice = new SyncDevice({
      device: 'laptop',
      codec,
      relay: relay.connect(),
      now,
      checkpointBytes: 4 * 1024 * 1024,
      checkpoint: async () => {
        checkpoints.laptop++;
        laptopStore.keep(laptop.save());
        taken = laptop.snapshot().length;
      },
    });
    await laptop.pull();
    expect(checkpoints.laptop).toBeGreaterThanOrEqual(1);
    // At a checkpoint part of the pull was already in, never all of it.
    expect(taken).toBeGreaterThan(0);
    expect(taken).toBeLessThan(100);
    // A reload from the last checkpoint's save goes on from there and ends the same.
    const again = SyncDevice.restore(
      { device: 'laptop', codec, relay: relay.connect(), now },
      laptopStore.load(),
    );
    await again.sync();
    expect(again.snapshot().length).toBe(100);
    expect(again.read(attachmentChunk, 'big:99')?.value).toBe(
      phone.read(attachmentChunk, 'big:99')?.value,
    );
    // A reloaded phone has nothing left to send.
    const phoneAgain = SyncDevice.restore(
      { device: 'phone', codec, relay: relay.connect(), now },
      phoneStore.load(),
    );
    expect(phoneAgain.unpushed).toBe(0);
  });
});

describe('a put made from what a screen loaded earlier', () => {
  it('changes only what the person changed, keeping what another device wrote meanwhile', async () => {
    const phone = device('phone', codec, relay.connect());
    const laptop = device('laptop', codec, relay.connect());
    const loaded = setAnswer(
      setAnswer(
        planWith((p) => p),
        'checkIn',
        'Sam, daily',
      ),
      'codeWord',
      'blue',
    );
    phone.put(safetyPlan, 'main', loaded);
    await phone.sync();
    await laptop.sync();
    // The phone changes the code word; the laptop, whose screen still shows `loaded`, pulls
    // it, and then the person there changes the check-in answer only.
    phone.put(safetyPlan, 'main', setAnswer(loaded, 'codeWord', 'orange'));
    await phone.sync();
    await laptop.sync();
    laptop.put(safetyPlan, 'main', setAnswer(loaded, 'checkIn', 'Sam, twice a day'), {
      value: loaded,
    });
    await laptop.sync();
    await phone.sync();
    for (const d of [phone, laptop]) {
      const answers = (d.read(safetyPlan, 'main')?.value as SafetyPlan).sections.people.answers;
      expect(answers).toMatchObject({ codeWord: 'orange', checkIn: 'Sam, twice a day' });
      expect(d.read(safetyPlan, 'main')?.conflicts).toEqual([]);
    }
  });

  it('keeps both texts when both devices changed the same answer', async () => {
    const phone = device('phone', codec, relay.connect());
    const laptop = device('laptop', codec, relay.connect());
    const loaded = setAnswer(
      planWith((p) => p),
      'codeWord',
      'blue',
    );
    phone.put(safetyPlan, 'main', loaded);
    await phone.sync();
    await laptop.sync();
    phone.put(safetyPlan, 'main', setAnswer(loaded, 'codeWord', 'orange'));
    await phone.sync();
    await laptop.sync();
    // The laptop had pulled 'orange' but its screen still showed 'blue'.
    laptop.put(safetyPlan, 'main', setAnswer(loaded, 'codeWord', 'green'), { value: loaded });
    await laptop.sync();
    await phone.sync();
    const view = phone.read(safetyPlan, 'main');
    const shown = (view?.value as SafetyPlan).sections.people.answers.codeWord;
    expect(['orange', 'green']).toContain(shown);
    expect(view?.conflicts.map((c) => c.value)).toEqual([shown === 'green' ? 'orange' : 'green']);
  });
});
