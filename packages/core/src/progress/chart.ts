export interface LineChartSize {
  readonly width: number;
  readonly height: number;
  readonly padding: number;
}

export interface ChartDot {
  readonly index: number;
  readonly x: number;
  readonly y: number;
  readonly value: number;
}

export interface LineGeometry {
  /** An SVG path; it lifts the pen over gaps instead of drawing through them. */
  readonly path: string;
  readonly dots: readonly ChartDot[];
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * A line over evenly spaced slots, 0 at the bottom and `max` at the top.
 * A null is a gap: the line stops and starts again after it.
 */
export function lineGeometry(
  values: readonly (number | null)[],
  size: LineChartSize,
  max = 10,
): LineGeometry {
  const { width, height, padding } = size;
  const span = width - padding * 2;
  const step = values.length > 1 ? span / (values.length - 1) : 0;
  const xOf = (i: number) => round(values.length > 1 ? padding + i * step : width / 2);
  const yOf = (v: number) =>
    round(height - padding - (Math.min(max, Math.max(0, v)) / max) * (height - padding * 2));
  const dots: ChartDot[] = [];
  let path = '';
  let penDown = false;
  values.forEach((value, index) => {
    if (value === null || !Number.isFinite(value)) {
      penDown = false;
      return;
    }
    const x = xOf(index);
    const y = yOf(value);
    dots.push({ index, x, y, value });
    path += `${path ? ' ' : ''}${penDown ? 'L' : 'M'}${x} ${y}`;
    penDown = true;
  });
  return { path, dots };
}
