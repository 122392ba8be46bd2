import type { SyncProgress } from '@steady/core/sync';
import type * as EngineModule from './syncEngine.ts';
import type { SyncProblem } from './syncEngine.ts';

/** What the person sees of keeping devices in step; the engine itself loads on demand. */
export interface SyncState {
  readonly on: boolean;
  readonly busy: boolean;
  /** When the last sync with the relay finished (ISO instant), null before the first. */
  readonly lastAt: string | null;
  readonly problem: SyncProblem | null;
  /** Changes made here that the relay does not have yet. */
  readonly unsent: number;
  /** While a large push or pull runs: how far it has got. */
  readonly progress: SyncProgress | null;
  /** The vault's bytes on the relay and the most it may hold, when the relay says. */
  readonly usage: { readonly used: number; readonly quota: number } | null;
}

export const SYNC_OFF: SyncState = {
  on: false,
  busy: false,
  lastAt: null,
  problem: null,
  unsent: 0,
  progress: null,
  usage: null,
};

/** Another device's changes are fetched this often while the vault is open and online. */
export const PULL_EVERY_MS = 30_000;
/** Changes made here go up this long after the last one, so typing is one push. */
export const PUSH_AFTER_MS = 2_000;
/**
 * After the relay said it is full, or this vault's space is used up: pulls go on, but
 * changes are sent again only this much later (or when the person asks), so a phone does
 * not send the same refused bytes every half minute.
 */
export const HOLD_PUSH_WHEN_FULL_MS = 15 * 60_000;

/** Which kinds changed under the screens, and a count that moves each time. */
export interface Applied {
  readonly serial: number;
  readonly kinds: ReadonlySet<string>;
}

export interface SyncPartOptions {
  /** The relay API's base URL (ending in /api/backup/v1). */
  readonly base: () => string;
  /** For tests: makes the engine. */
  readonly load?: () => Promise<typeof EngineModule>;
}
