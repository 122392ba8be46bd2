import * as pkijs from 'pkijs';
import { describe, expect, it } from 'vitest';
import { checkTimestampToken, readTimestampReply, timestampQuery } from './index.ts';

// The relay's side, and these against it with openssl: packages/server/src/timestamp.
describe('a time-stamp request for a digest', () => {
  const digest = '0f'.repeat(32);

  it('holds the digest as a SHA-256 imprint, asks for the certificate, and carries a fresh nonce', () => {
    const query = timestampQuery(digest);
    const request = pkijs.TimeStampReq.fromBER(query.der.slice().buffer);
    expect(request.version).toBe(1);
    expect(request.messageImprint.hashAlgorithm.algorithmId).toBe('2.16.840.1.101.3.4.2.1');
    expect(Array.from(request.messageImprint.hashedMessage.valueBlock.valueHexView)).toEqual(
      new Array(32).fill(0x0f),
    );
    expect(request.certReq).toBe(true);
    expect(request.reqPolicy).toBeUndefined();
    expect(query.nonce).toMatch(/^[0-7][0-9a-f]{15}$/);
    // Nothing but the digest and the nonce: a TimeStampReq of this shape is 60-odd bytes.
    expect(query.der.byteLength).toBeLessThan(80);
    const nonces = new Set(Array.from({ length: 50 }, () => timestampQuery(digest).nonce));
    expect(nonces.size).toBe(50);
  });

  it('is only made for a SHA-256 digest in lowercase hex', () => {
    for (const bad of [
      '',
      'ab',
      '0F'.repeat(32),
      '0f'.repeat(31),
      '0f'.repeat(33),
      'zz'.repeat(32),
    ]) {
      expect(() => timestampQuery(bad), bad).toThrow(RangeError);
    }
  });

  it('reads bytes that are not a reply or a token as malformed', async () => {
    const query = timestampQuery(digest);
    expect(await readTimestampReply(new Uint8Array(0), query)).toEqual({
      ok: false,
      problem: 'malformed',
    });
    expect(await readTimestampReply(query.der, query)).toEqual({ ok: false, problem: 'malformed' });
    expect(await checkTimestampToken(query.der, digest)).toEqual({
      ok: false,
      problem: 'malformed',
    });
  });
});
