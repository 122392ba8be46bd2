import { lineGeometry } from '@steady/core';

export const CHART = { width: 320, height: 160, padding: 14 } as const;

/**
 * A small static SVG: dots for each period, a line for the rolling average,
 * optional bars. Nothing moves. The table beside it carries the same figures.
 */
export function Chart({
  id,
  title,
  desc,
  dots,
  line,
  bars,
}: {
  id: string;
  title: string;
  desc: string;
  dots?: ReadonlyArray<number | null>;
  line: ReadonlyArray<number | null>;
  bars?: readonly number[];
}) {
  const { width, height, padding } = CHART;
  const bottom = height - padding;
  const rolling = lineGeometry(line, CHART);
  const points = dots ? lineGeometry(dots, CHART) : null;
  const count = Math.max(line.length, bars?.length ?? 0);
  const slot = count > 1 ? (width - padding * 2) / (count - 1) : 0;
  const barMax = Math.max(1, ...(bars ?? [0]));
  const barWidth = Math.max(2, Math.min(16, slot * 0.6));
  return (
    <figure class="progress-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        preserveAspectRatio="none"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        <line class="progress-axis" x1={padding} x2={width - padding} y1={bottom} y2={bottom} />
        {bars?.map((value, i) => {
          const h = (value / barMax) * (height - padding * 2);
          const x = (count > 1 ? padding + i * slot : width / 2) - barWidth / 2;
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
          <circle key={d.index} class="progress-dot" cx={d.x} cy={d.y} r={3} />
        ))}
        {!points &&
          rolling.dots.map((d) => (
            <circle key={d.index} class="progress-dot" cx={d.x} cy={d.y} r={2.5} />
          ))}
      </svg>
      <figcaption class="hint">{desc}</figcaption>
    </figure>
  );
}
