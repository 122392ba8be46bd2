import { journalEntry, putChange, unlock } from '@steady/core';
import { MemoryRelay, SyncError, type Relay } from '@steady/core/sync';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fastDerive } from './sessionTesting.ts';
import { entry, firstDevice, linked, loadingWith, PASS, what } from './syncEngineTesting.ts';

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
    const load = await loadingWith(() => refusing(relay.connect()));
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
