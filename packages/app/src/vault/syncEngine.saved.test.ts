import {
  attachmentChunk,
  journalEntry,
  putChange,
  syncLocal,
  syncRecordState,
  unlock,
} from '@steady/core';
import { MemoryRelay, type Fault, type RelayRequest } from '@steady/core/sync';
import { describe, expect, it } from 'vitest';
import { fastDerive } from './sessionTesting.ts';
import { SyncEngine, SyncStateUnreadable } from './syncEngine.ts';
import { device, entry, firstDevice, linked, noise, PASS, what } from './syncEngineTesting.ts';

// The engine's state saved in the vault: resumed after a closed tab, saved in parts while
// the person writes, and left as it is when it cannot be read.

describe('the app’s sync engine over a real vault', () => {
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
});
