import type { UrgeWeek } from './weeks.ts';

export interface ChartSize {
  readonly width: number;
  readonly height: number;
  /** Room at the left and bottom for the axes' labels. */
  readonly padding: number;
}

export interface UrgeBar {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface UrgeChartGeometry {
  /** One bar per week with urges: how many came. */
  readonly bars: readonly UrgeBar[];
  /** The average strength, week by week; a gap in the weeks lifts the pen. */
  readonly strengthPath: string;
  /** Where contact happened, as small marks at the foot of the chart. */
  readonly contactMarks: readonly { readonly key: string; readonly x: number }[];
  readonly maxUrges: number;
  readonly firstWeek: string | null;
  readonly lastWeek: string | null;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Geometry for the urge chart, with weeks at their calendar position so gaps
 * show as gaps. Bars use the left scale (count, from 0 to the most in a week);
 * the line uses 0-10 for strength over the same height.
 */
export function urgeChart(weeks: readonly UrgeWeek[], size: ChartSize): UrgeChartGeometry {
  const first = weeks[0];
  const last = weeks.at(-1);
  if (first === undefined || last === undefined)
    return {
      bars: [],
      strengthPath: '',
      contactMarks: [],
      maxUrges: 0,
      firstWeek: null,
      lastWeek: null,
    };
  const span = last.index - first.index + 1;
  const plotWidth = size.width - size.padding * 2;
  const plotHeight = size.height - size.padding * 2;
  const step = plotWidth / span;
  const barWidth = Math.max(1, step * 0.7);
  const maxUrges = Math.max(1, ...weeks.map((w) => w.urges));
  const bottom = size.padding + plotHeight;
  const centre = (w: UrgeWeek) => size.padding + (w.index - first.index + 0.5) * step;

  const bars: UrgeBar[] = [];
  const path: string[] = [];
  const contactMarks: { key: string; x: number }[] = [];
  let previous: number | null = null;
  for (const w of weeks) {
    const x = centre(w);
    if (w.urges > 0) {
      const height = (w.urges / maxUrges) * plotHeight;
      bars.push({
        key: w.key,
        x: round(x - barWidth / 2),
        y: round(bottom - height),
        width: round(barWidth),
        height: round(height),
      });
    }
    if (w.averageStrength !== null) {
      const y = bottom - (w.averageStrength / 10) * plotHeight;
      path.push(`${previous === w.index - 1 ? 'L' : 'M'}${round(x)} ${round(y)}`);
      previous = w.index;
    }
    if (w.contacts > 0) contactMarks.push({ key: w.key, x: round(x) });
  }
  return {
    bars,
    strengthPath: path.join(''),
    contactMarks,
    maxUrges,
    firstWeek: first.key,
    lastWeek: last.key,
  };
}
