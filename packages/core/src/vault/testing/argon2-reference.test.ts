import { describe, expect, it } from 'vitest';
import { argon2idReference } from './argon2-reference.ts';
import { blake2b } from './blake2b-reference.ts';

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const fill = (byte: number, length: number) => new Uint8Array(length).fill(byte);
const ascii = (text: string) => new TextEncoder().encode(text);

describe('test-only references', () => {
  it('BLAKE2b-512 matches RFC 7693 appendix A ("abc")', () => {
    expect(hex(blake2b(ascii('abc'), 64))).toBe(
      'ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1' +
        '7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923',
    );
  });

  it('Argon2id matches RFC 9106 section 5.3, with secret and associated data', () => {
    const tag = argon2idReference({
      password: fill(0x01, 32),
      salt: fill(0x02, 16),
      secret: fill(0x03, 8),
      associatedData: fill(0x04, 12),
      iterations: 3,
      memoryKiB: 32,
      parallelism: 4,
      tagLength: 32,
    });
    expect(hex(tag)).toBe('0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659');
  });
});
