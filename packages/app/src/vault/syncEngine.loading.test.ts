import { journalEntry, putChange, syncPending, unlock } from '@steady/core';
import { MemoryRelay } from '@steady/core/sync';
import { describe, expect, it } from 'vitest';
import { fastDerive } from './sessionTesting.ts';
import { entry, firstDevice, linked, loadingWith, PASS, what } from './syncEngineTesting.ts';

describe('changes made while the engine is still loading', () => {
  it('are kept in the vault with the change, and sent once an engine opens, even after a lock', async () => {
    const relay = new MemoryRelay();
    const phone = await firstDevice(relay);
    await phone.engine.sync();
    const laptop = await linked(phone, relay);
    await laptop.engine.sync();
    phone.vault.lock();

    const load = await loadingWith(() => relay.connect());
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
