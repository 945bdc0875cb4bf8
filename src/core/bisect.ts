/** The bisection `maxBatchThatFits` and `finetuneFit` share (internal). */
import { LIMITS } from './limits.ts';

/** Largest micro-batch n with total(n) ≤ capacity (0 if none): memory grows with n, so bisect. */
export function largestFitting(total: (microBatch: number) => number, capacity: number): number {
	if (!(total(1) <= capacity)) return 0;
	let lo = 1; // fits
	let hi = LIMITS.microBatch.max + 1; // treated as not fitting
	while (hi - lo > 1) {
		const mid = Math.floor((lo + hi) / 2);
		if (total(mid) <= capacity) lo = mid;
		else hi = mid;
	}
	return lo;
}
