import type { Relay, SyncProgress } from '@steady/core/sync';

/** What the app hears from the sync engine. */
export interface EngineHooks {
  /** Records of these kinds were changed in the vault by what another device wrote. */
  applied(kinds: ReadonlySet<string>): void;
  /** How far a large push or pull has got. */
  progress?(progress: SyncProgress): void;
}

export interface EngineOptions {
  /** The relay API's base URL, ending in /api/backup/v1. */
  readonly base: string;
  readonly hooks: EngineHooks;
  /** For tests: a relay other than the HTTP one. */
  readonly relay?: Relay;
  readonly now?: () => number;
  /** For tests: smaller steps than a real vault needs (bytes between checkpoints, per save part). */
  readonly steps?: { readonly checkpointBytes?: number; readonly savePartBytes?: number };
  /** Aborted when the vault locks while the engine is still opening: as stop(), from then. */
  readonly signal?: AbortSignal;
}
