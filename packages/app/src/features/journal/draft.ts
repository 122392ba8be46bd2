import {
  AFTERMATH,
  DETAIL_ANSWERS,
  DETAIL_CHOICES,
  DETAIL_TEXTS,
  HARMS,
  SEVERITIES,
  STAGES,
} from '@steady/core';
import { emptyDetails, type DetailsForm, type EntryForm } from './form.ts';

/** A journal form's draft: what is typed, the photos kept, and those added with the draft. */
export interface EntryDraft {
  form: EntryForm;
  kept: string[];
  fresh: string[];
}

const isString = (value: unknown): value is string => typeof value === 'string';
const strings = (value: unknown): string[] | null =>
  Array.isArray(value) && value.every(isString) ? value : null;
const subset = <T extends string>(value: unknown, allowed: readonly T[]): T[] | null => {
  const list = strings(value);
  return list && list.every((item) => (allowed as readonly string[]).includes(item))
    ? (list as T[])
    : null;
};

/**
 * A draft's details for a court or advocate; a draft kept before they existed has none
 * (empty). Null refuses them: a text that is not text, an answer that is not one.
 */
function readDetails(value: unknown): DetailsForm | null {
  if (value === undefined) return emptyDetails();
  if (typeof value !== 'object' || value === null) return null;
  const d = value as Record<string, unknown>;
  const details = emptyDetails();
  for (const key of DETAIL_TEXTS) {
    const text = d[key] ?? '';
    if (!isString(text)) return null;
    details[key] = text;
  }
  for (const key of DETAIL_ANSWERS) {
    const answer = d[key] ?? '';
    if (answer !== '' && !DETAIL_CHOICES.includes(answer as never)) return null;
    details[key] = answer as DetailsForm[typeof key];
  }
  return details;
}

/** Checks a stored draft before it is put back into the form; null refuses it. */
export function readEntryDraft(data: unknown): EntryDraft | null {
  if (typeof data !== 'object' || data === null) return null;
  const { form, kept, fresh } = data as Record<string, unknown>;
  if (typeof form !== 'object' || form === null) return null;
  const f = form as Record<string, unknown>;
  const texts = ['date', 'time', 'what', 'felt', 'afterNote', 'injuries', 'witnesses'] as const;
  if (!texts.every((key) => isString(f[key]))) return null;
  const stage = f.stage === '' || STAGES.includes(f.stage as never) ? f.stage : null;
  const severity = f.severity === 0 || SEVERITIES.includes(f.severity as never) ? f.severity : null;
  const harms = subset(f.harms, HARMS);
  const after = subset(f.after, AFTERMATH);
  const keptIds = strings(kept);
  const freshIds = strings(fresh);
  if (stage === null || severity === null || !harms || !after || !keptIds || !freshIds) return null;
  if (typeof f.approximate !== 'boolean') return null;
  const details = readDetails(f.details);
  if (details === null) return null;
  return {
    form: {
      date: f.date as string,
      time: f.time as string,
      approximate: f.approximate,
      stage: stage as EntryForm['stage'],
      harms,
      severity: severity as EntryForm['severity'],
      what: f.what as string,
      felt: f.felt as string,
      after,
      afterNote: f.afterNote as string,
      injuries: f.injuries as string,
      witnesses: f.witnesses as string,
      details,
    },
    kept: keptIds,
    fresh: freshIds,
  };
}
