import './progress.css';
import { useMemo, useState } from 'preact/hooks';
import {
  CHECKIN_MEASURES,
  addDays,
  measureSeries,
  monthlyProgress,
  rollingDaily,
  weeklyProgress,
  type CheckInMeasure,
  type PeriodSummary,
} from '@steady/core';
import { useShell } from '../../shell/context.ts';
import { todayOnDevice } from '../../lib/deviceTime.ts';
import { Chart } from './Chart.tsx';
import { useProgressData, type By } from './data.ts';
import { UnreadableNote } from '../../ui/Unreadable.tsx';
import { ViewTabs } from '../../ui/ViewTabs.tsx';
import { LoadFailed } from '../../ui/Status.tsx';
import { DayTable, FeltTable, StepsTable } from './Tables.tsx';

/** How many periods the charts show; the tables hold the same ones. */
const SHOWN: Record<By, number> = { week: 12, month: 12 };

export function Progress() {
  const { t } = useShell();
  const data = useProgressData();
  const [by, setBy] = useState<By>('week');
  const [measure, setMeasure] = useState<CheckInMeasure>('steadiness');
  const today = useMemo(() => todayOnDevice(), []);

  const periods = useMemo((): PeriodSummary[] => {
    if (!data) return [];
    const all = by === 'week' ? weeklyProgress(data, today) : monthlyProgress(data, today);
    return all.slice(-SHOWN[by]);
  }, [data, by, today]);

  const days = useMemo(() => {
    if (!data) return [];
    const from = addDays(today, -27);
    const rolling = rollingDaily(measureSeries(data.checkIns, measure), 7, from, today);
    const byDate = new Map(data.checkIns.map((c) => [c.date, c[measure]]));
    return rolling.map((r) => ({ ...r, value: byDate.get(r.date) ?? null }));
  }, [data, today, measure]);

  const empty =
    data !== null &&
    data.checkIns.length === 0 &&
    data.rebuild.length === 0 &&
    data.urges.length === 0 &&
    data.unreadable.checkin + data.unreadable.freedom + data.unreadable.urge === 0;
  const weeks = by === 'week';
  const measureName = t(`progress.col.${measure}`);

  return (
    <section class="screen progress" aria-labelledby="progress-title">
      <h1 id="progress-title">{t('progress.title')}</h1>
      <p class="lead">{t('progress.intro')}</p>
      {data?.failed && <LoadFailed text={t('progress.loadFailed')} />}
      {data && (
        <>
          <UnreadableNote what="checkin" count={data.unreadable.checkin} />
          <UnreadableNote what="freedom" count={data.unreadable.freedom} />
          <UnreadableNote what="urge" count={data.unreadable.urge} />
        </>
      )}
      {data === null ? null : empty ? (
        <p class="card">{t('progress.empty')}</p>
      ) : (
        <>
          <ViewTabs
            class="progress-views"
            label={t('progress.views')}
            mark="pressed"
            tabs={[
              { id: 'week', label: t('progress.byWeek') },
              { id: 'month', label: t('progress.byMonth') },
            ]}
            current={by}
            onSelect={setBy}
          />

          <section class="progress-section" aria-labelledby="progress-felt">
            <h2 id="progress-felt">{t('progress.feltTitle')}</h2>
            <div class="field">
              <label for="progress-measure">{t('progress.measure')}</label>
              <select
                autoComplete="off"
                id="progress-measure"
                value={measure}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  const found = CHECKIN_MEASURES.find((m) => m === value);
                  if (found) setMeasure(found);
                }}
              >
                {CHECKIN_MEASURES.map((m) => (
                  <option key={m} value={m}>
                    {t(`progress.col.${m}`)}
                  </option>
                ))}
              </select>
            </div>
            {measure === 'urge' && <p class="hint">{t('progress.urgeNote')}</p>}
            <Chart
              id="progress-felt-chart"
              title={t(weeks ? 'progress.feltChartWeeks' : 'progress.feltChartMonths', {
                measure: measureName,
              })}
              desc={t(weeks ? 'progress.feltDescWeeks' : 'progress.feltDescMonths')}
              few={t(weeks ? 'progress.feltFewWeeks' : 'progress.feltFewMonths')}
              dots={periods.map((p) => p.means[measure])}
              line={periods.map((p) => p.rolling[measure])}
            />
            <FeltTable periods={periods} by={by} measure={measure} />
          </section>

          <section class="progress-section" aria-labelledby="progress-days">
            <h2 id="progress-days">{t('progress.daysTitle')}</h2>
            <Chart
              id="progress-days-chart"
              title={t('progress.daysTitle')}
              desc={t('progress.daysDesc')}
              few={t('progress.daysFew')}
              dots={days.map((d) => d.value)}
              line={days.map((d) => d.mean)}
            />
            <DayTable days={days} measure={measure} />
          </section>

          <section class="progress-section" aria-labelledby="progress-steps">
            <h2 id="progress-steps">{t('progress.stepsTitle')}</h2>
            <Chart
              id="progress-steps-chart"
              title={t('progress.stepsTitle')}
              desc={t('progress.stepsDesc')}
              few={t(weeks ? 'progress.stepsFewWeeks' : 'progress.stepsFewMonths')}
              bars={periods.map((p) => p.freedoms + p.connections)}
              line={periods.map((p) => p.urgeStrength)}
            />
            <StepsTable periods={periods} by={by} />
          </section>
        </>
      )}
      <p class="muted">{t('progress.notDiagnosis')}</p>
    </section>
  );
}
