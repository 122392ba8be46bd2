import { enFirst } from './en.ts';
import { enLater } from './en.later.ts';
import { esFirst } from './es.ts';
import { esLater } from './es.later.ts';
import type { Catalog } from './types.ts';

// Every message of each language in one object, for tests. The app never imports this:
// it loads each part of a catalog when it needs it (index.ts).

export const en = { ...enFirst, ...enLater } as const satisfies Catalog;
export const es: Catalog = { ...esFirst, ...esLater };
