import {
  deleteChange,
  putChange,
  syncLocal,
  syncRecordState,
  syncSealedObject,
  type CheckedChange,
  type OpenVault,
  type SyncLocal,
} from '@steady/core';
import type { DeviceSave, DeviceSaved, SyncDevice } from '@steady/core/sync';
import { fromBase64, toBase64 } from '../lib/base64.ts';
import { SyncStateUnreadable } from './syncProblems.ts';
import { roughSize } from './syncValues.ts';

/*
 * The sync engine's state as it is kept in the vault, encrypted like every record: the
 * device's small state (`sync-device`), one record per record's write set, and the
 * sealed objects. Read once when the engine opens; saved after each change, so a reload,
 * a lock or a closed tab resumes where it was.
 */

/** A save larger than this is written in several commits, each sealed only once the last is in. */
export const SAVE_PART_BYTES = 16 * 1024 * 1024;
const DEVICE_ID = 'device';

/**
 * The state saved on this device for relay key `key`, to restore the engine from; null
 * when there is none for this key (then what was kept for another key is removed). Throws
 * SyncStateUnreadable when the saved state cannot be read; nothing is replaced then.
 */
export async function loadSaved(
  vault: OpenVault,
  key: string,
): Promise<{ local: SyncLocal; device: DeviceSaved } | null> {
  const saved = await vault.read(syncLocal, DEVICE_ID);
  if (saved && !saved.ok) throw new SyncStateUnreadable();
  const [records, sealed] = await Promise.all([
    vault.readAll(syncRecordState),
    vault.readAll(syncSealedObject),
  ]);
  if (!saved || saved.value.relay !== key) {
    // Never synced here, or under another relay key (backup was turned off and on
    // again): a new start. What was kept for the old key describes a place on the relay
    // that is no longer used, so it goes; the person's records are not touched.
    const stale = [
      ...(saved ? [deleteChange(syncLocal, DEVICE_ID)] : []),
      ...[...records.items, ...records.unreadable].map((r) => deleteChange(syncRecordState, r.id)),
      ...[...sealed.items, ...sealed.unreadable].map((r) => deleteChange(syncSealedObject, r.id)),
    ];
    if (stale.length > 0) await vault.write(stale);
    return null;
  }
  if (records.unreadable.length > 0 || sealed.unreadable.length > 0) {
    throw new SyncStateUnreadable();
  }
  return {
    local: saved.value,
    device: {
      meta: saved.value.meta,
      records: records.items.map((item) => item.value),
      sealed: new Map(sealed.items.map((item) => [item.value.name, fromBase64(item.value.data)])),
    },
  };
}

/** Saves the engine's state into the vault, and keeps what is not in the device engine. */
export class EngineState {
  /** Records pulled and not yet written into the vault; saved, so a lock cannot lose them. */
  readonly toApply = new Map<string, { kind: string; id: string }>();
  /** Saves run one at a time. */
  private saving: Promise<unknown> = Promise.resolve();
  /** While a save is written in parts: the records other saves wrote meanwhile. */
  private meanwhile: Set<string> | null = null;

  constructor(
    private readonly vault: OpenVault,
    private readonly device: SyncDevice,
    private readonly relayKey: string,
    /** When this vault's records were first brought in and pushed; null until then. */
    public movedAt: string | null,
    toApply: ReadonlyArray<{ kind: string; id: string }> = [],
    /** A save larger than this is written in parts. */
    private readonly partBytes = SAVE_PART_BYTES,
  ) {
    for (const record of toApply)
      this.toApply.set(JSON.stringify([record.kind, record.id]), record);
  }

  /**
   * Writes the engine's changes since the last save into the vault. A large save goes in
   * parts, each sealed once the one before is in: the records' parts and sealed objects
   * first, then the meta that names them, then the deletes of what the meta no longer
   * needs; a save cut short by a closed tab is then one the next open can still restore.
   */
  save(): Promise<void> {
    const run = this.saving.then(() => this.saveInParts());
    // The caller gets this save's failure; the next save only waits for it to end.
    this.saving = run.catch(() => undefined);
    return run;
  }

  private async saveInParts(): Promise<void> {
    const first = this.device.save();
    const changes = this.changes(first);
    const puts = changes.filter((change) => change.op === 'put' && change.kind !== syncLocal.kind);
    const total = puts.reduce((sum, c) => sum + (c.op === 'put' ? roughSize(c.value) : 0), 0);
    if (total <= this.partBytes) {
      await this.vault.write(changes);
      return;
    }
    // Records another save writes meanwhile (a change the person makes) are given again
    // at the end, so an older part written after theirs is never what stays.
    this.meanwhile = new Set();
    try {
      let part: CheckedChange[] = [];
      let size = 0;
      for (const change of puts) {
        const bytes = change.op === 'put' ? roughSize(change.value) : 0;
        if (part.length > 0 && size + bytes > this.partBytes) {
          await this.vault.write(part);
          part = [];
          size = 0;
        }
        part.push(change);
        size += bytes;
      }
      if (part.length > 0) await this.vault.write(part);
      const again = [...this.meanwhile].map((key) => {
        const [kind = '', id = ''] = JSON.parse(key) as string[];
        return { kind, id };
      });
      this.meanwhile = null;
      // The meta last, taken now and written at once: no later save can land before it.
      const last = this.changes(this.device.save({ again }));
      const released = first.released.map((name) => deleteChange(syncSealedObject, name));
      await this.vault.write([...last, ...released]);
    } finally {
      this.meanwhile = null;
    }
  }

  /** The writes that store `save`, the device's state, and the records still to apply. */
  changes(save: DeviceSave): CheckedChange[] {
    this.collectPulled();
    for (const record of save.records) this.meanwhile?.add(record.key);
    const changes: CheckedChange[] = [
      putChange(syncLocal, DEVICE_ID, {
        device: this.device.id,
        relay: this.relayKey,
        meta: save.meta,
        movedAt: this.movedAt,
        toApply: [...this.toApply.values()],
      }),
    ];
    for (const record of save.records) {
      changes.push(putChange(syncRecordState, record.key, record.state));
    }
    for (const object of save.sealed) {
      changes.push(
        putChange(syncSealedObject, object.name, {
          name: object.name,
          data: toBase64(object.bytes),
        }),
      );
    }
    for (const name of save.released) changes.push(deleteChange(syncSealedObject, name));
    return changes;
  }

  /** Records pulled and not yet written into the vault; saved, so a lock cannot lose them. */
  collectPulled(): void {
    for (const record of this.device.takePulled()) {
      this.toApply.set(JSON.stringify([record.kind, record.id]), record);
    }
  }
}
