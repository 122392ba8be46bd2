/*
 * A hybrid logical clock (Kulkarni et al., 2014): a stamp is the larger of the
 * device's wall clock and every stamp it has seen, plus a counter for events in the
 * same millisecond, plus the device id to break the last tie. Stamps from one device
 * only ever grow, even when its wall clock is set back, and any stamp a device makes
 * after seeing another is larger than the one it saw.
 *
 * A stamp is written as a string whose plain string order is the clock's order:
 * 12 hex digits of milliseconds, 6 of counter, then the device id.
 */

const WALL_DIGITS = 12;
const COUNTER_DIGITS = 6;
const MAX_WALL = 16 ** WALL_DIGITS - 1;
const MAX_COUNTER = 16 ** COUNTER_DIGITS - 1;
const DEVICE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const STAMP = /^([0-9a-f]{12})([0-9a-f]{6})([A-Za-z0-9_-]{1,64})$/;

export type Stamp = string;

export interface StampParts {
  readonly wall: number;
  readonly counter: number;
  readonly device: string;
}

export function isDeviceId(value: unknown): value is string {
  return typeof value === 'string' && DEVICE_ID.test(value);
}

export function formatStamp({ wall, counter, device }: StampParts): Stamp {
  if (!Number.isInteger(wall) || wall < 0 || wall > MAX_WALL) throw new RangeError('stamp wall');
  if (!Number.isInteger(counter) || counter < 0 || counter > MAX_COUNTER) {
    throw new RangeError('stamp counter');
  }
  if (!isDeviceId(device)) throw new RangeError('device id');
  return (
    wall.toString(16).padStart(WALL_DIGITS, '0') +
    counter.toString(16).padStart(COUNTER_DIGITS, '0') +
    device
  );
}

export function parseStamp(stamp: string): StampParts | null {
  const match = STAMP.exec(stamp);
  if (match === null) return null;
  const [, wall = '', counter = '', device = ''] = match;
  return { wall: Number.parseInt(wall, 16), counter: Number.parseInt(counter, 16), device };
}

export const isStamp = (value: unknown): value is Stamp =>
  typeof value === 'string' && parseStamp(value) !== null;

/** Negative, zero or positive, as the clock orders the two stamps. */
export function compareStamps(a: Stamp, b: Stamp): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const maxStamp = (a: Stamp, b: Stamp): Stamp => (compareStamps(a, b) >= 0 ? a : b);

export class HybridClock {
  private wall = 0;
  private counter = 0;

  constructor(
    readonly device: string,
    private readonly physical: () => number,
  ) {
    if (!isDeviceId(device)) throw new RangeError('device id');
  }

  /** A stamp for an event on this device, larger than every stamp made or seen before. */
  now(): Stamp {
    const physical = Math.floor(this.physical());
    if (Number.isFinite(physical) && physical > this.wall) {
      this.wall = Math.min(physical, MAX_WALL);
      this.counter = 0;
    } else {
      this.tick();
    }
    return this.current();
  }

  /** Takes in a stamp from elsewhere, so that every later stamp here is larger. */
  observe(stamp: Stamp): void {
    const seen = parseStamp(stamp);
    if (seen === null) throw new RangeError('not a stamp');
    if (seen.wall > this.wall || (seen.wall === this.wall && seen.counter > this.counter)) {
      this.wall = seen.wall;
      this.counter = seen.counter;
    }
  }

  /**
   * The last stamp made or seen (only its device part is this device's): what to keep
   * so that a clock made again after a reload, told to `observe` it, goes on from here.
   */
  get last(): Stamp {
    return this.current();
  }

  private current(): Stamp {
    return formatStamp({ wall: this.wall, counter: this.counter, device: this.device });
  }

  private tick(): void {
    if (this.counter < MAX_COUNTER) {
      this.counter++;
    } else {
      // Sixteen million events in one millisecond: borrow the next millisecond.
      this.wall++;
      this.counter = 0;
    }
  }
}
