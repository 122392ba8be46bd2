import { describe, expect, test } from 'vitest';
import { chartHeight } from '../../ui/ChartBox.tsx';
import { MARK_RADIUS, NEAR, chartBox, nearestMark, xOf, yOf } from './timeline-shapes.ts';

describe('the timeline chart box', () => {
  test.each([240, 328, 360, 768, 1200])(
    'at %i px wide, the first and last days at severity 1 and 5 are drawn whole inside it',
    (width) => {
      const box = chartBox(width, chartHeight(width));
      for (const day of [0, 29]) {
        for (const severity of [1, 5]) {
          const x = xOf(day, 30, box);
          const y = yOf(severity, box);
          expect(x - MARK_RADIUS).toBeGreaterThan(0);
          expect(x + MARK_RADIUS).toBeLessThan(width);
          expect(y - MARK_RADIUS).toBeGreaterThan(0);
          // Above the dates written along the bottom.
          expect(y + MARK_RADIUS).toBeLessThan(box.height - 30);
        }
      }
    },
  );

  test('charts are 200 to 280 px tall', () => {
    expect(chartHeight(240)).toBe(200);
    expect(chartHeight(400)).toBe(240);
    expect(chartHeight(1200)).toBe(280);
  });
});

describe('nearestMark', () => {
  const marks = [
    { x: 40, y: 100 },
    { x: 70, y: 100 },
    { x: 200, y: 40 },
  ];

  test('a tap opens the nearest mark within reach', () => {
    expect(nearestMark(marks, 40, 100)).toBe(0);
    expect(nearestMark(marks, 50, 110)).toBe(0);
    expect(nearestMark(marks, 62, 95)).toBe(1);
    expect(nearestMark(marks, 200, 40 + NEAR)).toBe(2);
  });

  test('a tap farther than that from every mark opens none', () => {
    expect(nearestMark(marks, 200, 40 + NEAR + 1)).toBe(-1);
    expect(nearestMark(marks, 130, 160)).toBe(-1);
    expect(nearestMark([], 10, 10)).toBe(-1);
  });
});
