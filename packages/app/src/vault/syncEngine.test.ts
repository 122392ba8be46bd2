import {
  attachmentChunk,
  createEntry,
  deleteChange,
  createVault,
  emptyPlan,
  journalEntry,
  MemoryStore,
  putChange,
  safetyPlan,
  syncLocal,
  syncPending,
  syncRecordState,
  unlock,
  type CheckedChange,
  type JournalRecord,
  type OpenVault,
  type SafetyPlan,
} from '@steady/core';
import { exportBackup, importBackup } from '@steady/core/backup';
import {
  MemoryRelay,
  SyncError,
  type Fault,
  type Relay,
  type RelayRequest,
} from '@steady/core/sync';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toBase64 } from '../lib/base64.ts';
import { fastDerive } from './sessionTesting.ts';
import { SyncEngine, SyncStateUnreadable } from './syncEngine.ts';

const PASS = 'a passphrase for two devices';

function entry(id: string, what: string): JournalRecord {
  const made = createEntry(
    { occurred: { date: '2026-11-20' }, stage: 'incident', severity: 3, what },
    new Date('2026-11-20T10:00:00.000Z'),
    id,
  );
  if (!made.ok) throw new Error('a test entry that does not check');
  return made.value;
}

function withNotes(plan: SafetyPlan, notes: string): SafetyPlan {
  return {
    ...plan,
    sections: { ...plan.sections, essentials: { ...plan.sections.essentials, notes } },
  };
}

interface Device {
  store: MemoryStore;
  vault: OpenVault;
  engine: SyncEngine;
  applied: string[][];
  /** A change as the app makes it: the engine's part lands in the same commit. */
  commit(changes: CheckedChange[]): Promise<void>;
}

type Steps = { checkpointBytes?: number; savePartBytes?: number };

async function device(
  store: MemoryStore,
  relay: MemoryRelay,
  steps?: Steps,
  fault: (request: RelayRequest) => Fault = () => 'none',
): Promise<Device> {
  const vault = await unlock(store, PASS, { derive: fastDerive });
  const applied: string[][] = [];
  const engine = await SyncEngine.open(vault, 'unused-for-a-memory-relay', {
    base: '',
    relay: relay.connect(fault),
    hooks: { applied: (kinds) => applied.push([...kinds].sort()) },
    ...(steps ? { steps } : {}),
  });
  return {
    store,
    vault,
    engine,
    applied,
    commit: (changes) => vault.write([...changes, ...engine.record(changes)]),
  };
}

async function firstDevice(relay: MemoryRelay) {
  const store = new MemoryStore();
  const { vault } = await createVault(store, PASS, { derive: fastDerive });
  await vault.confirmRecoveryKey();
  await vault.write([
    putChange(journalEntry, 'e1', entry('e1', 'written before sync was on')),
    putChange(safetyPlan, 'main', withNotes(emptyPlan(), 'passport in the blue folder')),
  ]);
  vault.lock();
  return device(store, relay);
}

/** A second device, as linking makes it: restored from a copy, then its own engine. */
async function linked(
  from: Device,
  relay: MemoryRelay,
  withContent = true,
  steps?: Steps,
  fault?: (request: RelayRequest) => Fault,
): Promise<Device> {
  const copy = await exportBackup(from.store, from.vault, { withContent });
  const store = new MemoryStore();
  await importBackup(store, copy, PASS, { derive: fastDerive });
  return device(store, relay, steps, fault);
}

/** A photo chunk's data: 256 KiB that do not compress. */
const noise = () => {
  const bytes = new Uint8Array(256 * 1024);
  for (let at = 0; at < bytes.length; at += 65536) {
    bytes.set(crypto.getRandomValues(new Uint8Array(65536)), at);
  }
  return toBase64(bytes);
};

const notes = async (d: Device) => {
  const read = await d.vault.read(safetyPlan, 'main');
  return read?.ok ? read.value.sections.essentials.notes : undefined;
};

const what = async (d: Device, id: string) => {
  const read = await d.vault.read(journalEntry, id);
  return read?.ok ? read.value.versions.at(-1)?.content.what : undefined;
};

