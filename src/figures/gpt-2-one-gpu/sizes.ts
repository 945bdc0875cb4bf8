/**
 * Figures for the article "gpt-2-one-gpu" (Can one GPU train GPT-2?), part 1: inputs, the note's budget and the four
 * GPT-2 sizes (compute, time, memory, fit), computed once from the
 * core and the data and shared by its four language versions so they can never disagree.
 *
 * Conventions, as the article states them:
 * - Parameters are counted from each GPT-2 configuration (`countParams`), position table
 *   included, as OpenAI's checkpoints hold them.
 * - Compute is 6·N·D. GPT-2's training-token count was never published: the ~10 B of the note
 *   (`gpt2Scenario.runs`) is an estimate, and the article says so.
 * - Time uses each card's DENSE tensor-core BF16 peak (FP32 accumulate) at `MFU`; the note's
 *   one-year budget uses the RTX 4070 Ti's FP32 (non-tensor) peak at 90 %, as the note does.
 * - Memory is the core's `trainingMemory` (mixed-precision Adam, 16 B/param, FlashAttention,
 *   no recomputation, 0.75 GiB overhead) in bytes; cards are "12 GB" = 12 GiB (`cardMemoryBytes`).
 */
import {
	chinchillaOptimalTokens,
	computeBudget,
	cardMemoryBytes,
	countParams,
	maxBatchThatFits,
	trainingFlops,
	trainingMemory,
	trainingTime,
	type ChinchillaFit,
	type MemoryInput,
} from '../../core/index.ts';
import { gpt2Scenario, gpuById, modelById, peakFlopsPerSecond } from '../../data/index.ts';

/** `x` rounded to `digits` significant digits, so a displayed operand is exactly what is shown. */
export function roundSig(x: number, digits: number): number {
	return Number(x.toPrecision(digits));
}

export function runOf(modelId: string) {
	const run = gpt2Scenario.runs.find((r) => r.modelId === modelId);
	if (!run) throw new Error(`gpt-2-one-gpu: the GPT-2 scenario has no run for ${modelId}`);
	return run;
}

// ------------------------------------------------------------------ inputs and conventions

/** Model FLOP utilisation assumed for the time estimates: the middle of the 30–50 % that large
 * published runs reach (see scenarios.ts). */
export const MFU = 0.4;
/** The three compute-optimal conventions, the site's default first. */
export const FITS: readonly ChinchillaFit[] = ['epoch', 'hoffmann', 'tokens20'];
/** Tokens per parameter of the rule of thumb. */
export const TOKENS_PER_PARAM = 20;
/** Cards the memory chart compares against, as advertised ("12 GB" is 12 GiB). */
export const CARD_GB = [12, 16, 24, 80] as const;
/** Micro-batch of the memory chart: one sequence of 1,024 tokens, the least a step can hold. */
export const CHART_MICRO_BATCH = 1;
/** An illustrative fine-tuning set (not from the note): 100 million tokens. */
export const FINE_TUNE_TOKENS = 1e8;

export const xlRun = runOf('gpt2-xl');
export const smallRun = runOf('gpt2');

/** GPT-2's token count as the note estimates it (never published by OpenAI). */
export const originalTokens = xlRun.tokens;
/** Where the estimate comes from: WebText's 40 GB, and OpenWebText's tokens (about one pass). */
export const webText = gpt2Scenario.webText;
export const webTextPasses = originalTokens / gpt2Scenario.webText.openWebTextTokens;
if (xlRun.tokensEstimate !== true)
	throw new Error('gpt-2-one-gpu: expected the ~10 B to be marked an estimate');

// ------------------------------------------------------------------ the note's one-GPU-year budget

export const budgetGpu = gpuById(gpt2Scenario.gpuId);
/** The RTX 4070 Ti's FP32 (non-tensor) peak the note assumes, FLOP/s. */
export const budgetPeakFlopsPerSecond = peakFlopsPerSecond(budgetGpu, gpt2Scenario.precision);
export const budgetUtilization = gpt2Scenario.utilization;
export const budgetSeconds = gpt2Scenario.seconds;
/** One RTX 4070 Ti for a year at 90 % of FP32: ≈ 1.14 × 10²¹ FLOP. */
export const budgetFlops = computeBudget({
	peakFlopsPerSecond: budgetPeakFlopsPerSecond,
	devices: gpt2Scenario.devices,
	seconds: budgetSeconds,
	utilization: budgetUtilization,
});
/** The same budget's operands and result rounded to three digits, as the formula shows them. */
export const budgetShown = {
	peak: roundSig(budgetPeakFlopsPerSecond, 3),
	utilization: budgetUtilization,
	seconds: roundSig(budgetSeconds, 3),
	flops: roundSig(budgetFlops, 3),
};

