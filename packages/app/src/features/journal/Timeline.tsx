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
} from '@steady/core';
import { useEffect, useMemo } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { formatDay, formatMonth, markEnd } from './data.ts';
import { CHART, stageShape, xOf, yOf } from './timeline-shapes.ts';

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

export function Timeline({ records }: { records: readonly JournalRecord[] }) {
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
        <p>{t('journal.timeline.empty')}</p>
        {later > 0 && <p class="hint">{t('journal.timeline.detailsToAdd', { count: later })}</p>}
      </div>
    );
  const { series, analysis, result, months } = view;
  const start = dayNumber(series.from);
  const cycles = analysis.cycles;
  const recent = cycles.slice(-RECENT_CYCLES).reverse();
  const base = CHART.height - CHART.bottom;

  return (
    <div class="journal-timeline">
      <h2>{t('journal.timeline.title')}</h2>
      <p>{t('journal.timeline.intro')}</p>
      {later > 0 && <p class="hint">{t('journal.timeline.detailsToAdd', { count: later })}</p>}
      <figure class="journal-chart">
        <svg
          viewBox={`0 0 ${CHART.width} ${CHART.height}`}
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
            const x1 = xOf(dayNumber(cycle.start) - start, series.days);
            // An open cycle runs on to the end of the chart: it has not ended.
            const x2 = xOf(dayNumber(cycle.open ? series.to : cycle.end) - start, series.days);
            return (
              <rect
                key={`${cycle.start}-${i}`}
                class={`journal-cycle-band journal-cycle-${i % 2}${cycle.open ? ' journal-cycle-open' : ''}`}
                x={x1 - 3}
                y={CHART.top - 8}
                width={Math.max(6, x2 - x1 + 6)}
                height={base - CHART.top + 16}
              />
            );
          })}
          {[1, 2, 3, 4, 5].map((severity) => (
            <g key={severity} class="journal-grid">
              <line
                x1={CHART.left}
                x2={CHART.width - CHART.right}
                y1={yOf(severity)}
                y2={yOf(severity)}
              />
              <text x={CHART.left - 10} y={yOf(severity) + 4} text-anchor="end">
                {severity}
              </text>
            </g>
          ))}
          <text class="journal-axis-label" x={CHART.left} y={CHART.height - 8}>
            {formatDay(series.from, locale)}
          </text>
          <text
            class="journal-axis-label"
            x={CHART.width - CHART.right}
            y={CHART.height - 8}
            text-anchor="end"
          >
            {formatDay(series.to, locale)}
          </text>
          {STAGES.map((stage) => {
            const d = series.points
              .filter((point) => point.stage === stage)
              .map((point) =>
                stageShape(stage, xOf(point.day, series.days), yOf(point.severity), 5),
              )
              .join('');
            return d ? (
              <path key={stage} class={`journal-mark journal-stage-${stage}`} d={d} />
            ) : null;
          })}
        </svg>
        <figcaption>
          <span class="hint">{t('journal.timeline.legend')}</span>
          <ul class="journal-legend">
            {STAGES.map((stage) => (
              <li key={stage}>
                <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                  <path
                    class={`journal-mark journal-stage-${stage}`}
                    d={stageShape(stage, 8, 8, 6)}
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

      <Insight result={result} />

      <div class="journal-table-wrap">
        <table>
          <caption>{t('journal.timeline.monthsCaption')}</caption>
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
      </div>

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
            <div class="journal-table-wrap">
              <table>
                <caption>{t('journal.timeline.cyclesCaption')}</caption>
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
            </div>
          </>
        )}
      </section>
    </div>
  );
}
