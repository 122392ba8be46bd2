import { describe, expect, it } from 'vitest';
import { addressKey, DailyCounter, TokenBucket } from './limits.ts';

describe('token bucket', () => {
  it('allows the burst, then one request per refill interval', () => {
    const bucket = new TokenBucket(60, 3); // one a second
    const t = 1_000_000;
    expect([bucket.take('a', t), bucket.take('a', t), bucket.take('a', t)]).toEqual([0, 0, 0]);
    expect(bucket.take('a', t)).toBe(1000);
    expect(bucket.take('a', t + 500)).toBe(500);
    expect(bucket.take('a', t + 1000)).toBe(0);
    // Keys are independent.
    expect(bucket.take('b', t)).toBe(0);
  });
});

describe('daily counter', () => {
  it('counts per key and starts again the next day', () => {
    const counter = new DailyCounter(2);
    const day = 86_400_000 * 20_000;
    expect(counter.take('a', day)).toBe(0);
    expect(counter.take('a', day + 10)).toBe(0);
    expect(counter.take('a', day + 1000)).toBe(86_400_000 - 1000);
    expect(counter.take('b', day)).toBe(0);
    // A place given back (the request failed) can be taken again.
    counter.giveBack('a', day + 2000);
    expect(counter.take('a', day + 3000)).toBe(0);
    expect(counter.take('a', day + 4000)).toBeGreaterThan(0);
    expect(counter.take('a', day + 86_400_000)).toBe(0);
  });
});

describe('address key', () => {
  it('is stable within a process and does not contain the address', () => {
    const key = addressKey();
    expect(key('192.0.2.7')).toBe(key('192.0.2.7'));
    expect(key('192.0.2.7')).not.toBe(key('192.0.2.8'));
    expect(key('192.0.2.7')).not.toContain('192');
    expect(addressKey()('192.0.2.7')).not.toBe(key('192.0.2.7'));
  });
});
