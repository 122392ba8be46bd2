import { STAGES } from '@steady/core';
import { useShell } from '../../shell/context.ts';
import type { ReportSummary } from './build.ts';

function Pattern({ summary }: { summary: ReportSummary }) {
  const { t, locale } = useShell();
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const { pattern } = summary;
  const gaps = pattern.daysBetween;
  const severity = pattern.severity;
  const changes: string[] = [];
  const pair = (trend: { recent: number; early: number }) => ({
    recent: number.format(trend.recent),
    early: number.format(trend.early),
  });
  const spacing = (trend: { recent: number; early: number }) => ({
    count: trend.recent,
    early: trend.early,
  });
  if (gaps && pattern.closer) changes.push(t('report.summary.closer', spacing(gaps)));
  if (gaps && pattern.fartherApart) changes.push(t('report.summary.fartherApart', spacing(gaps)));
  if (severity && pattern.moreSevere) changes.push(t('report.summary.moreSevere', pair(severity)));
  if (severity && pattern.lessSevere) changes.push(t('report.summary.lessSevere', pair(severity)));
  return (
    <>
      <h4>{t('report.summary.patternTitle')}</h4>
      {pattern.verdict === 'too-few' ? (
        <p>{t('report.summary.too-few')}</p>
      ) : changes.length === 0 ? (
        <p>{t('report.summary.steady')}</p>
      ) : (
        <>
          <p>{t('report.summary.changed')}</p>
          <ul>
            {changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        </>
      )}
      {pattern.verdict !== 'too-few' && <p>{t('report.summary.patternNote')}</p>}
    </>
  );
}

/** Counts and the time between incidents: a description of the record, never a score. */
export function ReportSummaryView({ summary }: { summary: ReportSummary }) {
  const { t, locale } = useShell();
  const days = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return (
    <section class="report-part" aria-labelledby="report-summary-title">
      <h3 id="report-summary-title">{t('report.summary.title')}</h3>
      <p>
        {summary.incidents === 0
          ? t('report.summary.incidentsNone')
          : t('report.summary.incidents', {
              count: summary.incidents,
              occasions: summary.occasions,
            })}
      </p>
      {summary.gaps ? (
        <p>
          {t('report.summary.gaps', {
            shortest: days.format(summary.gaps.shortest),
            longest: days.format(summary.gaps.longest),
            median: days.format(summary.gaps.median),
          })}
        </p>
      ) : (
        summary.occasions === 1 && <p>{t('report.summary.oneOccasion')}</p>
      )}
      <div class="report-tables">
        <div class="report-table-wrap">
          <table>
            <caption>{t('report.summary.stagesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.summary.stage')}</th>
                <th scope="col">{t('report.summary.count')}</th>
              </tr>
            </thead>
            <tbody>
              {STAGES.filter((stage) => summary.stages[stage] > 0).map((stage) => (
                <tr key={stage}>
                  <th scope="row">{t(`journal.stage.${stage}`)}</th>
                  <td>{summary.stages[stage]}</td>
                </tr>
              ))}
              {summary.detailsToAdd > 0 && (
                <tr>
                  <th scope="row">{t('journal.details.later')}</th>
                  <td>{summary.detailsToAdd}</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
        <div class="report-table-wrap">
          <table>
            <caption>{t('report.summary.harmsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.summary.harm')}</th>
                <th scope="col">{t('report.summary.count')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.harms.map(([harm, count]) => (
                <tr key={harm}>
                  <th scope="row">{t(`journal.harm.${harm}`)}</th>
                  <td>{count}</td>
                </tr>
              ))}
              {summary.noHarm > 0 && (
                <tr>
                  <th scope="row">{t('report.summary.noHarm')}</th>
                  <td>{summary.noHarm}</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </div>
      <Pattern summary={summary} />
    </section>
  );
}
