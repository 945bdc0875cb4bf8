/**
 * gpt-2-one-gpu, part 3: memory (why XL does not fit a 12 GB card and what would make it fit),
 * fine-tuning, and the props of the article's calculators.
 */
import {
	cardMemoryBytes,
	maxBatchThatFits,
	trainingFlops,
	trainingMemory,
	trainingTime,
	type Precision,
} from '../../core/index.ts';
import { gpt2Scenario, modelById } from '../../data/index.ts';
import {
	CARD_GB,
	CHART_MICRO_BATCH,
	FINE_TUNE_TOKENS,
	MFU,
	budgetGpu,
	budgetSeconds,
	budgetUtilization,
	memoryBase,
	originalTokens,
	timePeaks,
	xl,
	xlRun,
	xlShown,
} from './sizes.ts';

// ------------------------------------------------------------------ memory

export const cardBytes = CARD_GB.map((gb) => ({ gb, bytes: cardMemoryBytes(gb) }));
export const card12Bytes = cardMemoryBytes(12);
/** Mixed-precision Adam: bytes per parameter (2 + 2 + 12). */
export const bytesPerParam =
	xl.memory.bytesPerParam.weights +
	xl.memory.bytesPerParam.gradients +
	xl.memory.bytesPerParam.optimizer;
/** XL's weights, gradients and Adam state alone, bytes. */
export const xlModelState = xl.memory.weights + xl.memory.gradients + xl.memory.optimizer;
/** The same as the worked formula shows it: 16 × 1.558 × 10⁹ bytes. */
export const xlModelStateShown = {
	bytesPerParam,
	params: xlShown.params,
	bytes: bytesPerParam * xlShown.params,
};
/** XL at a micro-batch of 8 sequences, for the note's "~50 GB+". */
export const xlMemoryAt8 = trainingMemory({
	...memoryBase(modelById('gpt2-xl').arch),
	microBatch: 8,
});
export const noteXlMemoryClaim = gpt2Scenario.claims.xlTrainingMemoryBytes;

const xlArch = modelById('gpt2-xl').arch;
/** What the core's levers do for XL on a 12 GB card. */
export const xlFit12 = maxBatchThatFits({ ...memoryBase(xlArch), capacityBytes: card12Bytes });
/** XL with every single-card lever at once (full recomputation and 8-bit Adam), micro-batch 1. */
export const xlAllLevers = trainingMemory({
	...memoryBase(xlArch),
	microBatch: 1,
	recompute: 'full',
	optimizer: 'adam-8bit',
});
/** Largest card size (of the chart's) on which XL fits with those levers. */
export const xlAllLeversFit = Object.fromEntries(
	CARD_GB.map((gb) => [
		gb,
		maxBatchThatFits({
			...memoryBase(xlArch),
			recompute: 'full',
			optimizer: 'adam-8bit',
			capacityBytes: cardMemoryBytes(gb),
		}).microBatch,
	]),
) as Record<(typeof CARD_GB)[number], number>;
/** XL with 8-bit Adam alone on a 24 GB card: the largest micro-batch. */
export const xl24With8bit = maxBatchThatFits({
	...memoryBase(xlArch),
	optimizer: 'adam-8bit',
	capacityBytes: cardMemoryBytes(24),
});
/** Pure 16-bit training (no fp32 master copy) with 8-bit Adam and full recomputation, micro-batch 1. */
export const xlPure16 = trainingMemory({
	...memoryBase(xlArch),
	microBatch: 1,
	recompute: 'full',
	optimizer: 'adam-8bit',
	masterWeights: false,
});
/** The 8-bit Adam model state per parameter in mixed precision (2 + 2 + 4 + 2). */
export const bytesPerParam8bit =
	xlAllLevers.bytesPerParam.weights +
	xlAllLevers.bytesPerParam.gradients +
	xlAllLevers.bytesPerParam.optimizer;

// ------------------------------------------------------------------ fine-tuning

/** Compute to fine-tune XL on `FINE_TUNE_TOKENS`, and its time on an RTX 4070 Ti at MFU. */
export const fineTuneFlops = trainingFlops({ params: xl.params, tokens: FINE_TUNE_TOKENS });
export const fineTuneSeconds = trainingTime({
	flops: fineTuneFlops,
	peakFlopsPerSecond: timePeaks['rtx-4070-ti'],
	devices: 1,
	utilization: MFU,
});
/** Fine-tuning tokens as a share of the ~10 B pre-training. */
export const fineTuneShare = FINE_TUNE_TOKENS / originalTokens;
/** XL's frozen 16-bit weights alone (what adapter methods keep of the model state). */
export const xlFrozenWeights = xl.memory.weights;

// ------------------------------------------------------------------ calculators

/**
 * Props of the article's `CanITrainCalculator`: GPT-2 XL on the estimated tokens, on an
 * RTX 4070 Ti in BF16 at `MFU` (in percent, as the calculator takes it), one sequence per step:
 * the case of the time table and the memory table.
 */
export const trainCalculator = {
	modelId: xlRun.modelId,
	tokens: originalTokens,
	gpuId: budgetGpu.id,
	precision: 'bf16' as Precision,
	devices: 1,
	mfu: MFU * 100,
	microBatch: CHART_MICRO_BATCH,
};

/**
 * Props of the article's `ComputeOptimalCalculator`: the note's one-year budget (RTX 4070 Ti,
 * FP32 peak, its utilisation in percent, one year), whose optimum the compute-optimal section gives.
 */
export const optimalCalculator = {
	gpuId: budgetGpu.id,
	precision: gpt2Scenario.precision,
	devices: gpt2Scenario.devices,
	mfu: budgetUtilization * 100,
	seconds: budgetSeconds,
};
