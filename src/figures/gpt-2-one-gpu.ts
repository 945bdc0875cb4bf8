/**
 * Figures for the article "gpt-2-one-gpu" (Can one GPU train GPT-2?), computed once from the
 * core and the data and shared by its four language versions so they can never disagree.
 * The figures live in modules by topic (src/figures/gpt-2-one-gpu/); this one gathers them.
 */
export * from './gpt-2-one-gpu/sizes.ts';
export * from './gpt-2-one-gpu/compute.ts';
export * from './gpt-2-one-gpu/reproductions.ts';
export * from './gpt-2-one-gpu/memory.ts';
export * from './gpt-2-one-gpu/chart.ts';
