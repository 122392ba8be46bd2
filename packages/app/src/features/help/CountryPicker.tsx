import { DIRECTORY, type CountryCode } from '@steady/core/help';
import { useShell } from '../../shell/context.ts';
import { countryOptions } from './format.ts';

export interface CountryPickerProps {
  country: CountryCode;
  onChoose(country: CountryCode): void;
}

/** The person says where they are; Steady never asks the browser for a location. */
export function CountryPicker({ country, onChoose }: CountryPickerProps) {
  const { t, locale } = useShell();
  const options = countryOptions(DIRECTORY, locale, t);
  return (
    <div class="field help-country">
      <label for="help-country">{t('help.countryLabel')}</label>
      <p class="hint" id="help-country-hint">
        {t('help.countryHint')}
      </p>
      <select
        autoComplete="off"
        id="help-country"
        aria-describedby="help-country-hint"
        value={country}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (options.some((o) => o.code === value)) onChoose(value);
        }}
      >
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
