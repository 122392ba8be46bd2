import { isCalendarDate } from '../model/dates.ts';
import {
  DANGER_SIGNS,
  HELPER_ROLES,
  PLAN_LIMITS,
  PLAN_PRESET_ITEMS,
  PLAN_QUESTIONS,
  PLAN_SECTIONS,
  type DangerSign,
  type HelperRole,
  type PlanCheck,
  type PlanItem,
  type PlanPresetItem,
  type PlanSection,
  type PlanSectionId,
  type SafetyPlan,
  type TrustedPerson,
} from './types.ts';

// The plan comes back from storage or from a backup written by another version:
// everything is checked and bounded, unknown fields are dropped, and a plan that
// fails is refused whole rather than half-read.

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

export function isPlanItemId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= PLAN_LIMITS.idLength &&
    /^[A-Za-z0-9_-]+$/.test(value)
  );
}

export function isDangerSign(value: unknown): value is DangerSign {
  return (DANGER_SIGNS as readonly unknown[]).includes(value);
}

function isRole(value: unknown): value is HelperRole {
  return (HELPER_ROLES as readonly unknown[]).includes(value);
}

/** The preset items of a section, each not done and with nowhere written yet. */
function presetItems(section: PlanSectionId): PlanItem[] {
  return PLAN_PRESET_ITEMS[section].map((preset: PlanPresetItem) => ({
    id: preset,
    preset,
    done: false,
    where: '',
  }));
}

/** One value per section, built in the order of PLAN_SECTIONS. */
function bySection<T>(make: (id: PlanSectionId) => T): Record<PlanSectionId, T> {
  const entries = PLAN_SECTIONS.map((id) => [id, make(id)] as const);
  return Object.fromEntries(entries) as { [K in PlanSectionId]: T };
}

/** A new plan: nothing written, Steady's checklist items ready to tick. */
export function emptyPlan(): SafetyPlan {
  const sections = bySection((id): PlanSection => ({
    answers: {},
    items: presetItems(id),
    notes: '',
    complete: false,
  }));
  return { version: 1, sections, people: [], dangerSigns: [] };
}

function validateItem(section: PlanSectionId, input: unknown, at: string, errors: string[]) {
  if (!isObject(input)) {
    errors.push(at);
    return null;
  }
  const { id, preset, text, done, where } = input;
  const before = errors.length;
  if (!isPlanItemId(id)) errors.push(`${at}.id`);
  const presets: readonly string[] = PLAN_PRESET_ITEMS[section];
  if (preset !== undefined && !(typeof preset === 'string' && presets.includes(preset)))
    errors.push(`${at}.preset`);
  if (text !== undefined && !isText(text, PLAN_LIMITS.itemText)) errors.push(`${at}.text`);
  // Exactly one label: Steady's or the person's own.
  if ((preset === undefined) === (text === undefined)) errors.push(`${at}.label`);
  if (typeof done !== 'boolean') errors.push(`${at}.done`);
  if (where !== undefined && !isText(where, PLAN_LIMITS.where)) errors.push(`${at}.where`);
  if (errors.length > before) return null;
  const item: PlanItem =
    preset !== undefined
      ? {
          id: id as string,
          preset: preset as PlanPresetItem,
          done: done as boolean,
          where: (where as string | undefined) ?? '',
        }
      : {
          id: id as string,
          text: text as string,
          done: done as boolean,
          where: (where as string | undefined) ?? '',
        };
  return item;
}

