import { lineGeometry } from '@steady/core';
import { ChartBox, type ChartSize } from '../../ui/ChartBox.tsx';

const PADDING = 14;

/** How many slots have something of the person's own to draw. */
export function plotted(
  dots: ReadonlyArray<number | null> | undefined,
  line: ReadonlyArray<number | null>,
  bars: readonly number[] | undefined,
): number {
  // Dots are what was recorded; a line beside them is only their average.
  if (dots) return dots.filter((value) => value !== null && Number.isFinite(value)).length;
  const count = Math.max(line.length, bars?.length ?? 0);
  let slots = 0;
  for (let i = 0; i < count; i++) if ((bars?.[i] ?? 0) > 0 || (line[i] ?? null) !== null) slots++;
  return slots;
}

/**
 * A small static SVG drawn at the width it is shown: dots for each period, a line for
 * the rolling average, optional bars. Nothing moves. The table beside it carries the
 * same figures. With fewer than two periods to draw, `few` says what will appear
 * instead of a dot in an empty frame.
 */
export function Chart({
  id,
  title,
  desc,
  few,
  dots,
  line,
  bars,
}: {
  id: string;
  title: string;
  desc: string;
  few: string;
  dots?: ReadonlyArray<number | null>;
  line: ReadonlyArray<number | null>;
  bars?: readonly number[];
}) {
  if (plotted(dots, line, bars) < 2)
    return (
      <p class="card chart-empty progress-chart-empty" id={`${id}-few`}>
        {few}
      </p>
    );
  const draw = ({ width, height }: ChartSize) => {
    const size = { width, height, padding: PADDING };
    const bottom = height - PADDING;
    const rolling = lineGeometry(line, size);
    const points = dots ? lineGeometry(dots, size) : null;
    const count = Math.max(line.length, bars?.length ?? 0);
    const slot = count > 1 ? (width - PADDING * 2) / (count - 1) : 0;
    const barMax = Math.max(1, ...(bars ?? [0]));
    const barWidth = Math.max(2, Math.min(16, slot * 0.6));
    return (
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        <line class="progress-axis" x1={PADDING} x2={width - PADDING} y1={bottom} y2={bottom} />
        {bars?.map((value, i) => {
          const h = (value / barMax) * (height - PADDING * 2);
          const x = (count > 1 ? PADDING + i * slot : width / 2) - barWidth / 2;
          return (
            <rect
              key={i}
              class="progress-bar"
              x={x.toFixed(1)}
              y={(bottom - h).toFixed(1)}
              width={barWidth.toFixed(1)}
              height={h.toFixed(1)}
            />
          );
        })}
        <path class="progress-line" d={rolling.path} />
        {points?.dots.map((d) => (
          <circle key={d.index} class="progress-dot" cx={d.x} cy={d.y} r={4} />
        ))}
        {!points &&
          rolling.dots.map((d) => (
            <circle key={d.index} class="progress-dot" cx={d.x} cy={d.y} r={3} />
          ))}
      </svg>
    );
  };
  return (
    <figure class="progress-chart">
      <ChartBox draw={draw} />
      <figcaption class="hint">{desc}</figcaption>
    </figure>
  );
}
