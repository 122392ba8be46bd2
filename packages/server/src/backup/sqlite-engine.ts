import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type {
  AppendResult,
  BackupStore,
  CreateResult,
  LogAppendResult,
  LogReadResult,
  NewVaultResult,
  StoredBlob,
  ObjectsRead,
  SyncEntry,
  SyncObject,
  VersionInfo,
} from './store.ts';
import { checkQuota, pickAnswered, QuotaExceededError, TOUCH_SECONDS } from './store.ts';
import { versionsToPrune, type RetentionPolicy, type VersionTime } from './retention.ts';

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

// Sync, version 2. Only ever added to an existing file: the tables above are untouched.
const SYNC_SCHEMA = `
CREATE TABLE IF NOT EXISTS sync_objects (
  vault_id TEXT NOT NULL REFERENCES vaults(id),
  name TEXT NOT NULL,
  size INTEGER NOT NULL,
  bytes BLOB NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (vault_id, name)
) STRICT, WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sync_log (
  vault_id TEXT NOT NULL REFERENCES vaults(id),
  seq INTEGER NOT NULL,
  id TEXT NOT NULL,
  prev TEXT,
  bytes BLOB NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (vault_id, seq),
  UNIQUE (vault_id, id),
  UNIQUE (vault_id, prev)
) STRICT;
`;

// One-time shares. Only ever added to an existing file: the tables above are untouched.
const SHARE_SCHEMA = `
CREATE TABLE IF NOT EXISTS shares (
  id TEXT PRIMARY KEY,
  token_hash BLOB NOT NULL,
  size INTEGER NOT NULL,
  bytes BLOB NOT NULL,
  downloads_left INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS shares_expires_at ON shares (expires_at);
`;

/** The store's calls (its limits are kept on the main thread, sqlite.ts). */
export type StoreCalls = Omit<BackupStore, 'limits'>;

export type SqliteEngine = {
  [K in keyof StoreCalls]: (
    ...args: Parameters<StoreCalls[K]>
  ) => Awaited<ReturnType<StoreCalls[K]>>;
};

export interface SqliteConnection extends SqliteEngine {
  /**
   * Runs `calls` inside one IMMEDIATE transaction, committed once, each call in its own
   * savepoint (better-sqlite3 nests a transaction so): a call that throws undoes only its
   * own changes, and the others still commit. Waiting for the disk once for several
   * writes is what lets many clients write faster than one. `calls` runs only while the
   * transaction is open: if it ended early (an I/O error), the rest are not run. Throws
   * if the commit fails, when nothing of any of them is kept.
   */
  inOneCommit(calls: ReadonlyArray<() => void>): void;
}

/**
 * One connection to the store's SQLite file, in WAL mode; each write is one IMMEDIATE
 * transaction. Synchronous: sqlite.ts runs it in a worker thread. The 'writer' makes the
 * file and its tables; a 'reader' (opened after the writer) only ever reads, so in WAL
 * mode it answers while the writer's transaction is under way.
 */
