import { failed, ok, type Issues } from '../schema/issues.ts';
import { booleanAt, field, isFields, objectAt } from '../schema/read.ts';
import { defineKind } from './kind.ts';

export const AUTO_LOCK = { defaultMinutes: 5, minMinutes: 1, maxMinutes: 30 } as const;

/** How this device locks itself; kept inside the vault (kind 'settings', id 'security'). */
export interface SecuritySettings {
  readonly autoLockMinutes: number;
  readonly lockWhenHidden: boolean;
}

export const DEFAULT_SECURITY: SecuritySettings = {
  autoLockMinutes: AUTO_LOCK.defaultMinutes,
  lockWhenHidden: false,
};

export function clampMinutes(value: number): number {
  if (!Number.isFinite(value)) return AUTO_LOCK.defaultMinutes;
  return Math.min(AUTO_LOCK.maxMinutes, Math.max(AUTO_LOCK.minMinutes, Math.round(value)));
}

/** Read leniently: a bad field takes its default, so the lock always works. */
export function readSecurity(value: unknown): SecuritySettings {
  if (!isFields(value)) return DEFAULT_SECURITY;
  const minutes = field(value, 'autoLockMinutes');
  return {
    autoLockMinutes: typeof minutes === 'number' ? clampMinutes(minutes) : AUTO_LOCK.defaultMinutes,
    lockWhenHidden: field(value, 'lockWhenHidden') === true,
  };
}

export const securitySettings = /* @__PURE__ */ defineKind<SecuritySettings>({
  name: 'lock settings',
  kind: 'settings',
  version: 1,
  scope: 'local',
  ids: ['security'],
  parse(value) {
    const issues: Issues = [];
    return objectAt(value, '', issues) === undefined ? failed(issues) : ok(readSecurity(value));
  },
  migrate: {},
});

/** Server backup, when on: the relay key and what was last uploaded (id 'serverBackup'). */
export interface ServerBackupSettings {
  readonly key: string;
  /** The relay's version of the last upload, or null before the first. */
  readonly version: number | null;
  /** When the last upload landed (ISO instant), or null before the first. */
  readonly lastAt: string | null;
  /** Changes were made that a lock stopped from being uploaded: upload after unlock. */
  readonly pending: boolean;
  /**
   * Version 2: the person asked the relay to delete its copy, which it does at this
   * instant (ISO); until then nothing is sent, and the request can be cancelled. Null
   * when no deletion was asked from here.
   */
  readonly deleteAt: string | null;
}

export const serverBackupSettings = /* @__PURE__ */ defineKind<ServerBackupSettings>({
  name: 'server backup settings',
  kind: 'settings',
  version: 2,
  scope: 'local',
  ids: ['serverBackup'],
  parse(value) {
    const issues: Issues = [];
    const o = objectAt(value, '', issues);
    if (o === undefined) return failed(issues);
    const key = field(o, 'key');
    if (typeof key !== 'string' || key === '') {
      issues.push({ path: 'key', code: 'required', message: 'the relay key is required' });
      return failed(issues);
    }
    const version = field(o, 'version');
    const lastAt = field(o, 'lastAt');
    const deleteAt = field(o, 'deleteAt');
    return ok({
      key,
      version: typeof version === 'number' && Number.isInteger(version) ? version : null,
      lastAt: typeof lastAt === 'string' ? lastAt : null,
      pending: field(o, 'pending') === true,
      deleteAt:
        typeof deleteAt === 'string' && !Number.isNaN(Date.parse(deleteAt)) ? deleteAt : null,
    });
  },
  migrate: {
    // Version 1 had no deletion: none was asked.
    1: (value) => ({ ...(value as object), deleteAt: null }),
  },
});

/** Home's own choices on this device (id 'home'): the "start here" list put away. */
export interface HomeSettings {
  readonly startHereHidden: boolean;
}

export const DEFAULT_HOME: HomeSettings = { startHereHidden: false };

export const homeSettings = /* @__PURE__ */ defineKind<HomeSettings>({
  name: 'home settings',
  kind: 'settings',
  version: 1,
  scope: 'local',
  ids: ['home'],
  parse(value) {
    const issues: Issues = [];
    const o = objectAt(value, '', issues, ['startHereHidden']);
    if (o === undefined) return failed(issues);
    const startHereHidden = booleanAt(field(o, 'startHereHidden'), 'startHereHidden', issues);
    return issues.length === 0 && startHereHidden !== undefined
      ? ok({ startHereHidden })
      : failed(issues);
  },
  migrate: {},
});

// Trusted timestamps' switch; the receipts themselves are in timestamps.ts (loaded later).
/** Whether this device asks for trusted timestamps (kind 'settings', id 'timestamps'). */
export interface TimestampSettings {
  readonly on: boolean;
}

export const DEFAULT_TIMESTAMPS: TimestampSettings = { on: false };

/** This device's own choice: local, never synced; off until the person turns it on. */
export const timestampSettings = /* @__PURE__ */ defineKind<TimestampSettings>({
  name: 'timestamp settings',
  kind: 'settings',
  version: 1,
  scope: 'local',
  ids: ['timestamps'],
  parse(value) {
    const issues: Issues = [];
    const o = objectAt(value, '', issues, ['on']);
    if (o === undefined) return failed(issues);
    const on = booleanAt(field(o, 'on'), 'on', issues);
    return issues.length === 0 && on !== undefined ? ok({ on }) : failed(issues);
  },
  migrate: {},
});
