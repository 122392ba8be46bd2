import { describe, expect, test } from 'vitest';
import { urgeChart } from './chart.ts';
import { localDayIn, weeklyUrges } from './weeks.ts';

const size = { width: 320, height: 160, padding: 20 };

describe('the urge chart', () => {
  test('empty history draws nothing', () => {
    expect(urgeChart([], size).bars).toEqual([]);
  });

  test('a gap between weeks lifts the pen', () => {
    const urges = ['2025-01-06', '2025-01-13', '2025-02-03'].map((d, i) => ({
      id: `u${i}`,
      at: `${d}T10:00:00.000Z`,
      strength: 5,
      pulls: [],
      note: '',
    }));
    const weeks = weeklyUrges(urges, [], localDayIn('UTC'));
    const chart = urgeChart(weeks, size);
    expect(chart.bars).toHaveLength(3);
    expect(chart.strengthPath.match(/[ML]/g)).toEqual(['M', 'L', 'M']);
    for (const bar of chart.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(size.padding);
      expect(bar.x + bar.width).toBeLessThanOrEqual(size.width - size.padding);
    }
  });
});
