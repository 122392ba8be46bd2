import { describe, expect, it } from 'vitest';
import { CHAPTER_IDS } from '../learn/types.ts';
import { fleschKincaidGrade } from '../readability.ts';
import { checkTranslation, collectStrings } from '../translation-check.ts';
import { selfCheck as en } from './en.ts';
import { selfCheck as es } from './es.ts';
import { reflect, type Answers } from './reflect.ts';
import { SIGN_IDS, type SelfCheck } from './types.ts';

const ID_KEYS = new Set(['id', 'target', 'learnMore', 'chapters']);

const allStatements = (content: SelfCheck) => content.signs.flatMap((sign) => sign.statements);

/** All the prose a reader sees, one sentence or item per line. */
const prose = (content: SelfCheck): string =>
  [
    ...content.intro.paragraphs,
    ...content.ifUpsetting.paragraphs,
    ...content.signs.flatMap((s) => [s.description, ...s.reflections, s.result]),
    ...allStatements(content).map((s) => s.text),
    ...content.results.intro,
    ...content.results.noneShowedUp,
    ...content.results.nothingAnswered,
    content.results.notADiagnosis,
  ].join('\n');

describe('Self-check content', () => {
  it('has one or two questions to sit with per sign, the same number in both languages', () => {
    // A written answer is kept under its question's place in the sign ('returning-r2'):
    // both languages must ask the same questions in the same places.
    for (const [i, sign] of en.signs.entries()) {
      expect(sign.reflections.length, sign.id).toBeGreaterThanOrEqual(1);
      expect(sign.reflections.length, sign.id).toBeLessThanOrEqual(2);
      expect(es.signs[i]?.reflections.length, sign.id).toBe(sign.reflections.length);
    }
  });

  it('covers every sign, in order, in both languages', () => {
    expect(en.signs.map((s) => s.id)).toEqual([...SIGN_IDS]);
    expect(es.signs.map((s) => s.id)).toEqual([...SIGN_IDS]);
  });

  it('has 10 to 14 statements, 1–2 per sign, each sign with 1–2 reflection questions', () => {
    const count = allStatements(en).length;
    expect(count).toBeGreaterThanOrEqual(10);
    expect(count).toBeLessThanOrEqual(14);
    for (const sign of [...en.signs, ...es.signs]) {
      expect(sign.statements.length).toBeGreaterThanOrEqual(1);
      expect(sign.statements.length).toBeLessThanOrEqual(2);
      expect(sign.reflections.length).toBeGreaterThanOrEqual(1);
      expect(sign.reflections.length).toBeLessThanOrEqual(2);
      for (const question of sign.reflections) expect(question.trim().endsWith('?')).toBe(true);
      expect(sign.learnMore.length).toBeGreaterThan(0);
    }
  });

  it('says how many statements there are, correctly', () => {
    const count = String(allStatements(en).length);
    expect(en.intro.paragraphs.join(' ')).toContain(` ${count} `);
    expect(es.intro.paragraphs.join(' ')).toContain(` ${count} `);
  });

  it('has unique statement ids that name their sign', () => {
    const ids = allStatements(en).map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const sign of en.signs) {
      for (const statement of sign.statements)
        expect(statement.id.startsWith(`${sign.id}-`)).toBe(true);
    }
  });

  it('links only to real Learn chapters', () => {
    const known = new Set<string>(CHAPTER_IDS);
    for (const content of [en, es]) {
      for (const id of [
        ...content.signs.flatMap((s) => s.learnMore),
        ...content.results.learnMore.chapters,
      ]) {
        expect(known.has(id), id).toBe(true);
      }
    }
  });

  it('has no empty strings', () => {
    for (const { path, text } of collectStrings([en, es])) expect(text.trim(), path).not.toBe('');
  });

  it('is fully translated: same shape and ids, no identical strings, no English words', () => {
    expect(checkTranslation(en, es, { sameValueKeys: ID_KEYS })).toEqual([]);
  });

  it('the translation check fails on an untranslated or half-English string', () => {
    const broken = structuredClone(es);
    broken.scale.labels.often = en.scale.labels.often;
    const firstSign = broken.signs[0];
    if (firstSign === undefined) throw new Error('no signs');
    firstSign.result = 'En tus respuestas aparece this sign, and it matters.';
    firstSign.reflections.push('¿Otra pregunta?');
    const problems = checkTranslation(en, broken, { sameValueKeys: ID_KEYS });
    expect(
      problems.some((p) => p.startsWith('$.scale.labels.often') && p.includes('identical')),
    ).toBe(true);
    expect(problems.some((p) => p.startsWith('$.signs[0].result') && p.includes('English'))).toBe(
      true,
    );
    expect(
      problems.some((p) => p.startsWith('$.signs[0].reflections') && p.includes('items')),
    ).toBe(true);
  });

  it('reads at grade 8 or below in English', () => {
    expect(fleschKincaidGrade(prose(en))).toBeLessThanOrEqual(8);
  });

  it('is framed as non-diagnostic, with a way to pause or skip', () => {
    expect(en.intro.paragraphs.join(' ')).toContain('not a diagnosis');
    expect(en.results.notADiagnosis).toContain('not a diagnosis');
    expect(es.intro.paragraphs.join(' ')).toContain('ni un diagnóstico');
    expect(es.results.notADiagnosis).toContain('no es un diagnóstico');
    expect(en.ifUpsetting.paragraphs.join(' ')).toMatch(/skip[\s\S]*pause/);
    expect(es.ifUpsetting.paragraphs.join(' ')).toMatch(/saltarte[\s\S]*pausa/);
    for (const content of [en, es]) {
      expect(content.results.whatHelps.some((w) => w.target === 'help')).toBe(true);
    }
  });

  it('never shows a number or a verdict in its results', () => {
    for (const content of [en, es]) {
      const results = [
        ...content.signs.map((s) => s.result),
        ...content.results.intro,
        ...content.results.noneShowedUp,
        ...content.results.nothingAnswered,
      ].join('\n');
      expect(results).not.toMatch(/\d|%/);
    }
    const english = en.signs.map((s) => s.result).join('\n');
    expect(english).not.toMatch(/\byou (are|have) (a|an|in a) /i);
    expect(english).not.toMatch(/diagnos|disorder|you must/i);
  });
});

describe('reflect', () => {
  it('reports when nothing was answered', () => {
    expect(reflect(en.signs, {})).toEqual({ kind: 'nothing-answered' });
  });

  it('reports when no sign showed up', () => {
    const answers: Answers = { 'returning-1': 'not-at-all', 'isolation-2': 'not-at-all' };
    expect(reflect(en.signs, answers)).toEqual({ kind: 'none-showed-up' });
  });

  it('lists signs seen most first, without any score', () => {
    const answers: Answers = {
      'returning-1': 'sometimes',
      'isolation-1': 'often',
      'withdrawal-1': 'often',
      'withdrawal-2': 'often',
      'minimising-1': 'not-at-all',
      'their-moods-1': 'sometimes',
      'their-moods-2': 'sometimes',
    };
    expect(reflect(en.signs, answers)).toEqual({
      kind: 'signs-showed-up',
      signs: [
        { sign: 'withdrawal', level: 'often' },
        { sign: 'isolation', level: 'often' },
        { sign: 'their-moods', level: 'sometimes' },
        { sign: 'returning', level: 'sometimes' },
      ],
    });
  });

  it('gives the same reflection whichever language the signs come from', () => {
    const answers: Answers = { 'fear-of-leaving-1': 'often', 'minimising-2': 'sometimes' };
    expect(reflect(es.signs, answers)).toEqual(reflect(en.signs, answers));
  });
});
