export type StoreErrorCode =
  'store-invalid-op' | 'store-conflict' | 'store-full' | 'store-corrupt' | 'store-failed';

/** A storage failure. Whenever one is thrown by `commit`, nothing was written. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export function isStoreError(error: unknown, code?: StoreErrorCode): error is StoreError {
  return error instanceof StoreError && (code === undefined || error.code === code);
}
