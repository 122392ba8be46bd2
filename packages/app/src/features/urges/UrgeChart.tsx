import './log.css';
import { urgeChart, type UrgeWeek } from '@steady/core';
import { useShell } from '../../shell/context.ts';
import { ChartBox, type ChartSize } from '../../ui/ChartBox.tsx';

const PADDING = 16;

/**
 * Bars for how many urges, a line for their average strength, drawn as plain SVG (no
 * library) at the width it is shown; the table beside it carries the same figures in
 * words. With a single week there is nothing to compare yet: a sentence says what the
 * chart will show instead of one bar in an empty frame.
 */
export function UrgeChart({ weeks }: { weeks: readonly UrgeWeek[] }) {
  const { t } = useShell();
  if (weeks.length < 2)
    return <p class="card chart-empty urges-chart-empty">{t('urges.chartFew')}</p>;
  const draw = ({ width, height }: ChartSize) => {
    const chart = urgeChart(weeks, { width, height, padding: PADDING });
    const bottom = height - PADDING;
    return (
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="urges-chart-title urges-chart-desc"
      >
        <title id="urges-chart-title">{t('urges.chartTitle')}</title>
        <desc id="urges-chart-desc">{t('urges.chartDesc')}</desc>
        <line class="urges-axis" x1={PADDING} x2={width - PADDING} y1={bottom} y2={bottom} />
        {chart.bars.map((bar) => (
          <rect
            key={bar.key}
            class="urges-bar"
            x={bar.x}
            y={bar.y}
            width={bar.width}
            height={bar.height}
          />
        ))}
        <path class="urges-line" d={chart.strengthPath} />
        {chart.contactMarks.map((mark) => (
          <circle key={mark.key} class="urges-contact" cx={mark.x} cy={bottom + 8} r={4} />
        ))}
      </svg>
    );
  };
  return (
    <figure class="urges-chart">
      <ChartBox draw={draw} />
      <figcaption class="hint">{t('urges.chartTitle')}</figcaption>
    </figure>
  );
}
