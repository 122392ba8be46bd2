import pg from 'pg';
import type {
  AppendResult,
  BackupStore,
  CreateResult,
  LogAppendResult,
  LogReadResult,
  NewVaultResult,
  StoredBlob,
  SyncEntry,
  SyncObject,
  VersionInfo,
} from './store.ts';
import { checkQuota, pickAnswered, QuotaExceededError, TOUCH_SECONDS } from './store.ts';
import { postgresLimits, prepareLimits } from './postgres-limits.ts';
import { versionsToPrune } from './retention.ts';
import { DEFAULT_PG_POOL } from './config.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS steady_backup_vaults (
  id text PRIMARY KEY,
  token_hash bytea NOT NULL,
  latest integer NOT NULL,
  created_at bigint NOT NULL
);
CREATE TABLE IF NOT EXISTS steady_backup_versions (
  vault_id text NOT NULL REFERENCES steady_backup_vaults(id),
  version integer NOT NULL,
  size integer NOT NULL,
  blob bytea NOT NULL,
  created_at bigint NOT NULL,
  PRIMARY KEY (vault_id, version)
);
`;
// Sync, version 2. Only ever added to an existing database: the tables above are untouched.
const SYNC_SCHEMA = `
CREATE TABLE IF NOT EXISTS steady_sync_objects (
  vault_id text NOT NULL REFERENCES steady_backup_vaults(id),
  name text NOT NULL,
  size integer NOT NULL,
  bytes bytea NOT NULL,
  created_at bigint NOT NULL,
  PRIMARY KEY (vault_id, name)
);
CREATE TABLE IF NOT EXISTS steady_sync_log (
  vault_id text NOT NULL REFERENCES steady_backup_vaults(id),
  seq bigint NOT NULL,
  id text NOT NULL,
  prev text,
  bytes bytea NOT NULL,
  created_at bigint NOT NULL,
  PRIMARY KEY (vault_id, seq),
  UNIQUE (vault_id, id),
  UNIQUE (vault_id, prev)
);
`;
// Added later: the log's length when the object was stored (0 for objects stored before
// this column, which only makes them look named by more entries). An object is named by
// no entry when none was appended after it.
const ORPHAN_SCHEMA = `
ALTER TABLE steady_sync_objects ADD COLUMN IF NOT EXISTS log_seq bigint NOT NULL DEFAULT 0;
CREATE INDEX IF NOT EXISTS steady_sync_objects_created ON steady_sync_objects (created_at);
`;
// Added later: when the vault's owner asked for it to be deleted (null: not asked).
const DELETION_SCHEMA = `
ALTER TABLE steady_backup_vaults ADD COLUMN IF NOT EXISTS delete_at bigint;
CREATE INDEX IF NOT EXISTS steady_backup_vaults_delete_at ON steady_backup_vaults (delete_at)
  WHERE delete_at IS NOT NULL;
