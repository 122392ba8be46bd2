// The relay's rate limits and daily counts in PostgreSQL, shared by every instance on the
// database and kept across restarts: one table, each take one atomic upsert. Keys are
// keyed hashes (never an address or a vault id) with a secret made by the first instance
// to start and kept in the database.
import { createHmac, randomBytes } from 'node:crypto';
import type pg from 'pg';
import { fullAt } from './limits.ts';
import type { LimitStore } from './store.ts';

export const LIMITS_SCHEMA = `
CREATE TABLE IF NOT EXISTS steady_backup_limits (
  key text PRIMARY KEY,
  tokens double precision NOT NULL,
  at bigint NOT NULL,
  expires bigint NOT NULL,
  granted boolean NOT NULL DEFAULT true
);
CREATE INDEX IF NOT EXISTS steady_backup_limits_expires ON steady_backup_limits (expires);
CREATE TABLE IF NOT EXISTS steady_backup_secrets (
  name text PRIMARY KEY,
  value bytea NOT NULL
);
`;

/** Creates the tables and the secret unless there; call under the schema lock. */
export async function prepareLimits(client: pg.ClientBase): Promise<Buffer> {
  await client.query(LIMITS_SCHEMA);
  await client.query(
    `INSERT INTO steady_backup_secrets (name, value) VALUES ('limits', $1)
     ON CONFLICT (name) DO NOTHING`,
    [randomBytes(32)],
  );
  const row = await client.query<{ value: Buffer }>(
    "SELECT value FROM steady_backup_secrets WHERE name = 'limits'",
  );
  return row.rows[0]!.value;
}

// The bucket's tokens now: what it held, refilled for the time since its last take (a
// clock behind that adds nothing), at most the burst.
const REFILLED = 'LEAST($4::float8, l.tokens + GREATEST(0, $2::bigint - l.at) * $3::float8)';

/** Limits in the database reached through `pool`, hashing with `secret`. */
export function postgresLimits(pool: pg.Pool, secret: Buffer): LimitStore {
  return {
    hash: (value) => createHmac('sha256', secret).update(value).digest('base64url'),

    async takeToken(key, perMinute, burst, now) {
      const perMs = perMinute / 60_000;
      // The row lock of ON CONFLICT orders racing takes, on every instance: each sees
      // the one before.
      const result = await pool.query<{ tokens: number; granted: boolean }>(
        `INSERT INTO steady_backup_limits AS l (key, tokens, at, expires, granted)
         VALUES ($1, $4::float8 - 1, $2, $5, true)
         ON CONFLICT (key) DO UPDATE SET
           granted = ${REFILLED} >= 1,
           tokens = CASE WHEN ${REFILLED} >= 1 THEN ${REFILLED} - 1 ELSE ${REFILLED} END,
           at = GREATEST(l.at, $2::bigint),
           expires = GREATEST(l.expires, $5::bigint)
         RETURNING tokens, granted`,
        [key, now, perMs, burst, fullAt(perMinute, burst, now)],
      );
      const row = result.rows[0]!;
      return row.granted ? 0 : Math.ceil((1 - Number(row.tokens)) / perMs);
    },

    async takeCount(key, max, until) {
      const result = await pool.query(
        `INSERT INTO steady_backup_limits AS l (key, tokens, at, expires) VALUES ($1, 1, 0, $2)
         ON CONFLICT (key) DO UPDATE SET tokens = l.tokens + 1 WHERE l.tokens < $3`,
        [key, until, max],
      );
      return result.rowCount === 1;
    },

    async giveBackCount(key) {
      await pool.query(
        'UPDATE steady_backup_limits SET tokens = tokens - 1 WHERE key = $1 AND tokens > 0',
        [key],
      );
    },

    async expireLimits(now) {
      const deleted = await pool.query('DELETE FROM steady_backup_limits WHERE expires < $1', [
        now,
      ]);
      return deleted.rowCount ?? 0;
    },
  };
}
