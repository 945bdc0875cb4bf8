/**
 * gpt-3-5-compute, part 1: the note's one-GPU-year budget, GPT-3's compute, the same job on one
 * A100 or H100, and the memory its training state needs. GPT-3 175B (Brown et al. 2020) stands
 * in for GPT-3.5, whose training compute was never published, as in the original note.
 */
import {
	computeBudget,
	countParams,
	flopsForTokens,
	flopsPerToken,
	gpuYears,
	trainingFlops,
	trainingMemory,
	trainingTime,
} from '../../core/index.ts';
import {
	gpt35Scenario,
	gpuById,
	modelById,
	peakFlopsPerSecond,
	publishedRunById,
	requirePublished as published,
	type Gpu,
} from '../../data/index.ts';

export const scenario = gpt35Scenario;

// ---------------------------------------------------------------------------------------------
// The note's budget: one RTX 4070 Ti, one year, 90 % of its FP32 (non-tensor) peak.

export const card: Gpu = gpuById(scenario.gpuId);
/** The note's peak: the card's FP32 (CUDA-core, non-tensor) rate, ~40 TFLOP/s. */
export const cardFp32PeakFlopsPerSecond = peakFlopsPerSecond(card, scenario.precision);
/** The same card's dense tensor-core BF16 peak (FP32 accumulate): what mixed precision uses. */
export const cardBf16PeakFlopsPerSecond = peakFlopsPerSecond(card, 'bf16');
/** The note's utilisation (0.9) and year (365.25 days, in seconds). */
export const noteUtilization = scenario.utilization;
export const yearSeconds = scenario.seconds;
export const devices = scenario.devices;

/** FLOP one RTX 4070 Ti delivers in a year at 90 % of its FP32 peak (the note's 1.14e21). */
export const budgetFlops = computeBudget({
	peakFlopsPerSecond: cardFp32PeakFlopsPerSecond,
	devices,
	seconds: yearSeconds,
	utilization: noteUtilization,
});
/** The same year at 90 % of the tensor-core BF16 peak. */
export const budgetBf16Flops = computeBudget({
	peakFlopsPerSecond: cardBf16PeakFlopsPerSecond,
	devices,
	seconds: yearSeconds,
	utilization: noteUtilization,
});

/**
 * Props of the article's `ComputeBudgetCalculator`: the note's card, precision, card count,
 * utilisation (in percent, as the calculator takes it) and year, so the calculator starts from
 * the budget the article computes.
 */
export const budgetCalculator = {
	gpuId: card.id,
	precision: scenario.precision,
	devices,
	mfu: noteUtilization * 100,
	seconds: yearSeconds,
};

// ---------------------------------------------------------------------------------------------
// The target: GPT-3 175B, the stand-in for GPT-3.5.

export const gpt3 = modelById(scenario.target.modelId);
export const gpt3Run = publishedRunById(scenario.target.runId);
/** GPT-3 175B's parameters counted from its Table 2.1 configuration (174.6 B). */
export const params = countParams(gpt3.arch);
/** Layers and width (Table 2.1), inputs shown in the text. */
export const layers = gpt3.arch.layers;
export const dModel = gpt3.arch.dModel;
export const context = gpt3.arch.context;
/** Tokens GPT-3 was trained on (300 B, Table 2.1 caption / Table D.1). */
export const tokens = published(gpt3Run, 'tokens');
/** What the paper reports (Table D.1): 3.14e23 FLOP. */
export const publishedFlops = published(gpt3Run, 'totalFlops');
/** 6·N·D from the counted parameters. */
export const flops = trainingFlops({ params, tokens });
/** With the attention term (6N + 12·L·d·T per token): what a MFU measurement would count. */
export const flopsWithAttention = flopsForTokens({
	flopsPerToken: flopsPerToken(gpt3.arch),
	tokens,
});

/** One 4070 Ti GPU-year as a fraction of GPT-3's compute (≈ 0.36 %). */
export const fraction = budgetFlops / flops;
/** How many such GPU-years GPT-3 takes (≈ 276). */
export const cardYears = gpuYears(
	trainingTime({
		flops,
		peakFlopsPerSecond: cardFp32PeakFlopsPerSecond,
		devices,
		utilization: noteUtilization,
	}),
);
/** The same with the tensor-core BF16 peak (mixed precision): about half as many. */
export const fractionBf16 = budgetBf16Flops / flops;
export const cardYearsBf16 = gpuYears(
	trainingTime({
		flops,
		peakFlopsPerSecond: cardBf16PeakFlopsPerSecond,
		devices,
		utilization: noteUtilization,
	}),
);
/** How much faster the tensor cores are than the FP32 path on this card (×2). */
export const tensorSpeedup = cardBf16PeakFlopsPerSecond / cardFp32PeakFlopsPerSecond;

// ---------------------------------------------------------------------------------------------
// The same job on one A100 and one H100 (dense BF16 tensor-core peaks), at the note's 90 %,
// at the realistic 30-50 % MFU large runs reach, and at 100 % of peak.

export const [mfuLow, mfuHigh] = scenario.realisticMfu;
export const peakUtilization = 1;

function yearsOn(gpu: Gpu, utilization: number): number {
	return gpuYears(
		trainingTime({
			flops,
			peakFlopsPerSecond: peakFlopsPerSecond(gpu, 'bf16'),
			devices: 1,
			utilization,
		}),
	);
}

function datacenter(id: string) {
	const gpu = gpuById(id);
	return {
		gpu,
		peakFlopsPerSecond: peakFlopsPerSecond(gpu, 'bf16'),
		yearsAtPeak: yearsOn(gpu, peakUtilization),
		yearsAtNote: yearsOn(gpu, noteUtilization),
		yearsAtHighMfu: yearsOn(gpu, mfuHigh),
		yearsAtLowMfu: yearsOn(gpu, mfuLow),
	};
}

/** The note's comparison card: A100 SXM4 80GB, 312 TFLOP/s dense BF16. */
export const a100 = datacenter(scenario.comparison.gpuId);
/** H100 SXM5 80GB, 989.4 TFLOP/s dense BF16. */
export const h100 = datacenter('h100-sxm');

// ---------------------------------------------------------------------------------------------
// Memory: 16 bytes per parameter for weights, gradients and Adam state in mixed precision.

export const memory = trainingMemory({ arch: gpt3.arch, microBatch: 1 });
export const bytesPerParam =
	memory.bytesPerParam.weights + memory.bytesPerParam.gradients + memory.bytesPerParam.optimizer;
/** Weights + gradients + optimizer state (≈ 2.8 TB), before any activation. */
export const stateBytes = memory.weights + memory.gradients + memory.optimizer;
/** Activations of one 2,048-token sequence (FlashAttention, no recomputation). */
export const activationBytesPerSequence = memory.activations;
/** The card's 12 GB and an A100's 80 GB, in bytes (GiB, as the core reads card memory). */
export const cardMemoryBytes = card.memoryBytes;
export const a100MemoryBytes = a100.gpu.memoryBytes;
/** Cards needed just to hold the model state, before activations. */
export const cardsForState = Math.ceil(stateBytes / cardMemoryBytes);
export const a100sForState = Math.ceil(stateBytes / a100MemoryBytes);
/** The note's "hundreds of GB" (its lower reading, 100 GB) against the state. */
export const noteMemoryBytes = scenario.claims.memoryBytesAtLeast;
