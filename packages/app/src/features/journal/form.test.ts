import { validateEntryInput } from '@steady/core';
import { describe, expect, test } from 'vitest';
import { en, es } from '../../i18n/all.ts';
import { checkImageFile, fitWithin, ATTACHMENT_LIMITS } from './attachments.ts';
import {
  FIELD_LABELS,
  emptyForm,
  errorKey,
  errorsByField,
  fieldOf,
  fieldsToFix,
  formToInput,
} from './form.ts';

const NOW = new Date('2025-06-10T12:00:00Z');

describe('the entry form', () => {
  test('an untouched form reports the stage and severity as required, nothing else', () => {
    const checked = validateEntryInput(formToInput(emptyForm(NOW), []), NOW);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(errorsByField(checked.issues)).toEqual({
      stage: 'journal.error.requiredStage',
      severity: 'journal.error.requiredSeverity',
    });
  });

  test('a filled form passes, with an empty time left out', () => {
    const form = { ...emptyForm(NOW), stage: 'incident' as const, severity: 3 as const };
    const checked = validateEntryInput(formToInput(form, ['abc']), NOW);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.value.occurred.time).toBeUndefined();
  });

  test('a future date is refused with its own message', () => {
    const form = {
      ...emptyForm(NOW),
      date: '2025-07-01',
      stage: 'calm' as const,
      severity: 1 as const,
    };
    const checked = validateEntryInput(formToInput(form, []), NOW);
    expect(checked.ok || errorsByField(checked.issues)).toEqual({
      date: 'journal.error.future-date',
    });
  });

  test('error paths map to the field shown', () => {
    expect(fieldOf('occurred.date')).toBe('date');
    expect(fieldOf('harms[2]')).toBe('harms');
    expect(fieldOf('attachments[0]')).toBe('attachments');
    expect(fieldOf('versions[1].content.what')).toBe('form');
  });

  test('every error code has words in both languages', () => {
    const codes = [
      'required',
      'wrong-type',
      'unknown-field',
      'invalid-date',
      'too-early',
      'future-date',
      'invalid-time',
      'unknown-value',
      'duplicate',
      'out-of-range',
      'too-long',
      'too-many',
      'malformed-text',
      'invalid-id',
      'invalid-instant',
      'mismatch',
    ] as const;
    for (const code of codes) {
      const key = errorKey({ path: 'what', code, message: '' });
      expect(en[key]).toBeTruthy();
      expect(es[key]).toBeTruthy();
    }
  });
});

describe('images', () => {
  test('only images, and none over the limit', () => {
    expect(checkImageFile({ type: 'application/pdf', size: 10 })).toBe('not-image');
    expect(checkImageFile({ type: 'image/jpeg', size: ATTACHMENT_LIMITS.inputBytes + 1 })).toBe(
      'too-big',
    );
    expect(checkImageFile({ type: 'image/png', size: 1000 })).toBeNull();
  });

  test('large images are scaled down to the longest side, small ones never up', () => {
    expect(fitWithin(5120, 2560, 2560)).toEqual({ width: 2560, height: 1280 });
    expect(fitWithin(300, 4000, 2560)).toEqual({ width: 192, height: 2560 });
    expect(fitWithin(640, 480, 2560)).toEqual({ width: 640, height: 480 });
  });
});

describe('the summary of what to fix', () => {
  test('names each field with an error once, in the order of the form, by its label', () => {
    const fields = fieldsToFix({
      severity: 'journal.error.requiredSeverity',
      date: 'journal.error.requiredDate',
      stage: 'journal.error.requiredStage',
      form: 'journal.error.unknown-field',
    });
    expect(fields).toEqual(['date', 'stage', 'severity']);
    expect(fields.map((f) => en[FIELD_LABELS[f]])).toEqual([
      'Date',
      'Stage of the cycle',
      'How severe it felt',
    ]);
    expect(fields.map((f) => es[FIELD_LABELS[f]])).toEqual([
      'Fecha',
      'Etapa del ciclo',
      'Qué tan grave lo sentiste',
    ]);
    expect(fieldsToFix({})).toEqual([]);
  });
});
