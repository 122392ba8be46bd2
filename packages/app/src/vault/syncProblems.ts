import { isSyncError } from '@steady/core/sync';

/** What went wrong with a sync, as the person is told it. */
export type SyncProblem =
  'offline' | 'too-large' | 'quota' | 'full' | 'rolled-back' | 'unreadable' | 'failed';

export function problemOf(error: unknown): SyncProblem {
  if (isSyncError(error)) {
    if (error.code === 'unavailable') return 'offline';
    if (error.code === 'too-large') return 'too-large';
    if (error.code === 'quota') return 'quota';
    if (error.code === 'full') return 'full';
    if (error.code === 'rolled-back') return 'rolled-back';
  }
  return 'failed';
}

export class SyncStateUnreadable extends Error {
  constructor() {
    super('the saved sync state cannot be read');
    this.name = 'SyncStateUnreadable';
  }
}
