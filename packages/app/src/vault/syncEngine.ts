import {
  deleteChange,
  putChange,
  syncPending,
  type CheckedChange,
  type OpenVault,
  type RecordKind,
} from '@steady/core';
// The engine's own code comes through its own entry, so none of it is in the first download.
import {
  createSyncCodec,
  moveOver,
  SyncDevice,
  type ConflictCopy,
  type DeviceOptions,
  type Stamp,
  type SyncProgress,
} from '@steady/core/sync';
import { applyPulled } from './applyPulled.ts';
import { connectRelay } from './engineRelay.ts';
import { EngineState, loadSaved, SAVE_PART_BYTES } from './engineState.ts';
import type { EngineHooks, EngineOptions } from './syncEngineOptions.ts';
import { synced } from './syncValues.ts';

export type { EngineHooks, EngineOptions } from './syncEngineOptions.ts';
export { problemOf, SyncStateUnreadable, type SyncProblem } from './syncProblems.ts';

/*
 * The app's side of sync, version 2 (docs/sync-v2.md), loaded only once server backup is
 * on. The vault stays what every screen reads; the device engine keeps, beside it and
 * also encrypted in the vault, every write it knows of. A change the person makes goes
 * into the engine as it is written to the vault; what a pull brings is written into the
 * vault as each record's merged value. The engine's state is saved after each change, so
 * a reload, a lock or a closed tab resumes where it was.
 */

function newDeviceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class SyncEngine {
  /** Records that could not be written into the vault (a merged value that fails its check). */
  skipped = 0;

  private constructor(
    private readonly vault: OpenVault,
    private readonly device: SyncDevice,
    private readonly hooks: EngineHooks,
    private readonly state: EngineState,
    private readonly usageOf: (() => Promise<{ used: number; quota: number }>) | null,
    /** Aborted by stop(). */
    private readonly halt: AbortController,
  ) {}

  /**
   * The engine for the open vault and its relay key: as saved on this device, or new
   * (then the vault's records are brought in at the first sync). Throws a SyncError
   * ('malformed') when the saved state cannot be read; nothing is replaced then.
   */
  static async open(vault: OpenVault, key: string, options: EngineOptions): Promise<SyncEngine> {
    const codec = await createSyncCodec(vault.syncRoot());
    const { relay, usage, halt } = await connectRelay(key, options);
    const now = options.now ?? Date.now;
    const progress = (step: SyncProgress) => options.hooks.progress?.(step);
    // Between the steps of a large pull or push, what came in is written into the vault
    // and the engine saved, so hundreds of megabytes are never held (or written) at once.
    const made: { engine?: SyncEngine } = {};
    const checkpoint = async () => {
      await made.engine?.applyAndSave();
    };
    const common: Omit<DeviceOptions, 'device'> = {
      codec,
      relay,
      now,
      progress,
      checkpoint,
      checkpointBytes: options.steps?.checkpointBytes,
    };
    const saved = await loadSaved(vault, key);
    const device = saved
      ? SyncDevice.restore({ device: saved.local.device, ...common }, saved.device)
      : new SyncDevice({ device: newDeviceId(), ...common });
    const state = new EngineState(
      vault,
      device,
      key,
      saved?.local.movedAt ?? null,
      saved?.local.toApply ?? [],
      options.steps?.savePartBytes ?? SAVE_PART_BYTES,
    );
    made.engine = new SyncEngine(vault, device, options.hooks, state, usage, halt);
    return made.engine;
  }

  /**
   * The vault locked, or backup was turned off: no request to the relay is made from now
   * on, and those under way are aborted (their sync fails as offline; what the engine
   * keeps is unchanged, so the next unlock goes on from there).
   */
  stop(): void {
    this.halt.abort();
  }

  /** How much of the relay's space this vault uses, when the relay says (null: not known). */
  async usage(): Promise<{ used: number; quota: number } | null> {
    try {
      return this.usageOf ? await this.usageOf() : null;
    } catch {
      // Only shown in Settings; an older relay has no such route.
      return null;
    }
  }

  get moved(): boolean {
    return this.state.movedAt !== null;
  }

  get unpushed(): number {
    return this.device.unpushed;
  }

  /**
   * Takes in records the person changed while the engine was loading (kept in the vault's
   * `sync-pending` record, and `more` from this page): each is read from the vault as it
   * is now and recorded as a change. Returns the changes to write: what the engine keeps,
   * and the pending record gone.
   */
  async catchUp(more: ReadonlyArray<{ kind: string; id: string }>): Promise<CheckedChange[]> {
    const marked = await this.vault.read(syncPending, 'pending');
    const listed = [...(marked?.ok ? marked.value.records : []), ...more];
    if (listed.length === 0 && !marked) return [];
    const seen = new Set<string>();
    for (const { kind, id } of listed) {
      const key = JSON.stringify([kind, id]);
      const declared = synced(kind, id);
      if (seen.has(key) || !declared) continue;
      seen.add(key);
      const stored = await this.vault.read(declared, id);
      if (stored?.ok) this.device.put(declared, id, stored.value);
      else if (!stored) this.device.delete(declared, id);
    }
    // An unreadable marker is left as it is (counted like any record), never replaced.
    const clear = marked?.ok ? [deleteChange(syncPending, 'pending')] : [];
    return [...this.state.changes(this.device.save()), ...clear];
  }

  /**
   * Changes the person is making: the engine records them at once (so a pull applied
   * meanwhile already carries them), and returns what to write into the vault in the
   * same commit, so the vault never holds a change the engine does not know of.
   */
  record(changes: readonly CheckedChange[], base?: { value: unknown }): CheckedChange[] {
    let any = false;
    for (const change of changes) {
      const kind = synced(change.kind, change.id);
      if (!kind) continue;
      any = true;
      if (change.op === 'put') {
        // A base belongs to a single put: the value that screen loaded.
        this.device.put(kind, change.id, change.value, changes.length === 1 ? base : undefined);
      } else this.device.delete(kind, change.id);
    }
    return any ? this.state.changes(this.device.save()) : [];
  }

  /**
   * Pulls, brings the vault's records in on the first run, pushes, writes what other
   * devices changed into the vault, and saves. Throws what the relay or the network did.
   * With `push: false`, only pulls (and nothing on the first run).
   */
  async sync(options: { readonly push?: boolean } = {}): Promise<void> {
    const push = options.push ?? true;
    if (this.state.movedAt === null) {
      // Moving over pushes every record: it waits until pushing is wanted again.
      if (!push) return;
      try {
        await moveOver(this.vault, this.device);
        // Moved once every record was brought in and pushed; writes made meanwhile are
        // in the engine already and go with the next push.
        this.state.movedAt = new Date().toISOString();
      } finally {
        await this.applyAndSave();
      }
      return;
    }
    // What was pulled is written into the vault before the push, so a push that keeps
    // failing never keeps other devices' changes out of this one.
    try {
      await this.device.pull();
    } finally {
      await this.applyAndSave();
    }
    if (push) await this.device.push();
    await this.save();
  }

  private async applyAndSave(): Promise<void> {
    await this.apply();
    await this.save();
  }

  /** Writes the engine's changes since the last save into the vault (see EngineState.save). */
  save(): Promise<void> {
    return this.state.save();
  }

  /** Writes each record a pull changed into the vault, as its merged value. */
  private async apply(): Promise<void> {
    this.state.collectPulled();
    const kinds = await applyPulled(this.vault, this.device, this.state.toApply, () => {
      this.skipped++;
    });
    if (kinds.size > 0) this.hooks.applied(kinds);
  }

  /** Text another device wrote to the same field at the same time, kept for the person. */
  conflicts(kind: RecordKind<unknown>, id: string): readonly ConflictCopy[] {
    if (!synced(kind.kind, id)) return [];
    return this.device.read(kind, id)?.conflicts ?? [];
  }

  /**
   * The person's answer to a conflict copy: 'keep' makes it the text, 'drop' keeps the
   * one shown. The vault gets the record as it now is; the answer reaches every device.
   */
  async resolve(
    kind: RecordKind<unknown>,
    id: string,
    copy: ConflictCopy,
    choice: 'keep' | 'drop',
  ): Promise<void> {
    this.device.resolve(kind, id, copy.path, copy.stamp as Stamp, choice);
    const view = this.device.read(kind, id);
    const changes = view ? [putChange(kind, id, view.value)] : [];
    await this.vault.write([...changes, ...this.state.changes(this.device.save())]);
    this.hooks.applied(new Set([kind.kind]));
  }
}