function validateSection(id: PlanSectionId, input: unknown, errors: string[]): PlanSection {
  const at = `sections.${id}`;
  // A section written by an older version may be missing: it starts empty.
  if (input === undefined) return emptyPlan().sections[id];
  if (!isObject(input)) {
    errors.push(at);
    return emptyPlan().sections[id];
  }
  const answers: Record<string, string> = {};
  const questions: readonly string[] = PLAN_QUESTIONS[id];
  if (input.answers !== undefined && !isObject(input.answers)) errors.push(`${at}.answers`);
  else
    for (const [key, value] of Object.entries(input.answers ?? {})) {
      if (!questions.includes(key)) errors.push(`${at}.answers.${key}`);
      else if (!isText(value, PLAN_LIMITS.answer)) errors.push(`${at}.answers.${key}`);
      else answers[key] = value;
    }
  const items: PlanItem[] = [];
  if (input.items !== undefined) {
    if (!Array.isArray(input.items) || input.items.length > PLAN_LIMITS.items)
      errors.push(`${at}.items`);
    else {
      const seen = new Set<string>();
      input.items.forEach((raw: unknown, index) => {
        const item = validateItem(id, raw, `${at}.items.${index}`, errors);
        if (!item) return;
        if (seen.has(item.id)) errors.push(`${at}.items.${index}.duplicate`);
        seen.add(item.id);
        items.push(item);
      });
    }
  }
  const notes = input.notes ?? '';
  if (!isText(notes, PLAN_LIMITS.notes)) errors.push(`${at}.notes`);
  const complete = input.complete ?? false;
  if (typeof complete !== 'boolean') errors.push(`${at}.complete`);
  return {
    answers,
    items,
    notes: typeof notes === 'string' ? notes : '',
    complete: complete === true,
  };
}

function validatePerson(input: unknown, at: string, errors: string[]): TrustedPerson | null {
  if (!isObject(input)) {
    errors.push(at);
    return null;
  }
  const before = errors.length;
  const { id, name, reach, can } = input;
  if (!isPlanItemId(id)) errors.push(`${at}.id`);
  if (!isText(name, PLAN_LIMITS.name)) errors.push(`${at}.name`);
  if (reach !== undefined && !isText(reach, PLAN_LIMITS.reach)) errors.push(`${at}.reach`);
  if (can !== undefined && !(Array.isArray(can) && can.every(isRole))) errors.push(`${at}.can`);
  if (errors.length > before) return null;
  const roles: unknown[] = Array.isArray(can) ? can : [];
  return {
    id: id as string,
    name: name as string,
    reach: (reach as string | undefined) ?? '',
    can: HELPER_ROLES.filter((role) => roles.includes(role)),
  };
}

/** Checks a stored plan; on success, a clean copy with only known fields. */
export function validatePlan(input: unknown): PlanCheck<SafetyPlan> {
  if (!isObject(input)) return { ok: false, errors: ['not-an-object'] };
  const errors: string[] = [];
  if (input.version !== 1) errors.push('version');
  if (input.sections !== undefined && !isObject(input.sections)) errors.push('sections');
  const rawSections = isObject(input.sections) ? input.sections : {};
  for (const key of Object.keys(rawSections))
    if (!(PLAN_SECTIONS as readonly string[]).includes(key)) errors.push(`sections.${key}`);
  const sections = bySection((id) => validateSection(id, rawSections[id], errors));

  const people: TrustedPerson[] = [];
  if (input.people !== undefined) {
    if (!Array.isArray(input.people) || input.people.length > PLAN_LIMITS.people)
      errors.push('people');
    else
      input.people.forEach((raw: unknown, index) => {
        const person = validatePerson(raw, `people.${index}`, errors);
        if (person) people.push(person);
      });
  }

  const signs = input.dangerSigns ?? [];
  if (!Array.isArray(signs) || !signs.every(isDangerSign)) errors.push('dangerSigns');
  const marked: unknown[] = Array.isArray(signs) ? signs : [];

  const review = input.reviewDate;
  if (review !== undefined && !(typeof review === 'string' && isCalendarDate(review)))
    errors.push('reviewDate');

  if (errors.length) return { ok: false, errors };
  const plan: SafetyPlan = {
    version: 1,
    sections,
    people,
    dangerSigns: DANGER_SIGNS.filter((sign) => marked.includes(sign)),
    ...(typeof review === 'string' ? { reviewDate: review } : {}),
  };
  return { ok: true, value: plan };
}
