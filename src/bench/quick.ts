/**
 * A short run: the page's `?quick` and `npm run bench:native -- --quick`. Imports nothing but a
 * type, so the page can read it without loading the runner.
 */
import type { RunOptions } from './options.ts';

/** `?quick` and `--quick`: small sizes and few passes (tests, slow devices). */
export const QUICK_RUN = {
	maxSize: 256,
	passMs: 25,
	measuredPasses: 3,
	maxWarmupPasses: 4,
	tuneBudgetMs: 400,
	maxStreamBytes: 16 * 2 ** 20,
	// Small blocks only: a software adapter takes seconds to compile the large unrolled ones.
	configFilter: (c) => c.bm <= 64 && c.bn <= 64 && c.bk <= 8,
} satisfies RunOptions;
