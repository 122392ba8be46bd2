/** One button in a row of views. Buttons are secondary unless `primary`. */
export interface ViewTab<T extends string> {
  id: T;
  label: string;
  primary?: boolean;
}

/**
 * A row of buttons that switch between the views of a screen, in a labelled nav.
 * `mark` says how the shown view is marked: 'current' (aria-current="page": the
 * buttons move between places) or 'pressed' (aria-pressed: they pick how the same
 * thing is shown). Its look comes from the caller's class.
 */
export function ViewTabs<T extends string>({
  class: className,
  label,
  tabs,
  current,
  onSelect,
  mark = 'current',
}: {
  class: string;
  label: string;
  tabs: readonly ViewTab<T>[];
  current: string;
  onSelect: (id: T) => void;
  mark?: 'current' | 'pressed';
}) {
  return (
    <nav class={className} aria-label={label}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.id}>
            <button
              type="button"
              class={tab.primary ? undefined : 'secondary'}
              aria-current={mark === 'current' && tab.id === current ? 'page' : undefined}
              aria-pressed={mark === 'pressed' ? tab.id === current : undefined}
              onClick={() => onSelect(tab.id)}
            >
              {tab.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
