// Messages that depend on a count ("1 entry", "5 entries").
//
// A plural message holds one form per CLDR plural category its language uses:
// English and Spanish need `one` and `other`; Arabic, added later, would use all
// six. `other` is always required, and a category without its own form reads as
// `other` (so Spanish `many`, used for exact millions, reads "1.000.000 entradas",
// as CLDR's own Spanish units do). The form is chosen by Intl.PluralRules from the
// message's `count` parameter, and every number in a plural message is written
// the reader's way (10,000 in English, 10.000 in Spanish).

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

export type Plural = { readonly other: string } & {
  readonly [C in Exclude<PluralCategory, 'other'>]?: string;
};

export type Message = string | Plural;

/** What a translation of `Source` must hold: a string for each string, a plural for each plural. */
export type Translation<Source> = {
  readonly [K in keyof Source]: Source[K] extends string ? string : Plural;
};

export type Params = Readonly<Record<string, string | number>>;
export type CountParams = Params & { readonly count: number };

// Counts are shown with at most one decimal (an average such as "every 2.5 days"),
// and the form is chosen from the number as shown: 1.04 is shown "1" and reads "1 day".
const COUNT_DIGITS = { maximumFractionDigits: 1 } as const;

interface Counting {
  readonly rules: Intl.PluralRules;
  readonly format: Intl.NumberFormat;
}

const byLocale = new Map<string, Counting>();

/** A locale's plural rules and number format, made once and kept. */
export function countingFor(locale: string): Counting {
  let counting = byLocale.get(locale);
  if (!counting) {
    counting = {
      rules: new Intl.PluralRules(locale, COUNT_DIGITS),
      format: new Intl.NumberFormat(locale, COUNT_DIGITS),
    };
    byLocale.set(locale, counting);
  }
  return counting;
}

/** The form of a plural message that fits `count` in `locale`. */
export function pluralForm(message: Plural, locale: string, count: number): string {
  return message[countingFor(locale).rules.select(count)] ?? message.other;
}

/** Fills {name} placeholders. Values are inserted as text, never as markup. */
export function fillPlaceholders(
  text: string,
  params: Params,
  number: (value: number) => string = String,
): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return typeof value === 'number' ? number(value) : String(value);
  });
}

/** A plural message in `locale`, its form chosen by `params.count`, its numbers formatted. */
export function pluralText(message: Plural, locale: string, params: CountParams): string {
  const { format } = countingFor(locale);
  return fillPlaceholders(pluralForm(message, locale, params.count), params, (n) =>
    format.format(n),
  );
}
