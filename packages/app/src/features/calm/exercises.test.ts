import { describe, expect, it } from 'vitest';
import { calmEn } from './i18n.en.ts';
import { exerciseOf, FOR_MOMENT, GROUNDING, MOMENTS, SOOTHING } from './exercises.ts';

describe('the calm exercises', () => {
  it('each moment offers three things to try, each an exercise or breathing', () => {
    for (const moment of MOMENTS) {
      expect(FOR_MOMENT[moment]).toHaveLength(3);
      for (const id of FOR_MOMENT[moment]) {
        expect(id === 'breathing' || exerciseOf(id) !== undefined, `${moment}: ${id}`).toBe(true);
      }
    }
  });

  it('every exercise written for Steady is offered by some moment', () => {
    const offered = new Set(Object.values(FOR_MOMENT).flat());
    for (const exercise of SOOTHING) expect(offered.has(exercise.id), exercise.id).toBe(true);
    expect(SOOTHING.length).toBeGreaterThanOrEqual(4);
  });

  it('every step of every exercise has its words, and no step is left over', () => {
    const keys = new Set(Object.keys(calmEn));
    for (const exercise of [...GROUNDING, ...SOOTHING]) {
      for (const key of [exercise.name, exercise.about, ...exercise.steps]) {
        expect(keys.has(key), key).toBe(true);
      }
      const prefix = exercise.steps[0]!.replace(/\.1$/, '.');
      const written = [...keys].filter((key) => key.startsWith(prefix) && /\.\d+$/.test(key));
      expect(written.length, exercise.id).toBe(exercise.steps.length);
    }
  });
});
