import { describe, expect, it } from 'vitest';
import { convert, DEFAULT_PAIR, MEASURES, parseAmount, unitsOf } from './convert.ts';

describe('the converter cover', () => {
  it('converts by the exact definitions', () => {
    expect(convert('length', 1, 'mi', 'km')).toBeCloseTo(1.609344, 12);
    expect(convert('length', 12, 'in', 'ft')).toBeCloseTo(1, 12);
    expect(convert('weight', 1, 'kg', 'lb')).toBeCloseTo(2.2046226218, 9);
    expect(convert('weight', 14, 'lb', 'st')).toBeCloseTo(1, 9);
    expect(convert('volume', 1, 'galUs', 'l')).toBeCloseTo(3.785411784, 12);
    expect(convert('volume', 8, 'ptUk', 'galUk')).toBeCloseTo(1, 12);
  });

  it('converts temperatures with their offsets', () => {
    expect(convert('temperature', 100, 'c', 'f')).toBeCloseTo(212, 12);
    expect(convert('temperature', -40, 'f', 'c')).toBeCloseTo(-40, 12);
    expect(convert('temperature', 0, 'k', 'c')).toBeCloseTo(-273.15, 12);
  });

  it('refuses a unit of another measure', () => {
    expect(convert('length', 1, 'kg', 'm')).toBeNull();
    expect(convert('temperature', 1, 'c', 'm')).toBeNull();
  });

  it('reads amounts with either decimal mark, and nothing else', () => {
    expect(parseAmount(' 2,5 ')).toBe(2.5);
    expect(parseAmount('-3.25')).toBe(-3.25);
    expect(parseAmount('.5')).toBe(0.5);
    for (const bad of ['', '1e3', '1.2.3', 'abc', '2+2', '--1', 'Infinity']) {
      expect(parseAmount(bad)).toBeNull();
    }
  });

  it('starts every measure on a pair of its own units', () => {
    for (const measure of MEASURES) {
      const [from, to] = DEFAULT_PAIR[measure];
      expect(unitsOf(measure)).toContain(from);
      expect(unitsOf(measure)).toContain(to);
    }
  });
});
