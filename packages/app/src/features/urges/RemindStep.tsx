import { ifThenPlan, reminder } from '@steady/core';
import { UnreadableNote } from '../../ui/Unreadable.tsx';
import { formatDay } from '../journal/data.ts';
import { useShell } from '../../shell/context.ts';
import { HoldPanel } from './HoldPanel.tsx';
import { Instead } from './Instead.tsx';
import { UnsentForm } from './UnsentForm.tsx';
import { usePinnedEntries, useRecords } from './data.ts';

/** Second step: the person's own words first, then what they could do instead. */
export function RemindStep({ urgeId, onManage }: { urgeId?: string; onManage: () => void }) {
  const { t, locale } = useShell();
  const reminderRecords = useRecords(reminder);
  const planRecords = useRecords(ifThenPlan);
  const reminders = reminderRecords.items;
  const plans = planRecords.items;
  const { entries: pinned, unreadable: pinnedUnreadable } = usePinnedEntries();

  return (
    <>
      <h1 id="urges-title" tabIndex={-1}>
        {t('urges.remindTitle')}
      </h1>
      <section class="card urges-reminders" aria-labelledby="urges-reminders-title">
        <h2 id="urges-reminders-title">{t('urges.remindersTitle')}</h2>
        <UnreadableNote what="reminder" count={reminderRecords.unreadable} />
        {reminders && reminders.length > 0 ? (
          <ul class="urges-words">
            {reminders.map((r) => (
              <li key={r.id}>{r.text}</li>
            ))}
          </ul>
        ) : (
          reminders && (
            <p>
              {t('urges.remindersNone')}{' '}
              <button type="button" class="link" onClick={onManage}>
                {t('urges.reminderAdd')}
              </button>
            </p>
          )
        )}
      </section>

      <UnreadableNote what="journal" count={pinnedUnreadable} />
      {pinned.length > 0 && (
        <section class="card" aria-labelledby="urges-pinned-title">
          <h2 id="urges-pinned-title">{t('urges.pinnedTitle')}</h2>
          <ul class="urges-words">
            {pinned.map((entry) => (
              <li key={entry.id}>
                <time dateTime={entry.date} class="muted">
                  {formatDay(entry.date, locale)}
                </time>
                <p class="urges-own">{entry.what}</p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section class="card" aria-labelledby="urges-ifthen-title">
        <h2 id="urges-ifthen-title">{t('urges.ifthenTitle')}</h2>
        <UnreadableNote what="ifthen" count={planRecords.unreadable} />
        {plans && plans.length > 0 ? (
          <ul class="urges-words">
            {plans.map((p) => (
              <li key={p.id}>{t('urges.ifthenLine', { when: p.when, then: p.then })}</li>
            ))}
          </ul>
        ) : (
          plans && (
            <p>
              {t('urges.ifthenNone')}{' '}
              <button type="button" class="link" onClick={onManage}>
                {t('urges.ifAdd')}
              </button>
            </p>
          )
        )}
        <p class="hint">{t('urges.ifthenIntro')}</p>
      </section>

      <Instead onManage={onManage} />
      <UnsentForm />
      <HoldPanel urgeId={urgeId} allowStart />
    </>
  );
}
