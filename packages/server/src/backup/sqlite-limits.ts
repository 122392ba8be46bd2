// The relay's rate limits and daily counts in the SQLite file itself (single-instance
// mode), so a restart keeps them. Keys are keyed hashes (never an address or a vault id);
// the key is made on the first start and kept in the file.
import type Database from 'better-sqlite3';
import { createHmac, randomBytes } from 'node:crypto';
import { fullAt, refill } from './limits.ts';
import type { LimitStore } from './store.ts';

const LIMITS_SCHEMA = `
CREATE TABLE IF NOT EXISTS rate_limits (
  key TEXT PRIMARY KEY,
  tokens REAL NOT NULL,
  at INTEGER NOT NULL,
  expires INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS rate_limits_expires ON rate_limits (expires);
CREATE TABLE IF NOT EXISTS secrets (
  name TEXT PRIMARY KEY,
  value BLOB NOT NULL
) STRICT, WITHOUT ROWID;
`;

/** Limits in `db`'s file: tables rate_limits and secrets, added beside the vaults. */
export function sqliteLimits(db: Database.Database): LimitStore {
  db.exec(LIMITS_SCHEMA);
  db.prepare("INSERT INTO secrets (name, value) VALUES ('limits', ?) ON CONFLICT DO NOTHING").run(
    randomBytes(32),
  );
  const secret = db
    .prepare<[], { value: Buffer }>("SELECT value FROM secrets WHERE name = 'limits'")
    .get()!.value;

  const select = db.prepare<[string], { tokens: number; at: number }>(
    'SELECT tokens, at FROM rate_limits WHERE key = ?',
  );
  const upsert = db.prepare(
    `INSERT INTO rate_limits (key, tokens, at, expires) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET
       tokens = excluded.tokens, at = excluded.at, expires = MAX(expires, excluded.expires)`,
  );
  // A count's place is taken only while it is below the most: one statement, one row.
  const count = db.prepare(
    `INSERT INTO rate_limits (key, tokens, at, expires) VALUES (?, 1, 0, ?)
     ON CONFLICT (key) DO UPDATE SET tokens = tokens + 1 WHERE tokens < ?`,
  );
  const giveBack = db.prepare(
    'UPDATE rate_limits SET tokens = tokens - 1 WHERE key = ? AND tokens > 0',
  );
  const expire = db.prepare('DELETE FROM rate_limits WHERE expires < ?');
  const take = db.transaction((key: string, perMinute: number, burst: number, now: number) => {
    const next = refill(select.get(key), perMinute, burst, now);
    upsert.run(key, next.tokens, next.at, fullAt(perMinute, burst, now));
    return next.wait;
  });

  /**
   * A count need not survive a power cut, only the process: its commits skip the fsync
   * (WAL, synchronous NORMAL, still safe against a killed process), so a request costs
   * no disk flush. The vaults' own writes keep the connection's setting.
   */
  function light<T>(work: () => T): T {
    const before = db.pragma('synchronous', { simple: true }) as number;
    db.pragma('synchronous = NORMAL');
    try {
      return work();
    } finally {
      db.pragma(`synchronous = ${before}`);
    }
  }

  return {
    hash: (value) => createHmac('sha256', secret).update(value).digest('base64url'),
    takeToken: async (key, perMinute, burst, now) =>
      light(() => take.immediate(key, perMinute, burst, now)),
    takeCount: async (key, max, until) => light(() => count.run(key, until, max).changes === 1),
    giveBackCount: async (key) => {
      light(() => giveBack.run(key));
    },
    expireLimits: async (now) => expire.run(now).changes,
  };
}