describe('the app’s sync engine over a real vault', () => {
  it('moves a vault over, and a device linked with a small copy gets every record', async () => {
    const relay = new MemoryRelay();
    const phone = await firstDevice(relay);
    expect(phone.engine.moved).toBe(false);
    await phone.engine.sync();
    expect(phone.engine.moved).toBe(true);

    // Linked from the copy without content: everything comes from the log.
    const laptop = await linked(phone, relay, false);
    expect(await what(laptop, 'e1')).toBeUndefined();
    await laptop.engine.sync();
    expect(await what(laptop, 'e1')).toBe('written before sync was on');
    expect(await notes(laptop)).toBe('passport in the blue folder');
    expect(laptop.applied.flat()).toEqual(expect.arrayContaining(['journal', 'plan']));
  });

  it('brings each device’s new entries to the other, and keeps both texts of a field changed on both', async () => {
    const relay = new MemoryRelay();
    const phone = await firstDevice(relay);
    await phone.engine.sync();
    const laptop = await linked(phone, relay);
    await laptop.engine.sync();

    await phone.commit([putChange(journalEntry, 'e2', entry('e2', 'from the phone'))]);
    await laptop.commit([putChange(journalEntry, 'e3', entry('e3', 'from the laptop'))]);
    const plan = (await phone.vault.read(safetyPlan, 'main'))!;
    if (!plan.ok) throw new Error('plan unreadable');
    await phone.commit([putChange(safetyPlan, 'main', withNotes(plan.value, 'phone words'))]);
    await laptop.commit([putChange(safetyPlan, 'main', withNotes(plan.value, 'laptop words'))]);

    await phone.engine.sync();
    await laptop.engine.sync();
    await phone.engine.sync();
    for (const d of [phone, laptop]) {
      expect(await what(d, 'e2')).toBe('from the phone');
      expect(await what(d, 'e3')).toBe('from the laptop');
    }
    const shown = await notes(phone);
    expect(await notes(laptop)).toBe(shown);
    const copies = phone.engine.conflicts(safetyPlan, 'main');
    expect(copies.map((c) => c.value)).toEqual([
      shown === 'phone words' ? 'laptop words' : 'phone words',
    ]);
    expect(laptop.engine.conflicts(safetyPlan, 'main').map((c) => c.value)).toEqual(
      copies.map((c) => c.value),
    );

    // Kept on the laptop: the copy becomes the text on both, and no copy is left.
    const [copy] = laptop.engine.conflicts(safetyPlan, 'main');
    await laptop.engine.resolve(safetyPlan, 'main', copy!, 'keep');
    await laptop.engine.sync();
    await phone.engine.sync();
    expect(await notes(laptop)).toBe(copy!.value);
    expect(await notes(phone)).toBe(copy!.value);
    expect(phone.engine.conflicts(safetyPlan, 'main')).toEqual([]);
  });

  it('resumes after the tab is closed: the saved state carries what was not yet sent', async () => {
    const relay = new MemoryRelay();
    const phone = await firstDevice(relay);
    await phone.engine.sync();
    const laptop = await linked(phone, relay);
    await laptop.engine.sync();

    // Written, and the tab closed before any push.
    await phone.commit([putChange(journalEntry, 'e4', entry('e4', 'typed before closing'))]);
    phone.vault.lock();
    const reopened = await device(phone.store, relay);
    expect(reopened.engine.unpushed).toBeGreaterThan(0);
    await reopened.engine.sync();
    await laptop.engine.sync();
    expect(await what(laptop, 'e4')).toBe('typed before closing');
  });

  it('brings a large vault down in steps, saved in parts, keeping a change made while a part is written, and resumes from what it saved', async () => {
    const relay = new MemoryRelay();
    const phone = await firstDevice(relay);
    await phone.engine.sync();
    // 24 photo chunks of 256 KiB (6 MiB) and an entry, sent in three syncs.
    const chunks = Array.from({ length: 24 }, (_, i) => [`photo:${i}`, noise()] as const);
    for (let i = 0; i < 24; i += 8) {
      const part = chunks.slice(i, i + 8);
      await phone.commit(part.map(([id, data]) => putChange(attachmentChunk, id, data)));
      if (i === 16) {
        await phone.commit([putChange(journalEntry, 'e9', entry('e9', 'written with the photos'))]);
      }
      await phone.engine.sync();
    }

    const steps = { checkpointBytes: 1024 * 1024, savePartBytes: 1024 * 1024 };
    // The laptop loses its connection after the edit. (Its push still seals the edit, so a
    // later save mends the entry's state; the next test has no push to do that.)
    let offline = false;
    const laptop = await linked(phone, relay, false, steps, () => (offline ? 'drop' : 'none'));
    // The person edits the entry just as the first part of a save is being written.
    const write = laptop.vault.write.bind(laptop.vault);
    let parts = 0;
    let edited: Promise<void> | undefined;
    laptop.vault.write = async (changes) => {
      const states = changes.filter((c) => c.kind === 'sync-record').length;
      const meta = changes.some((c) => c.kind === syncLocal.kind);
      if (states > 1 && !meta) parts++;
      const done = write(changes);
      if (parts >= 1 && edited === undefined && (await laptop.vault.read(journalEntry, 'e9'))) {
        edited = laptop.commit([
          putChange(journalEntry, 'e9', entry('e9', 'changed while the save was written')),
        ]);
        offline = true;
      }
      return done;
    };
    await expect(laptop.engine.sync()).rejects.toThrow();
    await edited;
    // Written in steps: the photos reached the vault over several writes, saved in parts.
    expect(laptop.applied.filter((kinds) => kinds.includes('attachment-chunk')).length).toBe(3);
    expect(parts).toBeGreaterThan(1);
    for (const [id, data] of chunks) {
      const read = await laptop.vault.read(attachmentChunk, id);
      expect(read?.ok && read.value === data, id).toBe(true);
    }
    // Reopened from what was saved: nothing refused, the edit still waiting to go, and sent.
    laptop.vault.lock();
    const again = await device(laptop.store, relay);
    expect(again.engine.unpushed).toBeGreaterThan(0);
    expect(await what(again, 'e9')).toBe('changed while the save was written');
    await again.engine.sync();
    await phone.engine.sync();
    expect(await what(phone, 'e9')).toBe('changed while the save was written');
  });

  it('keeps a change made while a save is written in parts: the next open has it, and sends it', async () => {
    const relay = new MemoryRelay();
    const first = await firstDevice(relay);
    await first.engine.sync();
    first.vault.lock();
    // Opened again with small save parts, on a connection that reads but cannot push.
    const readOnly = (request: RelayRequest): Fault =>
      request === 'readLog' || request === 'getObjects' ? 'none' : 'drop';
    const phone = await device(first.store, relay, { savePartBytes: 1024 * 1024 }, readOnly);
    const photos = Array.from({ length: 8 }, (_, i) => [`photo:${i}`, noise()] as const);
    await phone.commit(photos.map(([id, data]) => putChange(attachmentChunk, id, data)));
    await phone.commit([putChange(journalEntry, 'e9', entry('e9', 'written with the photos'))]);
    // The push seals the photos and the entry into a batch, and cannot send it.
    await expect(phone.engine.sync()).rejects.toThrow();

    // The next sync saves that batch in parts. The person changes the entry just before
    // the part holding the entry's sync state, taken before the change, is written.
    const write = phone.vault.write.bind(phone.vault);
    const entryState = JSON.stringify([journalEntry.kind, 'e9']);
    let edited: Promise<void> | undefined;
    phone.vault.write = async (changes) => {
      const meta = changes.some((c) => c.kind === syncLocal.kind);
      const holdsEntry = changes.some(
        (c) => c.kind === syncRecordState.kind && c.id === entryState,
      );
      if (edited === undefined && !meta && holdsEntry) {
        edited = phone.commit([
          putChange(journalEntry, 'e9', entry('e9', 'changed while the save was written')),
        ]);
        await edited;
      }
      return write(changes);
    };
    await expect(phone.engine.sync()).rejects.toThrow();
    expect(edited).toBeDefined();

    // Opened again from what was saved: the change is there, and reaches another device.
    phone.vault.lock();
    const again = await device(phone.store, relay);
    expect(await what(again, 'e9')).toBe('changed while the save was written');
    await again.engine.sync();
    expect(again.engine.unpushed).toBe(0);
    const laptop = await linked(again, relay, false);
    await laptop.engine.sync();
    expect(await what(laptop, 'e9')).toBe('changed while the save was written');
    for (const [id, data] of photos) {
      const read = await laptop.vault.read(attachmentChunk, id);
      expect(read?.ok && read.value === data, id).toBe(true);
    }
  });

  it('a lock while it is still opening (its signal aborted) stops it as stop() does', async () => {
    const relay = new MemoryRelay();
    const phone = await firstDevice(relay);
    await phone.engine.sync();
    await phone.commit([putChange(journalEntry, 'e3', entry('e3', 'written as it locked'))]);
    const before = relay.logLength;
    phone.vault.lock();
    const vault = await unlock(phone.store, PASS, { derive: fastDerive });
    const lock = new AbortController();
    const engine = await SyncEngine.open(vault, 'unused-for-a-memory-relay', {
      base: '',
      relay: relay.connect(() => 'none'),
      hooks: { applied: () => undefined },
      signal: lock.signal,
    });
    lock.abort();
    await expect(engine.sync()).rejects.toMatchObject({ code: 'unavailable' });
    expect(relay.logLength).toBe(before);
  });

  it('once stopped (the vault locked), sends nothing more to the relay, and goes on at the next open', async () => {
    const relay = new MemoryRelay();
    const phone = await firstDevice(relay);
    await phone.engine.sync();
    await phone.commit([putChange(journalEntry, 'e2', entry('e2', 'written, then locked'))]);
    const before = relay.logLength;
    phone.engine.stop();
    await expect(phone.engine.sync()).rejects.toMatchObject({ code: 'unavailable' });
    expect(relay.logLength).toBe(before);

    // What it kept is still there: the next engine sends the change.
    phone.vault.lock();
    const again = await device(phone.store, relay);
    await again.engine.sync();
    expect(relay.logLength).toBeGreaterThan(before);
  });

  it('a delete on one device removes the entry from the other', async () => {
    const relay = new MemoryRelay();
    const phone = await firstDevice(relay);
    await phone.engine.sync();
    const laptop = await linked(phone, relay);
    await laptop.engine.sync();
    await phone.commit([deleteChange(journalEntry, 'e1')]);
    await phone.engine.sync();
    await laptop.engine.sync();
    expect(await laptop.vault.read(journalEntry, 'e1')).toBeUndefined();
  });

  it('refuses to start over a saved state it cannot read, and leaves it as it is', async () => {
    const relay = new MemoryRelay();
    const phone = await firstDevice(relay);
    await phone.engine.sync();
    const saved = await phone.vault.read(syncLocal, 'device');
    expect(saved?.ok).toBe(true);
    // Damaged: a version of the state that no release wrote.
    const key = 'unused-for-a-memory-relay';
    await phone.vault.put('sync-device', 'device', {
      device: 'x',
      relay: key,
      meta: 'no',
      movedAt: null,
    });
    phone.vault.lock();
    const vault = await unlock(phone.store, PASS, { derive: fastDerive });
    await expect(
      SyncEngine.open(vault, key, {
        base: '',
        relay: relay.connect(),
        hooks: { applied: () => undefined },
      }),
    ).rejects.toBeInstanceOf(SyncStateUnreadable);
    expect(await vault.get('sync-device', 'device')).toEqual({
      device: 'x',
      relay: key,
      meta: 'no',
      movedAt: null,
    });
  });

  it('starts afresh under a new relay key (backup turned off and on), sending everything again', async () => {
    const relay = new MemoryRelay();
    const phone = await firstDevice(relay);
    await phone.engine.sync();
    phone.vault.lock();
    // Turned off and on: a new key, a new, empty place on the relay.
    const fresh = new MemoryRelay();
    const vault = await unlock(phone.store, PASS, { derive: fastDerive });
    const engine = await SyncEngine.open(vault, 'a-new-relay-key', {
      base: '',
      relay: fresh.connect(),
      hooks: { applied: () => undefined },
    });
    expect(engine.moved).toBe(false);
    await engine.sync();
    expect(engine.moved).toBe(true);
    expect(fresh.logLength).toBeGreaterThan(0);
    // A device linked to the new place gets every record.
    const laptop = await linked(
      { store: phone.store, vault, engine, applied: [], commit: () => Promise.resolve() },
      fresh,
      false,
    );
    await laptop.engine.sync();
    expect(await what(laptop, 'e1')).toBe('written before sync was on');
  });
});

