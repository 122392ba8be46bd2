export * from './issues.ts';
export * from './read.ts';
