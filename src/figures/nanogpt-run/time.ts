/**
 * nanogpt-run, the note's step times and the time at a realistic MFU. Conventions: see src/figures/nanogpt-run.ts.
 */
import { EstimateError, mfu, trainingTime } from '../../core/index.ts';
import { s } from './run.ts';
import { flopsPerIter, flopsWithAttention, iters, nanogptPeak, peakBf16 } from './run.ts';

// ------------------------------------------------------------------ the note's step times

export type ClaimedStep = {
	secondsPerIter: number;
	/** FLOP/s the card would have to sustain. */
	requiredFlopsPerSecond: number;
	/** MFU on the RTX 4070's dense BF16 peak; null when above 100 % (impossible). */
	mfu: number | null;
	/** What nanoGPT would print (relative to an A100's 312 TFLOP/s). */
	printedMfu: number;
	wallSeconds: number;
};

/** MFU on this card, or null where the core says the inputs are impossible (above the peak). */
function mfuOrImpossible(flopsPerStep: number, secondsPerStep: number): number | null {
	try {
		return mfu({ flopsPerStep, secondsPerStep, peakFlopsPerSecond: peakBf16, devices: s.devices });
	} catch (error) {
		if (error instanceof EstimateError && error.field === 'secondsPerStep') return null;
		throw error;
	}
}

function claimedStep(secondsPerIter: number): ClaimedStep {
	return {
		secondsPerIter,
		requiredFlopsPerSecond: flopsPerIter / secondsPerIter,
		mfu: mfuOrImpossible(flopsPerIter, secondsPerIter),
		printedMfu: mfu({
			flopsPerStep: flopsPerIter,
			secondsPerStep: secondsPerIter,
			peakFlopsPerSecond: nanogptPeak,
			devices: s.devices,
		}),
		wallSeconds: secondsPerIter * iters,
	};
}

/** The note's range of seconds per iteration, every half second (its table's rows). */
export const claimedSteps: readonly ClaimedStep[] = (() => {
	const [lo, hi] = s.secondsPerIterClaimed;
	const rows: ClaimedStep[] = [];
	for (let t = lo; t <= hi + 1e-9; t += 0.5) rows.push(claimedStep(t));
	return rows;
})();
/** The fastest claim, 2.5 s: above the peak. */
export const fastestClaim = claimedSteps[0]!;
if (fastestClaim.mfu !== null) {
	throw new Error('nanogpt-run: the article says the fastest claimed step is impossible');
}
export const slowestClaim = claimedSteps[claimedSteps.length - 1]!;
/** The MFU the possible claims need, lowest and highest. */
export const claimedMfuRange = (() => {
	const possible = claimedSteps.map((c) => c.mfu).filter((u): u is number => u !== null);
	if (possible.length === 0) throw new Error('nanogpt-run: no claimed step time is possible');
	return [Math.min(...possible), Math.max(...possible)] as const;
})();
/** The note's "15–20 hours". */
export const noteHours = s.claims.hours;

// ------------------------------------------------------------------ a realistic MFU

/** Real training runs reach 30–50 % MFU (scenario); the article uses the middle, 40 %. */
export const realisticMfuRange = s.realisticMfu;
export const realisticMfu = (s.realisticMfu[0] + s.realisticMfu[1]) / 2;
const timeAt = (utilization: number) =>
	trainingTime({
		flops: flopsWithAttention,
		peakFlopsPerSecond: peakBf16,
		devices: s.devices,
		utilization,
	});
export const realisticWallSeconds = timeAt(realisticMfu);
export const realisticSecondsPerIter = realisticWallSeconds / iters;
/** Wall time at the high end of the range (fastest) and the low end (slowest). */
export const fastRealisticWallSeconds = timeAt(s.realisticMfu[1]);
export const slowRealisticWallSeconds = timeAt(s.realisticMfu[0]);
/** What nanoGPT would print at that realistic speed. */
export const realisticPrintedMfu = mfu({
	flopsPerStep: flopsPerIter,
	secondsPerStep: realisticSecondsPerIter,
	peakFlopsPerSecond: nanogptPeak,
	devices: s.devices,
});

/** The note's "MFU climbing to 20–35 %" read as nanoGPT prints it: the FLOP/s it would mean. */
export const noteMfuClaims = s.claims.mfu.map((printed) => {
	const achievedFlopsPerSecond = printed * nanogptPeak;
	return {
		printed,
		achievedFlopsPerSecond,
		/** Real MFU on the RTX 4070; null: above its dense peak. */
		mfuOnCard: mfuOrImpossible(flopsPerIter, flopsPerIter / achievedFlopsPerSecond),
	};
});
if (noteMfuClaims.some((c) => c.mfuOnCard !== null)) {
	throw new Error('nanogpt-run: the article says every printed MFU the note claims is impossible');
}
/** The note's printed-MFU range and the FLOP/s each end would mean. */
export const notePrintedMfu = s.claims.mfu;
export const noteAchievedFlopsPerSecond = [
	s.claims.mfu[0] * nanogptPeak,
	s.claims.mfu[1] * nanogptPeak,
] as const;