describe('changes made while the engine is still loading', () => {
  it('are kept in the vault with the change, and sent once an engine opens, even after a lock', async () => {
    const relay = new MemoryRelay();
    const phone = await firstDevice(relay);
    await phone.engine.sync();
    const laptop = await linked(phone, relay);
    await laptop.engine.sync();
    phone.vault.lock();

    const real = await import('./syncEngine.ts');
    const load = () =>
      Promise.resolve({
        ...real,
        SyncEngine: {
          open: (
            vault: OpenVault,
            key: string,
            options: Parameters<typeof real.SyncEngine.open>[2],
          ) => real.SyncEngine.open(vault, key, { ...options, relay: relay.connect() }),
        },
      } as unknown as typeof real);
    const { SyncPart } = await import('./sync.ts');

    // Unlocked; sync starts loading, and a change is made before it is there.
    const vault = await unlock(phone.store, PASS, { derive: fastDerive });
    const part = new SyncPart({ base: () => '', load });
    void part.start(vault, 'unused-for-a-memory-relay');
    const change = [putChange(journalEntry, 'early', entry('early', 'written while loading'))];
    await vault.write([...change, ...part.record(change)]);
    // Locked before the engine opened: what this page queued is gone with it.
    part.closed();
    vault.lock();

    const again = await unlock(phone.store, PASS, { derive: fastDerive });
    const next = new SyncPart({ base: () => '', load });
    await next.start(again, 'unused-for-a-memory-relay');
    await next.syncNow();
    expect(await again.read(syncPending, 'pending')).toBeUndefined();
    await laptop.engine.sync();
    expect(await what(laptop, 'early')).toBe('written while loading');
    next.closed();
  });
});

