import { describe, expect, test } from 'vitest';
import { en, es } from './all.ts';
import { makeTranslate, type Message, type MessageKey, type PluralKey } from './index.ts';

const tEn = makeTranslate(en, 'en');
const tEs = makeTranslate(es, 'es');
const COUNTS = [0, 1, 2, 5, 21] as const;
const read = (t: typeof tEn, key: PluralKey) => COUNTS.map((count) => t(key, { count }));

describe('counted messages read right for every count', () => {
  test('the auto-lock options', () => {
    expect(read(tEn, 'security.minutes')).toEqual([
      '0 minutes',
      '1 minute',
      '2 minutes',
      '5 minutes',
      '21 minutes',
    ]);
    expect(read(tEs, 'security.minutes')).toEqual([
      '0 minutos',
      '1 minuto',
      '2 minutos',
      '5 minutos',
      '21 minutos',
    ]);
  });

  test('journal entry counts', () => {
    expect(read(tEn, 'journal.list.countAll')).toEqual([
      '0 entries',
      '1 entry',
      '2 entries',
      '5 entries',
      '21 entries',
    ]);
    expect(read(tEs, 'journal.list.countAll')).toEqual([
      '0 entradas',
      '1 entrada',
      '2 entradas',
      '5 entradas',
      '21 entradas',
    ]);
    expect(tEn('journal.list.count', { shown: 1, count: 1 })).toBe('1 of 1 entry');
    expect(tEn('journal.list.count', { shown: 2500, count: 10_000 })).toBe(
      '2,500 of 10,000 entries',
    );
    expect(tEs('journal.list.count', { shown: 21, count: 10_000 })).toBe('21 de 10.000 entradas');
  });

  test('records that could not be read', () => {
    expect(read(tEn, 'unreadable.journal').slice(1, 3)).toEqual([
      '1 journal entry could not be read.',
      '2 journal entries could not be read.',
    ]);
    expect(read(tEs, 'unreadable.checkin').slice(1, 3)).toEqual([
      'No se pudo leer 1 registro de cómo estás.',
      'No se pudieron leer 2 registros de cómo estás.',
    ]);
  });

  test('breathing lengths, the lock notice and earlier versions', () => {
    expect(read(tEn, 'calm.minutes')[1]).toBe('1 minute');
    expect(read(tEs, 'calm.minutes')[2]).toBe('2 minutos');
    expect(read(tEn, 'lock.soon')[1]).toBe(
      'Locking in 1 second, as nothing has been touched for a while.',
    );
    expect(read(tEs, 'lock.soon')[4]).toBe(
      'Se bloqueará en 21 segundos, porque hace un rato que no se usa.',
    );
    expect(read(tEn, 'journal.entry.versions')).toEqual([
      '0 earlier versions',
      '1 earlier version',
      '2 earlier versions',
      '5 earlier versions',
      '21 earlier versions',
    ]);
    expect(read(tEs, 'journal.entry.versions').slice(0, 3)).toEqual([
      '0 versiones anteriores',
      '1 versión anterior',
      '2 versiones anteriores',
    ]);
  });

  test('Spanish agrees where English does not change', () => {
    const summary = (t: typeof tEn, count: number) =>
      t('plan.progressSummary', { complete: 2, total: 6, count });
    expect(summary(tEn, 1)).toBe('2 of 6 parts done for now, 1 started.');
    expect(summary(tEs, 1)).toBe('2 de 6 partes listas por ahora, 1 empezada.');
    expect(summary(tEs, 5)).toBe('2 de 6 partes listas por ahora, 5 empezadas.');
  });

  test('a plural message needs its count (checked by the typecheck)', () => {
    const neverCalled = () => [
      // @ts-expect-error: a counted message without a count does not typecheck.
      tEn('security.minutes'),
      // @ts-expect-error: nor with the count under another name.
      tEn('security.minutes', { n: 5 }),
    ];
    expect(neverCalled).toBeTypeOf('function');
    expect(tEn('nav.home')).toBe('Home');
  });
});

// Names that, in a placeholder, stand for a number of things.
const COUNT_NAMES = new Set([
  'count',
  'n',
  'total',
  'shown',
  'seconds',
  'minutes',
  'hours',
  'days',
  'weeks',
  'months',
  'years',
  'cycles',
  'occasions',
  'entries',
  'images',
  'photos',
  'voiceNotes',
  'items',
  'parts',
  'steps',
  'breaths',
  'started',
  'complete',
  'times',
]);

// Plain messages whose number is not a count of things, and why.
const NOT_COUNTS: Readonly<Record<string, string>> = {
  'calm.breathOf': 'a position ("Breath 3 of 10")',
  'calm.ground.step': 'a position ("Step 2 of 5")',
  'selfcheck.part': 'a position ("Part 1 of 4")',
  'lock.recoveryGroup': 'a position ("Group 3")',
  'journal.attach.remove': 'a position ("Remove image 2")',
  'journal.attach.alt': 'a position ("Image 2 of this entry")',
  'journal.entry.version': 'a position ("Version 2, saved on …")',
  'journal.voice.item': 'a position ("Voice note 2 (0:05)")',
  'report.entry.photoAlt': 'a position ("Photo 2 kept with this entry")',
  'report.entry.photoCaption': 'a position ("Photo 2. SHA-256 of …")',
  'journal.voice.play': 'a position ("Play voice note 2")',
  'journal.voice.remove': 'a position ("Remove voice note 2")',
  'report.entry.voice': 'a position ("Voice note 2, 0:05 long")',
  'urges.holdLeft': 'a clock: "h", "min" and "s" do not change with the number',
  'relay.sync.sending': 'a measure: "MB" does not change with the number ("3 of 40 MB")',
  'relay.sync.fetching': 'a position ("part 3 of 10")',
  'check.version': 'a position ("version 2")',
  'check.counts': 'labels: "Entries: 1" and "Entries: 3" take the same words',
};

describe('every message that counts is plural-aware', () => {
  const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
  const keys = Object.keys(en) as MessageKey[];

  test('a plain message takes no count', () => {
    const counted = keys.filter((key) => {
      const message = en[key] as Message;
      return (
        typeof message === 'string' &&
        !(key in NOT_COUNTS) &&
        names(message).some((name) => COUNT_NAMES.has(name))
      );
    });
    // Make each of these a plural message: { one: '{count} …', other: '{count} …' }.
    expect(counted).toEqual([]);
  });

  test('the exceptions are plain messages that exist, and none of them takes {count}', () => {
    for (const key of Object.keys(NOT_COUNTS)) {
      const message = en[key as MessageKey] as Message | undefined;
      expect(typeof message, key).toBe('string');
      expect(names(String(message)), key).not.toContain('count');
    }
  });
});
