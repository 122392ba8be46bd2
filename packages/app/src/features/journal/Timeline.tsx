import {
  STAGES,
  countDetailsToAdd,
  cycleItemsFromJournal,
  dayNumber,
  escalation,
  findCycles,
  timelineSeries,
  type Escalation,
  type JournalRecord,
  type TimelineSeries,
} from '@steady/core';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { ChartBox, type ChartSize } from '../../ui/ChartBox.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { formatDay, formatMonth, markEnd } from './data.ts';
import {
  MARK_RADIUS,
  TARGET_RADIUS,
  chartBox,
  nearestMark,
  stageShape,
  xOf,
  yOf,
} from './timeline-shapes.ts';

const RECENT_CYCLES = 20;

function Insight({ result }: { result: Escalation }) {
  const { t, locale } = useShell();
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const reasons: string[] = [];
  const gaps = result.daysBetween;
  const severity = result.severity;
  if (gaps && result.closer)
    reasons.push(t('journal.timeline.closer', { count: gaps.recent, early: gaps.early }));
  if (gaps && result.fartherApart)
    reasons.push(t('journal.timeline.fartherApart', { count: gaps.recent, early: gaps.early }));
  if (severity && result.moreSevere)
    reasons.push(
      t('journal.timeline.moreSevere', {
        recent: number.format(severity.recent),
        early: number.format(severity.early),
      }),
    );
  if (severity && result.lessSevere)
    reasons.push(
      t('journal.timeline.lessSevere', {
        recent: number.format(severity.recent),
        early: number.format(severity.early),
      }),
    );
  return (
    <section class="card journal-insight" aria-labelledby="journal-insight-title">
      <h3 id="journal-insight-title">{t('journal.timeline.patternTitle')}</h3>
      <p>{t(`journal.timeline.${result.verdict}`)}</p>
      {reasons.length > 0 && (
        <ul>
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {result.verdict === 'easing' && <p>{t('journal.timeline.easingNote')}</p>}
      {result.verdict !== 'too-few' && <p>{t('journal.timeline.advocate')}</p>}
    </section>
  );
}

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
function TimelineChart({
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

export function Timeline({
  records,
  onOpen,
}: {
  records: readonly JournalRecord[];
  /** Opens an entry, by its id: a mark on the chart was chosen. */
  onOpen: (id: string) => void;
}) {
  const { t, locale } = useShell();
  const later = useMemo(() => countDetailsToAdd(records), [records]);
  const view = useMemo(() => {
    // Quick notes without their details are not drawn: with only those, there is no chart.
    const items = cycleItemsFromJournal(records);
    if (items.length === 0) return null;
    let from = items[0]!.date;
    let to = from;
    for (const item of items) {
      if (item.date < from) from = item.date;
      if (item.date > to) to = item.date;
    }
    const series = timelineSeries(items, from, to);
    if (series.points.length === 0) return null;
    const analysis = findCycles(items);
    const months = new Map<string, { entries: number; incidents: number; highest: number }>();
    for (const point of series.points) {
      const key = point.date.slice(0, 7);
      const month = months.get(key) ?? { entries: 0, incidents: 0, highest: 0 };
      month.entries += point.count;
      month.incidents += point.stages.incident;
      month.highest = Math.max(month.highest, point.severity);
      months.set(key, month);
    }
    return { series, analysis, result: escalation(analysis.cycles), months: [...months] };
  }, [records]);

  useEffect(() => {
    markEnd('journal:timeline');
  }, []);

  if (!view)
    return (
      <div class="journal-timeline">
        <h2>{t('journal.timeline.title')}</h2>
        <div class="card chart-empty journal-timeline-empty">
          <p>{t('journal.timeline.empty')}</p>
          <p>{t('journal.timeline.emptyMore')}</p>
        </div>
        {later > 0 && <p class="hint">{t('journal.timeline.detailsToAdd', { count: later })}</p>}
      </div>
    );
  const { series, analysis, result, months } = view;
  const cycles = analysis.cycles;
  const recent = cycles.slice(-RECENT_CYCLES).reverse();
  const only = series.points.length === 1 ? series.points[0] : undefined;
  const monthsCaption = t('journal.timeline.monthsCaption');
  const cyclesCaption = t('journal.timeline.cyclesCaption');

  return (
    <div class="journal-timeline">
      <h2>{t('journal.timeline.title')}</h2>
      {later > 0 && <p class="hint">{t('journal.timeline.detailsToAdd', { count: later })}</p>}
      {only ? (
        <div class="card chart-empty journal-timeline-one">
          <p>{t('journal.timeline.one', { date: formatDay(only.date, locale) })}</p>
          {only.lead !== undefined && (
            <button type="button" class="secondary" onClick={() => onOpen(only.lead!)}>
              {t('journal.timeline.openOne')}
            </button>
          )}
        </div>
      ) : (
        <>
          <p>{t('journal.timeline.intro')}</p>
          <figure class="journal-chart">
            <ChartBox
              class="journal-chart-box"
              draw={(size) => (
                <TimelineChart series={series} cycles={cycles} size={size} onOpen={onOpen} />
              )}
            />
            <figcaption>
              <span class="hint">{t('journal.timeline.legend')}</span>
              <ul class="journal-legend">
                {STAGES.map((stage) => (
                  <li key={stage}>
                    <svg
                      class="journal-legend-shape"
                      viewBox={`0 0 ${2 * MARK_RADIUS + 2} ${2 * MARK_RADIUS + 2}`}
                      width={2 * MARK_RADIUS + 2}
                      height={2 * MARK_RADIUS + 2}
                      aria-hidden="true"
                    >
                      <path
                        class={`journal-mark journal-stage-${stage}`}
                        d={stageShape(stage, MARK_RADIUS + 1, MARK_RADIUS + 1, MARK_RADIUS)}
                      />
                    </svg>
                    {t(`journal.stage.${stage}`)}
                  </li>
                ))}
                <li>
                  <span class="journal-cycle-swatch" aria-hidden="true" />
                  {t('journal.timeline.cycleBand')}
                </li>
              </ul>
            </figcaption>
          </figure>
        </>
      )}

      <Insight result={result} />

      <TableScroll class="journal-table-wrap" label={monthsCaption}>
        <table>
          <caption>{monthsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('journal.timeline.month')}</th>
              <th scope="col">{t('journal.timeline.entries')}</th>
              <th scope="col">{t('journal.timeline.incidents')}</th>
              <th scope="col">{t('journal.timeline.highest')}</th>
            </tr>
          </thead>
          <tbody>
            {months.map(([month, row]) => (
              <tr key={month}>
                <th scope="row">{formatMonth(month, locale)}</th>
                <td>{row.entries}</td>
                <td>{row.incidents}</td>
                <td>{row.highest}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <section aria-labelledby="journal-cycles-title">
        <h3 id="journal-cycles-title">{t('journal.timeline.cyclesTitle')}</h3>
        <p>{t('journal.timeline.cyclesIntro')}</p>
        {recent.length === 0 ? (
          <p>{t('journal.timeline.cyclesNone')}</p>
        ) : (
          <>
            {cycles.length > recent.length && (
              <p class="hint">
                {t('journal.timeline.cyclesSome', { shown: recent.length, count: cycles.length })}
              </p>
            )}
            <TableScroll class="journal-table-wrap" label={cyclesCaption}>
              <table>
                <caption>{cyclesCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('journal.timeline.cycleStart')}</th>
                    <th scope="col">{t('journal.timeline.cycleIncident')}</th>
                    <th scope="col">{t('journal.timeline.cycleEnd')}</th>
                    <th scope="col">{t('journal.timeline.daysSince')}</th>
                    <th scope="col">{t('journal.timeline.highest')}</th>
                  </tr>
                </thead>
                <tbody>
                  {recent.map((cycle, i) => (
                    <tr key={`${cycle.start}-${i}`}>
                      <th scope="row">{formatDay(cycle.start, locale)}</th>
                      <td>{formatDay(cycle.firstIncident, locale)}</td>
                      <td>
                        {cycle.open
                          ? t('journal.timeline.cycleOpen')
                          : formatDay(cycle.end, locale)}
                      </td>
                      <td>
                        {cycle.daysSincePrevious === null
                          ? t('journal.timeline.daysNone')
                          : cycle.daysSincePrevious}
                      </td>
                      <td>{cycle.maxSeverity}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </>
        )}
      </section>
    </div>
  );
}
