import { DETAIL_ANSWERS, DETAIL_CHOICES, JOURNAL_LIMITS, type DetailText } from '@steady/core';
import { useShell } from '../../shell/context.ts';
import { RadioGroup } from '../../ui/RadioGroup.tsx';
import { FieldError } from './EntryFields.tsx';
import type { DetailsForm, FieldName } from './form.ts';
import type { PlainKey } from '../../i18n/index.ts';
import './court-details.css';

interface Props {
  details: DetailsForm;
  setDetail: <K extends keyof DetailsForm>(key: K, value: DetailsForm[K]) => void;
  open: boolean;
  onToggle: (open: boolean) => void;
  errors: Partial<Record<FieldName, PlainKey>>;
}

/** Written on one line; the rest may run to a few (messages pasted from a phone). */
const LINES: readonly DetailText[] = ['place', 'policeReport', 'medicalWhere', 'medicalWhen'];
const PARAGRAPHS: readonly DetailText[] = ['property', 'messages', 'evidenceKept'];
const HINTS: Partial<Record<DetailText, PlainKey>> = {
  place: 'journal.court.placeHint',
  messages: 'journal.court.messagesHint',
};

/**
 * The details courts and advocates ask for (issue 19), folded away under one button:
 * every one optional, typed by the person (the place is never read from the device).
 */
export function CourtDetailsFields({ details, setDetail, open, onToggle, errors }: Props) {
  const { t } = useShell();
  const error = errors.details ? t(errors.details) : undefined;
  const describe = (key: DetailText) =>
    [HINTS[key] ? `jf-court-${key}-hint` : '', error ? 'jf-details-error' : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const label = (key: DetailText) => (
    <>
      <label for={`jf-court-${key}`}>{t(`journal.court.${key}`)}</label>
      {HINTS[key] && (
        <p class="hint" id={`jf-court-${key}-hint`}>
          {t(HINTS[key])}
        </p>
      )}
    </>
  );
  return (
    <section class="court-details" aria-labelledby="jf-details">
      <h3 class="court-details-heading">
        <button
          type="button"
          id="jf-details"
          class="secondary court-details-toggle"
          aria-expanded={open}
          aria-controls="jf-court-fields"
          onClick={() => onToggle(!open)}
        >
          <span>{t('journal.court.title')}</span>
          <span class="court-details-mark" aria-hidden="true">
            {open ? '−' : '+'}
          </span>
        </button>
      </h3>
      <div id="jf-court-fields" hidden={!open}>
        <p class="hint">{t('journal.court.hint')}</p>
        <FieldError id="jf-details-error" message={error} />
        {LINES.map((key) => (
          <div key={key} class="field">
            {label(key)}
            <input
              autoComplete="off"
              id={`jf-court-${key}`}
              type="text"
              maxLength={JOURNAL_LIMITS.shortText}
              value={details[key]}
              aria-describedby={describe(key)}
              onInput={(e) => setDetail(key, e.currentTarget.value)}
            />
          </div>
        ))}
        {DETAIL_ANSWERS.map((key) => (
          <RadioGroup
            key={key}
            legend={t(`journal.court.${key}`)}
            name={`jf-court-${key}`}
            listClass="court-details-choices"
            options={DETAIL_CHOICES}
            value={details[key] || null}
            onChange={(value) => setDetail(key, value)}
            label={(choice) => t(`journal.court.choice.${choice}`)}
            after={
              details[key] !== '' && (
                <button
                  type="button"
                  class="link"
                  onClick={() => {
                    setDetail(key, '');
                    // The button goes with the answer: the group's first choice takes focus.
                    document
                      .querySelector<HTMLInputElement>(`input[name="jf-court-${key}"]`)
                      ?.focus();
                  }}
                >
                  {t('journal.court.clear')}
                </button>
              )
            }
          />
        ))}
        {PARAGRAPHS.map((key) => (
          <div key={key} class="field">
            {label(key)}
            <textarea
              autoComplete="off"
              id={`jf-court-${key}`}
              rows={key === 'messages' ? 4 : 2}
              maxLength={key === 'messages' ? JOURNAL_LIMITS.longText : JOURNAL_LIMITS.shortText}
              value={details[key]}
              aria-describedby={describe(key)}
              onInput={(e) => setDetail(key, e.currentTarget.value)}
            />
          </div>
        ))}
      </div>
    </section>
  );
}
