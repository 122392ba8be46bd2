import type { OpenVault, ServerBackupSettings } from '@steady/core/vault';
import { SERVER_BACKUP_OFF, writeSettings, type BackupSettings } from './backupSettings.ts';
import { PENDING_BACKUP_DELAY_MS, type BackupUploads } from './backupUploads.ts';
import type { RelayDeletion } from './relay.ts';
import type { RelayClient } from './relayClient.ts';

/**
 * The relay's copy deleted on request: asked here or elsewhere, cancelled, and backup on
 * the server ended once the copy is gone. While a deletion is asked nothing is sent.
 */
export class RelayCopyDeletion {
  constructor(
    private readonly settings: BackupSettings,
    private readonly relay: RelayClient,
    private readonly uploads: BackupUploads,
    /** Tells sync the relay key it may use now (null: none, nothing goes to the relay). */
    private readonly keyChanged: (vault: OpenVault, key: string | null) => void,
  ) {}

  /**
   * Asks the relay to delete its copy of this vault, after the relay's delay. From then
   * on nothing is sent (no upload, no sync) until the deletion is cancelled; nothing on
   * this device changes. Throws a RelayError when the relay did not take the request.
   */
  async ask(): Promise<void> {
    const vault = this.settings.require();
    const record = this.settings.record;
    if (!record) throw new Error('server backup is off');
    const at = await this.relay.askDeletion(record.key);
    if (!this.settings.current(vault, record)) return;
    await this.#pause(vault, record, at);
  }

  /** Cancels the deletion asked of the relay; backup on the server goes on as before. */
  async cancel(): Promise<void> {
    const vault = this.settings.require();
    const record = this.settings.record;
    if (!record) throw new Error('server backup is off');
    await this.relay.cancelDeletion(record.key);
    if (!this.settings.current(vault, record)) return;
    await this.#resume(vault, record);
  }

  /**
   * Asks the relay whether a deletion of its copy is asked (from here, another device, or
   * anyone else holding the key) and follows what it says: a deletion asked elsewhere
   * stops sending here too and is shown, so it can be cancelled; one cancelled elsewhere
   * lets backup go on. The relay's answer, with the delay a request would get; null when
   * it could not be asked (then nothing changes).
   */
  async check(): Promise<RelayDeletion | null> {
    const vault = this.settings.vault;
    const record = this.settings.record;
    if (!vault || !record) return null;
    let answer: RelayDeletion;
    try {
      answer = await this.relay.deletion(record.key);
    } catch {
      // Not reachable now: nothing changes here, and the next check asks again.
      return null;
    }
    if (!this.settings.current(vault, record)) return null;
    if (answer.deleteAt !== null && answer.deleteAt !== record.deleteAt) {
      await this.#pause(vault, record, answer.deleteAt);
    } else if (answer.deleteAt === null && record.deleteAt !== null) {
      await this.#resume(vault, record);
    }
    return answer;
  }

  /** The relay's copy is deleted as asked: backup on the server is off from here. */
  async endAfterDeletion(vault: OpenVault): Promise<void> {
    try {
      await writeSettings(vault, null);
    } catch {
      // Locked meanwhile: the next unlock ends it.
      return;
    }
    if (this.settings.vault !== vault) return;
    this.settings.record = null;
    this.settings.state.set(SERVER_BACKUP_OFF);
  }

  async #pause(vault: OpenVault, record: ServerBackupSettings, deleteAt: string): Promise<void> {
    this.uploads.cancel();
    const next = { ...record, deleteAt };
    await writeSettings(vault, next);
    if (!this.settings.current(vault, record)) return;
    this.settings.record = next;
    this.settings.set({ deleteAt, problem: null, busy: false });
    this.keyChanged(vault, null);
  }

  async #resume(vault: OpenVault, record: ServerBackupSettings): Promise<void> {
    const next = { ...record, deleteAt: null };
    await writeSettings(vault, next);
    if (!this.settings.current(vault, record)) return;
    this.settings.record = next;
    this.settings.set({ deleteAt: null });
    this.keyChanged(vault, next.key);
    // What changed meanwhile goes up now; the relay still holds every earlier version.
    this.uploads.schedule(PENDING_BACKUP_DELAY_MS);
  }
}
