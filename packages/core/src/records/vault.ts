import { failed, ok, type Issues } from '../schema/issues.ts';
import { field, objectAt } from '../schema/read.ts';
import {
  DURESS_ID,
  DURESS_KIND,
  isDuressMode,
  readOwnerDuress,
  type DuressMode,
  type OwnerDuress,
} from '../vault/duress.ts';
import {
  PENDING_RECOVERY_ID,
  PENDING_RECOVERY_KIND,
  readPendingRecovery,
} from '../vault/recovery-pending.ts';
import { defineKind } from './kind.ts';

/**
 * The vault's own records, read by the vault itself (vault/duress.ts,
 * vault/recovery-pending.ts); declared here so that every stored kind is known.
 */

/** What the owner knows of the duress slot; inside a decoy, only the mode it pretends. */
export interface DuressState {
  readonly mode: DuressMode;
  readonly owner: OwnerDuress | null;
}

export const duressState = /* @__PURE__ */ defineKind<DuressState>({
  name: 'duress state',
  kind: DURESS_KIND,
  version: 1,
  scope: 'local',
  ids: [DURESS_ID],
  parse(value) {
    const issues: Issues = [];
    const o = objectAt(value, '', issues);
    if (o === undefined) return failed(issues);
    const mode = field(o, 'mode');
    if (!isDuressMode(mode)) {
      issues.push({ path: 'mode', code: 'unknown-value', message: 'must be decoy or erase' });
      return failed(issues);
    }
    return ok({ mode, owner: readOwnerDuress(value) });
  },
  migrate: {},
});

/** A recovery key not yet confirmed, kept until the person has written it down. */
export const pendingRecoveryKey = /* @__PURE__ */ defineKind<string>({
  name: 'recovery key to confirm',
  kind: PENDING_RECOVERY_KIND,
  version: 1,
  scope: 'local',
  ids: [PENDING_RECOVERY_ID],
  parse(value) {
    const key = readPendingRecovery(value);
    return key === null
      ? failed([{ path: 'key', code: 'pattern', message: 'is not a recovery key' }])
      : ok(key);
  },
  migrate: {},
});
