/** Facts with sources: accelerators, models, published runs, and the notes' scenarios. */
export * from './source.ts';
export * from './gpus.ts';
export * from './models.ts';
export * from './published.ts';
export * from './scenarios.ts';
