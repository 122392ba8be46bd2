import type { enFirst } from './en.ts';
import type { enLater } from './en.later.ts';
import type { Translation } from './plural.ts';

// The catalog's types, from the English source (its two parts: en.ts and en.later.ts).

type Source = typeof enFirst & typeof enLater;

export type MessageKey = keyof Source;
/** What every locale must hold: a string where English has one, a plural where it has a plural. */
export type Catalog = Translation<Source>;
export type FirstCatalog = Translation<typeof enFirst>;
export type LaterCatalog = Translation<typeof enLater>;
/** The messages that count something: they need a `count` to be read. */
export type PluralKey = {
  [K in MessageKey]: Source[K] extends string ? never : K;
}[MessageKey];
export type PlainKey = Exclude<MessageKey, PluralKey>;
