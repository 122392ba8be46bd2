import { useShell } from '../../shell/context.ts';
import { DateRange } from '../../ui/DateRange.tsx';
import { CheckboxGroup } from '../../ui/CheckboxGroup.tsx';
import { HARM_CHOICES, rangeIsValid, type HarmChoice, type ReportOptions } from './build.ts';

type Toggle =
  'summary' | 'timeline' | 'fullText' | 'originals' | 'injuries' | 'photos' | 'pinnedOnly';

const PARTS = [
  ['summary', 'report.choose.summary'],
  ['timeline', 'report.choose.timeline'],
  ['fullText', 'report.choose.fullText'],
  ['originals', 'report.choose.originals'],
  ['injuries', 'report.choose.injuries'],
  ['photos', 'report.choose.photos'],
] as const satisfies ReadonlyArray<readonly [Toggle, string]>;

interface Props {
  options: ReportOptions;
  onChange(options: ReportOptions): void;
}

/** The person's choices: dates, kinds of harm, and which parts go on paper. */
export function ReportChooser({ options, onChange }: Props) {
  const { t } = useShell();
  const set = (change: Partial<ReportOptions>) => onChange({ ...options, ...change });
  const validRange = rangeIsValid(options);
  const harmLabel = (harm: HarmChoice) =>
    harm === 'none' ? t('report.choose.noHarm') : t(`journal.harm.${harm}`);

  return (
    <div class="report-options">
      <h2>{t('report.choose.title')}</h2>
      <fieldset class="field">
        <legend>{t('report.choose.when')}</legend>
        <DateRange
          class="report-when"
          from={{ id: 'report-from', label: t('report.choose.from'), value: options.from }}
          to={{ id: 'report-to', label: t('report.choose.to'), value: options.to }}
          onFrom={(from) => set({ from })}
          onTo={(to) => set({ to })}
          errorId={validRange ? undefined : 'report-range-error'}
        />
        {!validRange && (
          <p class="error" id="report-range-error" role="alert">
            {t('report.choose.rangeError')}
          </p>
        )}
      </fieldset>

      <CheckboxGroup
        legend={t('report.choose.harms')}
        describedBy="report-harms-hint"
        name="report-harm"
        options={HARM_CHOICES}
        value={options.harms}
        onChange={(harms) => set({ harms })}
        label={harmLabel}
      >
        <p class="hint" id="report-harms-hint">
          {t('report.choose.harmsHint')}
        </p>
        <div class="row report-harm-all">
          <button type="button" class="secondary" onClick={() => set({ harms: HARM_CHOICES })}>
            {t('report.choose.allHarms')}
          </button>
          <button type="button" class="secondary" onClick={() => set({ harms: [] })}>
            {t('report.choose.noHarms')}
          </button>
        </div>
      </CheckboxGroup>

      <fieldset class="field">
        <legend>{t('report.choose.parts')}</legend>
        {PARTS.filter(([part]) => part !== 'originals' || options.fullText).map(([part, label]) => (
          <label key={part} class={part === 'originals' ? 'choice report-sub-choice' : 'choice'}>
            <input
              autoComplete="off"
              type="checkbox"
              name={`report-${part}`}
              checked={options[part] === true}
              onChange={(e) => onChange({ ...options, [part]: e.currentTarget.checked })}
            />
            {t(label)}
          </label>
        ))}
        <label class="choice">
          <input
            autoComplete="off"
            type="checkbox"
            name="report-pinnedOnly"
            checked={options.pinnedOnly}
            onChange={(e) => set({ pinnedOnly: e.currentTarget.checked })}
          />
          {t('report.choose.pinnedOnly')}
        </label>
      </fieldset>
    </div>
  );
}
