// Limits: a token bucket per key, and a count of new vaults per client address per day,
// kept in the store (store.ts LimitStore) so that instances and restarts share them, or
// in memory for a store without them. Client addresses are kept only as a keyed hash.
import { createHmac, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import type { LimitStore } from './store.ts';

// Past this many keys, full buckets (idle clients) are forgotten.
const SWEEP_AT = 50_000;

const DAY_MS = 86_400_000;

/** Counts what is under way (request bodies being received), in all and per key. */
export class InFlight {
  readonly #perKey = new Map<string, number>();
  readonly #max: number;
  readonly #maxPerKey: number;
  #total = 0;

  constructor(max: number, maxPerKey: number) {
    this.#max = max;
    this.#maxPerKey = maxPerKey;
  }

  get total(): number {
    return this.#total;
  }

  /** Takes a place for the key, or undefined when none is free; call the answer once done. */
  enter(key: string): (() => void) | undefined {
    const held = this.#perKey.get(key) ?? 0;
    if (this.#total >= this.#max || held >= this.#maxPerKey) return undefined;
    this.#total++;
    this.#perKey.set(key, held + 1);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.#total--;
      const now = (this.#perKey.get(key) ?? 1) - 1;
      if (now === 0) this.#perKey.delete(key);
      else this.#perKey.set(key, now);
    };
  }
}

/** The eight 16-bit groups of an IPv6 address (already checked with isIP). */
function ipv6Groups(address: string): number[] {
  // A dotted IPv4 address at the end stands for the last two groups.
  const text = address.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_, a, b, c, d) => {
    const [w, x, y, z] = [a, b, c, d].map(Number) as [number, number, number, number];
    return `${((w << 8) | x).toString(16)}:${((y << 8) | z).toString(16)}`;
  });
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  if (!text.includes('::')) return parse(text);
  const [head = '', rest = ''] = text.split('::');
  const front = parse(head);
  const back = parse(rest);
  return [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}

/**
 * The group one client address is counted in for the limits: an IPv4 address whole, an
 * IPv6 address by its /64 (one home or phone usually has a whole /64 to pick from), and
 * an IPv4-mapped IPv6 address (::ffff:192.0.2.1) as the IPv4 address it stands for.
 */
export function addressGroup(address: string): string {
  const plain = address
    .trim()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/%.*$/, '');
  const kind = isIP(plain);
  if (kind === 4) return plain;
  if (kind !== 6) return plain.toLowerCase();
  const groups = ipv6Groups(plain.toLowerCase());
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [hi, lo] = [groups[6]!, groups[7]!];
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/** A bucket after one take: its tokens and time, and the wait (0: the token was taken). */
export function refill(
  held: { tokens: number; at: number } | undefined,
  perMinute: number,
  burst: number,
  now: number,
): { tokens: number; at: number; wait: number } {
  const perMs = perMinute / 60_000;
  // A clock behind the last take (another instance's) adds nothing and moves nothing back.
  const at = Math.max(held?.at ?? now, now);
  const tokens = held ? Math.min(burst, held.tokens + Math.max(0, now - held.at) * perMs) : burst;
  if (tokens >= 1) return { tokens: tokens - 1, at, wait: 0 };
  return { tokens, at, wait: Math.ceil((1 - tokens) / perMs) };
}

/** When an untouched bucket is full again, so its row limits nothing and can go. */
export function fullAt(perMinute: number, burst: number, now: number): number {
  return now + Math.ceil((burst * 60_000) / perMinute);
}

/** Limits kept in this process alone, for a store that keeps none. */
export function memoryLimits(): LimitStore {
  const buckets = new Map<string, { tokens: number; at: number; expires: number }>();
  const counts = new Map<string, { count: number; until: number }>();
  const key = randomBytes(32);
  const sweep = (now: number) => {
    for (const [k, b] of buckets) if (b.expires < now) buckets.delete(k);
    for (const [k, c] of counts) if (c.until < now) counts.delete(k);
  };
  return {
    hash: (value) => createHmac('sha256', key).update(value).digest('base64url'),
    async takeToken(k, perMinute, burst, now) {
      if (buckets.size >= SWEEP_AT) sweep(now);
      const next = refill(buckets.get(k), perMinute, burst, now);
      buckets.set(k, { tokens: next.tokens, at: next.at, expires: fullAt(perMinute, burst, now) });
      return next.wait;
    },
    async takeCount(k, max, until) {
      if (counts.size >= SWEEP_AT) sweep(Date.now());
      const held = counts.get(k) ?? { count: 0, until };
      if (held.count >= max) return false;
      counts.set(k, { count: held.count + 1, until });
      return true;
    },
    async giveBackCount(k) {
      const held = counts.get(k);
      if (held && held.count > 0) held.count--;
    },
    async expireLimits(now) {
      const before = buckets.size + counts.size;
      sweep(now);
      return before - buckets.size - counts.size;
    },
  };
}

/** A refused key is refused again locally, without asking the store, for at most this. */
const DENY_AT_MOST_MS = 60_000;

/**
 * The relay's limits over a LimitStore, with one fast path: a key the store refused is
 * refused in this process until the wait the store named has passed (a day's count: for
 * a minute at most). Other instances only ever take tokens and places, never add them, so
 * this refuses nothing the store would let through and lets nothing more through.
 */
export class SharedLimits {
  readonly #store: LimitStore;
  readonly #refused = new Map<string, number>();

  constructor(store: LimitStore) {
    this.#store = store;
  }

  /** The keyed hash of an address group or a vault id, with `kind` kept apart. */
  key(kind: string, value: string): string {
    return `${kind}:${this.#store.hash(value)}`;
  }

  #refusedFor(key: string, now: number): number {
    const until = this.#refused.get(key);
    if (until === undefined) return 0;
    if (until > now) return until - now;
    this.#refused.delete(key);
    return 0;
  }

  #refuse(key: string, until: number, now: number): void {
    if (this.#refused.size >= SWEEP_AT) {
      for (const [k, u] of this.#refused) if (u <= now) this.#refused.delete(k);
      if (this.#refused.size >= SWEEP_AT) this.#refused.clear();
    }
    this.#refused.set(key, until);
  }

  /** Takes one token: 0 when allowed, else the milliseconds until one is free. */
  async take(key: string, perMinute: number, burst: number, now = Date.now()): Promise<number> {
    const refused = this.#refusedFor(key, now);
    if (refused > 0) return refused;
    const wait = await this.#store.takeToken(key, perMinute, burst, now);
    if (wait > 0) this.#refuse(key, now + Math.min(wait, DENY_AT_MOST_MS), now);
    return wait;
  }

  /**
   * Takes one of today's (UTC) `max` places for the key: a give-back function when taken,
   * else the milliseconds until the next day starts.
   */
  async takeToday(
    key: string,
    max: number,
    now = Date.now(),
  ): Promise<{ ok: true; giveBack: () => Promise<void> } | { ok: false; wait: number }> {
    const day = Math.floor(now / DAY_MS);
    const until = (day + 1) * DAY_MS;
    const dayKey = `${key}:${day}`;
    if (this.#refusedFor(dayKey, now) > 0) return { ok: false, wait: until - now };
    if (!(await this.#store.takeCount(dayKey, max, until))) {
      this.#refuse(dayKey, Math.min(until, now + DENY_AT_MOST_MS), now);
      return { ok: false, wait: until - now };
    }
    return {
      ok: true,
      giveBack: () => {
        this.#refused.delete(dayKey);
        return this.#store.giveBackCount(dayKey);
      },
    };
  }

  expire(now = Date.now()): Promise<number> {
    return this.#store.expireLimits(now);
  }
}
