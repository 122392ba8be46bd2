import { useMemo } from 'preact/hooks';
import type { CheckInMeasure, PeriodSummary } from '@steady/core';
import { useShell } from '../../shell/context.ts';
import { TableScroll } from '../../ui/TableScroll.tsx';
import type { By } from './data.ts';

function useFormats() {
  const { locale, t } = useShell();
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat(locale, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    return {
      day: (date: string) => day.format(Date.parse(`${date}T00:00:00Z`)),
      month: (date: string) => month.format(Date.parse(`${date}T00:00:00Z`)),
      value: (n: number | null) => (n === null ? t('progress.noValue') : number.format(n)),
    };
  }, [locale, t]);
}

function PeriodHeader({ period, by }: { period: PeriodSummary; by: By }) {
  const f = useFormats();
  return (
    <th scope="row">
      <time dateTime={by === 'week' ? period.start : period.key}>
        {by === 'week' ? f.day(period.start) : f.month(period.start)}
      </time>
    </th>
  );
}

export function FeltTable({
  periods,
  by,
  measure,
}: {
  periods: readonly PeriodSummary[];
  by: By;
  measure: CheckInMeasure;
}) {
  const { t } = useShell();
  const f = useFormats();
  const weeks = by === 'week';
  const caption = t(weeks ? 'progress.feltCaptionWeeks' : 'progress.feltCaptionMonths', {
    measure: t(`progress.col.${measure}`),
  });
  return (
    <TableScroll class="progress-table-wrap" label={caption}>
      <table class="progress-table progress-felt-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(weeks ? 'progress.col.week' : 'progress.col.month')}</th>
            <th scope="col">{t('progress.col.checkIns')}</th>
            <th scope="col">{t('progress.col.average')}</th>
            <th scope="col">
              {t(weeks ? 'progress.col.rollingWeeks' : 'progress.col.rollingMonths')}
            </th>
          </tr>
        </thead>
        <tbody>
          {[...periods].reverse().map((p) => (
            <tr key={p.key}>
              <PeriodHeader period={p} by={by} />
              <td>{p.checkIns}</td>
              <td>{f.value(p.means[measure])}</td>
              <td>{f.value(p.rolling[measure])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function StepsTable({ periods, by }: { periods: readonly PeriodSummary[]; by: By }) {
  const { t } = useShell();
  const f = useFormats();
  const weeks = by === 'week';
  const caption = t(weeks ? 'progress.stepsCaptionWeeks' : 'progress.stepsCaptionMonths');
  return (
    <TableScroll class="progress-table-wrap" label={caption}>
      <table class="progress-table progress-steps-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(weeks ? 'progress.col.week' : 'progress.col.month')}</th>
            <th scope="col">{t('progress.col.freedoms')}</th>
            <th scope="col">{t('progress.col.connections')}</th>
            <th scope="col">{t('progress.col.urges')}</th>
            <th scope="col">{t('progress.col.urgeStrength')}</th>
          </tr>
        </thead>
        <tbody>
          {[...periods].reverse().map((p) => (
            <tr key={p.key}>
              <PeriodHeader period={p} by={by} />
              <td>{p.freedoms}</td>
              <td>{p.connections}</td>
              <td>{p.urges}</td>
              <td>{f.value(p.urgeStrength)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function DayTable({
  days,
  measure,
}: {
  days: ReadonlyArray<{ date: string; value: number | null; mean: number | null }>;
  measure: CheckInMeasure;
}) {
  const { t } = useShell();
  const f = useFormats();
  // Only the days with a check-in get a row; the average still counts gaps as gaps.
  const rows = [...days].reverse().filter((d) => d.value !== null);
  return (
    <TableScroll class="progress-table-wrap" label={t('progress.daysCaption')}>
      <table class="progress-table progress-days-table">
        <caption>{t('progress.daysCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.col.date')}</th>
            <th scope="col">{t(`progress.col.${measure}`)}</th>
            <th scope="col">{t('progress.col.rolling7')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.date}>
              <th scope="row">
                <time dateTime={d.date}>{f.day(d.date)}</time>
              </th>
              <td>{f.value(d.value)}</td>
              <td>{f.value(d.mean)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
