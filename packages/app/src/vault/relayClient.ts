import type { RelayDeletion, RelayProblem } from './relay.ts';

/** The relay, as server backup needs it; the browser's is relayClient() below. */
export interface RelayClient {
  newKey(): Promise<string>;
  /** Stores `bytes` as the vault's next version; returns its number. */
  upload(
    key: string,
    bytes: Uint8Array<ArrayBuffer>,
    known: number | null,
    /** Aborted when the vault locks: nothing more of this vault goes out after that. */
    signal?: AbortSignal,
  ): Promise<number>;
  download(key: string): Promise<Uint8Array<ArrayBuffer>>;
  /** Whether a deletion of the relay's copy is asked, and the delay one would get. */
  deletion(key: string): Promise<RelayDeletion>;
  /** Asks the relay to delete its copy after its delay; when it will (ISO). */
  askDeletion(key: string): Promise<string>;
  cancelDeletion(key: string): Promise<void>;
}

/** The relay over HTTP, its code loaded only when server backup is first used. */
export function relayClient(origin: () => string): RelayClient {
  const load = () => import('./relay.ts');
  return {
    newKey: async () => (await load()).newRelayKey(),
    async upload(key, bytes, known, signal) {
      const relay = await load();
      const identity = await relay.relayIdentity(key);
      signal?.throwIfAborted();
      return relay.uploadBackup(relay.relayBase(origin()), identity, bytes, known, signal);
    },
    async download(key) {
      const relay = await load();
      const identity = await relay.relayIdentity(key);
      return relay.downloadBackup(relay.relayBase(origin()), identity);
    },
    async deletion(key) {
      const relay = await load();
      return relay.deletionOf(relay.relayBase(origin()), await relay.relayIdentity(key));
    },
    async askDeletion(key) {
      const relay = await load();
      return relay.askDeletion(relay.relayBase(origin()), await relay.relayIdentity(key));
    },
    async cancelDeletion(key) {
      const relay = await load();
      await relay.cancelDeletion(relay.relayBase(origin()), await relay.relayIdentity(key));
    },
  };
}

/** What the person is told of a failed try, from what the relay client threw. */
export function problemOf(error: unknown): RelayProblem {
  const problem: unknown =
    typeof error === 'object' && error !== null && 'problem' in error ? error.problem : undefined;
  return problem === 'offline' ||
    problem === 'not-found' ||
    problem === 'too-large' ||
    problem === 'busy' ||
    problem === 'full' ||
    problem === 'quota'
    ? problem
    : 'failed';
}