`;
// One-time shares. Only ever added to an existing database: the tables above are untouched.
const SHARE_SCHEMA = `
CREATE TABLE IF NOT EXISTS steady_shares (
  id text PRIMARY KEY,
  token_hash bytea NOT NULL,
  size integer NOT NULL,
  bytes bytea NOT NULL,
  downloads_left integer NOT NULL,
  expires_at bigint NOT NULL,
  created_at bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS steady_shares_expires_at ON steady_shares (expires_at);
`;
const UNIQUE_VIOLATION = '23505';
/** How long /health's query may take before the store counts as not answering. */
export const PING_TIMEOUT_MS = 2000;

/**
 * Whether the connection itself is gone or unusable: the server ended it (class 57, e.g.
 * 57P01 admin shutdown), it broke (08) or the socket closed without a SQLSTATE.
 */
export function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return true;
  return code.startsWith('57') || code.startsWith('08') || /^E[A-Z]+$/.test(code);
}

const buffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
// Several server instances may start at once against one database.
const SCHEMA_LOCK = 0x5374_6479;

type Client = pg.PoolClient;

/** For several server instances: one PostgreSQL database; each write is one transaction. */
export async function openPostgresStore(
  url: string,
  poolSize = DEFAULT_PG_POOL,
): Promise<BackupStore> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection dropped by the database must not crash the process.
  pool.on('error', () => undefined);
  // Nor one that is checked out. node-postgres listens on idle clients only, and hands a
  // client over a tick before its holder can listen: a connection the database ends in
  // that tick (or between two queries) would emit an unheard 'error'. Every client keeps
  // this listener for life; the client is then marked unusable, its next query fails,
  // and the pool drops it when it is released.
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });

  // /health's own connection, so its one cheap query never queues behind the writes
  // holding the pool's connections; it gives up after PING_TIMEOUT_MS.
  const pingPool = new pg.Pool({
    connectionString: url,
    max: 1,
    connectionTimeoutMillis: PING_TIMEOUT_MS,
    query_timeout: PING_TIMEOUT_MS,
  });
  pingPool.on('error', () => undefined);
  pingPool.on('connect', (client) => {
    client.on('error', () => undefined);
  });

  // The rate limits' and daily counts' own connections, committing without waiting for
  // the WAL to reach the disk (synchronous_commit off, for these sessions only). Each
  // request takes two or three of them; waiting for a flush each time would cost more
  // than the object it guards. A relay restart loses nothing (the rows are committed and
  // seen by every instance at once); a crash of the database itself may forget the last
  // fraction of a second of counts (at most three times wal_writer_delay, 600 ms by
  // default), which only lets a few more requests through. Stored data never uses it.
  const limitsPool = new pg.Pool({
    connectionString: url,
    max: Math.max(2, Math.ceil(poolSize / 2)),
    options: '-c synchronous_commit=off',
  });
  limitsPool.on('error', () => undefined);
  limitsPool.on('connect', (client) => {
    client.on('error', () => undefined);
  });

  async function transaction<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    // node-postgres guards only idle clients: a connection the database ends while this
    // one is checked out (a restart, pg_terminate_backend, a full disk) would emit an
    // unhandled 'error' and end the process. Here it fails this transaction alone, and
    // the broken connection is dropped from the pool instead of going back to it.
    let lost: Error | undefined;
    const onError = (error: Error) => {
      lost ??= error;
    };
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      if (!lost && !(error instanceof QuotaExceededError) && isConnectionError(error)) {
        lost = error as Error;
      }
      if (!lost) await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      // The pool listens again from here on (it guards released clients itself).
      client.release(lost ?? false);
      client.removeListener('error', onError);
    }
  }

  const secret = await transaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await client.query(SCHEMA);
    await client.query(SYNC_SCHEMA);
    await client.query(ORPHAN_SCHEMA);
    await client.query(DELETION_SCHEMA);
    await client.query(SHARE_SCHEMA);
    return prepareLimits(client);
  });

  /**
   * Runs a read, and once more if the connection was lost under it: a restart or a
   * terminated backend ends the pool's connections, and the second try gets a fresh one.
   * Reads change nothing, so trying twice is safe; writes are not tried again here.
   */
  async function read<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      return work();
    }
  }

  /** Bytes the vault holds, read with `client` (inside the vault's row lock when writing). */
  async function used(client: Client | pg.Pool, id: string): Promise<number> {
    const result = await client.query<{ used: string }>(
      `SELECT (SELECT COALESCE(SUM(size), 0) FROM steady_sync_objects WHERE vault_id = $1)
            + (SELECT COALESCE(SUM(octet_length(bytes)), 0) FROM steady_sync_log WHERE vault_id = $1)
            + (SELECT COALESCE(SUM(size), 0) FROM steady_backup_versions WHERE vault_id = $1)
            AS used`,
      [id],
    );
    return Number(result.rows[0]!.used);
  }

  /**
   * Stores the objects not yet held, inside the vault's row lock: every writer to this
   * vault, on every server instance, waits for it, so the count of the vault's bytes
   * cannot change before the inserts commit and two uploads cannot together pass the
   * quota. Nothing is stored if the new ones would not all fit.
   */
  const storeObjects = (id: string, objects: readonly SyncObject[], now: number, quota?: number) =>
    transaction(async (client) => {
      await client.query('SELECT 1 FROM steady_backup_vaults WHERE id = $1 FOR UPDATE', [id]);
      const held = await client.query<{ name: string }>(
        'SELECT name FROM steady_sync_objects WHERE vault_id = $1 AND name = ANY($2::text[])',
        [id, objects.map(({ name }) => name)],
      );
      const have = new Set(held.rows.map((row) => row.name));
      const fresh = objects.filter(({ name }) => !have.has(name));
      const adding = fresh.reduce((sum, { bytes }) => sum + bytes.byteLength, 0);
      if (quota !== undefined && adding > 0) checkQuota(await used(client, id), adding, quota);
      let stored = 0;
      for (const { name, bytes } of fresh) {
        const inserted = await client.query(
          `INSERT INTO steady_sync_objects (vault_id, name, size, bytes, created_at, log_seq)
           VALUES ($1, $2, $3, $4, $5,
             (SELECT COALESCE(MAX(seq), 0) FROM steady_sync_log WHERE vault_id = $1))
           ON CONFLICT (vault_id, name) DO NOTHING`,
          [id, name, bytes.byteLength, buffer(bytes), now],
        );
        stored += inserted.rowCount ?? 0;
      }
      return stored;
    });

  const blobRow = (row: { version: number; blob: Buffer } | undefined): StoredBlob | undefined =>
    row && { version: row.version, blob: row.blob };

  const store: BackupStore = {
    limits: postgresLimits(limitsPool, secret),

    async tokenHash(id) {
      const result = await pool.query<{ token_hash: Buffer }>(
        'SELECT token_hash FROM steady_backup_vaults WHERE id = $1',
        [id],
      );
      return result.rows[0]?.token_hash;
    },

    create: (id, hash, blob, now) =>
      transaction(async (client): Promise<CreateResult> => {
        const inserted = await client.query(
          `INSERT INTO steady_backup_vaults (id, token_hash, latest, created_at)
           VALUES ($1, $2, 1, $3) ON CONFLICT (id) DO NOTHING`,
          [id, Buffer.from(hash), now],
        );
        if (inserted.rowCount === 0) {
          const existing = await client.query<{ token_hash: Buffer }>(
            'SELECT token_hash FROM steady_backup_vaults WHERE id = $1',
            [id],
          );
          return { ok: false, tokenHash: existing.rows[0]!.token_hash };
        }
        await client.query(
          `INSERT INTO steady_backup_versions (vault_id, version, size, blob, created_at)
           VALUES ($1, 1, $2, $3, $4)`,
          [id, blob.byteLength, Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength), now],
        );
        return { ok: true, version: 1 };
      }),

    append: (id, expected, blob, retention, now, quota) =>
      transaction(async (client): Promise<AppendResult> => {
        // The conditional UPDATE takes the row lock; a racing writer waits for it,
        // then sees `latest` moved on and matches nothing: exactly one wins. Every other
        // writer of the vault (objects, log) waits for the same lock, so the quota holds.
        const bumped = await client.query<{ latest: number }>(
          `UPDATE steady_backup_vaults SET latest = latest + 1
           WHERE id = $1 AND latest = $2 RETURNING latest`,
          [id, expected],
        );
        if (bumped.rowCount === 0) {
          const current = await client.query<{ latest: number }>(
            'SELECT latest FROM steady_backup_vaults WHERE id = $1',
            [id],
          );
          return { ok: false, current: current.rows[0]?.latest ?? 0 };
        }
        const before = quota === undefined ? 0 : await used(client, id);
        const version = bumped.rows[0]!.latest;
        await client.query(
          `INSERT INTO steady_backup_versions (vault_id, version, size, blob, created_at)
           VALUES ($1, $2, $3, $4, $5)`,
          [
            id,
            version,
            blob.byteLength,
            Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength),
            now,
          ],
        );
        const times = await client.query<{ version: number; created_at: string }>(
          'SELECT version, created_at FROM steady_backup_versions WHERE vault_id = $1',
          [id],
        );
        const prune = versionsToPrune(
          times.rows.map((row) => ({ version: row.version, createdAt: Number(row.created_at) })),
          now,
          retention,
        );
        if (prune.length > 0) {
          await client.query(
            'DELETE FROM steady_backup_versions WHERE vault_id = $1 AND version = ANY($2::int[])',
            [id, prune],
          );
        }
        // Counted once the pruning is done: a version that replaces one it prunes fits.
        // Thrown inside the transaction, which then rolls back whole.
        if (quota !== undefined && (await used(client, id)) > quota) {
          throw new QuotaExceededError(before, quota);
        }
        return { ok: true, version };
      }),

    async latest(id) {
      const result = await pool.query<{ version: number; blob: Buffer }>(
        `SELECT v.version, v.blob FROM steady_backup_vaults AS t
         JOIN steady_backup_versions AS v ON v.vault_id = t.id AND v.version = t.latest
         WHERE t.id = $1`,
        [id],
      );
      return blobRow(result.rows[0]);
    },

    async version(id, n) {
      const result = await pool.query<{ version: number; blob: Buffer }>(
        'SELECT version, blob FROM steady_backup_versions WHERE vault_id = $1 AND version = $2',
        [id, n],
      );
      return blobRow(result.rows[0]);
    },

    async versions(id) {
      const result = await pool.query<{ version: number; size: number; created_at: string }>(
        `SELECT version, size, created_at FROM steady_backup_versions
         WHERE vault_id = $1 ORDER BY version`,
        [id],
      );
      return result.rows.map((row): VersionInfo => ({
        version: row.version,
        size: row.size,
        createdAt: Number(row.created_at),
      }));
    },

    createVault: (id, hash, now) =>
      transaction(async (client): Promise<NewVaultResult> => {
        const inserted = await client.query(
          `INSERT INTO steady_backup_vaults (id, token_hash, latest, created_at)
           VALUES ($1, $2, 0, $3) ON CONFLICT (id) DO NOTHING`,
          [id, Buffer.from(hash), now],
        );
        if (inserted.rowCount !== 0) return { ok: true };
        const existing = await client.query<{ token_hash: Buffer }>(
          'SELECT token_hash FROM steady_backup_vaults WHERE id = $1',
          [id],
        );
        return { ok: false, tokenHash: existing.rows[0]!.token_hash };
      }),

    async missingObjects(id, names, now) {
      if (now !== undefined) {
        // First, so an orphan sweep running now either waits for this and keeps them, or
        // has already removed them and they are reported missing below.
        await pool.query(
          `UPDATE steady_sync_objects SET created_at = $3
           WHERE vault_id = $1 AND name = ANY($2::text[]) AND created_at < $4`,
          [id, names, now, now - TOUCH_SECONDS],
        );
      }
      const held = await pool.query<{ name: string }>(
        'SELECT name FROM steady_sync_objects WHERE vault_id = $1 AND name = ANY($2::text[])',
        [id, names],
      );
      const found = new Set(held.rows.map((row) => row.name));
      return names.filter((name) => !found.has(name));
    },

    putObject: async (id, name, bytes, now, quota) =>
      (await storeObjects(id, [{ name, bytes }], now, quota)) === 1,

    async getObject(id, name) {
      const result = await pool.query<{ bytes: Buffer }>(
        'SELECT bytes FROM steady_sync_objects WHERE vault_id = $1 AND name = $2',
        [id, name],
      );
      return result.rows[0]?.bytes;
    },

    putObjects: (id, objects, now, quota) => storeObjects(id, objects, now, quota),

    async getObjects(id, names, maxBytes) {
      // Objects are never changed once stored. One may be dropped between the two reads
      // (an orphan the sweep collected, which no log entry names): it is then left out.
      const held = await pool.query<{ name: string; size: number }>(
        `SELECT name, size FROM steady_sync_objects
         WHERE vault_id = $1 AND name = ANY($2::text[])`,
        [id, names],
      );
      const sizes = new Map(held.rows.map((row) => [row.name, Number(row.size)]));
      const { take, answered } = pickAnswered(names, sizes, maxBytes);
      if (take.length === 0) return { objects: [], answered };
      const rows = await pool.query<{ name: string; bytes: Buffer }>(
        'SELECT name, bytes FROM steady_sync_objects WHERE vault_id = $1 AND name = ANY($2::text[])',
        [id, take],
      );
      const byName = new Map(rows.rows.map((row) => [row.name, row.bytes]));
      const objects = take.flatMap((name) => {
        const bytes = byName.get(name);
        return bytes ? [{ name, bytes }] : [];
      });
      return { objects, answered };
    },

    appendLog: async (id, expected, entry, now, quota) => {
      const head = async (client: Client | pg.Pool) => {
        const row = await client.query<{ id: string }>(
          'SELECT id FROM steady_sync_log WHERE vault_id = $1 ORDER BY seq DESC LIMIT 1',
          [id],
        );
        return row.rows[0]?.id ?? null;
      };
      try {
        return await transaction(async (client): Promise<LogAppendResult> => {
          // The vault's row lock orders every writer of this vault, on every server
          // instance: the head read below cannot move until this transaction ends.
          // The unique (vault, seq) and (vault, prev) keys would refuse a second
          // winner even without it.
          const locked = await client.query(
            'SELECT 1 FROM steady_backup_vaults WHERE id = $1 FOR UPDATE',
            [id],
          );
          if (locked.rowCount === 0) return { ok: false, head: null };
          const top = await client.query<{ seq: string; id: string }>(
            'SELECT seq, id FROM steady_sync_log WHERE vault_id = $1 ORDER BY seq DESC LIMIT 1',
            [id],
          );
          const current = top.rows[0];
          if ((current?.id ?? null) !== expected) return { ok: false, head: current?.id ?? null };
          if (quota !== undefined) {
            checkQuota(await used(client, id), entry.bytes.byteLength, quota);
          }
          const seq = Number(current?.seq ?? 0) + 1;
          await client.query(
            `INSERT INTO steady_sync_log (vault_id, seq, id, prev, bytes, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)`,
            [id, seq, entry.id, expected, buffer(entry.bytes), now],
          );
          return { ok: true, seq };
        });
      } catch (error) {
        // An id already in the log (or a second winner, were the lock ever bypassed).
        if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
          return { ok: false, head: await head(pool) };
        }
        throw error;
      }
    },

    readLog: (id, since, limit) =>
      transaction(async (client): Promise<LogReadResult> => {
        // One snapshot for the entries and the head.
        await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
        let after = 0;
        if (since !== null) {
          const found = await client.query<{ seq: string }>(
            'SELECT seq FROM steady_sync_log WHERE vault_id = $1 AND id = $2',
            [id, since],
          );
          if (found.rowCount === 0) return { ok: false };
          after = Number(found.rows[0]!.seq);
        }
        const rows = await client.query<{ id: string; bytes: Buffer }>(
          `SELECT id, bytes FROM steady_sync_log WHERE vault_id = $1 AND seq > $2
           ORDER BY seq LIMIT $3`,
          [id, after, limit],
        );
        const top = await client.query<{ id: string }>(
          'SELECT id FROM steady_sync_log WHERE vault_id = $1 ORDER BY seq DESC LIMIT 1',
          [id],
        );
        const entries = rows.rows.map((row): SyncEntry => ({ id: row.id, bytes: row.bytes }));
        return { ok: true, entries, head: top.rows[0]?.id ?? null };
      }),

    usage: (id) => used(pool, id),

    async totalUsage() {
      // octet_length of a stored bytea reads its length, not the bytes.
      const result = await pool.query<{ used: string }>(
        `SELECT (SELECT COALESCE(SUM(size), 0) FROM steady_sync_objects)
              + (SELECT COALESCE(SUM(octet_length(bytes)), 0) FROM steady_sync_log)
              + (SELECT COALESCE(SUM(size), 0) FROM steady_backup_versions)
              + (SELECT COALESCE(SUM(size), 0) FROM steady_shares) AS used`,
      );
      return Number(result.rows[0]!.used);
    },

    async collectOrphans(before) {
      const deleted = await pool.query(
        `DELETE FROM steady_sync_objects AS o WHERE o.created_at < $1 AND NOT EXISTS (
           SELECT 1 FROM steady_sync_log AS l WHERE l.vault_id = o.vault_id AND l.seq > o.log_seq)`,
        [before],
      );
      return deleted.rowCount ?? 0;
    },

    async scheduleDeletion(id, at) {
      // Sets it only when none is set, and reads back what is, in one statement.
      const result = await pool.query<{ delete_at: string | null }>(
        `WITH changed AS (
           UPDATE steady_backup_vaults SET delete_at = $2
           WHERE id = $1 AND delete_at IS NULL RETURNING delete_at)
         SELECT delete_at FROM changed
         UNION ALL SELECT delete_at FROM steady_backup_vaults
           WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM changed)`,
        [id, at],
      );
      const row = result.rows[0];
      return row ? Number(row.delete_at) : undefined;
    },

    async cancelDeletion(id) {
      const result = await pool.query(
        'UPDATE steady_backup_vaults SET delete_at = NULL WHERE id = $1 AND delete_at IS NOT NULL',
        [id],
      );
      return (result.rowCount ?? 0) > 0;
    },

    async deletionAt(id) {
      const result = await pool.query<{ delete_at: string | null }>(
        'SELECT delete_at FROM steady_backup_vaults WHERE id = $1',
        [id],
      );
      const at = result.rows[0]?.delete_at;
      return at === undefined || at === null ? null : Number(at);
    },

    async deleteDueVaults(now) {
      const due = await pool.query<{ id: string }>(
        'SELECT id FROM steady_backup_vaults WHERE delete_at IS NOT NULL AND delete_at <= $1',
        [now],
      );
      let deleted = 0;
      for (const { id } of due.rows) {
        // One vault per transaction, under its row lock: every writer of the vault, on every
        // instance, waits for it, and a cancellation that came first is seen here.
        deleted += await transaction(async (client) => {
          const locked = await client.query(
            `SELECT 1 FROM steady_backup_vaults
             WHERE id = $1 AND delete_at IS NOT NULL AND delete_at <= $2 FOR UPDATE`,
            [id, now],
          );
          if (locked.rowCount === 0) return 0;
          for (const table of [
            'steady_sync_log',
            'steady_sync_objects',
            'steady_backup_versions',
          ]) {
            await client.query(`DELETE FROM ${table} WHERE vault_id = $1`, [id]);
          }
          await client.query('DELETE FROM steady_backup_vaults WHERE id = $1', [id]);
          return 1;
        });
      }
      return deleted;
    },

    async createShare(share, now) {
      const inserted = await pool.query(
        `INSERT INTO steady_shares
           (id, token_hash, size, bytes, downloads_left, expires_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
        [
          share.id,
          buffer(share.tokenHash),
          share.bytes.byteLength,
          buffer(share.bytes),
          share.downloads,
          share.expiresAt,
          now,
        ],
      );
      return inserted.rowCount === 1;
    },

    takeShare: (id, now) =>
      transaction(async (client): Promise<Uint8Array | undefined> => {
        // The row lock orders concurrent downloads, on every instance: each sees the count
        // the one before it left, so no more get the bytes than were allowed.
        const found = await client.query<{
          bytes: Buffer;
          downloads_left: number;
          expires_at: string;
        }>('SELECT bytes, downloads_left, expires_at FROM steady_shares WHERE id = $1 FOR UPDATE', [
          id,
        ]);
        const row = found.rows[0];
        if (!row) return undefined;
        const expired = Number(row.expires_at) <= now;
        if (expired || row.downloads_left <= 1) {
          await client.query('DELETE FROM steady_shares WHERE id = $1', [id]);
        } else {
          await client.query(
            'UPDATE steady_shares SET downloads_left = downloads_left - 1 WHERE id = $1',
            [id],
          );
        }
        return expired ? undefined : row.bytes;
      }),

    async shareTokenHash(id) {
      const result = await pool.query<{ token_hash: Buffer }>(
        'SELECT token_hash FROM steady_shares WHERE id = $1',
        [id],
      );
      return result.rows[0]?.token_hash;
    },

    async deleteShare(id) {
      const deleted = await pool.query('DELETE FROM steady_shares WHERE id = $1', [id]);
      return (deleted.rowCount ?? 0) > 0;
    },

    async deleteExpiredShares(now) {
      const deleted = await pool.query('DELETE FROM steady_shares WHERE expires_at <= $1', [now]);
      return deleted.rowCount ?? 0;
    },

    async ping() {
      await pingPool.query('SELECT 1 FROM steady_backup_vaults LIMIT 1');
    },

    close: async () => {
      await Promise.all([pool.end(), pingPool.end(), limitsPool.end()]);
    },
  };

  // What only reads is tried once more on a lost connection (missingObjects's update of
  // the times it finds sets them to the same value twice).
  return {
    ...store,
    tokenHash: (id) => read(() => store.tokenHash(id)),
    latest: (id) => read(() => store.latest(id)),
    version: (id, n) => read(() => store.version(id, n)),
    versions: (id) => read(() => store.versions(id)),
    missingObjects: (id, names, now) => read(() => store.missingObjects(id, names, now)),
    getObject: (id, name) => read(() => store.getObject(id, name)),
    getObjects: (id, names, maxBytes) => read(() => store.getObjects(id, names, maxBytes)),
    readLog: (id, since, limit) => read(() => store.readLog(id, since, limit)),
    usage: (id) => read(() => store.usage(id)),
    totalUsage: () => read(() => store.totalUsage()),
    deletionAt: (id) => read(() => store.deletionAt(id)),
    shareTokenHash: (id) => read(() => store.shareTokenHash(id)),
  };
}
