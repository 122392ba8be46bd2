import { relayIdentity } from '@steady/core/backup';
import { createHttpRelay, SyncError, type Relay } from '@steady/core/sync';
import { anySignal } from '../lib/anySignal.ts';
import type { EngineOptions } from './syncEngineOptions.ts';

/** The sync engine's line to the relay, and the switch that cuts it. */
export interface EngineRelay {
  readonly relay: Relay;
  /** How much of the relay's space this vault uses; null for a relay that cannot say. */
  readonly usage: (() => Promise<{ used: number; quota: number }>) | null;
  /** Aborted by stop(), and by the options' signal. */
  readonly halt: AbortController;
}

/** The relay for the vault with relay key `key`: the HTTP one, unless the options give one. */
export async function connectRelay(key: string, options: EngineOptions): Promise<EngineRelay> {
  // stop() aborts every request under way and refuses the next: once the vault locks,
  // nothing more goes to this vault's place on the relay (another vault, a decoy, may
  // be opened next on this page, and must not be seen beside it).
  const halt = new AbortController();
  if (options.signal?.aborted) halt.abort();
  options.signal?.addEventListener('abort', () => halt.abort(), { once: true });
  let relay = options.relay;
  let usage: (() => Promise<{ used: number; quota: number }>) | null = null;
  if (!relay) {
    const { vaultId, token } = await relayIdentity(key);
    const stoppable: typeof fetch = (input, init) => {
      if (halt.signal.aborted) return Promise.reject(new Error('sync stopped'));
      const signal = init?.signal ? anySignal([init.signal, halt.signal]) : halt.signal;
      return fetch(input, { ...init, signal });
    };
    const http = createHttpRelay({ base: options.base, vaultId, token, fetch: stoppable });
    relay = http;
    usage = () => http.usage();
    // The relay keeps whole-vault copies under the same id; sync needs the vault there.
    // Not waited for: a slow network must not hold the engine back from taking changes.
    http.createVault().catch(() => false);
  }
  return { relay: stoppableRelay(relay, halt.signal), usage, halt };
}

/** `relay`, refusing every call once `stopped` is aborted. */
function stoppableRelay(relay: Relay, stopped: AbortSignal): Relay {
  const check = () => {
    if (stopped.aborted) throw new SyncError('unavailable', 'sync stopped');
  };
  return {
    missingObjects: async (names) => (check(), relay.missingObjects(names)),
    putObjects: async (objects) => (check(), relay.putObjects(objects)),
    getObjects: async (names) => (check(), relay.getObjects(names)),
    appendLog: async (head, entry) => (check(), relay.appendLog(head, entry)),
    readLog: async (since) => (check(), relay.readLog(since)),
  };
}
