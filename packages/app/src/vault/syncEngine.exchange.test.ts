import { deleteChange, journalEntry, putChange, safetyPlan, unlock } from '@steady/core';
import { MemoryRelay } from '@steady/core/sync';
import { describe, expect, it } from 'vitest';
import { fastDerive } from './sessionTesting.ts';
import { SyncEngine } from './syncEngine.ts';
import { entry, firstDevice, linked, notes, PASS, what, withNotes } from './syncEngineTesting.ts';

// Records going between devices: moving a vault over, new entries, a field changed on
// both, a delete, and a new start under another relay key.

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
