import { describe, expect, it } from 'vitest';
import { backupFileName } from './download.ts';

describe('backupFileName', () => {
  it('is neutral: a date and Steady’s own extension, nothing else', () => {
    expect(backupFileName(new Date(2026, 10, 24, 23, 59))).toBe('backup-2026-11-24.stdy');
    expect(backupFileName(new Date(2027, 0, 5))).toBe('backup-2027-01-05.stdy');
  });
});
