// The SQLite store's worker thread (started by sqlite.ts): one connection, answering one
// call at a time, in the order they came. Each write's transaction runs whole in here, so
// the relay's event loop never waits for SQLite or the disk.
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
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
function answer(call: WorkerCall): WorkerAnswer {
  try {
    const method = engine[call.method] as (...args: readonly unknown[]) => unknown;
    return { id: call.id, ok: true, value: method(...call.args) };
  } catch (error) {
    return { id: call.id, ok: false, failure: describe(error) };
  }
}

/** Most calls, and most bytes they bring, that one commit takes. */
const MAX_GROUP = 64;
const MAX_GROUP_BYTES = 64 * 1024 * 1024;

const size = (value: unknown): number =>
  value instanceof Uint8Array
    ? value.byteLength
    : Array.isArray(value)
      ? value.reduce((sum: number, item) => sum + size(item), 0)
      : value !== null && typeof value === 'object'
        ? size(Object.values(value))
        : 0;

/**
 * The writer takes the calls already waiting along with the one that arrived and commits
 * them together (each in its own savepoint); each is answered only after the commit. The
 * reader, and a writer with one call waiting, answer each call by itself.
 */
function group(first: WorkerCall): WorkerCall[] {
  const calls = [first];
  if (setup.role !== 'writer' || first.method === 'close') return calls;
  let bytes = size(first.args);
  while (calls.length < MAX_GROUP && bytes < MAX_GROUP_BYTES) {
    const next = receiveMessageOnPort(port)?.message as WorkerCall | undefined;
    if (!next) break;
    calls.push(next);
    if (next.method === 'close') break;
    bytes += size(next.args);
  }
  return calls;
}

function run(calls: WorkerCall[]): void {
  const close = calls.at(-1)!.method === 'close' ? calls.pop() : undefined;
  if (calls.length === 1) {
    port.postMessage(answer(calls[0]!));
  } else if (calls.length > 1) {
    const answers: WorkerAnswer[] = [];
    try {
      engine.inOneCommit(calls.map((call) => () => answers.push(answer(call))));
    } catch (error) {
      // Nothing of any of them was kept: each is told so.
      const failure = describe(error);
      answers.length = 0;
      for (const call of calls) answers.push({ id: call.id, ok: false, failure });
    }
    for (const each of answers) port.postMessage(each);
  }
  if (close) {
    const closed = answer(close);
    port.postMessage(closed);
    if (closed.ok) port.close();
  }
}

port.on('message', (call: WorkerCall) => run(group(call)));
