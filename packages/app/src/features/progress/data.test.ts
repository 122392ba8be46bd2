import { describe, expect, test } from 'vitest';
import { localDayAtOffset } from '@steady/core';
import { urgePoint } from './data.ts';

describe('urgePoint', () => {
  const utc = localDayAtOffset(() => 0);
  const madrid = localDayAtOffset(() => 60);

  test('reads the urge tools’ records on the person’s own day', () => {
    expect(urgePoint({ id: 'u', at: '2025-01-05T23:30:00.000Z', strength: 7 }, utc)).toEqual({
      date: '2025-01-05',
      strength: 7,
    });
    expect(urgePoint({ at: '2025-01-05T23:30:00.000Z', strength: 7 }, madrid)?.date).toBe(
      '2025-01-06',
    );
  });

  test('ignores anything it cannot read rather than failing', () => {
    expect(urgePoint(null, utc)).toBeNull();
    expect(urgePoint({ at: 'yesterday', strength: 3 }, utc)).toBeNull();
    expect(urgePoint({ at: '2025-01-05T10:00:00.000Z', strength: 11 }, utc)).toBeNull();
    expect(urgePoint({ at: '2025-01-05T10:00:00.000Z' }, utc)).toBeNull();
  });
});
