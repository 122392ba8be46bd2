export * from './types.ts';
export * from './reflect.ts';
export * from './compare.ts';
