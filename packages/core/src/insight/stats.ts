// Small, exact statistics for short series (a few dozen incidents at most).

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Least-squares slope of values against their position 0, 1, 2...: change per step. */
export function slope(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  const xMean = (n - 1) / 2;
  const yMean = mean(values);
  let covariance = 0;
  let variance = 0;
  values.forEach((y, x) => {
    covariance += (x - xMean) * (y - yMean);
    variance += (x - xMean) ** 2;
  });
  return covariance / variance;
}

/** The first and last floor(n/2) values; an odd middle value belongs to neither. */
export function halves<T>(values: readonly T[]): [early: T[], recent: T[]] {
  const size = Math.floor(values.length / 2);
  return [values.slice(0, size), values.slice(values.length - size)];
}
