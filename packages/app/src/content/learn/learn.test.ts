import { describe, expect, it } from 'vitest';
import { countWords, fleschKincaidGrade } from '../readability.ts';
import { checkTranslation, collectStrings } from '../translation-check.ts';
import { chapters as en } from './en.ts';
import { chapters as es } from './es.ts';
import { CHAPTER_IDS, type Chapter } from './types.ts';

const GRADE_TARGET = 8;
const ID_KEYS = new Set(['id', 'target']);
// Figures that the content guide allows (Dutton & Painter 1993, 75 women;
// the 24-hour hold; 94 tests of if-then plans).
const ALLOWED_NUMBERS = new Set(['1993', '75', '24', '94']);

const body = (chapter: Chapter): string =>
  chapter.sections.flatMap((section) => section.paragraphs).join('\n');
const readable = (chapter: Chapter): string => `${chapter.summary}\n${body(chapter)}`;

describe('Learn chapters', () => {
  it('come in the agreed order, 5 to 7 of them, in both languages', () => {
    expect(en.map((c) => c.id)).toEqual([...CHAPTER_IDS]);
    expect(es.map((c) => c.id)).toEqual([...CHAPTER_IDS]);
    expect(en.length).toBeGreaterThanOrEqual(5);
    expect(en.length).toBeLessThanOrEqual(7);
  });

  it.each(en.map((c) => [c.id, c] as const))(
    '%s (English) reads at grade 8 or below',
    (_id, chapter) => {
      expect(fleschKincaidGrade(readable(chapter))).toBeLessThanOrEqual(GRADE_TARGET);
    },
  );

  it.each([...en, ...es].map((c, i) => [i < en.length ? 'en' : 'es', c.id, c] as const))(
    '%s %s is 400–800 words with a matching reading time',
    (_lang, _id, chapter) => {
      const words = countWords(body(chapter));
      expect(words).toBeGreaterThanOrEqual(400);
      expect(words).toBeLessThanOrEqual(800);
      expect(chapter.readingMinutes).toBeGreaterThanOrEqual(1);
      expect(Math.abs(chapter.readingMinutes - words / 200)).toBeLessThanOrEqual(1);
    },
  );

  it('have a topic line, sections and "what helps" links', () => {
    for (const [chapters, prefix] of [
      [en, 'Topics: '],
      [es, 'Temas: '],
    ] as const) {
      for (const chapter of chapters) {
        expect(chapter.topics.startsWith(prefix)).toBe(true);
        expect(chapter.sections.length).toBeGreaterThan(0);
        expect(chapter.whatHelps.length).toBeGreaterThan(0);
        for (const section of chapter.sections)
          expect(section.paragraphs.length).toBeGreaterThan(0);
      }
    }
  });

  it('have no empty strings', () => {
    for (const { path, text } of collectStrings([en, es])) {
      expect(text.trim(), path).not.toBe('');
    }
  });

  it('have the same sections and "what helps" items in Spanish', () => {
    en.forEach((chapter, i) => {
      const other = es[i];
      expect(other?.sections.length, chapter.id).toBe(chapter.sections.length);
      expect(
        other?.sections.map((s) => s.paragraphs.length),
        chapter.id,
      ).toEqual(chapter.sections.map((s) => s.paragraphs.length));
      expect(
        other?.whatHelps.map((w) => w.target),
        chapter.id,
      ).toEqual(chapter.whatHelps.map((w) => w.target));
    });
  });

  it('are fully translated: no Spanish string equals the English, none has English words', () => {
    expect(checkTranslation(en, es, { sameValueKeys: ID_KEYS })).toEqual([]);
  });

  it('the translation check fails on an untranslated or half-English string', () => {
    const broken = structuredClone(es);
    const first = broken[0];
    const enFirst = en[0];
    if (first === undefined || enFirst === undefined) throw new Error('no chapters');
    first.title = enFirst.title;
    first.summary = 'Un lazo with the person who hurts you.';
    const problems = checkTranslation(en, broken, { sameValueKeys: ID_KEYS });
    expect(problems.some((p) => p.startsWith('$[0].title') && p.includes('identical'))).toBe(true);
    expect(problems.some((p) => p.startsWith('$[0].summary') && p.includes('English words'))).toBe(
      true,
    );
  });

  it('say plainly that Steady is not a diagnosis, therapy or an emergency service', () => {
    const intro = en.find((c) => c.id === 'trauma-bond');
    const text = intro === undefined ? '' : body(intro);
    expect(text).toContain('not a diagnosis');
    expect(text).toContain('not therapy');
    expect(text).toContain('not an emergency service');
    const esIntro = es.find((c) => c.id === 'trauma-bond');
    const esText = esIntro === undefined ? '' : body(esIntro);
    expect(esText).toContain('No es un diagnóstico ni una terapia');
    expect(esText).toContain('servicio de emergencias');
  });

  it('cite only the figures the content guide allows', () => {
    for (const { path, text } of collectStrings([en, es])) {
      for (const number of text.match(/\d+/g) ?? []) {
        expect(ALLOWED_NUMBERS.has(number), `${path}: ${number}`).toBe(true);
      }
    }
  });
});
