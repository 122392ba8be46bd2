import { STAGES, dayNumber, type findCycles, type TimelineSeries } from '@steady/core';
import { useMemo, useRef, useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import type { ChartSize } from '../../ui/ChartBox.tsx';
import { formatDay } from './data.ts';
import {
  MARK_RADIUS,
  TARGET_RADIUS,
  chartBox,
  nearestMark,
  stageShape,
  xOf,
  yOf,
} from './timeline-shapes.ts';

interface Mark {
  readonly x: number;
  readonly y: number;
  readonly id: string;
  readonly label: string;
}

/**
 * The chart, drawn at the size it is shown. Below, one picture (role img, with its
 * title and a summary); over it, a layer of the same size with a button per day: a
 * 24 px target round each mark, one tab stop for all of them (arrow keys, Home and
 * End move between days, Enter or Space opens the day's entry), and a tap within 22 px
 * of a mark opens the nearest one, however close together the days are.
 */
export function TimelineChart({
  series,
  cycles,
  size,
  onOpen,
}: {
  series: TimelineSeries;
  cycles: ReturnType<typeof findCycles>['cycles'];
  size: ChartSize;
  onOpen: (id: string) => void;
}) {
  const { t, locale } = useShell();
  const layer = useRef<SVGSVGElement>(null);
  const box = chartBox(size.width, size.height);
  const start = dayNumber(series.from);
  const base = box.height - box.bottom;
  const marks = useMemo((): Mark[] => {
    const at = chartBox(size.width, size.height);
    const list: Mark[] = [];
    for (const point of series.points) {
      if (point.lead === undefined) continue;
      const params = {
        date: formatDay(point.date, locale),
        stage: t(`journal.stage.${point.stage}`),
        severity: point.severity,
      };
      list.push({
        x: xOf(point.day, series.days, at),
        y: yOf(point.severity, at),
        id: point.lead,
        label:
          point.count > 1
            ? t('journal.timeline.markMany', { ...params, count: point.count })
            : t('journal.timeline.mark', params),
      });
    }
    return list;
  }, [series, size.width, size.height, t, locale]);
  // The most recent day is where the keyboard starts.
  const [active, setActive] = useState(marks.length - 1);
  const current = Math.min(Math.max(active, 0), marks.length - 1);

  const moveTo = (index: number) => {
    setActive(index);
    layer.current?.querySelector<SVGGElement>(`[data-mark="${index}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const last = marks.length - 1;
    let next: number | null = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = Math.min(last, current + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = Math.max(0, current - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const mark = marks[current];
      if (mark) onOpen(mark.id);
      return;
    }
    if (next === null) return;
    event.preventDefault();
    moveTo(next);
  };
  const onClick = (event: MouseEvent) => {
    const svg = layer.current;
    if (!svg) return;
    const frame = svg.getBoundingClientRect();
    const found = nearestMark(marks, event.clientX - frame.left, event.clientY - frame.top);
    const mark = marks[found];
    if (!mark) return;
    setActive(found);
    onOpen(mark.id);
  };

  return (
    <>
      <svg
        width={box.width}
        height={box.height}
        viewBox={`0 0 ${box.width} ${box.height}`}
        role="img"
        aria-labelledby="jt-title jt-desc"
      >
        <title id="jt-title">{t('journal.timeline.chartTitle')}</title>
        <desc id="jt-desc">
          {t('journal.timeline.chartDesc', {
            from: formatDay(series.from, locale),
            to: formatDay(series.to, locale),
            daysPart: t('journal.timeline.chartDays', { count: series.points.length }),
            cyclesPart: t('journal.timeline.chartCycles', { count: cycles.length }),
          })}
        </desc>
        {cycles.map((cycle, i) => {
          const x1 = xOf(dayNumber(cycle.start) - start, series.days, box);
          // An open cycle runs on to the end of the chart: it has not ended.
          const x2 = xOf(dayNumber(cycle.open ? series.to : cycle.end) - start, series.days, box);
          const from = Math.max(1, x1 - MARK_RADIUS - 2);
          const to = Math.min(box.width - 1, x2 + MARK_RADIUS + 2);
          return (
            <rect
              key={`${cycle.start}-${i}`}
              class={`journal-cycle-band journal-cycle-${i % 2}${cycle.open ? ' journal-cycle-open' : ''}`}
              x={from}
              y={box.top - MARK_RADIUS - 2}
              width={Math.max(2, to - from)}
              height={base - box.top + 2 * (MARK_RADIUS + 2)}
            />
          );
        })}
        {[1, 2, 3, 4, 5].map((severity) => (
          <g key={severity} class="journal-grid">
            <line
              x1={box.left}
              x2={box.width - box.right}
              y1={yOf(severity, box)}
              y2={yOf(severity, box)}
            />
            <text x={box.left - 14} y={yOf(severity, box) + 4.5} text-anchor="end">
              {severity}
            </text>
          </g>
        ))}
        <text class="journal-axis-label" x={box.left - MARK_RADIUS} y={box.height - 14}>
          {formatDay(series.from, locale)}
        </text>
        <text class="journal-axis-label" x={box.width - 6} y={box.height - 14} text-anchor="end">
          {formatDay(series.to, locale)}
        </text>
        {STAGES.map((stage) => {
          const d = series.points
            .filter((point) => point.stage === stage)
            .map((point) =>
              stageShape(
                stage,
                xOf(point.day, series.days, box),
                yOf(point.severity, box),
                MARK_RADIUS,
              ),
            )
            .join('');
          return d ? (
            <path key={stage} class={`journal-mark journal-stage-${stage}`} d={d} />
          ) : null;
        })}
      </svg>
      <svg
        ref={layer}
        class="journal-chart-marks"
        width={box.width}
        height={box.height}
        viewBox={`0 0 ${box.width} ${box.height}`}
        role="group"
        aria-label={t('journal.timeline.marks')}
        onKeyDown={onKeyDown}
        onClick={onClick}
      >
        {/* The whole chart takes taps: one between marks opens the nearest within reach. */}
        <rect class="journal-chart-taps" width={box.width} height={box.height} />
        {marks.map((mark, i) => (
          <g
            key={`${mark.id}-${i}`}
            class="journal-mark-button"
            role="button"
            tabindex={i === current ? 0 : -1}
            aria-label={mark.label}
            data-mark={i}
            onFocus={() => setActive(i)}
          >
            <circle class="journal-mark-target" cx={mark.x} cy={mark.y} r={TARGET_RADIUS} />
          </g>
        ))}
      </svg>
    </>
  );
}
