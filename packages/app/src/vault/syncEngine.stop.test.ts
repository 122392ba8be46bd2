import { journalEntry, putChange, unlock } from '@steady/core';
import { MemoryRelay } from '@steady/core/sync';
import { describe, expect, it } from 'vitest';
import { fastDerive } from './sessionTesting.ts';
import { SyncEngine } from './syncEngine.ts';
import { device, entry, firstDevice, PASS } from './syncEngineTesting.ts';

// A lock stops the engine: nothing more goes to the relay, and the next open goes on.

describe('the app’s sync engine over a real vault', () => {
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
});
