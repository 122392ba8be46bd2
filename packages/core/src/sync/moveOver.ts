import { defineKind, mergeRuleOf, type RecordKind, type UnreadableCode } from '../records/kind.ts';
import { RECORD_KINDS } from '../records/registry.ts';
import { failed, ok, type Issues } from '../schema/issues.ts';
import { field, intAt, objectAt, oneOfAt, textAt } from '../schema/read.ts';
import { toHex } from '../vault/bytes.ts';
import type { OpenVault } from '../vault/open-vault.ts';
import type { SyncDevice } from './device.ts';

/*
 * Moving a vault over from today's whole-vault backups to sync version 2
 * (docs/sync-v2.md, "Moving over"). Every content record of every kind this release
 * knows is read through its kind and brought into the device as writes: a journal
 * entry as every one of its versions, in order, each with its own times; the plan,
 * reminders and every other kind as one write per field. Local kinds (lock settings,
 * drafts, the relay key…) stay on the device.
 *
 * A record that cannot be read (written by a newer release, damaged, failing its
 * check) is neither dropped nor guessed at: its stored bytes, exactly as they are
 * (still encrypted under the vault's own record key, and sealed again for the relay
 * like any object), travel as a `sealedRecord`. Every device of the vault holds the
 * same record key, so any of them can put those bytes back in its store under the
 * same name, and a release that can read them will. Each one is also reported to the
 * caller, for the app to show. The vault itself is never written to: the records stay
 * in it byte for byte either way.
 *
 * Nothing is replaced (SyncDevice.adopt): a value already in version 2 is not written
 * again, so moving over twice, or from two devices, or after another device has
 * changed or deleted a record, sends nothing twice and undoes nothing.
 */

/** A record this release could not read, carried as it was stored. */
export interface SealedRecord {
  /** The kind it was stored under ('checkin'). */
  readonly kind: string;
  /** Its storage name in the vault (tag and id, each a keyed hash). */
  readonly tag: string;
  readonly storageId: string;
  /** Why this release could not read it. */
  readonly code: UnreadableCode;
  /** The version it says it has, when it could be read that far. */
  readonly version?: number;
  /** The stored bytes, hex, exactly as the vault holds them. */
  readonly data: string;
}

const HEX = /^(?:[0-9a-f]{2})*$/;
const CODES: readonly UnreadableCode[] = [
  'tampered',
  'not-json',
  'newer-version',
  'unknown-version',
  'migration-failed',
  'invalid',
  'wrong-id',
];

/** The largest record carried sealed: its hex must fit in one object (4 MiB). */
export const MAX_SEALED_BYTES = 1024 * 1024;

/**
 * Version 2's own kind for a record carried sealed. It is not one the vault stores
 * (records/registry.ts): a device that receives one puts its bytes back as they were.
 */
export const sealedRecord = /* @__PURE__ */ defineKind<SealedRecord>({
  name: 'record kept sealed',
  kind: 'sealed-record',
  version: 1,
  scope: 'content',
  parse(value) {
    const issues: Issues = [];
    const o = objectAt(value, '', issues);
    if (o === undefined) return failed(issues);
    const name = { max: 200, pattern: /^[A-Za-z0-9_-]+$/, patternMessage: 'must be a name' };
    const kind = textAt(field(o, 'kind'), 'kind', issues, name);
    const tag = textAt(field(o, 'tag'), 'tag', issues, name);
    const storageId = textAt(field(o, 'storageId'), 'storageId', issues, name);
    const code = oneOfAt(field(o, 'code'), 'code', issues, CODES);
    const raw = field(o, 'version');
    const version = raw === undefined ? undefined : intAt(raw, 'version', issues, 0, 2 ** 31);
    const data = textAt(field(o, 'data'), 'data', issues, {
      max: MAX_SEALED_BYTES * 2,
      pattern: HEX,
      patternMessage: 'must be hex',
    });
    if (
      issues.length > 0 ||
      kind === undefined ||
      tag === undefined ||
      storageId === undefined ||
      code === undefined ||
      data === undefined
    ) {
      return failed(issues);
    }
    return ok({
      kind,
      tag,
      storageId,
      code,
      ...(version === undefined ? {} : { version }),
      data,
    });
  },
  migrate: {},
  merge: { strategy: 'fields', conflictCopies: [] },
  idOf: (sealed) => sealedId(sealed.tag, sealed.storageId),
});

/** The id a sealed record travels under: its storage name, the same on every device. */
export const sealedId = (tag: string, storageId: string): string => `${tag}-${storageId}`;

export interface MovedUnreadable {
  readonly kind: string;
  /** The record's own id when it could be read that far, else its storage id. */
  readonly id: string;
  readonly code: UnreadableCode;
  /** Its id under `sealedRecord`, when carried; null when too large to carry (kept here only). */
  readonly sealedId: string | null;
}

export interface MoveOverReport {
  /** Content records read and now in version 2 (written by this run or already there). */
  readonly records: number;
  /** Writes this run made; 0 when everything was already in version 2. */
  readonly writes: number;
  /** Records that could not be read: each still in the vault, byte for byte. */
  readonly unreadable: readonly MovedUnreadable[];
  /** Every write is in the relay's log: the vault may now be marked as moved. */
  readonly done: boolean;
}

/**
 * Moves `vault` (today's format, unlocked) over to version 2 through `device`, whose
 * codec must be the vault's own (createSyncCodec(vault.syncRoot())): pulls what the
 * relay has, brings in every content record, pushes, and reads the log back. A failed
 * push (no connection) rejects; what was brought in stays queued on the device, and
 * calling again sends it without bringing anything in twice.
 */
export async function moveOver(
  vault: OpenVault,
  device: SyncDevice,
  kinds: readonly RecordKind<unknown>[] = RECORD_KINDS,
): Promise<MoveOverReport> {
  await device.pull();
  let records = 0;
  let writes = 0;
  const unreadable: MovedUnreadable[] = [];
  for (const kind of kinds) {
    if (mergeRuleOf(kind).strategy === 'local') continue;
    const { items } = await vault.readAll(kind);
    for (const item of items) {
      writes += device.adopt(kind, item.id, item.value);
      records++;
    }
    for (const stored of await vault.unreadableStored(kind)) {
      const { unreadable: why, tag, storageId, data } = stored;
      const carried = data.length <= MAX_SEALED_BYTES;
      if (carried) {
        const value: SealedRecord = {
          kind: kind.kind,
          tag,
          storageId,
          code: why.code,
          ...(why.version === undefined ? {} : { version: why.version }),
          data: toHex(data),
        };
        writes += device.adopt(sealedRecord, sealedId(tag, storageId), value);
      }
      unreadable.push({
        kind: kind.kind,
        id: why.id,
        code: why.code,
        sealedId: carried ? sealedId(tag, storageId) : null,
      });
    }
  }
  await device.push();
  await device.pull();
  return { records, writes, unreadable, done: device.unpushed === 0 };
}
