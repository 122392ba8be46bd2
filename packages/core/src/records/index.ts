export * from './kind.ts';
export * from './journal.ts';
export * from './plan.ts';
export * from './urges.ts';
export * from './checkins.ts';
export * from './selfcheck.ts';
export * from './settings.ts';
export * from './vault.ts';
export * from './drafts.ts';
export * from './coping.ts';
export * from './timestamps.ts';
export * from './shares.ts';
// The list of every kind: '@steady/core/registry', so the first download leaves it out
// (it names every kind's parser; only backup and sync need the whole list).
export * from './sync.ts';
