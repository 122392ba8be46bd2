import type { Ref } from 'preact';
import type { PlainKey } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';
import { FIELD_LABELS, fieldsToFix, type FieldName, type ShownField } from './form.ts';

/** The control a field's name in the summary moves to: its own input, or its group's first. */
function focusField(field: ShownField): void {
  const own = document.getElementById(field === 'attachments' ? 'jf-attach' : `jf-${field}`);
  const group = document
    .getElementById(`jf-${field}-error`)
    ?.closest('fieldset')
    ?.querySelector<HTMLElement>('input, textarea, select');
  const target = own ?? group;
  target?.focus();
  target?.scrollIntoView({ block: 'center' });
}

/**
 * Above the form after a failed save: what happened, then each field that needs another
 * look by its label's own words, each a button that moves to it.
 */
export function ErrorSummary({
  errors,
  failed,
  summary,
}: {
  errors: Partial<Record<FieldName, PlainKey>>;
  failed: boolean;
  summary: Ref<HTMLDivElement>;
}) {
  const { t } = useShell();
  const fields = fieldsToFix(errors);
  const count = fields.length + (errors.form ? 1 : 0);
  const shown = failed || count > 0;
  return (
    <div
      ref={summary}
      tabIndex={-1}
      role={shown ? 'alert' : undefined}
      class={shown ? 'error journal-summary' : 'journal-summary'}
    >
      {failed ? (
        <p>{t('journal.form.saveFailed')}</p>
      ) : (
        count > 0 && (
          <>
            <p>{t('journal.form.fix', { count })}</p>
            {errors.form && <p>{t(errors.form)}</p>}
            {fields.length > 0 && (
              <ul class="journal-summary-fields">
                {fields.map((field) => (
                  <li key={field}>
                    <button type="button" class="link" onClick={() => focusField(field)}>
                      {t(FIELD_LABELS[field])}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )
      )}
    </div>
  );
}
