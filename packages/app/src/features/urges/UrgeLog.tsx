import './log.css';
import { useMemo, useState } from 'preact/hooks';
import { daysWithoutContact, hold, urge, urgeTrend, weeklyUrges } from '@steady/core';
import { deviceLocalDay } from '../../lib/deviceTime.ts';
import { UnreadableNote } from '../../ui/Unreadable.tsx';
import { useShell } from '../../shell/context.ts';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { UrgeChart } from './UrgeChart.tsx';
import { useRecords, useUrgeSettings } from './data.ts';

/** The urge log: week by week, so the person can watch the pull lose its strength. */
export function UrgeLog() {
  const { t, locale } = useShell();
  const urgeRecords = useRecords(urge);
  const holdRecords = useRecords(hold);
  const urges = urgeRecords.items;
  const holds = holdRecords.items;
  const { settings, save, unreadable: settingsUnreadable } = useUrgeSettings();
  const [saveFailed, setSaveFailed] = useState(false);
  const saveShown = (showDaysWithoutContact: boolean) => {
    setSaveFailed(false);
    save({ showDaysWithoutContact }).catch(() => setSaveFailed(true));
  };
  const localDay = useMemo(deviceLocalDay, []);
  const weeks = useMemo(
    () => (urges && holds ? weeklyUrges(urges, holds, localDay) : null),
    [urges, holds, localDay],
  );
  const dateFormat = useMemo(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
    [locale],
  );
  const numberFormat = useMemo(
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
    [locale],
  );

  if (weeks === null || holds === null || settings === null)
    return (
      <h1 id="urges-title" tabIndex={-1}>
        {t('urges.logTitle')}
      </h1>
    );
  const trend = urgeTrend(weeks);
  const days = daysWithoutContact(holds, new Date(), localDay, settings.lastContact);

  return (
    <>
      <h1 id="urges-title" tabIndex={-1}>
        {t('urges.logTitle')}
      </h1>
      <p>{t('urges.logIntro')}</p>
      <UnreadableNote what="urge" count={urgeRecords.unreadable} />
      <UnreadableNote what="hold" count={holdRecords.unreadable} />
      {settingsUnreadable && <p class="error">{t('urges.settingsUnreadable')}</p>}

      <section class="card urges-days" aria-label={t('urges.daysShow')}>
        {settings.showDaysWithoutContact ? (
          <>
            <p class="urges-days-count">
              {days === null ? t('urges.daysNone') : t('urges.days', { count: days })}
            </p>
            <p class="hint">{t('urges.daysNote')}</p>
            <button
              type="button"
              class="secondary"
              disabled={settingsUnreadable}
              onClick={() => saveShown(false)}
            >
              {t('urges.daysHide')}
            </button>
          </>
        ) : (
          <button
            type="button"
            class="secondary"
            disabled={settingsUnreadable}
            onClick={() => saveShown(true)}
          >
            {t('urges.daysShow')}
          </button>
        )}
        {saveFailed && (
          <p role="alert" class="error">
            {t('urges.saveError')}
          </p>
        )}
      </section>

      {weeks.length === 0 ? (
        <p>{t('urges.logEmpty')}</p>
      ) : (
        <>
          <p class="urges-trend">{t(`urges.trend.${trend.verdict}`)}</p>
          <UrgeChart weeks={weeks} />
          <TableScroll class="urges-table-wrap" label={t('urges.tableCaption')}>
            <table class="urges-table">
              <caption>{t('urges.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('urges.col.week')}</th>
                  <th scope="col">{t('urges.col.urges')}</th>
                  <th scope="col">{t('urges.col.strength')}</th>
                  <th scope="col">{t('urges.col.contacts')}</th>
                </tr>
              </thead>
              <tbody>
                {[...weeks].reverse().map((w) => (
                  <tr key={w.key}>
                    <th scope="row">
                      <time dateTime={w.start}>
                        {dateFormat.format(Date.parse(`${w.start}T00:00:00Z`))}
                      </time>
                    </th>
                    <td>{numberFormat.format(w.urges)}</td>
                    <td>
                      {w.averageStrength === null
                        ? t('urges.noStrength')
                        : numberFormat.format(w.averageStrength)}
                    </td>
                    <td>{numberFormat.format(w.contacts)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
      <p class="muted">{t('urges.notDiagnosis')}</p>
    </>
  );
}
