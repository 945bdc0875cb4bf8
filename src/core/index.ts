export * from './validate.ts';
export type * from './types.ts';
