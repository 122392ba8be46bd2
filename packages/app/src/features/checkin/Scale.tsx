import { useShell } from '../../shell/context.ts';

/** A 0-10 slider with both ends named, in words and to assistive technology. */
export function Scale({
  id,
  label,
  low,
  high,
  value,
  onChange,
}: {
  id: string;
  label: string;
  low: string;
  high: string;
  value: number;
  onChange: (value: number) => void;
}) {
  const { t } = useShell();
  const text = t('checkin.scaleValue', { value });
  return (
    <div class="field checkin-scale">
      <label for={id}>{label}</label>
      <p class="hint" id={`${id}-ends`}>
        {t('checkin.ends', { low, high })}
      </p>
      <input
        autoComplete="off"
        id={id}
        type="range"
        min={0}
        max={10}
        step={1}
        value={value}
        aria-describedby={`${id}-ends`}
        aria-valuetext={text}
        onInput={(event) => onChange(Number(event.currentTarget.value))}
      />
      <div class="checkin-ends" aria-hidden="true">
        <span>{low}</span>
        <output class="checkin-value">{text}</output>
        <span>{high}</span>
      </div>
    </div>
  );
}
