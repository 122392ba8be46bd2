import type { CheckIn, RebuildEntry } from '../progress/types.ts';
import { validateCheckIn, validateRebuildEntry } from '../progress/validate.ts';
import { defineKind } from './kind.ts';

/** A day's check-in; its id is its date, so there is one a day. */
export const dailyCheckIn = /* @__PURE__ */ defineKind<CheckIn>({
  name: 'daily check-in',
  kind: 'checkin',
  version: 1,
  scope: 'content',
  parse: validateCheckIn,
  migrate: {},
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