// ------------------------------------------------------------------ the four GPT-2 sizes

export type Gpt2Size = {
	id: string;
	layers: number;
	heads: number;
	dModel: number;
	/** Counted from the configuration. */
	params: number;
	/** 6·N·D at the original ~10 B tokens. */
	flops: number;
	/** The one-year budget divided by that compute. */
	budgetMultiple: number;
	/** Compute-optimal training tokens for this N, by fit. */
	optimalTokens: Record<ChinchillaFit, number>;
	/** Training time at ~10 B tokens on one card at MFU, seconds. */
	seconds: Record<TimeGpuId, number>;
	/** Training memory at `CHART_MICRO_BATCH`, bytes, by part. */
	memory: ReturnType<typeof trainingMemory>;
	/** Largest micro-batch that fits each card (0: not even one sequence). */
	maxMicroBatch: Record<(typeof CARD_GB)[number], number>;
};

/** The three cards of the time table. */
export const TIME_GPUS = ['rtx-4070-ti', 'rtx-4090', 'a100-80gb-sxm'] as const;
export type TimeGpuId = (typeof TIME_GPUS)[number];
/** Dense tensor-core BF16 peaks (FP32 accumulate) of the time table's cards, FLOP/s. */
export const timePeaks = Object.fromEntries(
	TIME_GPUS.map((id) => [id, peakFlopsPerSecond(gpuById(id), 'bf16')]),
) as Record<TimeGpuId, number>;

/** Tokens for which `params` is compute-optimal under `fit` (the core's closed form). */
export function optimalTokensFor(params: number, fit: ChinchillaFit): number {
	return chinchillaOptimalTokens(params, fit);
}

export const memoryBase = (arch: MemoryInput['arch']): Omit<MemoryInput, 'microBatch'> => ({
	arch,
	precision: 'bf16',
	optimizer: 'adam',
	recompute: 'none',
	flashAttention: true,
});

function size(id: string): Gpt2Size {
	const { arch } = modelById(id);
	const params = countParams(arch);
	const flops = trainingFlops({ params, tokens: originalTokens });
	return {
		id,
		layers: arch.layers,
		heads: arch.heads,
		dModel: arch.dModel,
		params,
		flops,
		budgetMultiple: budgetFlops / flops,
		optimalTokens: Object.fromEntries(
			FITS.map((fit) => [fit, optimalTokensFor(params, fit)]),
		) as Record<ChinchillaFit, number>,
		seconds: Object.fromEntries(
			TIME_GPUS.map((g) => [
				g,
				trainingTime({ flops, peakFlopsPerSecond: timePeaks[g], devices: 1, utilization: MFU }),
			]),
		) as Record<TimeGpuId, number>,
		memory: trainingMemory({ ...memoryBase(arch), microBatch: CHART_MICRO_BATCH }),
		maxMicroBatch: Object.fromEntries(
			CARD_GB.map((gb) => [
				gb,
				maxBatchThatFits({ ...memoryBase(arch), capacityBytes: cardMemoryBytes(gb) }).microBatch,
			]),
		) as Record<(typeof CARD_GB)[number], number>,
	};
}

/** The four released GPT-2 sizes, smallest first. */
export const GPT2_IDS = ['gpt2', 'gpt2-medium', 'gpt2-large', 'gpt2-xl'] as const;
export const sizes: readonly Gpt2Size[] = GPT2_IDS.map(size);
const byId = (id: string) => {
	const s = sizes.find((x) => x.id === id);
	if (!s) throw new Error(`gpt-2-one-gpu: no GPT-2 size ${id}`);
	return s;
};
export const small = byId('gpt2');
export const medium = byId('gpt2-medium');
export const large = byId('gpt2-large');
export const xl = byId('gpt2-xl');

/** Vocabulary and context shared by the four sizes (from the XL configuration; all equal). */
export const vocab = modelById('gpt2-xl').arch.vocab;
export const context = modelById('gpt2-xl').arch.context;
for (const id of GPT2_IDS) {
	const a = modelById(id).arch;
	if (a.vocab !== vocab || a.context !== context) {
		throw new Error(`gpt-2-one-gpu: ${id} has another vocabulary or context`);
	}
}
/** The parameter count the note multiplied for XL (1.5 B, rounded). */
export const noteXlParams = xlRun.params;

/** XL's compute as the worked formula shows it: N to four digits, D, and their product. */
export const xlShown = {
	params: roundSig(xl.params, 4),
	tokens: originalTokens,
	flops: 6 * roundSig(xl.params, 4) * originalTokens,
};
/** The note's figure for XL (it multiplied 1.5 B, not the counted 1.558 B). */
export const noteXlFlops = gpt2Scenario.claims.xlFlops;
