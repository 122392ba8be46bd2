import { describe, expect, it } from 'vitest';
import { attachmentChunk } from '../records/journal.ts';
import { randomBytes, readU32, u32, utf8 } from '../vault/bytes.ts';
import { createSyncCodec } from './codec.ts';
import { isSyncError } from './errors.ts';
import { formatStamp } from './hlc.ts';
import { canonicalJson } from './json.ts';
import { MemoryRelay } from './memoryRelay.ts';
import type { Op } from './state.ts';
import { device, seeded } from './test-support.ts';
import {
  decodeObject,
  encodeObject,
  fromCanonicalBase64,
  toBase64,
  WIRE_VERSION,
  type ObjectBody,
} from './wire.ts';

const KiB = 1024;
const stamp = (wall: number, who = 'phone') => formatStamp({ wall, counter: 0, device: who });

/** `length` seeded bytes (getRandomValues gives at most 64 KiB a call). */
function bytesOf(length: number, seed = length): Uint8Array {
  const next = seeded(seed);
  return Uint8Array.from({ length }, () => Math.floor(next() * 256));
}

/** Base64 the platform's way, to check ours against. */
function platformBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return btoa(binary);
}

const field = (wall: number, value: unknown, bases: string[] = []): Op => ({
  t: 'field',
  stamp: stamp(wall),
  path: [],
  bases,
  value,
});

const chunk = (ops: Op[], id = 'photo:0'): ObjectBody => ({
  kind: 'attachment-chunk',
  id,
  version: 1,
  ops,
});

const malformed = (bytes: Uint8Array) => {
  let error: unknown;
  try {
    decodeObject(bytes);
  } catch (caught) {
    error = caught;
  }
  expect(isSyncError(error, 'malformed'), String(error)).toBe(true);
};

/** The parts of a frame: header (parsed) and what follows it. */
function split(frame: Uint8Array) {
  const length = readU32(frame, 4);
  const header = JSON.parse(new TextDecoder().decode(frame.subarray(8, 8 + length))) as Record<
    string,
    unknown
  >;
  return { prefix: frame.subarray(0, 4), header, segments: frame.subarray(8 + length) };
}

function frameOf(prefix: Uint8Array, header: unknown, segments: Uint8Array, raw = false) {
  const text = utf8(raw ? (header as string) : canonicalJson(header));
  const out = new Uint8Array(8 + text.length + segments.length);
  out.set(prefix);
  out.set(u32(text.length), 4);
  out.set(text, 8);
  out.set(segments, 8 + text.length);
  return out;
}

describe('base64 for chunks', () => {
  it('writes what the platform writes, and reads back only canonical text', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 100, 3 * KiB + 1]) {
      const bytes = bytesOf(length);
      const text = toBase64(bytes);
      expect(text).toBe(platformBase64(bytes));
      expect(fromCanonicalBase64(text)).toEqual(bytes);
    }
    for (const text of [
      'A',
      'AA',
      'AAA',
      'AB==',
      'AAB=',
      'AA=A',
      '=AAA',
      'A===',
      'AA-_',
      'AA\n=',
    ]) {
      expect(fromCanonicalBase64(text), text).toBeUndefined();
    }
    expect(fromCanonicalBase64('AA==')).toEqual(Uint8Array.of(0));
    expect(fromCanonicalBase64('AAE=')).toEqual(Uint8Array.of(0, 1));
  });
});

