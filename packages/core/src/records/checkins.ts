import type { CheckIn, RebuildEntry } from '../progress/types.ts';
import { validateCheckIn, validateRebuildEntry } from '../progress/validate.ts';
import { defineKind } from './kind.ts';

/**
 * A day's check-in; its id is its date, so there is one a day.
 *
 * Version 2: a scale the person did not answer is absent (version 1 held all five, the
 * sliders starting at 5). A release that knows only version 1 would refuse a check-in
 * with a scale missing as damaged; raised, it says "written by a newer release" instead.
 */
export const dailyCheckIn = /* @__PURE__ */ defineKind<CheckIn>({
  name: 'daily check-in',
  kind: 'checkin',
  version: 2,
  scope: 'content',
  parse: validateCheckIn,
  migrate: {
    // A version-1 scale was either chosen or left where the slider started; nothing
    // tells the two apart, so every value is kept as it was saved: nothing is lost.
    1: (value) => value,
  },
  merge: { strategy: 'fields', conflictCopies: [['note']] },
  idOf: (checkIn) => checkIn.date,
});

/**
 * A freedom practised or a connection renewed: both are stored under the kind
 * 'freedom', and the value's own `kind` says which.
 */
export const freedomOrConnection = /* @__PURE__ */ defineKind<RebuildEntry>({
  name: 'freedom or connection',
  kind: 'freedom',
  version: 1,
  scope: 'content',
  parse: validateRebuildEntry,
  migrate: {},
  merge: { strategy: 'fields', conflictCopies: [['text']] },
  idOf: (entry) => entry.id,
});
