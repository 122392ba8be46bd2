// Test helper: every ordering of a short list (Heap's algorithm).
export function* permutations<T>(items: readonly T[]): Generator<T[]> {
  const list = [...items];
  const counters = list.map(() => 0);
  yield [...list];
  let i = 1;
  while (i < list.length) {
    const counter = counters[i] ?? 0;
    if (counter < i) {
      const j = i % 2 === 0 ? 0 : counter;
      const a = list[i];
      const b = list[j];
      if (a !== undefined && b !== undefined) {
        list[i] = b;
        list[j] = a;
      }
      yield [...list];
      counters[i] = counter + 1;
      i = 1;
    } else {
      counters[i] = 0;
      i += 1;
    }
  }
}
