import { StoreError } from './errors.ts';
import type { StoreOp, StoredBytes } from './store.ts';

// Long enough for any tag or id the vault makes (32 hex chars), short enough that a
// runaway caller cannot use keys as a data channel.
const MAX_KEY_LENGTH = 256;

function isKey(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_KEY_LENGTH;
}

/**
 * An exact-size copy: a view into a larger buffer would otherwise be stored (and
 * structured-cloned) together with the whole buffer around it, which may hold secrets.
 */
export function copyBytes(data: Uint8Array): StoredBytes {
  return new Uint8Array(data);
}

export function bytesEqual(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  return a.every((byte, i) => byte === b[i]);
}

function invalid(index: number, why: string): StoreError {
  return new StoreError('store-invalid-op', `op ${index}: ${why}`);
}

/**
 * Checks every op before any is applied and returns copies the caller cannot change
 * afterwards, so a bad batch is refused whole.
 */
export function validateOps(ops: readonly StoreOp[]): StoreOp[] {
  if (!Array.isArray(ops)) throw new StoreError('store-invalid-op', 'ops must be an array');
  return ops.map((op: StoreOp, index): StoreOp => {
    // The types say every op is an object; a caller's bad batch must still be refused,
    // not crash half-way, so the shape is checked at run time.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    switch (op?.op) {
      case 'put':
        if (!isKey(op.tag) || !isKey(op.id)) throw invalid(index, 'bad tag or id');
        if (!(op.data instanceof Uint8Array)) throw invalid(index, 'data must be bytes');
        return { op: 'put', tag: op.tag, id: op.id, data: copyBytes(op.data) };
      case 'delete':
        if (!isKey(op.tag) || !isKey(op.id)) throw invalid(index, 'bad tag or id');
        return { op: 'delete', tag: op.tag, id: op.id };
      case 'setMeta':
        if (!isKey(op.key)) throw invalid(index, 'bad meta key');
        if (!(op.value instanceof Uint8Array)) throw invalid(index, 'value must be bytes');
        return { op: 'setMeta', key: op.key, value: copyBytes(op.value) };
      case 'deleteMeta':
        if (!isKey(op.key)) throw invalid(index, 'bad meta key');
        return { op: 'deleteMeta', key: op.key };
      case 'expectMeta':
        if (!isKey(op.key)) throw invalid(index, 'bad meta key');
        if (op.value !== undefined && !(op.value instanceof Uint8Array)) {
          throw invalid(index, 'expected value must be bytes or undefined');
        }
        return {
          op: 'expectMeta',
          key: op.key,
          value: op.value === undefined ? undefined : copyBytes(op.value),
        };
      case 'clear':
        return { op: 'clear' };
      default:
        throw invalid(index, 'unknown op');
    }
  });
}

export function assertKey(value: unknown, what: string): asserts value is string {
  if (!isKey(value)) throw new StoreError('store-invalid-op', `bad ${what}`);
}

/** A page's size: a whole number from 1. */
export function assertCount(value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new StoreError('store-invalid-op', 'bad count');
  }
}
