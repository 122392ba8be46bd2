import { failed, ok, type Issues } from '../schema/issues.ts';
import { field, instantAt, isFields, objectAt } from '../schema/read.ts';
import { defineKind } from './kind.ts';

/*
 * What this device keeps of sync (docs/sync-v2.md), all local: never synced, never in a
 * copy another device restores. The device engine checks the saved state itself when it
 * restores it (SyncDevice.restore), so these parsers only check the envelope.
 */

/** This device's place in the vault's sync: its engine's small state and the moving-over mark. */
export interface SyncLocal {
  /** This device's id in the vault's sync (a random id, new for every device and restore). */
  readonly device: string;
  /**
   * The relay key this state belongs to: turning backup off and on again makes a new
   * key, a new place on the relay, and so a new start (the old state does not apply).
   */
  readonly relay: string;
  /** SyncDevice.save().meta, as saved. */
  readonly meta: unknown;
  /** When this vault's records were first brought into version 2 here; null until then. */
  readonly movedAt: string | null;
  /** Records pulled and not yet written into the vault, to write at the next sync. */
  readonly toApply: ReadonlyArray<{ readonly kind: string; readonly id: string }>;
}

export const syncLocal = /* @__PURE__ */ defineKind<SyncLocal>({
  name: 'sync state',
  kind: 'sync-device',
  version: 1,
  scope: 'local',
  ids: ['device'],
  parse(value) {
    const issues: Issues = [];
    const o = objectAt(value, '', issues);
    if (o === undefined) return failed(issues);
    const device = field(o, 'device');
    if (typeof device !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(device)) {
      issues.push({ path: 'device', code: 'pattern', message: 'must be a device id' });
    }
    const relay = field(o, 'relay');
    if (typeof relay !== 'string' || relay === '' || relay.length > 200) {
      issues.push({ path: 'relay', code: 'required', message: 'must name the relay key' });
    }
    const meta = field(o, 'meta');
    if (!isFields(meta)) {
      issues.push({ path: 'meta', code: 'wrong-type', message: 'must be an object' });
    }
    const rawApply = field(o, 'toApply') ?? [];
    const toApply = Array.isArray(rawApply)
      ? rawApply.flatMap((item: unknown) => {
          if (!isFields(item)) return [];
          const kind = field(item, 'kind');
          const id = field(item, 'id');
          return typeof kind === 'string' && typeof id === 'string' ? [{ kind, id }] : [];
        })
      : undefined;
    if (toApply === undefined || (Array.isArray(rawApply) && toApply.length !== rawApply.length)) {
      issues.push({ path: 'toApply', code: 'wrong-type', message: 'must list kinds and ids' });
    }
    const rawMoved = field(o, 'movedAt');
    const movedAt = rawMoved === null ? null : instantAt(rawMoved, 'movedAt', issues);
    if (
      issues.length > 0 ||
      movedAt === undefined ||
      typeof device !== 'string' ||
      typeof relay !== 'string' ||
      toApply === undefined
    ) {
      return failed(issues);
    }
    return ok({ device, relay, meta, movedAt, toApply });
  },
  migrate: {},
});

/** The writes this device knows of one synced record (SyncDevice.save().records[i].state). */
export const syncRecordState = /* @__PURE__ */ defineKind<unknown>({
  name: 'sync record state',
  kind: 'sync-record',
  version: 1,
  scope: 'local',
  parse(value) {
    return isFields(value)
      ? ok(value)
      : failed([{ path: '', code: 'wrong-type', message: 'must be an object' }]);
  },
  migrate: {},
});

/** A sealed object of a batch not yet in the relay's log, kept so a retry sends the same bytes. */
export interface SyncSealed {
  readonly name: string;
  /** Base64 of the sealed bytes. */
  readonly data: string;
}

const NAME = /^[0-9a-f]{32}$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const syncSealedObject = /* @__PURE__ */ defineKind<SyncSealed>({
  name: 'sync object to send',
  kind: 'sync-sealed',
  version: 1,
  scope: 'local',
  idOf: (value) => value.name,
  parse(value) {
    const issues: Issues = [];
    const o = objectAt(value, '', issues);
    if (o === undefined) return failed(issues);
    const name = field(o, 'name');
    const data = field(o, 'data');
    if (typeof name !== 'string' || !NAME.test(name)) {
      issues.push({ path: 'name', code: 'pattern', message: 'must be an object name' });
    }
    if (typeof data !== 'string' || data.length % 4 !== 0 || !BASE64.test(data)) {
      issues.push({ path: 'data', code: 'pattern', message: 'must be base64' });
    }
    if (issues.length > 0 || typeof name !== 'string' || typeof data !== 'string') {
      return failed(issues);
    }
    return ok({ name, data });
  },
  migrate: {},
});

/**
 * Records the person changed while this device's engine was still loading: the engine
 * takes their values from the vault when it is there, so a lock meanwhile loses nothing.
 */
export interface SyncPending {
  readonly records: ReadonlyArray<{ readonly kind: string; readonly id: string }>;
}

export const syncPending = /* @__PURE__ */ defineKind<SyncPending>({
  name: 'changes waiting for sync',
  kind: 'sync-pending',
  version: 1,
  scope: 'local',
  ids: ['pending'],
  parse(value) {
    const issues: Issues = [];
    const o = objectAt(value, '', issues);
    if (o === undefined) return failed(issues);
    const raw = field(o, 'records');
    const records = Array.isArray(raw)
      ? raw.flatMap((item: unknown) => {
          if (!isFields(item)) return [];
          const kind = field(item, 'kind');
          const id = field(item, 'id');
          return typeof kind === 'string' && typeof id === 'string' ? [{ kind, id }] : [];
        })
      : [];
    if (!Array.isArray(raw) || records.length !== raw.length) {
      issues.push({ path: 'records', code: 'wrong-type', message: 'must list kinds and ids' });
      return failed(issues);
    }
    return ok({ records });
  },
  migrate: {},
});
