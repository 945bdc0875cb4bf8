/**
 * Statistics of timed passes. Times are milliseconds per dispatch; a smaller time is a better
 * pass. The headline is the median; the best pass and the spread (coefficient of variation)
 * go beside it.
 */

/** Median of a non-empty list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
	if (values.length === 0) throw new RangeError('median of an empty list');
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The best (smallest) time. */
export function best(times: readonly number[]): number {
	if (times.length === 0) throw new RangeError('best of an empty list');
	return Math.min(...times);
}

/** Coefficient of variation: sample standard deviation over mean (0 for fewer than two values). */
export function coefficientOfVariation(values: readonly number[]): number {
	if (values.length < 2) return 0;
	const mean = values.reduce((s, v) => s + v, 0) / values.length;
	if (mean === 0) return 0;
	const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1);
	return Math.sqrt(variance) / mean;
}

/**
 * Warm-up is over when the last `count` passes agree within `tolerance` (relative spread
 * (max − min) / min): clocks have ramped up and caches are warm.
 */
export function isWarm(times: readonly number[], tolerance = 0.02, count = 3): boolean {
	if (times.length < count) return false;
	const last = times.slice(-count);
	const lo = Math.min(...last);
	const hi = Math.max(...last);
	return lo > 0 && (hi - lo) / lo <= tolerance;
}

export type Summary = {
	/** Median time per dispatch, ms. */
	medianMs: number;
	/** Best time per dispatch, ms. */
	bestMs: number;
	/** Coefficient of variation of the measured passes. */
	cv: number;
};

export function summarize(times: readonly number[]): Summary {
	return { medianMs: median(times), bestMs: best(times), cv: coefficientOfVariation(times) };
}
