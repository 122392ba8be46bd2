import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { AppendResult, BackupStore, CreateResult, StoredBlob, VersionInfo } from './store.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS vaults (
  id TEXT PRIMARY KEY,
  token_hash BLOB NOT NULL,
  latest INTEGER NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS versions (
  vault_id TEXT NOT NULL REFERENCES vaults(id),
  version INTEGER NOT NULL,
  size INTEGER NOT NULL,
  blob BLOB NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (vault_id, version)
) STRICT, WITHOUT ROWID;
`;

/** The default store: one SQLite file in WAL mode; each write is one IMMEDIATE transaction. */
export function openSqliteStore(path: string): BackupStore {
  const file = resolve(path);
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // FULL: a committed version survives power loss too, not only a killed process.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  const selectHash = db.prepare<[string], { token_hash: Buffer }>(
    'SELECT token_hash FROM vaults WHERE id = ?',
  );
  const insertVault = db.prepare(
    'INSERT INTO vaults (id, token_hash, latest, created_at) VALUES (?, ?, 1, ?) ON CONFLICT (id) DO NOTHING',
  );
  const insertVersion = db.prepare(
    'INSERT INTO versions (vault_id, version, size, blob, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const bump = db.prepare('UPDATE vaults SET latest = latest + 1 WHERE id = ? AND latest = ?');
  const selectLatest = db.prepare<[string], { latest: number }>(
    'SELECT latest FROM vaults WHERE id = ?',
  );
  const prune = db.prepare('DELETE FROM versions WHERE vault_id = ? AND version <= ?');
  const selectBlob = db.prepare<[string, number], { version: number; blob: Buffer }>(
    'SELECT version, blob FROM versions WHERE vault_id = ? AND version = ?',
  );
  const selectLatestBlob = db.prepare<[string], { version: number; blob: Buffer }>(
    `SELECT v.version, v.blob FROM vaults AS t JOIN versions AS v
       ON v.vault_id = t.id AND v.version = t.latest WHERE t.id = ?`,
  );
  const selectVersions = db.prepare<[string], VersionInfo>(
    'SELECT version, size, created_at AS createdAt FROM versions WHERE vault_id = ? ORDER BY version',
  );

  const create = db.transaction(
    (id: string, hash: Uint8Array, blob: Uint8Array, now: number): CreateResult => {
      if (insertVault.run(id, hash, now).changes === 0) {
        return { ok: false, tokenHash: selectHash.get(id)!.token_hash };
      }
      insertVersion.run(id, 1, blob.byteLength, blob, now);
      return { ok: true, version: 1 };
    },
  );
  const append = db.transaction(
    (id: string, expected: number, blob: Uint8Array, keep: number, now: number): AppendResult => {
      // The conditional UPDATE is the compare-and-swap: only one writer moves `latest` on.
      if (bump.run(id, expected).changes === 0) {
        return { ok: false, current: selectLatest.get(id)?.latest ?? 0 };
      }
      const version = expected + 1;
      insertVersion.run(id, version, blob.byteLength, blob, now);
      prune.run(id, version - keep);
      return { ok: true, version };
    },
  );

  const asBlob = (row: { version: number; blob: Buffer } | undefined): StoredBlob | undefined =>
    row && { version: row.version, blob: row.blob };

  return {
    tokenHash: async (id) => selectHash.get(id)?.token_hash,
    create: async (id, hash, blob, now) => create.immediate(id, hash, blob, now),
    append: async (id, expected, blob, keep, now) =>
      append.immediate(id, expected, blob, keep, now),
    latest: async (id) => asBlob(selectLatestBlob.get(id)),
    version: async (id, n) => asBlob(selectBlob.get(id, n)),
    versions: async (id) => selectVersions.all(id),
    close: async () => {
      db.close();
    },
  };
}
