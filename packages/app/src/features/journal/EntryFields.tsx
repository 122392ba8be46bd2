import { AFTERMATH, HARMS, JOURNAL_LIMITS, SEVERITIES, STAGES } from '@steady/core';
import type { PlainKey } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';
import { CheckboxGroup } from '../../ui/CheckboxGroup.tsx';
import { RadioGroup } from '../../ui/RadioGroup.tsx';
import { localToday, type EntryForm, type FieldName } from './form.ts';

/** What each group of the journal form needs: the values, a setter, and its errors. */
export interface FieldsProps {
  form: EntryForm;
  set: <K extends keyof EntryForm>(key: K, value: EntryForm[K]) => void;
  errors: Partial<Record<FieldName, PlainKey>>;
}

function useFieldText({ errors }: Pick<FieldsProps, 'errors'>) {
  const { t } = useShell();
  return {
    t,
    describe: (field: FieldName, ...more: string[]) =>
      [...more, errors[field] ? `jf-${field}-error` : ''].filter(Boolean).join(' ') || undefined,
    invalid: (field: FieldName) => (errors[field] ? true : undefined),
    message: (field: FieldName) => {
      const key = errors[field];
      return key ? t(key) : undefined;
    },
  };
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} class="error journal-field-error">
      {message}
    </p>
  );
}

/** The day and time it happened, and whether they are a guess. */
export function WhenFields({ form, set, errors }: FieldsProps) {
  const { t, describe, invalid, message } = useFieldText({ errors });
  return (
    <fieldset class="field">
      <legend>{t('journal.form.when')}</legend>
      <div class="journal-when">
        <div>
          <label for="jf-date">{t('journal.form.date')}</label>
          <input
            autoComplete="off"
            id="jf-date"
            type="date"
            required
            min={JOURNAL_LIMITS.earliestDate}
            max={localToday()}
            value={form.date}
            aria-invalid={invalid('date')}
            aria-describedby={describe('date')}
            onInput={(e) => set('date', e.currentTarget.value)}
          />
          <FieldError id="jf-date-error" message={message('date')} />
        </div>
        <div>
          <label for="jf-time">{t('journal.form.time')}</label>
          <input
            autoComplete="off"
            id="jf-time"
            type="time"
            value={form.time}
            aria-invalid={invalid('time')}
            aria-describedby={describe('time')}
            onInput={(e) => set('time', e.currentTarget.value)}
          />
          <FieldError id="jf-time-error" message={message('time')} />
        </div>
      </div>
      <label class="choice">
        <input
          autoComplete="off"
          id="jf-approximate"
          type="checkbox"
          checked={form.approximate}
          onChange={(e) => set('approximate', e.currentTarget.checked)}
        />
        {t('journal.form.approximate')}
      </label>
    </fieldset>
  );
}

/** The stage of the cycle, what kind of harm, and how serious it was. */
export function WhatKindFields({ form, set, errors }: FieldsProps) {
  const { t, describe, message } = useFieldText({ errors });
  return (
    <>
      <fieldset class="field" aria-describedby={describe('stage')}>
        <legend>{t('journal.form.stage')}</legend>
        <FieldError id="jf-stage-error" message={message('stage')} />
        {STAGES.map((stage) => (
          <div key={stage} class="journal-option">
            <label class="choice">
              <input
                autoComplete="off"
                type="radio"
                name="jf-stage"
                value={stage}
                checked={form.stage === stage}
                aria-describedby={`jf-stage-${stage}-hint`}
                onChange={() => set('stage', stage)}
              />
              <span class={`journal-stage-mark journal-stage-${stage}`} aria-hidden="true" />
              {t(`journal.stage.${stage}`)}
            </label>
            <p class="hint" id={`jf-stage-${stage}-hint`}>
              {t(`journal.stage.${stage}.hint`)}
            </p>
          </div>
        ))}
      </fieldset>

      <CheckboxGroup
        legend={t('journal.form.harms')}
        describedBy={describe('harms')}
        options={HARMS}
        value={form.harms}
        onChange={(harms) => set('harms', harms)}
        label={(harm) => t(`journal.harm.${harm}`)}
      >
        <FieldError id="jf-harms-error" message={message('harms')} />
      </CheckboxGroup>

      <RadioGroup
        legend={t('journal.form.severity')}
        describedBy={describe('severity')}
        listClass="journal-severity"
        name="jf-severity"
        options={SEVERITIES}
        value={form.severity || null}
        onChange={(value) => set('severity', value)}
        label={(value) => t(`journal.severity.${value}`)}
      >
        <FieldError id="jf-severity-error" message={message('severity')} />
      </RadioGroup>
    </>
  );
}

/** What happened and how it felt, in the person's own words. */
export function StoryFields({ form, set, errors }: FieldsProps) {
  const { t, describe, invalid, message } = useFieldText({ errors });
  return (
    <>
      <div class="field">
        <label for="jf-what">{t('journal.form.what')}</label>
        <p class="hint" id="jf-what-hint">
          {t('journal.form.whatHint')}
        </p>
        <textarea
          autoComplete="off"
          id="jf-what"
          rows={6}
          maxLength={JOURNAL_LIMITS.longText}
          value={form.what}
          aria-invalid={invalid('what')}
          aria-describedby={describe('what', 'jf-what-hint')}
          onInput={(e) => set('what', e.currentTarget.value)}
        />
        <FieldError id="jf-what-error" message={message('what')} />
      </div>

      <div class="field">
        <label for="jf-felt">{t('journal.form.felt')}</label>
        <textarea
          autoComplete="off"
          id="jf-felt"
          rows={4}
          maxLength={JOURNAL_LIMITS.longText}
          value={form.felt}
          aria-invalid={invalid('felt')}
          aria-describedby={describe('felt')}
          onInput={(e) => set('felt', e.currentTarget.value)}
        />
        <FieldError id="jf-felt-error" message={message('felt')} />
      </div>
    </>
  );
}

/** What came after: the aftermath, injuries and who saw or heard. */
export function AfterFields({ form, set, errors }: FieldsProps) {
  const { t, describe, invalid, message } = useFieldText({ errors });
  return (
    <>
      <CheckboxGroup
        legend={t('journal.form.after')}
        describedBy={describe('after')}
        options={AFTERMATH}
        value={form.after}
        onChange={(after) => set('after', after)}
        label={(item) => t(`journal.after.${item}`)}
      >
        <FieldError id="jf-after-error" message={message('after')} />
      </CheckboxGroup>

      {(['afterNote', 'injuries', 'witnesses'] as const).map((key) => (
        <div key={key} class="field">
          <label for={`jf-${key}`}>{t(`journal.form.${key}`)}</label>
          {key === 'witnesses' && (
            <p class="hint" id="jf-witnesses-hint">
              {t('journal.form.witnessesHint')}
            </p>
          )}
          <textarea
            autoComplete="off"
            id={`jf-${key}`}
            rows={2}
            maxLength={JOURNAL_LIMITS.shortText}
            value={form[key]}
            aria-invalid={invalid(key)}
            aria-describedby={describe(key, key === 'witnesses' ? 'jf-witnesses-hint' : '')}
            onInput={(e) => set(key, e.currentTarget.value)}
          />
          <FieldError id={`jf-${key}-error`} message={message(key)} />
        </div>
      ))}
    </>
  );
}
