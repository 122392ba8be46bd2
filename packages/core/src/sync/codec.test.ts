import { describe, expect, it } from 'vitest';
import { randomBytes, utf8 } from '../vault/bytes.ts';
import { deriveRecordKeys } from '../vault/keys.ts';
import { createSyncCodec, MAX_OBJECT_BYTES } from './codec.ts';
import { isSyncError } from './errors.ts';

const root = () => randomBytes(32);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('sealing objects and log entries for the relay', () => {
  it('opens what it sealed, and the relay sees no plaintext', async () => {
    const codec = await createSyncCodec(root());
    const plain = utf8('{"kind":"journal","what":"he took my phone"}');
    const object = await codec.sealObject(plain);
    expect(text(object.bytes)).not.toContain('phone');
    expect(text(await codec.openObject(object.name, object.bytes))).toBe(text(plain));
    const entry = await codec.sealEntry(null, utf8('{"objects":[]}'));
    expect(text(await codec.openEntry(null, entry.name, entry.bytes))).toBe('{"objects":[]}');
  });

  it('names the same content alike in one vault and differently in another', async () => {
    const plain = utf8('same words');
    const mine = await createSyncCodec(root());
    const other = await createSyncCodec(root());
    const [a, b, c] = await Promise.all([
      mine.sealObject(plain),
      mine.sealObject(plain),
      other.sealObject(plain),
    ]);
    expect(a.name).toBe(b.name);
    expect(a.name).not.toBe(c.name);
    // Another vault's keys open nothing of this one.
    await expect(other.openObject(a.name, a.bytes)).rejects.toSatisfy((e) =>
      isSyncError(e, 'tampered'),
    );
  });

  it('gives every device that opens the same vault the same names, and a decoy its own', async () => {
    const dataKey = randomBytes(32);
    const [owner, ownerAgain, decoy] = await Promise.all([
      deriveRecordKeys(new Uint8Array(dataKey)),
      deriveRecordKeys(new Uint8Array(dataKey)),
      deriveRecordKeys(randomBytes(32)),
    ]);
    const phone = await createSyncCodec(owner.syncRoot);
    const laptop = await createSyncCodec(ownerAgain.syncRoot);
    const other = await createSyncCodec(decoy.syncRoot);
    const plain = utf8('an entry');
    const [a, b, c] = await Promise.all([phone, laptop, other].map((x) => x.sealObject(plain)));
    expect(a?.name).toBe(b?.name);
    expect(c?.name).not.toBe(a?.name);
    const opened = await laptop.openObject(a?.name ?? '', a?.bytes ?? new Uint8Array());
    expect(text(opened)).toBe('an entry');
  });

  it('refuses an object changed by one bit, or offered under another name', async () => {
    const codec = await createSyncCodec(root());
    const a = await codec.sealObject(utf8('first'));
    const b = await codec.sealObject(utf8('second'));
    const flipped = new Uint8Array(a.bytes);
    flipped[20] = (flipped[20] ?? 0) ^ 1;
    const tampered = (e: unknown) => isSyncError(e, 'tampered');
    await expect(codec.openObject(a.name, flipped)).rejects.toSatisfy(tampered);
    await expect(codec.openObject(b.name, a.bytes)).rejects.toSatisfy(tampered);
    await expect(codec.openObject(a.name, a.bytes.slice(0, 10))).rejects.toSatisfy(tampered);
  });

  it('refuses a log entry changed, or moved to another place in the log', async () => {
    const codec = await createSyncCodec(root());
    const first = await codec.sealEntry(null, utf8('one'));
    const second = await codec.sealEntry(first.name, utf8('two'));
    const tampered = (e: unknown) => isSyncError(e, 'tampered');
    const flipped = new Uint8Array(second.bytes);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 0x80;
    await expect(codec.openEntry(first.name, second.name, flipped)).rejects.toSatisfy(tampered);
    // Put first, as if it followed nothing else: its chain no longer holds.
    await expect(codec.openEntry(null, second.name, second.bytes)).rejects.toSatisfy(tampered);
    await expect(codec.openEntry(first.name, first.name, second.bytes)).rejects.toSatisfy(tampered);
    expect(text(await codec.openEntry(first.name, second.name, second.bytes))).toBe('two');
  });

  it('refuses an object larger than the limit before sealing it', async () => {
    const codec = await createSyncCodec(root());
    await expect(codec.sealObject(new Uint8Array(MAX_OBJECT_BYTES + 1))).rejects.toSatisfy((e) =>
      isSyncError(e, 'too-large'),
    );
  });
});
