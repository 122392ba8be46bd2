import { DETAIL_ANSWERS, DETAIL_TEXTS } from '@steady/core';
import type {
  Aftermath,
  CourtDetails,
  DetailAnswer,
  DetailChoice,
  DetailText,
  EntryContent,
  EntryError,
  EntryErrorCode,
  Harm,
  Severity,
  Stage,
} from '@steady/core';
import type { PlainKey } from '../../i18n/index.ts';

/** What the form holds while the person types: plain strings, nothing checked yet. */
export interface EntryForm {
  date: string;
  time: string;
  approximate: boolean;
  stage: Stage | '';
  harms: Harm[];
  severity: Severity | 0;
  what: string;
  felt: string;
  after: Aftermath[];
  afterNote: string;
  injuries: string;
  witnesses: string;
  /** Details for a court or advocate: '' for a text not written, a question not answered. */
  details: DetailsForm;
}

export type DetailsForm = Record<DetailText, string> & Record<DetailAnswer, DetailChoice | ''>;

export function emptyDetails(): DetailsForm {
  const texts = DETAIL_TEXTS.map((key) => [key, ''] as const);
  const answers = DETAIL_ANSWERS.map((key) => [key, ''] as const);
  return Object.fromEntries([...texts, ...answers]) as DetailsForm;
}

export function detailsForm(details: CourtDetails | undefined): DetailsForm {
  const form = emptyDetails();
  for (const key of DETAIL_TEXTS) form[key] = details?.[key] ?? '';
  for (const key of DETAIL_ANSWERS) form[key] = details?.[key] ?? '';
  return form;
}

/** Whether any detail is written or answered (the section then opens by itself). */
export const anyDetail = (details: DetailsForm): boolean =>
  [...DETAIL_TEXTS, ...DETAIL_ANSWERS].some((key) => details[key] !== '');

/** Only the details given: none at all leaves `details` out of the entry. */
function detailsInput(details: DetailsForm): Record<string, string> | undefined {
  const given = Object.entries(details).filter(([, value]) => value !== '');
  return given.length > 0 ? Object.fromEntries(given) : undefined;
}

/** Today on the person's own calendar, which is what a date input shows. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function emptyForm(now: Date = new Date()): EntryForm {
  return {
    date: localToday(now),
    time: '',
    approximate: false,
    stage: '',
    harms: [],
    severity: 0,
    what: '',
    felt: '',
    after: [],
    afterNote: '',
    injuries: '',
    witnesses: '',
    details: emptyDetails(),
  };
}

export function formFromContent(content: EntryContent): EntryForm {
  return {
    date: content.occurred.date,
    time: content.occurred.time ?? '',
    approximate: content.occurred.approximate,
    // A quick note has none yet: the form asks for them as it does for a new entry.
    stage: content.stage ?? '',
    harms: [...content.harms],
    severity: content.severity ?? 0,
    what: content.what,
    felt: content.felt,
    after: [...content.after],
    afterNote: content.afterNote,
    injuries: content.injuries,
    witnesses: content.witnesses,
    details: detailsForm(content.details),
  };
}

/**
 * The form as the core's validator reads it. Unanswered choices are left out
 * (not guessed), so the validator reports them as required; an empty time is
 * no time.
 */
export function formToInput(form: EntryForm, attachments: readonly string[]): unknown {
  const details = detailsInput(form.details);
  return {
    occurred: {
      ...(form.date ? { date: form.date } : {}),
      ...(form.time ? { time: form.time } : {}),
      approximate: form.approximate,
    },
    ...(form.stage ? { stage: form.stage } : {}),
    ...(form.severity ? { severity: form.severity } : {}),
    harms: form.harms,
    what: form.what,
    felt: form.felt,
    after: form.after,
    afterNote: form.afterNote,
    injuries: form.injuries,
    witnesses: form.witnesses,
    attachments: [...attachments],
    ...(details ? { details } : {}),
  };
}

export type FieldName =
  | 'date'
  | 'time'
  | 'approximate'
  | 'stage'
  | 'harms'
  | 'severity'
  | 'what'
  | 'felt'
  | 'after'
  | 'afterNote'
  | 'injuries'
  | 'witnesses'
  | 'attachments'
  | 'details'
  | 'form';

