// Whether the store answers, for /health and /metrics: one cheap read (store.ping()) with
// a short timeout. Requests asking at once share one read, and an answer is reused for
// HEALTH_REUSE_MS, so however often /health is asked the store sees about one read a second.
import type { BackupStore } from './store.ts';

export interface StoreHealth {
  /** The store answered within the timeout. */
  readonly ok: boolean;
  /** Seconds the read took (the timeout when it gave up). */
  readonly seconds: number;
}

/** A store that has not answered by then counts as not answering. */
export const HEALTH_TIMEOUT_MS = 2000;
/** How long one answer stands for the store's health. */
export const HEALTH_REUSE_MS = 1000;

export type HealthCheck = () => Promise<StoreHealth>;

export function storeHealthCheck(
  store: Pick<BackupStore, 'ping'>,
  timeoutMs = HEALTH_TIMEOUT_MS,
  reuseMs = HEALTH_REUSE_MS,
): HealthCheck {
  let pending: Promise<StoreHealth> | undefined;
  let last: { at: number; health: StoreHealth } | undefined;

  async function check(): Promise<StoreHealth> {
    const start = performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<false>((done) => {
      timer = setTimeout(() => done(false), timeoutMs);
    });
    const answered = store.ping().then(
      () => true,
      () => false,
    );
    try {
      const ok = await Promise.race([answered, timeout]);
      return { ok, seconds: (performance.now() - start) / 1000 };
    } finally {
      clearTimeout(timer);
    }
  }

  return () => {
    if (last && Date.now() - last.at < reuseMs) return Promise.resolve(last.health);
    pending ??= check().then((health) => {
      last = { at: Date.now(), health };
      pending = undefined;
      return health;
    });
    return pending;
  };
}
