import type { Escalation } from '@steady/core';
import { useShell } from '../../shell/context.ts';

/** What the cycles say, in words: closer together, more severe, easing, or too few to tell. */
export function Insight({ result }: { result: Escalation }) {
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
