import { describe, expect, it } from 'vitest';
import { addressGroup, InFlight, memoryLimits, refill, SharedLimits } from './limits.ts';

describe('address group', () => {
  it('keeps IPv4 whole and groups IPv6 by /64, IPv4-mapped IPv6 as IPv4', () => {
    expect(addressGroup('192.0.2.7')).toBe('192.0.2.7');
    expect(addressGroup('192.0.2.8')).not.toBe(addressGroup('192.0.2.7'));
    expect(addressGroup('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(addressGroup('::FFFF:c000:0207')).toBe('192.0.2.7');
    expect(addressGroup('0:0:0:0:0:ffff:192.0.2.7')).toBe('192.0.2.7');
    const group = '2001:db8:1:2::/64';
    for (const address of [
      '2001:db8:1:2::1',
      '2001:db8:1:2:ffff:ffff:ffff:ffff',
      '2001:0DB8:0001:0002:0000:0000:0000:0abc',
      '2001:db8:1:2:a:b:192.0.2.1',
      '[2001:db8:1:2::9]',
      '2001:db8:1:2::1%eth0',
    ]) {
      expect(addressGroup(address), address).toBe(group);
    }
    expect(addressGroup('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(addressGroup('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressGroup('::1')).toBe('0:0:0:0::/64');
    expect(addressGroup('::')).toBe('0:0:0:0::/64');
    // Anything else (no address at all) is kept as it is.
    expect(addressGroup('unknown')).toBe('unknown');
  });
});

describe('uploads in flight', () => {
  it('caps in all and per key, and frees a place once', () => {
    const inFlight = new InFlight(3, 2);
    const a1 = inFlight.enter('a');
    const a2 = inFlight.enter('a');
    expect(a1 && a2).toBeTruthy();
    expect(inFlight.enter('a')).toBeUndefined();
    const b1 = inFlight.enter('b');
    expect(b1).toBeDefined();
    expect(inFlight.enter('c')).toBeUndefined();
    a1!();
    a1!();
    expect(inFlight.total).toBe(2);
    expect(inFlight.enter('a')).toBeDefined();
    expect(inFlight.enter('c')).toBeUndefined();
  });
});

describe('shared limits over a limit store', () => {
  it('keys by a keyed hash that does not contain the address, stable within a store', () => {
    const limits = new SharedLimits(memoryLimits());
    expect(limits.key('ip', '192.0.2.7')).toBe(limits.key('ip', '192.0.2.7'));
    expect(limits.key('ip', '192.0.2.7')).not.toBe(limits.key('ip', '192.0.2.8'));
    expect(limits.key('ip', '192.0.2.7')).not.toContain('192');
    expect(new SharedLimits(memoryLimits()).key('ip', '192.0.2.7')).not.toBe(
      limits.key('ip', '192.0.2.7'),
    );
  });

  it('takes from a bucket as the in-memory one does, and refuses locally once refused', async () => {
    const store = memoryLimits();
    let asked = 0;
    const counting = {
      ...store,
      takeToken: (...args: Parameters<typeof store.takeToken>) => {
        asked++;
        return store.takeToken(...args);
      },
    };
    const limits = new SharedLimits(counting);
    const t = 1_000_000;
    expect(await limits.take('a', 60, 2, t)).toBe(0);
    expect(await limits.take('a', 60, 2, t)).toBe(0);
    expect(await limits.take('a', 60, 2, t)).toBe(1000);
    // Refused again in this process without asking the store, until the wait is over.
    expect(await limits.take('a', 60, 2, t + 400)).toBe(600);
    expect(asked).toBe(3);
    expect(await limits.take('a', 60, 2, t + 1000)).toBe(0);
    expect(asked).toBe(4);
  });

  it("counts today's places, gives one back, and never lets a clock behind add tokens", async () => {
    const limits = new SharedLimits(memoryLimits());
    const day = 86_400_000 * 20_000;
    const first = await limits.takeToday('k', 2, day);
    expect(first.ok).toBe(true);
    expect((await limits.takeToday('k', 2, day + 1)).ok).toBe(true);
    expect(await limits.takeToday('k', 2, day + 2)).toEqual({ ok: false, wait: 86_400_000 - 2 });
    if (first.ok) await first.giveBack();
    expect((await limits.takeToday('k', 2, day + 3)).ok).toBe(true);
    expect((await limits.takeToday('k', 2, day + 86_400_000)).ok).toBe(true);

    expect(refill({ tokens: 0, at: 5000 }, 60, 5, 1000)).toEqual({
      tokens: 0,
      at: 5000,
      wait: 1000,
    });
    expect(refill({ tokens: 0.5, at: 1000 }, 60, 5, 1500)).toEqual({
      tokens: 0,
      at: 1500,
      wait: 0,
    });
  });
});
