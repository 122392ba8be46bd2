import { describe, expect, test } from 'vitest';
import { localDayAtOffset } from '@steady/core';
import { urgePoint } from './data.ts';

describe('urgePoint', () => {
  const utc = localDayAtOffset(() => 0);
  const madrid = localDayAtOffset(() => 60);
  const record = { id: 'u', at: '2025-01-05T23:30:00.000Z', strength: 7, pulls: [], note: '' };

  test('puts an urge on the person’s own day', () => {
    expect(urgePoint(record, utc)).toEqual({ date: '2025-01-05', strength: 7 });
    expect(urgePoint(record, madrid).date).toBe('2025-01-06');
  });
});
