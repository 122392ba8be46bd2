import { toggle } from './toggle.ts';
import { ChoiceFieldset, choiceClassOf, type ChoiceGroupProps } from './ChoiceFieldset.tsx';

/**
 * A fieldset of checkboxes: any number of the options chosen. What is chosen is handed
 * back in the options' own order, so it reads (and is kept) the same way each time.
 * With a `name`, each box carries the name and its option as its value.
 */
export function CheckboxGroup<T extends string | number>({
  name,
  value,
  onChange,
  options,
  label,
  describeOption,
  choiceClass,
  children,
  ...fieldset
}: ChoiceGroupProps<T> & {
  name?: string;
  value: readonly T[];
  onChange: (value: T[]) => void;
}) {
  return (
    <ChoiceFieldset {...fieldset} before={children}>
      {options.map((option) => (
        <label key={option} class={choiceClassOf(choiceClass)}>
          <input
            autoComplete="off"
            type="checkbox"
            name={name}
            value={name === undefined ? undefined : option}
            checked={value.includes(option)}
            aria-describedby={describeOption?.(option)}
            onChange={(event) =>
              onChange(toggle(value, option, event.currentTarget.checked, options))
            }
          />
          {label(option)}
        </label>
      ))}
    </ChoiceFieldset>
  );
}
