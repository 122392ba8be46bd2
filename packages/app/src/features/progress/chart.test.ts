import { describe, expect, test } from 'vitest';
import { plotted } from './Chart.tsx';

describe('plotted: how many periods a progress chart would draw', () => {
  test('with dots, only what was recorded counts, not the average beside it', () => {
    expect(plotted([null, 6, null], [null, 6, 6], undefined)).toBe(1);
    expect(plotted([4, null, 6], [4, 4, 5], undefined)).toBe(2);
    expect(plotted([null, null], [null, null], undefined)).toBe(0);
  });

  test('with bars, a period counts when it has a bar or a point on the line', () => {
    expect(plotted(undefined, [null, null, null], [0, 2, 0])).toBe(1);
    expect(plotted(undefined, [5, null, null], [0, 2, 0])).toBe(2);
    expect(plotted(undefined, [null, null], [0, 0])).toBe(0);
  });
});
