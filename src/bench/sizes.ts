/**
 * Problem sizes. The probe starts small and grows while one dispatch stays well under the
 * submit budget (so no GPU watchdog fires), within memory limits: a slow software adapter
 * stops at a few hundred, a large GPU reaches 4096–8192.
 */
import { SIZE_STEP } from './kernels.ts';

/** Matrix sizes the probe walks through (multiples of SIZE_STEP, roughly ×1.5 apart). */
export const MATMUL_SIZES: readonly number[] = [
	128, 256, 384, 512, 768, 1024, 1536, 2048, 3072, 4096, 6144, 8192,
];

/** Milliseconds one submitted pass may take: well under Windows' 2 s TDR and the ~0.5 s cap discussed for the web. */
export const SUBMIT_BUDGET_MS = 250;

/**
 * The next size to try after one dispatch of size `n` took `ms`, or null to stop at `n`.
 * Work grows as n³, so the next size is taken only if its predicted time stays within
 * `dispatchBudgetMs` and it is at most `maxSize`.
 */
export function nextMatmulSize(
	n: number,
	ms: number,
	{ dispatchBudgetMs, maxSize }: { dispatchBudgetMs: number; maxSize: number },
): number | null {
	const next = MATMUL_SIZES.find((s) => s > n);
	if (next === undefined || next > maxSize) return null;
	const predicted = ms * (next / n) ** 3;
	return predicted <= dispatchBudgetMs ? next : null;
}

/** Largest size from the list within the memory allowed for three n×n matrices. */
export function maxSizeForMemory(
	bytesPerElement: number,
	maxBufferBytes: number,
	totalBytes: number,
): number {
	let best = SIZE_STEP;
	for (const n of MATMUL_SIZES) {
		const one = n * n * bytesPerElement;
		if (one <= maxBufferBytes && 3 * one <= totalBytes) best = n;
	}
	return best;
}

/**
 * Dispatches per timed pass: as many as fit `passMs` (at least 1), so timer resolution and
 * dispatch overhead vanish, without passing the submit budget.
 */
export function dispatchesPerPass(msPerDispatch: number, passMs: number, max = 256): number {
	if (!(msPerDispatch > 0)) return 1;
	return Math.max(1, Math.min(max, Math.floor(passMs / msPerDispatch)));
}

/** Bandwidth buffer sizes (bytes, per buffer) the probe walks through: 4 MiB up to 1 GiB. */
export const STREAM_BYTES: readonly number[] = Array.from(
	{ length: 9 },
	(_, i) => 4 * 2 ** 20 * 2 ** i,
);

/** The next bandwidth buffer size, or null: time grows linearly with bytes. */
export function nextStreamBytes(
	bytes: number,
	ms: number,
	{ dispatchBudgetMs, maxBytes }: { dispatchBudgetMs: number; maxBytes: number },
): number | null {
	const next = STREAM_BYTES.find((s) => s > bytes);
	if (next === undefined || next > maxBytes) return null;
	return ms * (next / bytes) <= dispatchBudgetMs ? next : null;
}
