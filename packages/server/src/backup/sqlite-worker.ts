// The SQLite store's worker thread (started by sqlite.ts): one connection, answering one
// call at a time, in the order they came. Each write's transaction runs whole in here, so
// the relay's event loop never waits for SQLite or the disk.
import { parentPort, workerData } from 'node:worker_threads';
import { openSqliteEngine, type SqliteEngine } from './sqlite-engine.ts';
import { QuotaExceededError } from './store.ts';

export interface WorkerSetup {
  readonly path: string;
  readonly role: 'writer' | 'reader';
}

export interface WorkerCall {
  readonly id: number;
  readonly method: keyof SqliteEngine;
  readonly args: readonly unknown[];
}

/** How an error crosses to the main thread, to be thrown there as the same kind. */
export type WorkerFailure =
  | { readonly kind: 'quota'; readonly used: number; readonly quota: number }
  | {
      readonly kind: 'error';
      readonly name: string;
      readonly message: string;
      readonly code?: string;
    };

export type WorkerAnswer =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly failure: WorkerFailure };

function describe(error: unknown): WorkerFailure {
  if (error instanceof QuotaExceededError) {
    return { kind: 'quota', used: error.used, quota: error.quota };
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return {
      kind: 'error',
      name: error.name,
      message: error.message,
      ...(typeof code === 'string' ? { code } : {}),
    };
  }
  return { kind: 'error', name: 'Error', message: String(error) };
}

const port = parentPort!;
const setup = workerData as WorkerSetup;
// Opening throws here when the file cannot be opened (sqlite.ts opened it once already):
// the main thread sees the worker's 'error' and fails the calls waiting for it.
const engine = openSqliteEngine(setup.path, setup.role);
port.on('message', (call: WorkerCall) => {
  let answer: WorkerAnswer;
  try {
    const method = engine[call.method] as (...args: readonly unknown[]) => unknown;
    answer = { id: call.id, ok: true, value: method(...call.args) };
  } catch (error) {
    answer = { id: call.id, ok: false, failure: describe(error) };
  }
  port.postMessage(answer);
  if (call.method === 'close' && answer.ok) port.close();
});
