import type { CourtDetails } from '@steady/core';
import { useShell } from '../../shell/context.ts';
import { detailRows } from '../journal/form.ts';
import './entry-details.css';

/** An entry's details for a court or advocate, under the entry, as the person gave them. */
export function EntryDetails({ details }: { details: CourtDetails | undefined }) {
  const { t } = useShell();
  const rows = detailRows(details);
  if (rows.length === 0) return null;
  return (
    <section class="report-details">
      <h5>{t('report.entry.details')}</h5>
      <dl class="report-texts">
        {rows.map((row) => (
          <div key={row.key}>
            <dt>{t(row.label)}</dt>
            <dd class="report-text">{row.text ?? (row.answer ? t(row.answer) : '')}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
