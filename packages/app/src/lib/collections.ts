// Small immutable updates of lists and maps, for component state.

/** The list with the ids it does not hold yet added at its end. */
export const withAll = (list: readonly string[], ids: readonly string[]) => [
  ...list,
  ...ids.filter((id) => !list.includes(id)),
];

/** A copy of the map with a value for each item, by its id. */
export function withEntries<V, I extends { id: string }>(
  map: ReadonlyMap<string, V>,
  items: readonly I[],
  valueOf: (item: I) => V,
): Map<string, V> {
  const next = new Map(map);
  for (const item of items) next.set(item.id, valueOf(item));
  return next;
}
