/** Toggles one choice in a set, keeping the given canonical order. */
export function toggle<T>(list: readonly T[], item: T, on: boolean, order: readonly T[]): T[] {
  const set = new Set(list);
  if (on) set.add(item);
  else set.delete(item);
  return order.filter((choice) => set.has(choice));
}
