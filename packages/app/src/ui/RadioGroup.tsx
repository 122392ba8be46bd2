import { ChoiceFieldset, choiceClassOf, type ChoiceGroupProps } from './ChoiceFieldset.tsx';

/** A fieldset of radio buttons sharing a name: one option chosen, or none yet. */
export function RadioGroup<T extends string | number>({
  name,
  value,
  onChange,
  options,
  label,
  describeOption,
  choiceClass,
  children,
  ...fieldset
}: ChoiceGroupProps<T> & { name: string; value: T | null; onChange: (value: T) => void }) {
  return (
    <ChoiceFieldset {...fieldset} before={children}>
      {options.map((option) => (
        <label key={option} class={choiceClassOf(choiceClass)}>
          <input
            autoComplete="off"
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            aria-describedby={describeOption?.(option)}
            onChange={() => onChange(option)}
          />
          {label(option)}
        </label>
      ))}
    </ChoiceFieldset>
  );
}
