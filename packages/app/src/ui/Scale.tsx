import './scale.css';

/**
 * A 0-10 scale as a native slider, its value written out in words and given to
 * assistive technology. With `ends`, the two ends are named under the slider, the value
 * between them; without, the value sits on its own line. The caller brings the words
 * (its own message keys): the hint, the value text, the names of the ends.
 */
export function Scale({
  id,
  label,
  hint,
  hintId = `${id}-hint`,
  valueText,
  ends,
  value,
  onChange,
}: {
  id: string;
  label: string;
  hint: string;
  /** The hint's id, which the slider is described by. */
  hintId?: string;
  valueText: (value: number) => string;
  ends?: { low: string; high: string };
  value: number;
  onChange: (value: number) => void;
}) {
  const text = valueText(value);
  return (
    <div class="field scale">
      <label for={id}>{label}</label>
      <p class="hint" id={hintId}>
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
        aria-describedby={hintId}
        aria-valuetext={text}
        onInput={(event) => onChange(Number(event.currentTarget.value))}
      />
      {ends ? (
        <div class="scale-ends" aria-hidden="true">
          <span>{ends.low}</span>
          <output class="scale-value">{text}</output>
          <span>{ends.high}</span>
        </div>
      ) : (
        <output for={id} class="scale-value">
          {text}
        </output>
      )}
    </div>
  );
}
