/** Facts with sources: accelerators, models, published runs, and the notes' scenarios. */
export type * from './types.ts';
export type { Precision } from '../core/index.ts';
export * from './gpus.ts';
export * from './models.ts';
export * from './published.ts';
export * from './scenarios.ts';
export * from './finetune-measured.ts';
export * from './decode-measured.ts';
