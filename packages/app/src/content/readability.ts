// Plain-language checks for Steady's English content.
//
// fleschKincaidGrade() estimates the US school grade needed to read a text:
//   0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
// Words and sentences are counted directly. Syllables are estimated with a
// small English heuristic (vowel groups, then fixes for silent endings and a
// few common vowel pairs that split). It is close enough to compare texts and
// to hold the content to the project's target of grade 8 or below; it is not
// a dictionary.

export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
}

// Words the heuristic gets wrong often enough to matter in our own content.
const SYLLABLE_EXCEPTIONS: Readonly<Record<string, number>> = {
  anyone: 3,
  maybe: 2,
  safety: 2,
  recipe: 3,
  create: 2,
  idea: 3,
  area: 3,
  real: 1,
  really: 2,
  timeline: 2,
  lifeline: 2,
  people: 2,
  toward: 2,
  towards: 2,
  business: 2,
  every: 2,
  everyone: 3,
  everything: 3,
  everywhere: 3,
};

// The silent "e" of "some" disappears inside compounds such as "someone".
const COMPOUND_HEADS = ['some'] as const;

const VOWEL_GROUP = /[aeiouy]+/g;

/** Estimated syllables in one word (letters only; digits are read as numbers). */
export function countSyllables(word: string): number {
  const digits = word.replace(/[^0-9]/g, '');
  const letters = word
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z]/g, '');
  if (letters === '') {
    // A number such as "75" or "1993": roughly one syllable per digit, plus one.
    if (digits === '') return 0;
    return digits.length === 1 ? 1 : digits.length + 1;
  }
  return countLetterSyllables(letters);
}

function countLetterSyllables(w: string): number {
  const known = SYLLABLE_EXCEPTIONS[w];
  if (known !== undefined) return known;
  if (w.length <= 3) return 1;

  for (const head of COMPOUND_HEADS) {
    if (w.startsWith(head) && w.length > head.length + 1) {
      return countLetterSyllables(head) + countLetterSyllables(w.slice(head.length));
    }
  }

  // A leading "y" is a consonant ("you", "year").
  const body = w.startsWith('y') ? `#${w.slice(1)}` : w;
  let count = (body.match(VOWEL_GROUP) ?? []).length;

  // Silent endings.
  if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w))
    count -= 1; // made, whole (not table)
  else if (/[^aeiouytd]ed$/.test(w))
    count -= 1; // jumped, used (not wanted, needed)
  else if (/[^aeiouysxzcgh]es$/.test(w) && !/[^aeiouy]les$/.test(w)) count -= 1; // makes, times
  if (/[^aeiouy]e(ly|ful|fully|ness|ment|less)$/.test(w)) count -= 1; // lonely, hopeful

  // Vowel pairs that are usually two syllables.
  if (/[aeiouy]ing$/.test(w)) count += 1; // going, being, saying
  if (/[^cstxgln]i[ao]/.test(w)) count += 1; // radio, media, violent, serious
  if (/[^qg]ua/.test(w)) count += 1; // usual, actual (not equal, language)
  if (/iet/.test(w)) count += 1; // quiet, anxiety

  return Math.max(1, count);
}

// Sentence ends: . ! ? (possibly repeated, possibly followed by a closing
// quote or bracket) before whitespace or the end, or a line break.
const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s|$)|\n+/;
// Words: runs separated by whitespace or dashes used as punctuation.
const WORD_SPLIT = /[\s—–]+/;

function wordsOf(text: string): string[] {
  return text.split(WORD_SPLIT).filter((token) => /[\p{L}\p{N}]/u.test(token));
}

/** Words, sentences and estimated syllables in a text. */
export function textStats(text: string): TextStats {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const sentence of text.split(SENTENCE_END)) {
    const sentenceWords = wordsOf(sentence);
    if (sentenceWords.length === 0) continue;
    sentences += 1;
    words += sentenceWords.length;
    for (const word of sentenceWords) {
      // "on-and-off" is one word; its syllables are the sum of its parts.
      for (const part of word.split('-')) syllables += countSyllables(part);
    }
  }
  return { words, sentences, syllables };
}

/** Number of words, as counted by textStats(). */
export function countWords(text: string): number {
  return textStats(text).words;
}

/**
 * Flesch–Kincaid grade level of an English text. Returns 0 for a text with
 * no words. Lower is easier; Steady's content aims for 8 or below.
 */
export function fleschKincaidGrade(text: string): number {
  const { words, sentences, syllables } = textStats(text);
  if (words === 0 || sentences === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}
