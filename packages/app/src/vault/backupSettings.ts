import {
  deleteChange,
  putChange,
  serverBackupSettings,
  type OpenVault,
  type ServerBackupSettings,
} from '@steady/core/vault';
import { Observable } from './observable.ts';
import type { RelayProblem } from './relay.ts';

/** What the person sees of server backup; the key itself stays in the vault. */
export interface ServerBackupState {
  readonly on: boolean;
  /** When the last upload landed (ISO instant), or null before the first. */
  readonly lastAt: string | null;
  readonly busy: boolean;
  /** Why the last try failed; null when it worked or none was made. */
  readonly problem: RelayProblem | null;
  /** The stored settings could not be read: they are kept, and not replaced by a new key. */
  readonly unreadable: boolean;
  /**
   * When the relay will delete its copy (ISO instant), once a deletion is asked; nothing
   * is sent until then, or until it is cancelled. Null when none is asked.
   */
  readonly deleteAt: string | null;
}

export const SERVER_BACKUP_OFF: ServerBackupState = {
  on: false,
  lastAt: null,
  busy: false,
  problem: null,
  unreadable: false,
  deleteAt: null,
};

/**
 * Server backup's settings while the vault is open, as its parts (turning it on and off,
 * the upload scheduler, the relay's deletion) share them: the open vault, the settings
 * record kept in it (the relay key and what was last uploaded), and what the person sees.
 */
export class BackupSettings {
  readonly state = new Observable<ServerBackupState>(SERVER_BACKUP_OFF);
  vault: OpenVault | null = null;
  record: ServerBackupSettings | null = null;

  /** Whether `vault` is still open with `record` its settings: not locked, turned off or changed since. */
  current(vault: OpenVault, record: ServerBackupSettings): boolean {
    return this.vault === vault && this.record === record;
  }

  set(change: Partial<ServerBackupState>): void {
    this.state.update((s) => ({ ...s, ...change }));
  }

  require(): OpenVault {
    if (!this.vault) throw new Error('vault is locked');
    return this.vault;
  }
}

/** Stores `record` as the vault's server backup settings; null removes them. */
export function writeSettings(
  vault: OpenVault,
  record: ServerBackupSettings | null,
): Promise<void> {
  return vault.write([
    record
      ? putChange(serverBackupSettings, 'serverBackup', record)
      : deleteChange(serverBackupSettings, 'serverBackup'),
  ]);
}
