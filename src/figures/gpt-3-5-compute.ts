/**
 * Figures for the article "gpt-3-5-compute" (Can one GPU-year train GPT-3.5?), computed once
 * from the core and the data and shared by its four language versions. Every input comes from
 * src/data; a published figure that is missing there throws instead of being replaced by a guess.
 * The figures live in three modules by topic; this one gathers them for the articles.
 */
export * from './gpt-3-5-compute/budget.ts';
export * from './gpt-3-5-compute/published.ts';
export * from './gpt-3-5-compute/chart.ts';
