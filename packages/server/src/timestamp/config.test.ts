import { describe, expect, it } from 'vitest';
import { readBackupConfig } from '../backup/config.ts';
import { DEFAULT_TSA_NAME, DEFAULT_TSA_POLICY, readTimestampConfig } from './config.ts';

const sqlite = readBackupConfig({
  STEADY_BACKUP: 'sqlite',
  STEADY_BACKUP_SQLITE: '/var/lib/steady/backup.sqlite',
});
const postgres = readBackupConfig({
  STEADY_BACKUP: 'postgres',
  STEADY_BACKUP_PG: 'postgres://u@db/steady',
});

describe('timestamp settings from the environment', () => {
  it('is off unless STEADY_TSA=on', () => {
    expect(readTimestampConfig({}, sqlite)).toEqual({ kind: 'off' });
    expect(readTimestampConfig({ STEADY_TSA: 'off', STEADY_TSA_KEY: 'k.pem' }, sqlite)).toEqual({
      kind: 'off',
    });
    expect(() => readTimestampConfig({ STEADY_TSA: 'yes' }, sqlite)).toThrow(
      /STEADY_TSA: must be on or off/,
    );
  });

  it('keeps a generated pair beside the SQLite file, under the default policy', () => {
    expect(readTimestampConfig({ STEADY_TSA: 'on' }, sqlite)).toEqual({
      kind: 'on',
      policy: DEFAULT_TSA_POLICY,
      keyFile: undefined,
      certFile: undefined,
      dir: '/var/lib/steady',
      name: DEFAULT_TSA_NAME,
    });
    expect(
      readTimestampConfig(
        { STEADY_TSA: 'on', STEADY_TSA_DIR: '/srv/tsa', STEADY_TSA_POLICY: '1.3.6.1.4.1.99999.1' },
        sqlite,
      ),
    ).toMatchObject({ dir: '/srv/tsa', policy: '1.3.6.1.4.1.99999.1' });
  });

  it('needs the backup relay, both files or neither, a folder with PostgreSQL, and an OID', () => {
    expect(() => readTimestampConfig({ STEADY_TSA: 'on' }, { kind: 'off' })).toThrow(
      /STEADY_BACKUP too/,
    );
    expect(() =>
      readTimestampConfig({ STEADY_TSA: 'on', STEADY_TSA_KEY: 'k.pem' }, sqlite),
    ).toThrow(/name both files/);
    expect(() => readTimestampConfig({ STEADY_TSA: 'on' }, postgres)).toThrow(/STEADY_TSA_DIR/);
    expect(
      readTimestampConfig(
        { STEADY_TSA: 'on', STEADY_TSA_KEY: '/k.pem', STEADY_TSA_CERT: '/c.pem' },
        postgres,
      ),
    ).toMatchObject({ keyFile: '/k.pem', certFile: '/c.pem' });
    for (const policy of ['1', '3.1', '1.2.03', 'a.b', '1.2.']) {
      expect(() =>
        readTimestampConfig({ STEADY_TSA: 'on', STEADY_TSA_POLICY: policy }, sqlite),
      ).toThrow(/STEADY_TSA_POLICY/);
    }
    expect(() =>
      readTimestampConfig({ STEADY_TSA: 'on', STEADY_TSA_NAME: 'x'.repeat(65) }, sqlite),
    ).toThrow(/STEADY_TSA_NAME/);
  });
});
