import { useShell } from './context.ts';

/**
 * "Show the app's name on the paper": off unless the person ticks it, and off again
 * when the print view opens anew. Ticked, a line on the page (PrintedBy) and with it the
 * printed title name Steady (an advocate may want to know where the record came from).
 */
export function PrintNameChoice({
  id,
  checked,
  onChange,
}: {
  id: string;
  checked: boolean;
  onChange(on: boolean): void;
}) {
  const { t } = useShell();
  return (
    <div class="field">
      <label class="choice">
        <input
          id={id}
          autoComplete="off"
          type="checkbox"
          checked={checked}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        {t('print.showName')}
      </label>
      <p class="hint" id={`${id}-hint`}>
        {t('print.showNameHint')}
      </p>
    </div>
  );
}

/** The line a print carries when the person chose to show the app's name (see print.ts). */
export function PrintedBy() {
  const { t } = useShell();
  return <p class="printed-by">{t('print.madeWith')}</p>;
}
