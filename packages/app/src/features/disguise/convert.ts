// The second cover: a unit converter that works. Factors to the base unit of each
// measure are the exact legal definitions (international yard and pound of 1959:
// 1 yd = 0.9144 m, 1 lb = 0.45359237 kg; US gallon = 231 cubic inches; UK gallon =
// 4.54609 L), as listed in NIST SP 811, Appendix B.

export type Measure = 'length' | 'weight' | 'volume' | 'temperature';

export const MEASURES: readonly Measure[] = ['length', 'weight', 'volume', 'temperature'];

/** Each unit's size in the measure's base unit (metre, kilogram, litre). */
const FACTORS = {
  length: { mm: 0.001, cm: 0.01, m: 1, km: 1000, in: 0.0254, ft: 0.3048, yd: 0.9144, mi: 1609.344 },
  weight: { g: 0.001, kg: 1, oz: 0.028349523125, lb: 0.45359237, st: 6.35029318 },
  volume: {
    ml: 0.001,
    l: 1,
    cupUs: 0.2365882365,
    galUs: 3.785411784,
    ptUk: 0.56826125,
    galUk: 4.54609,
  },
  temperature: { c: 1, f: 1, k: 1 },
} as const;

export type Unit = {
  [M in Measure]: keyof (typeof FACTORS)[M];
}[Measure];

export const unitsOf = (measure: Measure): Unit[] => Object.keys(FACTORS[measure]) as Unit[];

/** The pair a person would most likely want first. */
export const DEFAULT_PAIR: Record<Measure, [Unit, Unit]> = {
  length: ['km', 'mi'],
  weight: ['kg', 'lb'],
  volume: ['l', 'galUs'],
  temperature: ['c', 'f'],
};

function toCelsius(value: number, from: Unit): number {
  if (from === 'f') return ((value - 32) * 5) / 9;
  if (from === 'k') return value - 273.15;
  return value;
}

function fromCelsius(value: number, to: Unit): number {
  if (to === 'f') return (value * 9) / 5 + 32;
  if (to === 'k') return value + 273.15;
  return value;
}

/** Null when a unit does not belong to the measure. */
export function convert(measure: Measure, value: number, from: Unit, to: Unit): number | null {
  if (measure === 'temperature') {
    const units = unitsOf('temperature');
    if (!units.includes(from) || !units.includes(to)) return null;
    return fromCelsius(toCelsius(value, from), to);
  }
  const factors: Partial<Record<Unit, number>> = FACTORS[measure];
  const a = factors[from];
  const b = factors[to];
  return a === undefined || b === undefined ? null : (value * a) / b;
}

/** A typed amount: digits with one "." or "," as the decimal mark, maybe a minus. */
export function parseAmount(text: string): number | null {
  const trimmed = text.trim();
  if (!/^-?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return null;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}
