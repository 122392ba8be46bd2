// The total storage budget of the whole relay: once all vaults together hold it, a write
// that would add bytes is refused (507, storage_full) while reads, deletions and writes
// that add nothing (an object already held, a whole-vault version that replaces one it
// prunes) still go through. It wraps the store, beside the write path, so the routes and
// the stores' transactions stay as they are.
//
// The total comes from the store (totalUsage), so every instance on one PostgreSQL counts
// the same bytes; it is read at most every `checkMs` (a sum over every row is too costly
// for each write) and this instance adds what it stored since. So the total is never older
// than twice `checkMs` plus one read, and what other instances stored in that time is what
// the budget can be passed by: at most their write rate times that. A write admitted just under
// the budget may also pass it by its own size. Both are said in the README.
import { QuotaExceededError, type BackupStore } from './store.ts';

/** The relay's stored bytes reached its total budget: nothing of this write was stored. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(
    /** Bytes all vaults hold, as last counted. */
    readonly used: number,
    readonly budget: number,
  ) {
    super(`The relay holds ${used} of its ${budget} bytes.`);
  }
}

export interface TotalBudget {
  /** Whether the stored bytes have reached the budget, as last counted plus what came since. */
  full(): Promise<boolean>;
  /** Bytes as last counted plus what this instance stored since (for tests and /metrics). */
  used(): number;
}

/** Counts the store's total, read again once it is older than `checkMs`. */
export function totalBudget(
  store: Pick<BackupStore, 'totalUsage'>,
  budget: number,
  checkMs: number,
  clock: () => number = Date.now,
): TotalBudget & { added(bytes: number): void } {
  let counted: number | undefined;
  let countedAt = -Infinity;
  // Stored by this instance since the count under way (or the last one) was started.
  let added = 0;
  let reading: Promise<void> | undefined;

  function recount(): Promise<void> {
    reading ??= (async () => {
      const before = added;
      const startedAt = clock();
      try {
        counted = await store.totalUsage();
        // What was stored while the sum ran may be in it already: counted twice for now,
        // which refuses early rather than late, until the next count.
        added -= before;
        countedAt = startedAt;
      } catch {
        // The store did not answer: the last count stands (a write fails anyway while the
        // store is down), and the next write asks again.
      } finally {
        reading = undefined;
      }
    })();
    return reading;
  }

  const used = () => (counted ?? 0) + added;
  return {
    async full() {
      const age = clock() - countedAt;
      // Past `checkMs` the count is read again while writes go on with the last one; past
      // twice that (after a quiet spell, or a store that did not answer) writes wait for it.
      if (counted === undefined || age >= 2 * checkMs) await recount();
      else if (age >= checkMs) void recount();
      return used() >= budget;
    },
    used,
    added(bytes) {
      added += bytes;
    },
  };
}

const sizeOf = (items: ReadonlyArray<{ readonly bytes: Uint8Array }>) =>
  items.reduce((sum, { bytes }) => sum + bytes.byteLength, 0);

/**
 * `store`, refusing writes that would add bytes once all vaults hold `budget` bytes. While
 * the relay is full, a write is given the vault's present bytes as its quota, so the
 * store's own check, inside the write's transaction, lets through exactly the writes that
 * leave the vault no larger.
 */
export function withTotalBudget(
  store: BackupStore,
  budget: number,
  checkMs: number,
  clock: () => number = Date.now,
): BackupStore & { readonly budget: TotalBudget } {
  const total = totalBudget(store, budget, checkMs, clock);
  const refuse = () => new StorageFullError(total.used(), budget);

  /**
   * Runs `write` with the vault's quota, or, while the relay is full, with no more than
   * the vault's present bytes; a refusal for the latter is said as the relay being full.
   */
  async function admit<T>(
    id: string,
    quota: number | undefined,
    write: (quota: number | undefined) => Promise<T>,
  ): Promise<{ value: T; full: boolean }> {
    if (!(await total.full())) return { value: await write(quota), full: false };
    const now = await store.usage(id);
    if (quota !== undefined && quota <= now) return { value: await write(quota), full: true };
    try {
      return { value: await write(now), full: true };
    } catch (error) {
      if (error instanceof QuotaExceededError) throw refuse();
      throw error;
    }
  }

  return {
    ...store,
    budget: total,
    async create(id, tokenHash, blob, now) {
      if (await total.full()) throw refuse();
      const created = await store.create(id, tokenHash, blob, now);
      if (created.ok) total.added(blob.byteLength);
      return created;
    },
    // A new vault holds no bytes yet, but every one is made to be filled: refused too.
    async createVault(id, tokenHash, now) {
      if (await total.full()) throw refuse();
      return store.createVault(id, tokenHash, now);
    },
    async append(id, expected, blob, retention, now, quota) {
      const { value, full } = await admit(id, quota, (q) =>
        store.append(id, expected, blob, retention, now, q),
      );
      // Counted whole, though it may have pruned older ones: the next count says.
      if (value.ok && !full) total.added(blob.byteLength);
      return value;
    },
    async putObject(id, name, bytes, now, quota) {
      const { value } = await admit(id, quota, (q) => store.putObject(id, name, bytes, now, q));
      if (value) total.added(bytes.byteLength);
      return value;
    },
    async putObjects(id, objects, now, quota) {
      const { value } = await admit(id, quota, (q) => store.putObjects(id, objects, now, q));
      // Which of them were new is not said: all are counted until the next count.
      if (value > 0) total.added(sizeOf(objects));
      return value;
    },
    // A share always adds its bytes, and belongs to no vault's quota.
    async createShare(share, now) {
      if (await total.full()) throw refuse();
      const created = await store.createShare(share, now);
      if (created) total.added(share.bytes.byteLength);
      return created;
    },
    async appendLog(id, expected, entry, now, quota) {
      // A log entry always adds its bytes.
      if (await total.full()) throw refuse();
      const appended = await store.appendLog(id, expected, entry, now, quota);
      if (appended.ok) total.added(entry.bytes.byteLength);
      return appended;
    },
  };
}
