import { describe, expect, test } from 'vitest';
import { formatList, takenAtLabels } from './format.ts';

describe('check-in dates', () => {
  test('two check-ins in the same minute can still be told apart', () => {
    const labels = takenAtLabels('en', [
      '2025-03-04T10:00:05.000Z',
      '2025-03-04T10:00:40.000Z',
      '2025-02-01T09:00:00.000Z',
    ]);
    expect(new Set(labels).size).toBe(3);
    expect(labels[2]).not.toMatch(/:00:00/);
  });
});

describe('lists of signs', () => {
  test('read naturally in each language', () => {
    expect(formatList('en', ['A', 'B', 'C'])).toBe('A, B, and C');
    expect(formatList('es', ['A', 'B', 'C'])).toBe('A, B y C');
  });
});
