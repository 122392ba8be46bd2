import { describe, expect, it } from 'vitest';
import { compareStamps, formatStamp, HybridClock, parseStamp } from './hlc.ts';

const clockAt = (times: number[]) => {
  let i = 0;
  return () => times[Math.min(i++, times.length - 1)] ?? 0;
};

describe('the hybrid logical clock', () => {
  it('gives stamps that only grow while the wall clock moves forward', () => {
    const clock = new HybridClock('a', clockAt([1000, 1000, 1001, 5000]));
    const stamps = [clock.now(), clock.now(), clock.now(), clock.now()];
    expect([...stamps].sort(compareStamps)).toEqual(stamps);
    expect(new Set(stamps).size).toBe(4);
    expect(parseStamp(stamps[3] ?? '')).toEqual({ wall: 5000, counter: 0, device: 'a' });
  });

  it('keeps growing when the wall clock is set back', () => {
    const clock = new HybridClock('a', clockAt([10_000, 3_000, 2_000, 9_999, 10_001]));
    const stamps = Array.from({ length: 5 }, () => clock.now());
    for (let i = 1; i < stamps.length; i++) {
      expect(compareStamps(stamps[i - 1] ?? '', stamps[i] ?? '')).toBeLessThan(0);
    }
    expect(parseStamp(stamps[3] ?? '')).toEqual({ wall: 10_000, counter: 3, device: 'a' });
    expect(parseStamp(stamps[4] ?? '')).toEqual({ wall: 10_001, counter: 0, device: 'a' });
  });

  it('stamps after a seen stamp are larger, even from a device whose clock is behind', () => {
    const ahead = new HybridClock('ahead', () => 50_000);
    const behind = new HybridClock('behind', () => 1_000);
    const seen = ahead.now();
    behind.observe(seen);
    const after = behind.now();
    expect(compareStamps(seen, after)).toBeLessThan(0);
    expect(parseStamp(after)).toEqual({ wall: 50_000, counter: 1, device: 'behind' });
    // Seeing an older stamp changes nothing.
    behind.observe(formatStamp({ wall: 10, counter: 0, device: 'x' }));
    expect(compareStamps(after, behind.now())).toBeLessThan(0);
  });

  it('orders every pair of stamps, the device id breaking a tie of time and counter', () => {
    const a = formatStamp({ wall: 7, counter: 2, device: 'alpha' });
    const b = formatStamp({ wall: 7, counter: 2, device: 'beta' });
    const later = formatStamp({ wall: 7, counter: 3, device: 'alpha' });
    expect(compareStamps(a, b)).toBeLessThan(0);
    expect(compareStamps(b, a)).toBeGreaterThan(0);
    expect(compareStamps(b, later)).toBeLessThan(0);
    expect(compareStamps(a, a)).toBe(0);
    // Order by wall time holds across widths: 0x10 ms is after 0xf ms.
    expect(
      compareStamps(
        formatStamp({ wall: 15, counter: 999, device: 'z' }),
        formatStamp({ wall: 16, counter: 0, device: 'a' }),
      ),
    ).toBeLessThan(0);
  });

  it('refuses what is not a stamp or a device id', () => {
    expect(() => new HybridClock('has space', () => 0)).toThrow(RangeError);
    expect(parseStamp('nonsense')).toBeNull();
    expect(() => new HybridClock('a', () => 0).observe('nonsense')).toThrow(RangeError);
  });
});
