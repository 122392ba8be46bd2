/** One end of a date range: its input's id, its label and its value (YYYY-MM-DD or ''). */
export interface DateEnd {
  id: string;
  label: string;
  value: string;
}

/**
 * A from/to pair of date inputs, side by side in a div of the caller's class. With
 * `errorId`, both are marked invalid and described by that error (shown by the caller).
 */
export function DateRange({
  class: className,
  from,
  to,
  onFrom,
  onTo,
  errorId,
}: {
  class: string;
  from: DateEnd;
  to: DateEnd;
  onFrom: (value: string) => void;
  onTo: (value: string) => void;
  errorId?: string;
}) {
  return (
    <div class={className}>
      {[[from, onFrom] as const, [to, onTo] as const].map(([end, onChange]) => (
        <div key={end.id}>
          <label for={end.id}>{end.label}</label>
          <input
            autoComplete="off"
            id={end.id}
            type="date"
            value={end.value}
            aria-invalid={errorId ? 'true' : undefined}
            aria-describedby={errorId}
            onChange={(e) => onChange(e.currentTarget.value)}
          />
        </div>
      ))}
    </div>
  );
}
