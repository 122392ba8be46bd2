import { at, failed, ok, type Issues, type Parsed } from '../schema/issues.ts';
import {
  arrayAt,
  booleanAt,
  dateAt,
  field,
  idAt,
  isId,
  isOneOf,
  objectAt,
  oneOfAt,
  optionalTextAt,
  setOfAt,
  textAt,
} from '../schema/read.ts';
import {
  DANGER_SIGNS,
  HELPER_ROLES,
  PLAN_LIMITS,
  PLAN_PRESET_ITEMS,
  PLAN_QUESTIONS,
  PLAN_SECTIONS,
  type DangerSign,
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

export function isPlanItemId(value: unknown): value is string {
  return isId(value, PLAN_LIMITS.idLength);
}

export function isDangerSign(value: unknown): value is DangerSign {
  return isOneOf(DANGER_SIGNS, value);
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

function validateItem(
  section: PlanSectionId,
  input: unknown,
  path: string,
  issues: Issues,
): PlanItem | null {
  const object = objectAt(input, path, issues);
  if (object === undefined) return null;
  const before = issues.length;
  const id = idAt(field(object, 'id'), at(path, 'id'), issues, PLAN_LIMITS.idLength);
  const rawPreset = field(object, 'preset');
  const rawText = field(object, 'text');
  const presets: readonly PlanPresetItem[] = PLAN_PRESET_ITEMS[section];
  const preset =
    rawPreset === undefined ? undefined : oneOfAt(rawPreset, at(path, 'preset'), issues, presets);
  const text =
    rawText === undefined
      ? undefined
      : textAt(rawText, at(path, 'text'), issues, { max: PLAN_LIMITS.itemText });
  // Exactly one label: Steady's or the person's own.
  if ((rawPreset === undefined) === (rawText === undefined)) {
    issues.push({ path: at(path, 'label'), code: 'mismatch', message: 'needs a preset or a text' });
  }
  const done = booleanAt(field(object, 'done'), at(path, 'done'), issues);
  const where = optionalTextAt(field(object, 'where'), at(path, 'where'), issues, {
    max: PLAN_LIMITS.where,
  });
  if (issues.length > before || id === undefined || done === undefined || where === undefined) {
    return null;
  }
  if (preset !== undefined) return { id, preset, done, where };
  return text === undefined ? null : { id, text, done, where };
}

function validateSection(id: PlanSectionId, input: unknown, issues: Issues): PlanSection {
  const path = `sections.${id}`;
  // A section written by an older version may be missing: it starts empty.
  if (input === undefined) return emptyPlan().sections[id];
  const object = objectAt(input, path, issues);
  if (object === undefined) return emptyPlan().sections[id];
  const answers: Record<string, string> = {};
  const questions: readonly string[] = PLAN_QUESTIONS[id];
  const rawAnswers = field(object, 'answers');
  const given = rawAnswers === undefined ? {} : objectAt(rawAnswers, at(path, 'answers'), issues);
  for (const [key, value] of Object.entries(given ?? {})) {
    const where = at(at(path, 'answers'), key);
    if (!questions.includes(key)) {
      issues.push({ path: where, code: 'unknown-field', message: 'not a question of this part' });
      continue;
    }
    const answer = textAt(value, where, issues, { max: PLAN_LIMITS.answer });
    if (answer !== undefined) answers[key] = answer;
  }
  const items: PlanItem[] = [];
  const rawItems = field(object, 'items');
  const list =
    rawItems === undefined
      ? []
      : arrayAt(rawItems, at(path, 'items'), issues, 0, PLAN_LIMITS.items);
  const seen = new Set<string>();
  (list ?? []).forEach((raw, index) => {
    const item = validateItem(id, raw, at(at(path, 'items'), index), issues);
    if (!item) return;
    if (seen.has(item.id)) {
      issues.push({
        path: at(at(path, 'items'), index),
        code: 'duplicate',
        message: 'id used twice',
      });
    }
    seen.add(item.id);
    items.push(item);
  });
  const notes = optionalTextAt(field(object, 'notes'), at(path, 'notes'), issues, {
    max: PLAN_LIMITS.notes,
  });
  const complete = booleanAt(field(object, 'complete') ?? false, at(path, 'complete'), issues);
  return { answers, items, notes: notes ?? '', complete: complete === true };
}

function validatePerson(input: unknown, path: string, issues: Issues): TrustedPerson | null {
  const object = objectAt(input, path, issues);
  if (object === undefined) return null;
  const before = issues.length;
  const id = idAt(field(object, 'id'), at(path, 'id'), issues, PLAN_LIMITS.idLength);
  const name = textAt(field(object, 'name'), at(path, 'name'), issues, { max: PLAN_LIMITS.name });
  const reach = optionalTextAt(field(object, 'reach'), at(path, 'reach'), issues, {
    max: PLAN_LIMITS.reach,
  });
  const rawCan = field(object, 'can');
  const can =
    rawCan === undefined
      ? []
      : setOfAt(rawCan, at(path, 'can'), issues, HELPER_ROLES, { max: 64, repeats: 'merge' });
  if (
    issues.length > before ||
    id === undefined ||
    name === undefined ||
    reach === undefined ||
    can === undefined
  ) {
    return null;
  }
  return { id, name, reach, can };
}

/** Checks a stored plan; on success, a clean copy with only known fields. */
export function validatePlan(input: unknown): Parsed<SafetyPlan> {
  const issues: Issues = [];
  const object = objectAt(input, '', issues);
  if (object === undefined) return failed(issues);
  if (field(object, 'version') !== 1) {
    issues.push({ path: 'version', code: 'unknown-version', message: 'must be 1' });
  }
  const rawSections = field(object, 'sections');
  const sectionsIn =
    rawSections === undefined ? {} : (objectAt(rawSections, 'sections', issues) ?? {});
  for (const key of Object.keys(sectionsIn)) {
    if (!isOneOf(PLAN_SECTIONS, key)) {
      issues.push({
        path: at('sections', key),
        code: 'unknown-field',
        message: 'not a part of the plan',
      });
    }
  }
  const sections = bySection((id) => validateSection(id, field(sectionsIn, id), issues));

  const people: TrustedPerson[] = [];
  const rawPeople = field(object, 'people');
  const list =
    rawPeople === undefined ? [] : arrayAt(rawPeople, 'people', issues, 0, PLAN_LIMITS.people);
  (list ?? []).forEach((raw, index) => {
    const person = validatePerson(raw, at('people', index), issues);
    if (person) people.push(person);
  });

  const dangerSigns = setOfAt(field(object, 'dangerSigns'), 'dangerSigns', issues, DANGER_SIGNS, {
    optional: true,
    max: 64,
    repeats: 'merge',
  });
  const rawReview = field(object, 'reviewDate');
  const reviewDate = rawReview === undefined ? undefined : dateAt(rawReview, 'reviewDate', issues);

  if (issues.length > 0 || dangerSigns === undefined) return failed(issues);
  return ok({
    version: 1,
    sections,
    people,
    dangerSigns,
    ...(reviewDate === undefined ? {} : { reviewDate }),
  });
}
