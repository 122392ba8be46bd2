import pg from 'pg';
import type { AppendResult, BackupStore, CreateResult, StoredBlob, VersionInfo } from './store.ts';

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
// Several server instances may start at once against one database.
const SCHEMA_LOCK = 0x5374_6479;

type Client = pg.PoolClient;

/** For several server instances: one PostgreSQL database; each write is one transaction. */
export async function openPostgresStore(url: string, poolSize = 10): Promise<BackupStore> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection dropped by the database must not crash the process.
  pool.on('error', () => undefined);

  async function transaction<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  await transaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await client.query(SCHEMA);
  });

  const blobRow = (row: { version: number; blob: Buffer } | undefined): StoredBlob | undefined =>
    row && { version: row.version, blob: row.blob };

  return {
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

    append: (id, expected, blob, keep, now) =>
      transaction(async (client): Promise<AppendResult> => {
        // The conditional UPDATE takes the row lock; a racing writer waits for it,
        // then sees `latest` moved on and matches nothing: exactly one wins.
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
        await client.query(
          'DELETE FROM steady_backup_versions WHERE vault_id = $1 AND version <= $2',
          [id, version - keep],
        );
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

    close: () => pool.end(),
  };
}
