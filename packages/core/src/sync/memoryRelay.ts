import type { Bytes } from '../vault/bytes.ts';
import { SyncError } from './errors.ts';
import type { AppendResult, LogRecord, Relay, StoredObject } from './relay.ts';

export type RelayRequest = 'missingObjects' | 'putObjects' | 'getObjects' | 'appendLog' | 'readLog';

/**
 * What happens to one request: it goes through; it never arrives ('drop'); it
 * arrives and takes effect but its answer is lost ('lose-answer'), the case that makes
 * a device retry something already done; or it waits this many turns of the event
 * loop first, so that other devices' requests overtake it.
 */
export type Fault = 'none' | 'drop' | 'lose-answer' | { readonly delay: number };

export interface Traffic {
  requests: number;
  bytesUp: number;
  bytesDown: number;
  objectsUp: number;
  objectsDown: number;
}

/**
 * One vault's space on a relay, in memory: the objects, the log and its head. Each
 * device talks to it through its own `connect`ion, which can fail requests (to stand
 * for a device offline, a dropped connection, a lost answer) and counts what it sends.
 */
export class MemoryRelay {
  private readonly objects = new Map<string, Bytes>();
  private readonly log: LogRecord[] = [];

  get head(): string | null {
    return this.log.at(-1)?.id ?? null;
  }

  get objectCount(): number {
    return this.objects.size;
  }

  get logLength(): number {
    return this.log.length;
  }

  /** The log as stored, oldest first. */
  logEntries(): LogRecord[] {
    return this.log.map((entry) => ({ id: entry.id, bytes: new Uint8Array(entry.bytes) }));
  }

  /** For tests that play a hostile relay: the stored bytes themselves. */
  tamper(edit: (objects: Map<string, Bytes>, log: LogRecord[]) => void): void {
    edit(this.objects, this.log);
  }

  connect(fault: (request: RelayRequest) => Fault = () => 'none'): Relay & { traffic: Traffic } {
    const traffic: Traffic = {
      requests: 0,
      bytesUp: 0,
      bytesDown: 0,
      objectsUp: 0,
      objectsDown: 0,
    };
    const call = async <T>(request: RelayRequest, run: () => T): Promise<T> => {
      // Every answer comes after a turn of the event loop, as a real one would.
      await Promise.resolve();
      traffic.requests++;
      const happens = fault(request);
      if (typeof happens === 'object') {
        for (let turn = 0; turn < happens.delay; turn++) await Promise.resolve();
      }
      if (happens === 'drop') throw new SyncError('unavailable', `${request}: no connection`);
      const answer = run();
      if (happens === 'lose-answer') throw new SyncError('unavailable', `${request}: no answer`);
      return answer;
    };
    return {
      traffic,
      missingObjects: (names) =>
        call('missingObjects', () => names.filter((name) => !this.objects.has(name))),
      putObjects: (objects: readonly StoredObject[]) =>
        call('putObjects', () => {
          for (const { name, bytes } of objects) {
            traffic.bytesUp += bytes.length;
            traffic.objectsUp++;
            if (!this.objects.has(name)) this.objects.set(name, new Uint8Array(bytes));
          }
        }),
      getObjects: (names) =>
        call('getObjects', () => {
          const found = new Map<string, Bytes>();
          for (const name of names) {
            const bytes = this.objects.get(name);
            if (bytes === undefined) continue;
            found.set(name, new Uint8Array(bytes));
            traffic.bytesDown += bytes.length;
            traffic.objectsDown++;
          }
          return found;
        }),
      appendLog: (expectedHead, entry) =>
        call('appendLog', (): AppendResult => {
          if (expectedHead !== this.head) return { ok: false, head: this.head };
          traffic.bytesUp += entry.bytes.length;
          this.log.push({ id: entry.id, bytes: new Uint8Array(entry.bytes) });
          return { ok: true };
        }),
      readLog: (since) =>
        call('readLog', () => {
          const start = since === null ? 0 : this.log.findIndex((entry) => entry.id === since) + 1;
          if (start === 0 && since !== null)
            throw new SyncError('rolled-back', 'unknown log entry');
          const entries = this.log
            .slice(start)
            .map((e) => ({ id: e.id, bytes: new Uint8Array(e.bytes) }));
          for (const entry of entries) traffic.bytesDown += entry.bytes.length;
          return entries;
        }),
    };
  }
}