export function openSqliteEngine(path: string, role: 'writer' | 'reader'): SqliteConnection {
  const file = resolve(path);
  if (role === 'writer') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { fileMustExist: role === 'reader' });
  db.pragma('busy_timeout = 5000');
  if (role === 'reader') {
    db.pragma('query_only = ON');
  } else {
    // A new file gets 64 KiB pages (an existing file keeps its own; the pragma is then
    // ignored): a 1 MiB object is 16 pages rather than 256, and was stored about twice as
    // fast here (bench/relay-load.bench.ts).
    db.pragma('page_size = 65536');
    db.pragma('journal_mode = WAL');
    // FULL: a committed version survives power loss too, not only a killed process.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.exec(SCHEMA);
    db.exec(SYNC_SCHEMA);
    db.exec(SHARE_SCHEMA);
    // Added later: the log's length when the object was stored (0 for objects stored
    // before this column, which only makes them look named by more entries). An object is
    // named by no entry when none was appended after it.
    const columns = db.prepare<[], { name: string }>('PRAGMA table_info(sync_objects)').all();
    if (!columns.some((column) => column.name === 'log_seq')) {
      db.exec('ALTER TABLE sync_objects ADD COLUMN log_seq INTEGER NOT NULL DEFAULT 0');
    }
    // Added later: when the vault's owner asked for it to be deleted (null: not asked).
    const vaultColumns = db.prepare<[], { name: string }>('PRAGMA table_info(vaults)').all();
    if (!vaultColumns.some((column) => column.name === 'delete_at')) {
      db.exec('ALTER TABLE vaults ADD COLUMN delete_at INTEGER');
    }
    db.exec(
      'CREATE INDEX IF NOT EXISTS vaults_delete_at ON vaults (delete_at) WHERE delete_at IS NOT NULL',
    );
    db.exec('CREATE INDEX IF NOT EXISTS sync_objects_created ON sync_objects (created_at)');
    // The quota's count of a vault's bytes reads these small indexes, not the rows that
    // hold the bytes.
    db.exec('CREATE INDEX IF NOT EXISTS sync_objects_size ON sync_objects (vault_id, size)');
    db.exec('CREATE INDEX IF NOT EXISTS versions_size ON versions (vault_id, size)');
  }
  db.pragma('cache_size = -16384');

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
  const selectTimes = db.prepare<[string], VersionTime>(
    'SELECT version, created_at AS createdAt FROM versions WHERE vault_id = ?',
  );
  const prune = db.prepare('DELETE FROM versions WHERE vault_id = ? AND version = ?');
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
    (
      id: string,
      expected: number,
      blob: Uint8Array,
      retention: RetentionPolicy,
      now: number,
      quota?: number,
    ): AppendResult => {
      // The conditional UPDATE is the compare-and-swap: only one writer moves `latest` on.
      if (bump.run(id, expected).changes === 0) {
        return { ok: false, current: selectLatest.get(id)?.latest ?? 0 };
      }
      const before = quota === undefined ? 0 : usage(id);
      const version = expected + 1;
      insertVersion.run(id, version, blob.byteLength, blob, now);
      for (const old of versionsToPrune(selectTimes.all(id), now, retention)) prune.run(id, old);
      // Counted once the pruning is done: a version that replaces one it prunes fits.
      // Thrown inside the transaction, so nothing of this write is kept.
      if (quota !== undefined && usage(id) > quota) throw new QuotaExceededError(before, quota);
      return { ok: true, version };
    },
  );

  const insertBareVault = db.prepare(
    'INSERT INTO vaults (id, token_hash, latest, created_at) VALUES (?, ?, 0, ?) ON CONFLICT (id) DO NOTHING',
  );
  const createVault = db.transaction(
    (id: string, hash: Uint8Array, now: number): NewVaultResult => {
      if (insertBareVault.run(id, hash, now).changes === 0) {
        return { ok: false, tokenHash: selectHash.get(id)!.token_hash };
      }
      return { ok: true };
    },
  );
  const hasObject = db.prepare<[string, string], { one: number }>(
    'SELECT 1 AS one FROM sync_objects WHERE vault_id = ? AND name = ?',
  );
  const insertObject = db.prepare(
    `INSERT INTO sync_objects (vault_id, name, size, bytes, created_at, log_seq)
     VALUES (?, ?, ?, ?, ?, (SELECT COALESCE(MAX(seq), 0) FROM sync_log WHERE vault_id = ?))
     ON CONFLICT (vault_id, name) DO NOTHING`,
  );
  const selectUsage = db.prepare<[string, string, string], { used: number }>(
    `SELECT (SELECT COALESCE(SUM(size), 0) FROM sync_objects WHERE vault_id = ?)
          + (SELECT COALESCE(SUM(length(bytes)), 0) FROM sync_log WHERE vault_id = ?)
          + (SELECT COALESCE(SUM(size), 0) FROM versions WHERE vault_id = ?) AS used`,
  );
  const selectTotal = db.prepare<[], { used: number }>(
    `SELECT (SELECT COALESCE(SUM(size), 0) FROM sync_objects)
          + (SELECT COALESCE(SUM(length(bytes)), 0) FROM sync_log)
          + (SELECT COALESCE(SUM(size), 0) FROM versions)
          + (SELECT COALESCE(SUM(size), 0) FROM shares) AS used`,
  );
  // Reads a page of the file itself, not only the connection's schema cache.
  const selectAnyVault = db.prepare('SELECT 1 FROM vaults LIMIT 1');
  const usage = (id: string) => selectUsage.get(id, id, id)!.used;
  const touch = db.prepare(
    'UPDATE sync_objects SET created_at = ? WHERE vault_id = ? AND name = ? AND created_at < ?',
  );
  const deleteOrphans = db.prepare(
    `DELETE FROM sync_objects WHERE created_at < ? AND NOT EXISTS (
       SELECT 1 FROM sync_log AS l WHERE l.vault_id = sync_objects.vault_id AND l.seq > sync_objects.log_seq)`,
  );
  const selectObject = db.prepare<[string, string], { bytes: Buffer }>(
    'SELECT bytes FROM sync_objects WHERE vault_id = ? AND name = ?',
  );
  const selectSize = db.prepare<[string, string], { size: number }>(
    'SELECT size FROM sync_objects WHERE vault_id = ? AND name = ?',
  );
  // One IMMEDIATE transaction from the count of the vault's bytes to the last insert: no
  // other writer can add to the vault in between, so the quota holds.
  const putObjects = db.transaction(
    (id: string, objects: readonly SyncObject[], now: number, quota?: number): number => {
      const fresh = objects.filter(({ name }) => hasObject.get(id, name) === undefined);
      const adding = fresh.reduce((sum, { bytes }) => sum + bytes.byteLength, 0);
      if (quota !== undefined) checkQuota(usage(id), adding, quota);
      let stored = 0;
      for (const { name, bytes } of fresh) {
        stored += insertObject.run(id, name, bytes.byteLength, bytes, now, id).changes;
      }
      return stored;
    },
  );
  const getObjects = db.transaction(
    (id: string, names: readonly string[], maxBytes: number): ObjectsRead => {
      const sizes = new Map<string, number>();
      for (const name of names) {
        const row = selectSize.get(id, name);
        if (row) sizes.set(name, row.size);
      }
      const { take, answered } = pickAnswered(names, sizes, maxBytes);
      const objects = take.map((name) => ({ name, bytes: selectObject.get(id, name)!.bytes }));
      return { objects, answered };
    },
  );
  const selectHead = db.prepare<[string], { seq: number; id: string }>(
    'SELECT seq, id FROM sync_log WHERE vault_id = ? ORDER BY seq DESC LIMIT 1',
  );
  const insertEntry = db.prepare(
    'INSERT INTO sync_log (vault_id, seq, id, prev, bytes, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const selectSeq = db.prepare<[string, string], { seq: number }>(
    'SELECT seq FROM sync_log WHERE vault_id = ? AND id = ?',
  );
  const selectEntries = db.prepare<[string, number, number], { id: string; bytes: Buffer }>(
    'SELECT id, bytes FROM sync_log WHERE vault_id = ? AND seq > ? ORDER BY seq LIMIT ?',
  );
  const missing = db.transaction((id: string, names: readonly string[], now?: number) => {
    if (now !== undefined) {
      for (const name of names) touch.run(now, id, name, now - TOUCH_SECONDS);
    }
    return names.filter((name) => hasObject.get(id, name) === undefined);
  });
  const appendLog = db.transaction(
    (
      id: string,
      expected: string | null,
      entry: SyncEntry,
      now: number,
      quota?: number,
    ): LogAppendResult => {
      // One IMMEDIATE transaction holds the write lock from the read of the head to the
      // insert: no other writer can move the head in between.
      const head = selectHead.get(id);
      if ((head?.id ?? null) !== expected || selectSeq.get(id, entry.id) !== undefined) {
        return { ok: false, head: head?.id ?? null };
      }
      if (quota !== undefined) checkQuota(usage(id), entry.bytes.byteLength, quota);
      const seq = (head?.seq ?? 0) + 1;
      insertEntry.run(id, seq, entry.id, expected, entry.bytes, now);
      return { ok: true, seq };
    },
  );
  const readLog = db.transaction(
    (id: string, since: string | null, limit: number): LogReadResult => {
      let after = 0;
      if (since !== null) {
        const found = selectSeq.get(id, since);
        if (!found) return { ok: false };
        after = found.seq;
      }
      const entries = selectEntries
        .all(id, after, limit)
        .map((row): SyncEntry => ({ id: row.id, bytes: row.bytes }));
      return { ok: true, entries, head: selectHead.get(id)?.id ?? null };
    },
  );

  const schedule = db.prepare('UPDATE vaults SET delete_at = ? WHERE id = ? AND delete_at IS NULL');
  const selectDeleteAt = db.prepare<[string], { delete_at: number | null }>(
    'SELECT delete_at FROM vaults WHERE id = ?',
  );
  const cancel = db.prepare(
    'UPDATE vaults SET delete_at = NULL WHERE id = ? AND delete_at IS NOT NULL',
  );
  const selectDue = db.prepare<[number], { id: string }>(
    'SELECT id FROM vaults WHERE delete_at IS NOT NULL AND delete_at <= ?',
  );
  const deleteVaultRows = [
    db.prepare('DELETE FROM sync_log WHERE vault_id = ?'),
    db.prepare('DELETE FROM sync_objects WHERE vault_id = ?'),
    db.prepare('DELETE FROM versions WHERE vault_id = ?'),
  ];
  const deleteVault = db.prepare(
    'DELETE FROM vaults WHERE id = ? AND delete_at IS NOT NULL AND delete_at <= ?',
  );
  const scheduleDeletion = db.transaction((id: string, at: number): number | undefined => {
    schedule.run(at, id);
    return selectDeleteAt.get(id)?.delete_at ?? undefined;
  });
  // One vault per transaction: a sweep with many due holds the write lock for one at a time.
  const deleteOne = db.transaction((id: string, now: number): number => {
    const due = selectDeleteAt.get(id)?.delete_at;
    if (due === undefined || due === null || due > now) return 0;
    for (const statement of deleteVaultRows) statement.run(id);
    return deleteVault.run(id, now).changes;
  });

  const insertShare = db.prepare(
    `INSERT INTO shares (id, token_hash, size, bytes, downloads_left, expires_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  );
  const selectShare = db.prepare<
    [string],
    { bytes: Buffer; downloads_left: number; expires_at: number }
  >('SELECT bytes, downloads_left, expires_at FROM shares WHERE id = ?');
  const countDownload = db.prepare(
    'UPDATE shares SET downloads_left = downloads_left - 1 WHERE id = ?',
  );
  const deleteShare = db.prepare('DELETE FROM shares WHERE id = ?');
  const selectShareHash = db.prepare<[string], { token_hash: Buffer }>(
    'SELECT token_hash FROM shares WHERE id = ?',
  );
  const deleteExpiredShares = db.prepare('DELETE FROM shares WHERE expires_at <= ?');
  // IMMEDIATE: the write lock is held from the read of the count to its update, so two
  // downloads cannot both take the last one.
  const takeShare = db.transaction((id: string, now: number): Buffer | undefined => {
    const row = selectShare.get(id);
    if (!row) return undefined;
    if (row.expires_at <= now) {
      deleteShare.run(id);
      return undefined;
    }
    if (row.downloads_left <= 1) deleteShare.run(id);
    else countDownload.run(id);
    return row.bytes;
  });

  const asBlob = (row: { version: number; blob: Buffer } | undefined): StoredBlob | undefined =>
    row && { version: row.version, blob: row.blob };

  const group = db.transaction((calls: ReadonlyArray<() => void>) => {
    for (const call of calls) {
      if (!db.inTransaction) throw new Error('The transaction ended before its last call.');
      call();
    }
  });

  return {
    inOneCommit: (calls) => group.immediate(calls),
    tokenHash: (id) => selectHash.get(id)?.token_hash,
    create: (id, hash, blob, now) => create.immediate(id, hash, blob, now),
    append: (id, expected, blob, retention, now, quota) =>
      append.immediate(id, expected, blob, retention, now, quota),
    latest: (id) => asBlob(selectLatestBlob.get(id)),
    version: (id, n) => asBlob(selectBlob.get(id, n)),
    versions: (id) => selectVersions.all(id),
    createVault: (id, hash, now) => createVault.immediate(id, hash, now),
    missingObjects: (id, names, now) =>
      now === undefined ? missing.deferred(id, names) : missing.immediate(id, names, now),
    putObject: (id, name, bytes, now, quota) =>
      putObjects.immediate(id, [{ name, bytes }], now, quota) === 1,
    getObject: (id, name) => selectObject.get(id, name)?.bytes,
    putObjects: (id, objects, now, quota) => putObjects.immediate(id, objects, now, quota),
    getObjects: (id, names, maxBytes) => getObjects.deferred(id, names, maxBytes),
    appendLog: (id, expected, entry, now, quota) =>
      appendLog.immediate(id, expected, entry, now, quota),
    readLog: (id, since, limit) => readLog.deferred(id, since, limit),
    usage: (id) => usage(id),
    totalUsage: () => selectTotal.get()!.used,
    collectOrphans: (before) => deleteOrphans.run(before).changes,
    scheduleDeletion: (id, at) => scheduleDeletion.immediate(id, at),
    cancelDeletion: (id) => cancel.run(id).changes > 0,
    deletionAt: (id) => selectDeleteAt.get(id)?.delete_at ?? null,
    deleteDueVaults: (now) =>
      selectDue.all(now).reduce((sum, { id }) => sum + deleteOne.immediate(id, now), 0),
    createShare: (share, now) =>
      insertShare.run(
        share.id,
        share.tokenHash,
        share.bytes.byteLength,
        share.bytes,
        share.downloads,
        share.expiresAt,
        now,
      ).changes === 1,
    takeShare: (id, now) => takeShare.immediate(id, now),
    shareTokenHash: (id) => selectShareHash.get(id)?.token_hash,
    deleteShare: (id) => deleteShare.run(id).changes > 0,
    deleteExpiredShares: (now) => deleteExpiredShares.run(now).changes,
    ping: () => {
      selectAnyVault.get();
    },
    close: () => {
      db.close();
    },
  };
}
