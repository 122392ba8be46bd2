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
  formFromContent,
  formToInput,
} from './form.ts';
import { readEntryDraft } from './draft.ts';

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

describe('the details for a court or advocate', () => {
  const filled = { ...emptyForm(NOW), stage: 'incident' as const, severity: 4 as const };

  test('none given: the entry has no details at all', () => {
    const checked = validateEntryInput(formToInput(filled, []), NOW);
    expect(checked.ok && 'details' in checked.value).toBe(false);
  });

  test('those given are kept, and come back into the form when it is opened again', () => {
    const details = { ...filled.details, place: 'Outside the bakery', children: 'unsure' as const };
    const checked = validateEntryInput(formToInput({ ...filled, details }, []), NOW);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.details).toEqual({ place: 'Outside the bakery', children: 'unsure' });
    expect(formFromContent(checked.value).details).toEqual(details);
  });

  test('an error in a detail is shown by the details section', () => {
    const details = { ...filled.details, policeReport: 'x'.repeat(5000) };
    const checked = validateEntryInput(formToInput({ ...filled, details }, []), NOW);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(errorsByField(checked.issues)).toEqual({ details: 'journal.error.too-long' });
    expect(fieldOf('details.policeReport')).toBe('details');
  });

  test('a draft keeps them; one kept before they existed reads with none', () => {
    const details = {
      ...filled.details,
      messages: 'You will regret this',
      orderInForce: 'yes' as const,
    };
    const stored = JSON.parse(
      JSON.stringify({ form: { ...filled, details }, kept: [], fresh: [] }),
    );
    expect(readEntryDraft(stored)?.form.details).toEqual(details);
    const older = { ...stored.form };
    delete older.details;
    expect(readEntryDraft({ ...stored, form: older })?.form.details).toEqual(
      emptyForm(NOW).details,
    );
    const wrong = {
      ...stored,
      form: { ...stored.form, details: { ...details, children: 'maybe' } },
    };
    expect(readEntryDraft(wrong)).toBeNull();
  });
});
