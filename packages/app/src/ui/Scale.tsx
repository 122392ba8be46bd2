import './scale.css';

/**
 * A 0-10 scale as a native slider, its value written out in words and given to
 * assistive technology. With `ends`, the two ends are named under the slider, the value
 * between them; without, the value sits on its own line. The caller brings the words
 * (its own message keys): the hint, the value text, the names of the ends.
 *
 * With `unset` (its words, "Not answered"), the value may be null: the slider then shows
 * and announces it as not answered, faded, until the person moves or taps it. A native
 * slider always has a position, so the thumb waits in the middle; tapping it there
 * answers with that value.
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
  unset,
}: {
  id: string;
  label: string;
  hint: string;
  /** The hint's id, which the slider is described by. */
  hintId?: string;
  valueText: (value: number) => string;
  ends?: { low: string; high: string };
  value: number | null;
  onChange: (value: number) => void;
  unset?: { text: string; clear: string; onClear: () => void };
}) {
  const answered = value !== null;
  const text = answered ? valueText(value) : (unset?.text ?? '');
  const answer = (event: { currentTarget: HTMLInputElement }) =>
    onChange(Number(event.currentTarget.value));
  return (
    <div class={answered ? 'field scale' : 'field scale scale-unset'}>
      <label for={id} id={`${id}-label`}>
        {label}
      </label>
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
        value={value ?? 5}
        aria-describedby={hintId}
        aria-valuetext={text}
        onInput={answer}
        // A tap on the waiting thumb moves nothing, so no input event: it answers too.
        onClick={answered ? undefined : answer}
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
      {unset && answered && (
        <button
          type="button"
          class="link scale-clear"
          aria-describedby={`${id}-label`}
          onClick={unset.onClear}
        >
          {unset.clear}
        </button>
      )}
    </div>
  );
}
