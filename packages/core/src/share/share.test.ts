import { describe, expect, it } from 'vitest';
import {
  fromBase64Url,
  openShare,
  parseShareFragment,
  sealShare,
  shareUrl,
  toBase64Url,
} from './index.ts';

const text = (bytes: Uint8Array | null) => (bytes ? new TextDecoder().decode(bytes) : null);
const ID = '0123456789abcdef0123456789abcdef';

describe('one-time shares', () => {
  it('seal under a fresh 256-bit key each time, and open only with it', async () => {
    const plain = new TextEncoder().encode('he broke the blue mug on the kitchen floor');
    const a = await sealShare(plain);
    const b = await sealShare(plain);
    expect(a.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(fromBase64Url(a.key)).toHaveLength(32);
    expect(a.key).not.toBe(b.key);
    expect(Array.from(a.sealed)).not.toEqual(Array.from(b.sealed));
    expect(new TextDecoder().decode(a.sealed)).not.toContain('blue mug');
    expect(text(await openShare(a.sealed, a.key))).toBe(text(plain));
    expect(await openShare(a.sealed, b.key)).toBeNull();
  });

  it('refuse bytes changed anywhere, cut short, or with a damaged key', async () => {
    const plain = new Uint8Array(1000).fill(7);
    const { sealed, key } = await sealShare(plain);
    for (const at of [0, 1, 12, 13, 500, sealed.length - 1]) {
      const changed = new Uint8Array(sealed);
      changed[at]! ^= 1;
      expect(await openShare(changed, key), `byte ${at}`).toBeNull();
    }
    expect(await openShare(sealed.subarray(0, 20), key)).toBeNull();
    expect(await openShare(new Uint8Array(0), key)).toBeNull();
    expect(await openShare(sealed, key.slice(1))).toBeNull();
    expect(await openShare(sealed, `${key.slice(0, 42)}!`)).toBeNull();
  });

  it('put the id and key in the fragment alone, and read them back', async () => {
    const { key } = await sealShare(new Uint8Array([1]));
    const link = shareUrl('https://example.org/', ID, key);
    expect(link).toBe(`https://example.org/open.html#${ID}.${key}`);
    const url = new URL(link);
    expect(url.pathname + url.search).toBe('/open.html');
    expect(parseShareFragment(url.hash)).toEqual({ id: ID, key });
    for (const bad of [
      '',
      '#',
      `#${ID}`,
      `#${ID}.`,
      `#${ID.toUpperCase()}.${key}`,
      `#${ID.slice(1)}.${key}`,
      `#${ID}.${key}.x`,
      `#${ID}.${key.slice(1)}`,
      `#${ID}.${key}A`,
    ]) {
      expect(parseShareFragment(bad), bad).toBeNull();
    }
  });

  it('encode base64url both ways', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const encoded = toBase64Url(bytes);
    expect(encoded).not.toMatch(/[+/=]/);
    expect(Array.from(fromBase64Url(encoded))).toEqual(Array.from(bytes));
  });
});
