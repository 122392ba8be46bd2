import './log.css';
import { urgeChart, type UrgeWeek } from '@steady/core';
import { useShell } from '../../shell/context.ts';

export const CHART_SIZE = { width: 320, height: 180, padding: 16 } as const;

/**
 * Bars for how many urges, a line for their average strength. Drawn as plain
 * SVG (no library); the table beside it carries the same figures in words.
 */
export function UrgeChart({ weeks }: { weeks: readonly UrgeWeek[] }) {
  const { t } = useShell();
  const chart = urgeChart(weeks, CHART_SIZE);
  const { width, height, padding } = CHART_SIZE;
  const bottom = height - padding;
  return (
    <figure class="urges-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="urges-chart-title urges-chart-desc"
        preserveAspectRatio="none"
      >
        <title id="urges-chart-title">{t('urges.chartTitle')}</title>
        <desc id="urges-chart-desc">{t('urges.chartDesc')}</desc>
        <line class="urges-axis" x1={padding} x2={width - padding} y1={bottom} y2={bottom} />
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
      <figcaption class="hint">{t('urges.chartTitle')}</figcaption>
    </figure>
  );
}
