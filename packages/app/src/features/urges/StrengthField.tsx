import './hold.css';
import { useShell } from '../../shell/context.ts';

/** A 0-10 scale as a native slider, with its value also written out. */
export function StrengthField({
  id,
  label,
  hint,
  value,
  onChange,
}: {
  id: string;
  label: string;
  hint: string;
  value: number;
  onChange: (value: number) => void;
}) {
  const { t } = useShell();
  const text = t('urges.strengthValue', { value });
  return (
    <div class="field urges-scale">
      <label for={id}>{label}</label>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input
        autoComplete="off"
        id={id}
        type="range"
        min={0}
        max={10}
        step={1}
        value={value}
        aria-describedby={`${id}-hint`}
        aria-valuetext={text}
        onInput={(event) => onChange(Number(event.currentTarget.value))}
      />
      <output for={id} class="urges-scale-value">
        {text}
      </output>
    </div>
  );
}
