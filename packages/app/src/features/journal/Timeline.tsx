import './timeline.css';
import {
  STAGES,
  countDetailsToAdd,
  cycleItemsFromJournal,
  escalation,
  findCycles,
  timelineSeries,
  type JournalRecord,
} from '@steady/core';
import { useEffect, useMemo } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { ChartBox } from '../../ui/ChartBox.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { formatDay, formatMonth, markEnd } from './data.ts';
import { MARK_RADIUS, stageShape } from './timeline-shapes.ts';
import { TimelineChart } from './TimelineChart.tsx';
import { Insight } from './TimelineInsight.tsx';

const RECENT_CYCLES = 20;

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
