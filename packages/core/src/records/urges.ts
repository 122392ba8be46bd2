import { failed, ok, type Issues } from '../schema/issues.ts';
import { objectAt } from '../schema/read.ts';
import type {
  HoldRecord,
  IfThenRecord,
  ReminderRecord,
  UnsentRecord,
  UrgeRecord,
  UrgeSettings,
} from '../urges/types.ts';
import {
  readUrgeSettings,
  validateHold,
  validateIfThen,
  validateReminder,
  validateUnsent,
  validateUrge,
} from '../urges/validate.ts';
import { defineKind } from './kind.ts';

const byOwnId = <T extends { readonly id: string }>(value: T) => value.id;

/** One urge to reach out, as it came. */
export const urge = /* @__PURE__ */ defineKind<UrgeRecord>({
  name: 'urge',
  kind: 'urge',
  version: 1,
  scope: 'content',
  parse: validateUrge,
  migrate: {},
  merge: { strategy: 'fields', conflictCopies: [['note']] },
  idOf: byOwnId,
});

/** A 24-hour wait before acting on an urge. */
export const hold = /* @__PURE__ */ defineKind<HoldRecord>({
  name: 'hold',
  kind: 'hold',
  version: 1,
  scope: 'content',
  parse: validateHold,
  migrate: {},
  merge: { strategy: 'fields', conflictCopies: [] },
  idOf: byOwnId,
});

/** A line the person wrote to themselves, shown when the urge comes. */
export const reminder = /* @__PURE__ */ defineKind<ReminderRecord>({
  name: 'reminder',
  kind: 'reminder',
  version: 1,
  scope: 'content',
  parse: validateReminder,
  migrate: {},
  merge: { strategy: 'fields', conflictCopies: [['text']] },
  idOf: byOwnId,
});

/** "If I want to message them at night, then I will …". */
export const ifThenPlan = /* @__PURE__ */ defineKind<IfThenRecord>({
  name: 'if-then plan',
  kind: 'ifthen',
  version: 1,
  scope: 'content',
  parse: validateIfThen,
  migrate: {},
  merge: { strategy: 'fields', conflictCopies: [['when'], ['then']] },
  idOf: byOwnId,
});

/** Words written to the other person and kept, never sent. */
export const unsentMessage = /* @__PURE__ */ defineKind<UnsentRecord>({
  name: 'unsent message',
  kind: 'unsent',
  version: 1,
  scope: 'content',
  parse: validateUnsent,
  migrate: {},
  merge: { strategy: 'fields', conflictCopies: [['text']] },
  idOf: byOwnId,
});

/** The urge screens' own settings; a bad field falls back to its default. */
export const urgeSettings = /* @__PURE__ */ defineKind<UrgeSettings>({
  name: 'urge settings',
  kind: 'urge-settings',
  version: 1,
  scope: 'content',
  ids: ['main'],
  parse(value) {
    const issues: Issues = [];
    return objectAt(value, '', issues) === undefined ? failed(issues) : ok(readUrgeSettings(value));
  },
  migrate: {},
  merge: { strategy: 'fields', conflictCopies: [['contacts']] },
});
