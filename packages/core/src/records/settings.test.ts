import { describe, expect, it } from 'vitest';
import { serverBackupSettings } from './settings.ts';

describe('server backup settings', () => {
  const v1 = { key: 'ABCD-EFGH', version: 4, lastAt: '2026-11-30T10:00:00.000Z', pending: false };

  it('reads a version-1 record as version 2 with no deletion asked, the rest as it was', () => {
    expect(serverBackupSettings.version).toBe(2);
    const migrated = serverBackupSettings.migrate[1]!(v1);
    expect(serverBackupSettings.parse(migrated)).toEqual({
      ok: true,
      value: { ...v1, deleteAt: null },
    });
  });

  it('keeps the time a deletion was asked for, and reads a damaged one as none', () => {
    const at = '2026-12-05T03:00:00.000Z';
    expect(serverBackupSettings.parse({ ...v1, deleteAt: at })).toEqual({
      ok: true,
      value: { ...v1, deleteAt: at },
    });
    expect(serverBackupSettings.parse({ ...v1, deleteAt: 'soon' })).toMatchObject({
      ok: true,
      value: { deleteAt: null },
    });
  });
});