describe('the plaintext of an attachment chunk object', () => {
  it('carries the chunk as raw bytes and gives back the same base64, for every size', () => {
    for (const size of [0, 1, 2, 3, 255 * KiB, 256 * KiB]) {
      const value = platformBase64(bytesOf(size));
      const body = chunk([field(1, value)]);
      const bytes = encodeObject(body);
      expect(bytes[0]).toBe(0);
      expect(bytes.length).toBeLessThan(size + KiB);
      const back = decodeObject(bytes);
      expect(back).toEqual(body);
      expect((back.ops[0] as { value: string }).value).toBe(value);
      // Accepted by the kind, as before.
      expect(attachmentChunk.parse((back.ops[0] as { value: unknown }).value).ok).toBe(true);
    }
  });

  it('is under 256 KiB + 1 KiB for a full chunk, against a third more as JSON', () => {
    const value = platformBase64(bytesOf(256 * KiB));
    const body = chunk([field(1, value)]);
    const framed = encodeObject(body);
    expect(framed.length).toBeLessThan(257 * KiB);
    const asJson = utf8(canonicalJson({ v: WIRE_VERSION, ...body }));
    expect(asJson.length).toBeGreaterThan(Math.floor((256 * KiB * 4) / 3));
  });

  it('keeps deletes, adds, removed fields and odd text in the header, in order', () => {
    const ops: Op[] = [
      { t: 'delete', stamp: stamp(1), covers: [stamp(0, 'laptop')] },
      field(2, toBase64(bytesOf(300))),
      { t: 'add', stamp: stamp(3), element: toBase64(bytesOf(30)) },
      { t: 'field', stamp: stamp(4), path: [], bases: [stamp(2)] },
      field(5, 'not base64!'),
      field(6, 'AB=='), // decodes, but would not come back the same
      field(7, 42),
      field(8, '', [stamp(5), stamp(6)]),
      { t: 'field', stamp: stamp(9), path: ['a', 'b'], bases: [], value: toBase64(bytesOf(7)) },
    ];
    const body = chunk(ops);
    const bytes = encodeObject(body);
    expect(decodeObject(bytes)).toEqual(body);
    const { header } = split(bytes);
    expect(header.segments).toEqual([300, 0, 7]);
    const written = header.ops as Record<string, unknown>[];
    expect(written.map((op) => op.seg)).toEqual([
      undefined,
      0,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      1,
      2,
    ]);
    expect(written[5]?.value).toBe('AB==');
    expect(written[4]?.value).toBe('not base64!');
  });

  it('gives the same bytes for the same body, whatever order its keys are in', () => {
    const value = toBase64(bytesOf(5000));
    const body = chunk([field(1, value), { t: 'delete', stamp: stamp(2), covers: [] }]);
    const shuffled = {
      ops: [
        { value, bases: [], path: [], stamp: stamp(1), t: 'field' },
        { covers: [], stamp: stamp(2), t: 'delete' },
      ],
      version: 1,
      id: 'photo:0',
      kind: 'attachment-chunk',
    } as ObjectBody;
    expect(encodeObject(shuffled)).toEqual(encodeObject(body));
    expect(encodeObject(decodeObject(encodeObject(body)))).toEqual(encodeObject(body));
  });

  it('keeps the JSON form for other kinds and for a chunk with nothing to carry raw', () => {
    const value = toBase64(bytesOf(600));
    for (const body of [
      { kind: 'reminder', id: 'r1', version: 1, ops: [field(1, value)] },
      chunk([{ t: 'delete', stamp: stamp(1), covers: [stamp(0)] }]),
      chunk([field(1, 'AB==')]),
    ]) {
      const bytes = encodeObject(body);
      expect(new TextDecoder().decode(bytes)).toBe(canonicalJson({ v: WIRE_VERSION, ...body }));
      expect(decodeObject(bytes)).toEqual(body);
    }
  });

  it('still reads a chunk object written as JSON, as before the frame', () => {
    const body = chunk([field(1, toBase64(bytesOf(1000)))]);
    const old = utf8(canonicalJson({ v: WIRE_VERSION, ...body }));
    expect(old[0]).toBe(0x7b);
    expect(decodeObject(old)).toEqual(body);
    expect(encodeObject(decodeObject(old))).toEqual(encodeObject(body));
  });

  it('refuses every damaged or non-canonical frame', () => {
    const body = chunk([
      field(1, toBase64(bytesOf(10))),
      { t: 'delete', stamp: stamp(2), covers: [] },
      field(3, toBase64(bytesOf(20))),
    ]);
    const good = encodeObject(body);
    expect(decodeObject(good)).toEqual(body);
    const { prefix, header, segments } = split(good);
    const headerLength = readU32(good, 4);
    const ops = header.ops as Record<string, unknown>[];
    const withOps = (change: (ops: Record<string, unknown>[]) => void) => {
      const copy = structuredClone(ops);
      change(copy);
      return frameOf(prefix, { ...header, ops: copy }, segments);
    };

    // Cut anywhere, or with a byte more.
    for (let end = 0; end < good.length; end++) malformed(good.subarray(0, end));
    malformed(Uint8Array.of(...good, 0));
    // Wrong magic, or a zero byte that is not the magic.
    malformed(Uint8Array.of(0, ...good.subarray(1).map((b, i) => (i === 0 ? b ^ 1 : b))));
    malformed(Uint8Array.of(0x00, 0x7b, 0x7d));
    // Header length past the end, or not where the header ends.
    const longer = Uint8Array.from(good);
    longer.set(u32(good.length), 4);
    malformed(longer);
    for (const delta of [-1, 1]) {
      const shifted = Uint8Array.from(good);
      shifted.set(u32(headerLength + delta), 4);
      malformed(shifted);
    }
    // Segment lengths that do not add up, missing, negative, fractional or unused.
    malformed(frameOf(prefix, { ...header, segments: [10, 19] }, segments));
    malformed(frameOf(prefix, { ...header, segments: [10, 21] }, segments));
    malformed(frameOf(prefix, { ...header, segments: [30] }, segments));
    malformed(frameOf(prefix, { ...header, segments: [10, 20, 0] }, segments));
    malformed(frameOf(prefix, { ...header, segments: [-1, 31] }, segments));
    malformed(frameOf(prefix, { ...header, segments: [10.5, 19.5] }, segments));
    malformed(frameOf(prefix, { ...header, segments: [] }, new Uint8Array(0)));
    const without = (key: string) =>
      Object.fromEntries(Object.entries(header).filter(([name]) => name !== key));
    malformed(frameOf(prefix, without('segments'), segments));
    // Segment references out of range, repeated, out of order, or not numbers.
    for (const seg of [2, -1, 1.5, '0', null]) malformed(withOps((o) => void (o[2]!.seg = seg)));
    malformed(withOps((o) => void (o[2]!.seg = 0)));
    malformed(
      withOps((o) => {
        o[0]!.seg = 1;
        o[2]!.seg = 0;
      }),
    );
    // A raw write that also has a value, or is not a field.
    malformed(withOps((o) => void (o[0]!.value = 'AAAA')));
    malformed(withOps((o) => void (o[0]!.t = 'add')));
    malformed(withOps((o) => void (o[1]!.seg = 2)));
    // A value written as text that would have been carried raw.
    malformed(
      frameOf(
        prefix,
        {
          ...header,
          ops: [...ops, { t: 'field', stamp: stamp(4), path: [], bases: [], value: 'AAAA' }],
        },
        segments,
      ),
    );
    // A frame for another kind, a frame carrying nothing raw, extra or missing fields.
    malformed(frameOf(prefix, { ...header, kind: 'reminder' }, segments));
    malformed(frameOf(prefix, { ...header, extra: 1 }, segments));
    malformed(frameOf(prefix, { ...header, v: 3 }, segments));
    malformed(frameOf(prefix, without('id'), segments));
    // A header that is JSON but not canonical JSON, or not JSON, or not UTF-8.
    const text = canonicalJson(header);
    malformed(frameOf(prefix, ` ${text}`, segments, true));
    malformed(frameOf(prefix, text.replace('"v":2', '"v":2.0'), segments, true));
    malformed(frameOf(prefix, text.replace('photo:0', 'photo\\u003a0'), segments, true));
    malformed(frameOf(prefix, `${text.slice(0, -1)},"ops":[]}`, segments, true));
    malformed(frameOf(prefix, text.slice(0, -1), segments, true));
    const notUtf8 = frameOf(prefix, text, segments, true);
    notUtf8[9] = 0xff;
    malformed(notUtf8);
  });
});

describe('photos through the relay', () => {
  it('arrive on another device exactly as written', async () => {
    const codec = await createSyncCodec(randomBytes(32));
    const relay = new MemoryRelay();
    const phone = device('phone', codec, relay.connect());
    const laptop = device('laptop', codec, relay.connect());
    const values = [0, 1, 2, 3, 256 * KiB].map((size) => toBase64(bytesOf(size)));
    values.forEach((value, i) => phone.put(attachmentChunk, `p:${i}`, value));
    await phone.sync();
    await laptop.sync();
    values.forEach((value, i) => expect(laptop.read(attachmentChunk, `p:${i}`)?.value).toBe(value));
    phone.delete(attachmentChunk, 'p:1');
    await phone.sync();
    await laptop.sync();
    expect(laptop.read(attachmentChunk, 'p:1')).toBeUndefined();
  });
});
