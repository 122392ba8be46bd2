import { describe, expect, it } from 'vitest';
import { countSyllables, countWords, fleschKincaidGrade, textStats } from './readability.ts';

describe('countSyllables', () => {
  it.each([
    ['cat', 1],
    ['the', 1],
    ['made', 1],
    ['jumped', 1],
    ['wanted', 2],
    ['table', 2],
    ['people', 2],
    ['someone', 2],
    ['going', 2],
    ['lonely', 2],
    ['hopeful', 2],
    ['beautiful', 3],
    ['violence', 3],
    ['usual', 3],
    ['relationship', 4],
    ['intermittent', 4],
    ['don’t', 1],
    ['75', 3],
    ['', 0],
  ])('%s has %i', (word, expected) => {
    expect(countSyllables(word)).toBe(expected);
  });
});

describe('textStats', () => {
  it('counts words, sentences and syllables', () => {
    expect(textStats('The cat sat on the mat.')).toEqual({ words: 6, sentences: 1, syllables: 6 });
  });

  it('ends a sentence at a closing quote, and at a line break', () => {
    expect(textStats('She said “stop.” Then she left.').sentences).toBe(2);
    expect(textStats('A short heading\nA sentence here.').sentences).toBe(2);
  });

  it('does not end a sentence inside a number, and counts a hyphenated word once', () => {
    const stats = textStats('It took 6.5 hours of on-and-off work.');
    expect(stats.sentences).toBe(1);
    expect(stats.words).toBe(7);
  });

  it('ignores dashes and stray punctuation as words', () => {
    expect(countWords('Wait — then act.')).toBe(3);
  });
});

describe('fleschKincaidGrade', () => {
  it('matches the formula on simple sentences', () => {
    // 6 words, 1 sentence, 6 syllables: 0.39 × 6 + 11.8 × 1 − 15.59
    expect(fleschKincaidGrade('The cat sat on the mat.')).toBeCloseTo(-1.45, 2);
    // 6 words, 2 sentences, 6 syllables: 0.39 × 3 + 11.8 × 1 − 15.59
    expect(fleschKincaidGrade('I see you. You see me.')).toBeCloseTo(-2.62, 2);
    // 4 words, 1 sentence, 10 syllables: 0.39 × 4 + 11.8 × 2.5 − 15.59
    expect(fleschKincaidGrade('Relationships can be complicated.')).toBeCloseTo(15.47, 2);
  });

  it('is 0 for a text with no words', () => {
    expect(fleschKincaidGrade('')).toBe(0);
    expect(fleschKincaidGrade(' … ')).toBe(0);
  });

  it('rates long words and long sentences as harder', () => {
    const plain = 'You can stop at any time. You can come back later.';
    const dense =
      'Intermittent reinforcement considerably strengthens psychological attachment, particularly under conditions of unpredictability and asymmetrical power.';
    expect(fleschKincaidGrade(plain)).toBeLessThan(4);
    expect(fleschKincaidGrade(dense)).toBeGreaterThan(12);
  });
});
