import { describe, expect, it } from 'vitest';
import { importAesGcmKey } from '../crypto/webcrypto.ts';
import { open, seal, sealWithIv } from './aead.ts';
import { fromHex, hex } from './testing/fixtures.ts';

// McGrew & Viega, "The Galois/Counter Mode of Operation (GCM)", test case 16: AES-256,
// 96-bit IV, 60-byte plaintext, 20 bytes of additional data. Also checked against OpenSSL.
const K = fromHex('feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308');
const IV = fromHex('cafebabefacedbaddecaf888');
const P = fromHex(
  'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72' +
    '1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39',
);
const A = fromHex('feedfacedeadbeeffeedfacedeadbeefabaddad2');
const C =
  '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa' +
  '8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662';
const T = '76fc6ece0f4e1768cddf8853bb2d551b';

const importKey = () => importAesGcmKey(K, ['encrypt', 'decrypt']);

describe('AES-256-GCM', () => {
  it('matches the GCM specification’s test case 16 both ways', async () => {
    const key = await importKey();
    expect(hex(await sealWithIv(key, IV, P, A))).toBe(C + T);
    expect(hex((await open(key, IV, fromHex(C + T), A)) ?? new Uint8Array())).toBe(hex(P));
  });

  it('reports a failed tag, changed data or changed AAD as null, not as a throw', async () => {
    const key = await importKey();
    const sealed = fromHex(C + T);
    for (const at of [0, sealed.length - 1]) {
      const bad = sealed.slice();
      bad[at] = (bad[at] ?? 0) ^ 1;
      expect(await open(key, IV, bad, A)).toBeNull();
    }
    expect(await open(key, IV, sealed, fromHex('00'))).toBeNull();
  });

  it('uses a fresh IV for every encryption', async () => {
    const key = await importKey();
    const ivs = new Set<string>();
    for (let i = 0; i < 64; i++) ivs.add(hex((await seal(key, P, A)).iv));
    expect(ivs.size).toBe(64);
  });

  it('still throws on a misuse, which is a bug and not a wrong key', async () => {
    const encryptOnly = await importAesGcmKey(K, ['encrypt']);
    await expect(open(encryptOnly, IV, fromHex(C + T), A)).rejects.toThrow();
  });
});
