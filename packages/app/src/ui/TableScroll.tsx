import type { ComponentChildren } from 'preact';

/**
 * Holds a data table. Words in a table never break (ui/tables.css); when the table is
 * then wider than the screen, only the table scrolls sideways, inside a named region
 * that the keyboard can reach and scroll with the arrow keys. The page never does.
 */
export function TableScroll({
  class: className,
  label,
  children,
}: {
  /** The feature's own wrapper class (its spacing and look). */
  class: string;
  /** The region's name: the table's caption. */
  label: string;
  children: ComponentChildren;
}) {
  return (
    // A region that may scroll must be reachable by keyboard to be scrolled by it
    // (WCAG 2.1.1; axe's scrollable-region-focusable): the tab stop is the point.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div class={`table-scroll ${className}`} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
