import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUTS, readTimeouts, TimeoutConfigError } from '../timeouts.ts';
import { BackupConfigError, DEFAULT_LIMITS, readBackupConfig } from './config.ts';

describe('backup settings from the environment', () => {
  it('is off unless STEADY_BACKUP says otherwise', () => {
    expect(readBackupConfig({})).toEqual({ kind: 'off' });
    expect(readBackupConfig({ STEADY_BACKUP: 'off', STEADY_BACKUP_PG: 'x' })).toEqual({
      kind: 'off',
    });
  });

  it('reads SQLite with defaults and limits', () => {
    expect(readBackupConfig({ STEADY_BACKUP: 'sqlite' })).toMatchObject({
      kind: 'sqlite',
      sqlitePath: 'steady-backup.sqlite',
      limits: DEFAULT_LIMITS,
      trustProxy: false,
    });
    const config = readBackupConfig({
      STEADY_BACKUP: 'sqlite',
      STEADY_BACKUP_SQLITE: '/var/lib/steady/backup.sqlite',
      STEADY_BACKUP_MAX_BYTES: '1048576',
      STEADY_BACKUP_KEEP_VERSIONS: '5',
      STEADY_BACKUP_TRUST_PROXY: '1',
      STEADY_BACKUP_APP_ORIGIN: 'https://app.example.org',
    });
    expect(config).toMatchObject({
      sqlitePath: '/var/lib/steady/backup.sqlite',
      limits: { ...DEFAULT_LIMITS, maxBlobBytes: 1048576, keepVersions: 5 },
      trustProxy: true,
      appOrigin: 'https://app.example.org',
    });
  });

  it('needs a postgres:// URL for PostgreSQL, without echoing it', () => {
    expect(
      readBackupConfig({ STEADY_BACKUP: 'postgres', STEADY_BACKUP_PG: 'postgres://u:p@db/steady' }),
    ).toMatchObject({ kind: 'postgres', postgresUrl: 'postgres://u:p@db/steady' });
    expect(() => readBackupConfig({ STEADY_BACKUP: 'postgres' })).toThrow(/STEADY_BACKUP_PG/);
    try {
      readBackupConfig({ STEADY_BACKUP: 'postgres', STEADY_BACKUP_PG: 'mysql://u:secret@db' });
    } catch (error) {
      expect((error as Error).message).not.toContain('secret');
    }
  });

  it('opens 20 PostgreSQL connections per instance unless told how many', () => {
    const pg = { STEADY_BACKUP: 'postgres', STEADY_BACKUP_PG: 'postgres://u:p@db/steady' };
    expect(readBackupConfig(pg)).toMatchObject({ postgresPool: 20 });
    expect(readBackupConfig({ ...pg, STEADY_BACKUP_PG_POOL: '6' })).toMatchObject({
      postgresPool: 6,
    });
    expect(() => readBackupConfig({ ...pg, STEADY_BACKUP_PG_POOL: '0' })).toThrow(
      /STEADY_BACKUP_PG_POOL/,
    );
    expect(() => readBackupConfig({ ...pg, STEADY_BACKUP_PG_POOL: 'many' })).toThrow(
      /STEADY_BACKUP_PG_POOL/,
    );
  });

  it('reads the sync v2 limits, the object limit fitting the largest sealed object', () => {
    expect(DEFAULT_LIMITS.maxObjectBytes).toBe(4 * 1024 * 1024 + 128 * 1024 + 30);
    expect(
      readBackupConfig({
        STEADY_BACKUP: 'sqlite',
        STEADY_BACKUP_MAX_OBJECT_BYTES: '1048576',
        STEADY_BACKUP_MAX_ENTRY_BYTES: '65536',
        STEADY_BACKUP_SYNC_PER_MINUTE: '600',
        STEADY_BACKUP_SYNC_BURST: '100',
      }),
    ).toMatchObject({
      limits: {
        ...DEFAULT_LIMITS,
        maxObjectBytes: 1048576,
        maxEntryBytes: 65536,
        syncPerMinute: 600,
        syncBurst: 100,
      },
    });
    expect(() =>
      readBackupConfig({ STEADY_BACKUP: 'sqlite', STEADY_BACKUP_MAX_OBJECT_BYTES: '4MiB' }),
    ).toThrow(/STEADY_BACKUP_MAX_OBJECT_BYTES/);
    expect(() =>
      readBackupConfig({ STEADY_BACKUP: 'sqlite', STEADY_BACKUP_SYNC_BURST: '0' }),
    ).toThrow(/STEADY_BACKUP_SYNC_BURST/);
  });

  it('reads the batch limit, which holds at least one largest object and its frame', () => {
    const limitsOf = (env: Record<string, string>) => {
      const config = readBackupConfig({ STEADY_BACKUP: 'sqlite', ...env });
      return config.kind === 'off' ? undefined : config.limits;
    };
    expect(DEFAULT_LIMITS.maxBatchBytes).toBe(16 * 1024 * 1024);
    expect(limitsOf({ STEADY_BACKUP_MAX_BATCH_BYTES: '8388608' })?.maxBatchBytes).toBe(8388608);
    // Unset, it grows to hold one object as large as the object limit lets through.
    expect(limitsOf({ STEADY_BACKUP_MAX_OBJECT_BYTES: String(32 * 1024 * 1024) })).toMatchObject({
      maxBatchBytes: 32 * 1024 * 1024 + 20,
    });
    expect(() => limitsOf({ STEADY_BACKUP_MAX_BATCH_BYTES: '1000000' })).toThrow(
      /STEADY_BACKUP_MAX_BATCH_BYTES: must hold one largest object/,
    );
    expect(() => limitsOf({ STEADY_BACKUP_MAX_BATCH_BYTES: '16MiB' })).toThrow(
      /STEADY_BACKUP_MAX_BATCH_BYTES/,
    );
  });

  it('reads the caps on uploads under way and the body idle time', () => {
    expect(DEFAULT_LIMITS).toMatchObject({
      maxUploads: 64,
      maxUploadsPerIp: 8,
      bodyIdleSeconds: 30,
    });
    expect(
      readBackupConfig({
        STEADY_BACKUP: 'sqlite',
        STEADY_BACKUP_MAX_UPLOADS: '200',
        STEADY_BACKUP_MAX_UPLOADS_PER_IP: '2',
        STEADY_BACKUP_BODY_IDLE_SECONDS: '10',
      }),
    ).toMatchObject({ limits: { maxUploads: 200, maxUploadsPerIp: 2, bodyIdleSeconds: 10 } });
    expect(() =>
      readBackupConfig({ STEADY_BACKUP: 'sqlite', STEADY_BACKUP_MAX_UPLOADS_PER_IP: '0' }),
    ).toThrow(/STEADY_BACKUP_MAX_UPLOADS_PER_IP/);
  });

  it('reads the per-vault quota in MiB and the grace before orphans are collected', () => {
    expect(DEFAULT_LIMITS).toMatchObject({ vaultQuotaBytes: 1024 * 1024 * 1024, orphanHours: 48 });
    expect(
      readBackupConfig({
        STEADY_BACKUP: 'sqlite',
        STEADY_BACKUP_VAULT_QUOTA_MB: '50',
        STEADY_BACKUP_ORPHAN_HOURS: '6',
      }),
    ).toMatchObject({ limits: { vaultQuotaBytes: 50 * 1024 * 1024, orphanHours: 6 } });
    for (const [name, value] of [
      ['STEADY_BACKUP_VAULT_QUOTA_MB', '0'],
      ['STEADY_BACKUP_VAULT_QUOTA_MB', '1GB'],
      ['STEADY_BACKUP_ORPHAN_HOURS', '0'],
      ['STEADY_BACKUP_ORPHAN_HOURS', '1.5'],
    ] as const) {
      expect(() => readBackupConfig({ STEADY_BACKUP: 'sqlite', [name]: value })).toThrow(
        new RegExp(name),
      );
    }
  });

  it('reads the total storage budget in MiB (none by default) and how old its total may be', () => {
    expect(DEFAULT_LIMITS).toMatchObject({ totalBytes: 0, totalCheckSeconds: 30 });
    expect(readBackupConfig({ STEADY_BACKUP: 'sqlite' })).toMatchObject({
      limits: { totalBytes: 0, totalCheckSeconds: 30 },
    });
    expect(
      readBackupConfig({
        STEADY_BACKUP: 'postgres',
        STEADY_BACKUP_PG: 'postgres://relay@db/steady',
        STEADY_BACKUP_TOTAL_MB: '500000',
        STEADY_BACKUP_TOTAL_CHECK_SECONDS: '5',
      }),
    ).toMatchObject({ limits: { totalBytes: 500_000 * 1024 * 1024, totalCheckSeconds: 5 } });
    expect(
      readBackupConfig({ STEADY_BACKUP: 'sqlite', STEADY_BACKUP_TOTAL_MB: '0' }),
    ).toMatchObject({ limits: { totalBytes: 0 } });
    for (const [name, value] of [
      ['STEADY_BACKUP_TOTAL_MB', '-1'],
      ['STEADY_BACKUP_TOTAL_MB', '2TB'],
      ['STEADY_BACKUP_TOTAL_MB', '0.5'],
      ['STEADY_BACKUP_TOTAL_CHECK_SECONDS', '0'],
    ] as const) {
      expect(() => readBackupConfig({ STEADY_BACKUP: 'sqlite', [name]: value })).toThrow(
        new RegExp(name),
      );
    }
  });

  it("reads the server's header and request timeouts", () => {
    expect(readTimeouts({})).toEqual(DEFAULT_TIMEOUTS);
    expect(DEFAULT_TIMEOUTS).toEqual({ headersSeconds: 20, requestSeconds: 300 });
    expect(
      readTimeouts({ STEADY_HEADERS_TIMEOUT_SECONDS: '5', STEADY_REQUEST_TIMEOUT_SECONDS: '60' }),
    ).toEqual({ headersSeconds: 5, requestSeconds: 60 });
    expect(() => readTimeouts({ STEADY_REQUEST_TIMEOUT_SECONDS: '5m' })).toThrow(
      /STEADY_REQUEST_TIMEOUT_SECONDS/,
    );
    expect(() => readTimeouts({ STEADY_HEADERS_TIMEOUT_SECONDS: '400' })).toThrow(
      TimeoutConfigError,
    );
  });

  it('reads the spaced history and the deletion delay, 0 turning a spacing off', () => {
    expect(DEFAULT_LIMITS).toMatchObject({
      keepVersions: 10,
      keepDaily: 30,
      keepWeekly: 52,
      keepHours: 72,
      deleteDelayHours: 72,
    });
    expect(
      readBackupConfig({
        STEADY_BACKUP: 'sqlite',
        STEADY_BACKUP_KEEP_DAILY: '0',
        STEADY_BACKUP_KEEP_WEEKLY: '104',
        STEADY_BACKUP_KEEP_HOURS: '0',
        STEADY_BACKUP_DELETE_DELAY_HOURS: '168',
      }),
    ).toMatchObject({
      limits: { keepDaily: 0, keepWeekly: 104, keepHours: 0, deleteDelayHours: 168 },
    });
    for (const env of [
      { STEADY_BACKUP_KEEP_HOURS: '-1' },
      { STEADY_BACKUP_KEEP_DAILY: '1.5' },
      { STEADY_BACKUP_KEEP_WEEKLY: '9999' },
      { STEADY_BACKUP_DELETE_DELAY_HOURS: '0' },
    ]) {
      const name = Object.keys(env)[0]!;
      expect(() => readBackupConfig({ STEADY_BACKUP: 'sqlite', ...env })).toThrow(name);
    }
  });

  it('refuses wrong values, naming the variable', () => {
    const bad: Record<string, string>[] = [
      { STEADY_BACKUP: 'mongodb' },
      { STEADY_BACKUP: 'sqlite', STEADY_BACKUP_MAX_BYTES: '16MB' },
      { STEADY_BACKUP: 'sqlite', STEADY_BACKUP_KEEP_VERSIONS: '0' },
      { STEADY_BACKUP: 'sqlite', STEADY_BACKUP_IP_BURST: '-1' },
      { STEADY_BACKUP: 'sqlite', STEADY_BACKUP_TRUST_PROXY: 'yes' },
      { STEADY_BACKUP: 'sqlite', STEADY_BACKUP_APP_ORIGIN: 'http://app.example.org' },
      { STEADY_BACKUP: 'sqlite', STEADY_BACKUP_APP_ORIGIN: 'https://app.example.org/path' },
    ];
    for (const env of bad) {
      expect(() => readBackupConfig(env)).toThrow(BackupConfigError);
    }
    expect(() =>
      readBackupConfig({ STEADY_BACKUP: 'sqlite', STEADY_BACKUP_MAX_BYTES: 'x' }),
    ).toThrow(/STEADY_BACKUP_MAX_BYTES/);
  });
});
