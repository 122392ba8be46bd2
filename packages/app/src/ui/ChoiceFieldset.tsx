import type { ComponentChildren } from 'preact';

/** What a group of radio buttons and a group of checkboxes share. */
export interface ChoiceGroupProps<T extends string | number> {
  legend: ComponentChildren;
  options: readonly T[];
  /** Each option's words beside its box. */
  label: (option: T) => ComponentChildren;
  /** The id of an option's hint, which describes its box. */
  describeOption?: (option: T) => string;
  /** The fieldset's classes ('field' unless given). */
  class?: string;
  /** The id(s) describing the whole group. */
  describedBy?: string;
  /** Classes for each option's label, beside 'choice'. */
  choiceClass?: string;
  /** If given, the options sit in a div of this class. */
  listClass?: string;
  /** Shown after the legend, before the options: a hint, an error. */
  children?: ComponentChildren;
  /** Shown after the options, inside the group: a button that clears the choice. */
  after?: ComponentChildren;
}

export const choiceClassOf = (extra?: string) => (extra ? `choice ${extra}` : 'choice');

/** The fieldset and legend around a group of choices. */
export function ChoiceFieldset({
  legend,
  class: className = 'field',
  describedBy,
  listClass,
  before,
  after,
  children,
}: {
  legend: ComponentChildren;
  class?: string;
  describedBy?: string;
  listClass?: string;
  before?: ComponentChildren;
  after?: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <fieldset class={className} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {before}
      {listClass ? <div class={listClass}>{children}</div> : children}
      {after}
    </fieldset>
  );
}