/** Which field of the form an error path ('occurred.date', 'harms[2]') belongs to. */
export function fieldOf(path: string): FieldName {
  const base = path
    .replace(/^occurred\./, '')
    .replace(/^details\..*$/, 'details')
    .replace(/\[\d+\]$/, '');
  switch (base) {
    case 'date':
    case 'time':
    case 'approximate':
    case 'stage':
    case 'harms':
    case 'severity':
    case 'what':
    case 'felt':
    case 'after':
    case 'afterNote':
    case 'injuries':
    case 'witnesses':
    case 'attachments':
      return base;
    case 'occurred':
      return 'date';
    case 'details':
      return 'details';
    default:
      return 'form';
  }
}

const CODE_KEYS: Partial<Record<EntryErrorCode, PlainKey>> = {
  required: 'journal.error.required',
  'wrong-type': 'journal.error.wrong-type',
  'unknown-field': 'journal.error.unknown-field',
  'invalid-date': 'journal.error.invalid-date',
  'too-early': 'journal.error.too-early',
  'future-date': 'journal.error.future-date',
  'invalid-time': 'journal.error.invalid-time',
  'unknown-value': 'journal.error.unknown-value',
  duplicate: 'journal.error.duplicate',
  'out-of-range': 'journal.error.out-of-range',
  'too-long': 'journal.error.too-long',
  'too-many': 'journal.error.too-many',
  'malformed-text': 'journal.error.malformed-text',
  'invalid-id': 'journal.error.invalid-id',
  'invalid-instant': 'journal.error.invalid-instant',
  mismatch: 'journal.error.mismatch',
};

/** The sentence for an error, in the reader's language; a few required fields get their own. */
export function errorKey(error: EntryError): PlainKey {
  if (error.code === 'required') {
    const field = fieldOf(error.path);
    if (field === 'stage') return 'journal.error.requiredStage';
    if (field === 'severity') return 'journal.error.requiredSeverity';
    if (field === 'date') return 'journal.error.requiredDate';
  }
  // Codes the entry checks never give (the toolkit has more) read as "not right".
  return CODE_KEYS[error.code] ?? 'journal.error.wrong-type';
}

/** One message per field (the first), for showing beside it. */
export function errorsByField(errors: readonly EntryError[]): Partial<Record<FieldName, PlainKey>> {
  const byField: Partial<Record<FieldName, PlainKey>> = {};
  for (const error of errors) {
    const field = fieldOf(error.path);
    byField[field] ??= errorKey(error);
  }
  return byField;
}

/** The fields a person can fix, in the order the form shows them. */
const SHOWN_FIELDS = [
  'date',
  'time',
  'approximate',
  'stage',
  'harms',
  'severity',
  'what',
  'felt',
  'after',
  'afterNote',
  'injuries',
  'witnesses',
  'details',
  'attachments',
] as const satisfies readonly FieldName[];
export type ShownField = (typeof SHOWN_FIELDS)[number];

/** Each field's name as its label says it, for the summary that lists what to fix. */
export const FIELD_LABELS: Readonly<Record<ShownField, PlainKey>> = {
  date: 'journal.form.date',
  time: 'journal.form.time',
  approximate: 'journal.form.approximate',
  stage: 'journal.form.stage',
  harms: 'journal.form.harms',
  severity: 'journal.form.severity',
  what: 'journal.form.what',
  felt: 'journal.form.felt',
  after: 'journal.form.after',
  afterNote: 'journal.form.afterNote',
  injuries: 'journal.form.injuries',
  witnesses: 'journal.form.witnesses',
  details: 'journal.court.title',
  attachments: 'journal.attach.label',
};

/** The fields that need another look, in the order the form shows them. */
export function fieldsToFix(errors: Partial<Record<FieldName, PlainKey>>): ShownField[] {
  return SHOWN_FIELDS.filter((field) => errors[field] !== undefined);
}

/**
 * An entry's details for a court or advocate as label and value keys, in the order the
 * form asks for them (the texts, then the answers): what the entry view and the report show.
 */
export function detailRows(
  details: CourtDetails | undefined,
): Array<{ key: string; label: PlainKey; text?: string; answer?: PlainKey }> {
  if (!details) return [];
  const rows: Array<{ key: string; label: PlainKey; text?: string; answer?: PlainKey }> = [];
  for (const key of DETAIL_TEXTS) {
    const text = details[key];
    if (text) rows.push({ key, label: `journal.court.${key}`, text });
  }
  for (const key of DETAIL_ANSWERS) {
    const answer = details[key];
    if (answer)
      rows.push({ key, label: `journal.court.${key}`, answer: `journal.court.choice.${answer}` });
  }
  return rows;
}
