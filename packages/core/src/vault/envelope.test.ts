import { describe, expect, it } from 'vitest';
import { CorruptError } from './errors.ts';
import { decodeEnvelope, encodeEnvelope, MIN_ENVELOPE_BYTES, recordAad } from './envelope.ts';
import { pad, paddedLength, unpad } from './padding.ts';
import { hex } from './testing/fixtures.ts';

describe('record envelope', () => {
  it('lays out version, algorithm, IV, then ciphertext and tag', () => {
    const iv = new Uint8Array(12).fill(0xaa);
    const sealed = new Uint8Array(20).fill(0xbb);
    const bytes = encodeEnvelope({ iv, sealed });
    expect(hex(bytes.subarray(0, 2))).toBe('0101');
    expect(bytes.length).toBe(2 + 12 + 20);
    const back = decodeEnvelope(bytes);
    expect(hex(back.iv)).toBe(hex(iv));
    expect(hex(back.sealed)).toBe(hex(sealed));
  });

  it('refuses unknown versions, unknown algorithms and short input', () => {
    const good = encodeEnvelope({ iv: new Uint8Array(12), sealed: new Uint8Array(16) });
    const variants = [
      Uint8Array.of(2, ...good.subarray(1)),
      Uint8Array.of(0, ...good.subarray(1)),
      Uint8Array.of(1, 2, ...good.subarray(2)),
      good.subarray(0, MIN_ENVELOPE_BYTES - 1),
      new Uint8Array(0),
    ];
    for (const bytes of variants) expect(() => decodeEnvelope(bytes)).toThrow(CorruptError);
  });

  it('binds version, algorithm, kind tag and record name into the additional data', () => {
    const a = recordAad('a'.repeat(32), 'b'.repeat(32));
    expect(hex(a)).not.toBe(hex(recordAad('a'.repeat(32), 'c'.repeat(32))));
    expect(hex(a)).not.toBe(hex(recordAad('c'.repeat(32), 'b'.repeat(32))));
    expect(new TextDecoder().decode(a)).toContain('steady/record\u0001\u0001');
  });
});

describe('padding', () => {
  it('hides short lengths completely and long ones up to a Padmé bucket', () => {
    expect(paddedLength(0)).toBe(256);
    expect(paddedLength(255)).toBe(256);
    expect(paddedLength(256)).toBe(272);
    for (const n of [300, 1000, 5000, 123_456]) {
      expect(paddedLength(n)).toBeGreaterThan(n);
      expect(paddedLength(n) / n).toBeLessThan(1.13);
    }
    expect(paddedLength(5000)).toBe(paddedLength(5100));
  });

  it('round-trips every length, including trailing zero bytes', () => {
    for (const n of [0, 1, 254, 255, 256, 257, 1000]) {
      const data = new Uint8Array(n).fill(0);
      if (n > 1) data[0] = 9;
      expect(hex(unpad(pad(data)))).toBe(hex(data));
    }
  });

  it('refuses padding without its marker', () => {
    expect(() => unpad(new Uint8Array(256))).toThrow(CorruptError);
    expect(() => unpad(Uint8Array.of(1, 2, 3))).toThrow(CorruptError);
  });
});