describe('a relay that is full', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('stops pushing for a while but keeps pulling, is asked again when the person asks, and sends once there is room', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const relay = new MemoryRelay();
    const phone = await firstDevice(relay);
    await phone.engine.sync();
    const laptop = await linked(phone, relay);
    await laptop.engine.sync();
    phone.vault.lock();

    // The relay as the phone sees it: refusing every upload while `full`.
    let full = true;
    let pushes = 0;
    let pulls = 0;
    const refusing = (inner: Relay): Relay => ({
      missingObjects: (names) => inner.missingObjects(names),
      getObjects: (names) => inner.getObjects(names),
      readLog: (since) => {
        pulls++;
        return inner.readLog(since);
      },
      putObjects: async (objects) => {
        pushes++;
        if (full) throw new SyncError('full', 'the relay is full');
        return inner.putObjects(objects);
      },
      appendLog: async (head, entry) => {
        pushes++;
        if (full) throw new SyncError('full', 'the relay is full');
        return inner.appendLog(head, entry);
      },
    });
    const real = await import('./syncEngine.ts');
    const load = () =>
      Promise.resolve({
        ...real,
        SyncEngine: {
          open: (
            vault: OpenVault,
            key: string,
            options: Parameters<typeof real.SyncEngine.open>[2],
          ) => real.SyncEngine.open(vault, key, { ...options, relay: refusing(relay.connect()) }),
        },
      } as unknown as typeof real);
    const { SyncPart, HOLD_PUSH_WHEN_FULL_MS } = await import('./sync.ts');
    const vault = await unlock(phone.store, PASS, { derive: fastDerive });
    const part = new SyncPart({ base: () => '', load });
    await part.start(vault, 'unused-for-a-memory-relay');

    const change = [putChange(journalEntry, 'full', entry('full', 'written while it was full'))];
    await vault.write([...change, ...part.record(change)]);
    await part.syncNow();
    expect(part.state.value).toMatchObject({ problem: 'full', unsent: 1 });
    const refused = pushes;
    expect(refused).toBeGreaterThan(0);
    // The next runs pull (another device's change still arrives) and send nothing.
    await laptop.commit([putChange(journalEntry, 'l1', entry('l1', 'from the laptop'))]);
    await laptop.engine.sync();
    const pulled = pulls;
    await part.syncNow();
    expect(pushes).toBe(refused);
    expect(pulls).toBeGreaterThan(pulled);
    expect(part.state.value).toMatchObject({ problem: 'full', unsent: 1 });
    const fromLaptop = await vault.read(journalEntry, 'l1');
    expect(fromLaptop?.ok && fromLaptop.value.versions.at(-1)?.content.what).toBe(
      'from the laptop',
    );
    // Asked by the person: tried at once.
    await part.syncNow(true);
    expect(pushes).toBeGreaterThan(refused);
    const again = pushes;
    // Once the wait has passed it is tried on its own; with room, it goes.
    full = false;
    await part.syncNow();
    expect(pushes).toBe(again);
    vi.setSystemTime(Date.now() + HOLD_PUSH_WHEN_FULL_MS);
    await part.syncNow();
    expect(part.state.value).toMatchObject({ problem: null, unsent: 0 });
    await laptop.engine.sync();
    expect(await what(laptop, 'full')).toBe('written while it was full');
    // The change the person made was never at risk here.
    expect((await vault.read(journalEntry, 'full'))?.ok).toBe(true);
    part.closed();
  });
});
