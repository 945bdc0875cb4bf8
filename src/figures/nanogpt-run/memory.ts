/**
 * nanogpt-run, memory, energy and cost, the compute-optimal comparison, and the worked formulas as shown. Conventions: see src/figures/nanogpt-run.ts.
 */
import { SECONDS_PER_HOUR, chinchillaOptimal, energy, trainingMemory } from '../../core/index.ts';
import { arch, microBatch, s, gpu, sig } from './run.ts';
import {
	fastestClaim,
	noteMfuClaims,
	realisticSecondsPerIter,
	realisticWallSeconds,
} from './time.ts';
import {
	epochs,
	flops,
	flopsPerIter,
	flopsPerTokenWithAttention,
	iters,
	minSecondsPerIter,
	nanogptPeak,
	nanogptPeakRatio,
	params,
	peakBf16,
	tokensPerIter,
	totalTokens,
	watts,
} from './run.ts';

// ------------------------------------------------------------------ memory

const memoryInput = {
	arch,
	microBatch,
	precision: 'bf16',
	optimizer: 'adam',
	recompute: 'none',
	flashAttention: true,
	dropout: false,
} as const;
/** Peak training memory on one card: set by the micro-batch; gradient accumulation is not an input. */
export const memory = trainingMemory(memoryInput);
/** The same without FlashAttention (the s × s attention scores stored). */
export const memoryWithoutFlash = trainingMemory({ ...memoryInput, flashAttention: false });
export const modelStateBytes = memory.weights + memory.gradients + memory.optimizer;
export const bytesPerParam =
	memory.bytesPerParam.weights + memory.bytesPerParam.gradients + memory.bytesPerParam.optimizer;
export const cardMemoryBytes = gpu.memoryBytes;
export const memoryHeadroomBytes = cardMemoryBytes - memory.total;
export const noteVramBytes = s.claims.peakVramBytes;
/** The 16-bit weights alone, which the note's "80–90 MB" counts. */
export const weightsBytes = memory.weights;
/** fp32 logits and their gradient: 8 · T · b · V bytes. */
export const logitsBytes = memory.logits;

// ------------------------------------------------------------------ energy and cost

/**
 * ASSUMPTION (labelled in the article): the electricity price the note's own figures imply,
 * its cost range in USD over its kWh (USD 0.50–1.00 for ~4 kWh), since it states no price.
 */
export const priceRangeUsdPerKWh = s.claims.costUsd.map((usd) => usd / s.claims.energyKWh) as [
	number,
	number,
];
const realisticEnergy = energy({ watts, seconds: realisticWallSeconds, devices: s.devices });
export const realisticKWh = realisticEnergy.kWh;
export const realisticCostUsd = priceRangeUsdPerKWh.map(
	(price) => energy({ watts, seconds: realisticWallSeconds, pricePerKWh: price }).cost!,
) as [number, number];
/** The note's own energy: its upper time (20 h) at 200 W. */
export const noteKWh = s.claims.energyKWh;
export const noteEnergyCheckKWh = energy({
	watts,
	seconds: s.claims.hours[1] * SECONDS_PER_HOUR,
}).kWh;
export const energyRatio = realisticKWh / noteKWh;

// ------------------------------------------------------------------ compute-optimal comparison

/** Tokens per parameter this run uses. */
export const tokensPerParam = totalTokens / params;
/** Compute-optimal model for the same 6ND budget under each Chinchilla fit. */
export const optimal = {
	epoch: chinchillaOptimal(flops, 'epoch'),
	hoffmann: chinchillaOptimal(flops, 'hoffmann'),
	tokens20: chinchillaOptimal(flops, 'tokens20'),
};
const optimalParams = Object.values(optimal).map((o) => o.params);
/** How much the fits disagree on N: largest over smallest. */
export const optimalSpread = Math.max(...optimalParams) / Math.min(...optimalParams);

// ------------------------------------------------------------------ worked formulas, as shown

/** Formula digits and the pre-rounded values each worked example displays. */
export const shown = {
	/** 6 × N × D at 4 digits gives the result at 3: 6 × 4.056 × 1.049 = 25.53 → 2.55. */
	flops: sig(flops, 3),
	epochs: sig(epochs, 3),
	flopsPerToken: sig(flopsPerTokenWithAttention, 3),
	flopsPerIter: sig(sig(flopsPerTokenWithAttention, 3) * tokensPerIter, 3),
	/** Per-iteration FLOP in TFLOP, 5 digits, so the time formulas check at 3. */
	flopsPerIterT: sig(flopsPerIter / 1e12, 5),
	peakT: sig(peakBf16 / 1e12, 3),
	nanogptPeakT: sig(nanogptPeak / 1e12, 3),
	minSecondsPerIter: sig(minSecondsPerIter, 3),
	fastestRequiredT: sig(fastestClaim.requiredFlopsPerSecond / 1e12, 3),
	realisticSecondsPerIter: sig(realisticSecondsPerIter, 4),
	realisticWallSeconds: sig(sig(realisticSecondsPerIter, 4) * iters, 3),
	realisticHours: sig(realisticWallSeconds / SECONDS_PER_HOUR, 4),
	kW: watts / 1000,
	realisticKWh: sig(realisticKWh, 3),
	realisticCostUsd: realisticCostUsd.map((c) => sig(c, 3)) as [number, number],
	nanogptPeakRatio: sig(nanogptPeakRatio, 3),
	noteAchievedT: noteMfuClaims.map((c) => sig(c.achievedFlopsPerSecond / 1e12, 3)),
	logitsBytes: sig(logitsBytes, 3),
};
