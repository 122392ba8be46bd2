import type { ComponentChildren } from 'preact';

interface Props<T> {
  readonly items: readonly T[];
  keyOf(item: T): string;
  /** What the line says. */
  show(item: T): ComponentChildren;
  /** The words on each line's button ("Delete"). */
  removeLabel: string;
  onRemove(item: T): void;
}

/**
 * A list the person keeps by hand, each line with a button that lets it go: the people to
 * text, the if-then plans and the unsent words of the urge tools.
 */
export function RemovableList<T>({ items, keyOf, show, removeLabel, onRemove }: Props<T>) {
  return (
    <ul class="urges-words">
      {items.map((item) => (
        <li key={keyOf(item)} class="urges-item">
          {show(item)}
          <button type="button" class="secondary" onClick={() => onRemove(item)}>
            {removeLabel}
          </button>
        </li>
      ))}
    </ul>
  );
}
