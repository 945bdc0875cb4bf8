/**
 * Figures for the article "gpt-2-one-gpu" (Can one GPU train GPT-2?), computed once from the
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
	chinchillaOptimal,
	chinchillaOptimalTokens,
	computeBudget,
	cardMemoryBytes,
	countParams,
	maxBatchThatFits,
	mfu,
	trainingFlops,
	trainingMemory,
	trainingTime,
	BYTES_PER_GIB,
	type ChinchillaFit,
	type MemoryInput,
	type Precision,
} from '../core/index.ts';
import {
	gpt2Scenario,
	gpuById,
	modelById,
	peakFlopsPerSecond,
	publishedRunById,
	type PublishedRun,
} from '../data/index.ts';
import { byteUnit, formatNumber } from '../format/index.ts';
import type { Locale } from '../i18n/locales.ts';

/** A published figure the article needs; throws when the data lacks it (no silent fallback). */
function published<K extends keyof PublishedRun>(
	run: PublishedRun,
	key: K,
): NonNullable<PublishedRun[K]> {
	const value = run[key];
	if (value === undefined || value === null) {
		throw new Error(`gpt-2-one-gpu: published run ${run.id} has no ${String(key)}`);
	}
	return value as NonNullable<PublishedRun[K]>;
}

/** `x` rounded to `digits` significant digits, so a displayed operand is exactly what is shown. */
export function roundSig(x: number, digits: number): number {
	return Number(x.toPrecision(digits));
}

function runOf(modelId: string) {
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

const xlRun = runOf('gpt2-xl');
const smallRun = runOf('gpt2');
const gopherRun = runOf('gopher-1.4b');

/** GPT-2's token count as the note estimates it (never published by OpenAI). */
export const originalTokens = xlRun.tokens;
if (xlRun.tokensEstimate !== true)
	throw new Error('gpt-2-one-gpu: expected the ~10 B to be marked an estimate');

// ------------------------------------------------------------------ the note's one-GPU-year budget

const budgetGpu = gpuById(gpt2Scenario.gpuId);
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

const memoryBase = (arch: MemoryInput['arch']): Omit<MemoryInput, 'microBatch'> => ({
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

// ------------------------------------------------------------------ the note's slips

/** The note's GPT-2 small inputs: 124 M parameters (rounded) on ~3.3 B tokens (Korbak 2022). */
export const noteSmallParams = smallRun.params;
export const noteSmallTokens = smallRun.tokens;
/** 6 × 124 M × 3.3 B = 2.4552 × 10¹⁸, which rounds to 2.46 × 10¹⁸. */
export const noteSmallFlops = trainingFlops({ params: noteSmallParams, tokens: noteSmallTokens });
/** What the note wrote instead: 2.37 × 10¹⁸. */
export const noteSmallFlopsClaimed = gpt2Scenario.claims.smallFlops;
/** The ratio as a reader checks it from the rounded figures: 1.14 × 10²¹ / 2.46 × 10¹⁸ ≈ 463. */
export const smallRatio = roundSig(budgetFlops, 3) / roundSig(noteSmallFlops, 3);
/** The note's "more than 480 times". */
export const smallRatioClaimed = gpt2Scenario.claims.smallRatio;
/** The ratio the note's own (wrong) 2.37 × 10¹⁸ gives: ≈ 481, which is where its 480 comes from. */
export const smallRatioFromClaim = roundSig(budgetFlops, 3) / noteSmallFlopsClaimed;

// ------------------------------------------------------------------ Gopher 1.4 B on 300 B tokens

export const gopherParams = gopherRun.params;
export const gopherTokens = gopherRun.tokens;
/** 6 × 1.4 B × 300 B = 2.52 × 10²¹ FLOP. */
export const gopherFlops = trainingFlops({ params: gopherParams, tokens: gopherTokens });
export const gopherTokensPerParam = gopherTokens / gopherParams;
/** Compute-optimal tokens for a 1.4 B model, by fit. */
export const gopherOptimalTokens = Object.fromEntries(
	FITS.map((fit) => [fit, optimalTokensFor(gopherParams, fit)]),
) as Record<ChinchillaFit, number>;
/** What Gopher's 2.52 × 10²¹ FLOP would buy at the optimum, by fit. */
export const gopherBudgetOptimum = Object.fromEntries(
	FITS.map((fit) => [fit, chinchillaOptimal(gopherFlops, fit)]),
) as Record<ChinchillaFit, { params: number; tokens: number }>;
/** How many times the rule's tokens Gopher 1.4 B saw. */
export const gopherOverTraining = gopherTokens / gopherOptimalTokens.tokens20;

/** The one-year budget's own optimum, by fit (what the card's year would be best spent on). */
export const budgetOptimum = Object.fromEntries(
	FITS.map((fit) => [fit, chinchillaOptimal(budgetFlops, fit)]),
) as Record<ChinchillaFit, { params: number; tokens: number }>;

/** Spread of the three fits' optimal tokens for GPT-2 small and XL (largest / smallest). */
const spread = (r: Record<ChinchillaFit, number>) => {
	const v = FITS.map((f) => r[f]);
	return Math.max(...v) / Math.min(...v);
};
export const smallFitSpread = spread(small.optimalTokens);
export const xlFitSpread = spread(xl.optimalTokens);

// ------------------------------------------------------------------ time

/** GPT-2 small at ~10 B tokens on an RTX 4070 Ti, as the worked formula shows it (four digits). */
const shownFlops = roundSig(small.flops, 4);
const shownPeak = roundSig(timePeaks['rtx-4070-ti'], 4);
export const smallTimeShown = {
	flops: shownFlops,
	peak: shownPeak,
	mfu: MFU,
	seconds: shownFlops / (shownPeak * MFU),
};
/** The RTX 4070 Ti's tensor-core BF16 peak at MFU against the note's 90 % of FP32. */
export const tensorAtMfu = timePeaks['rtx-4070-ti'] * MFU;
export const fp32AtNote = budgetPeakFlopsPerSecond * budgetUtilization;

// ------------------------------------------------------------------ published reproductions

const nanogpt = publishedRunById('nanogpt-gpt2-124m-reproduction');
const llmc = publishedRunById('llmc-gpt2-124m-reproduction');
const llmcXl = publishedRunById('llmc-gpt2-1558m-reproduction');

function reproduction(run: PublishedRun) {
	const model = modelById(published(run, 'modelId'));
	const params = countParams(model.arch);
	const tokens = published(run, 'tokens');
	const devices = published(run, 'devices');
	const wallSeconds = published(run, 'wallSeconds');
	const peak = peakFlopsPerSecond(gpuById(published(run, 'gpuId')), 'bf16');
	const flops = trainingFlops({ params, tokens });
	return {
		params,
		tokens,
		devices,
		wallSeconds,
		peak,
		flops,
		/** MFU implied by 6·N·D over the published wall time. */
		impliedMfu: mfu({
			flopsPerStep: flops,
			secondsPerStep: wallSeconds,
			peakFlopsPerSecond: peak,
			devices,
		}),
		/** The time the article's method predicts at the published MFU, when there is one. */
		predictedSeconds:
			run.mfu === undefined
				? undefined
				: trainingTime({ flops, peakFlopsPerSecond: peak, devices, utilization: run.mfu }),
		/** The same run on one card at the article's MFU. */
		oneCardSeconds: trainingTime({ flops, peakFlopsPerSecond: peak, devices: 1, utilization: MFU }),
	};
}

export const nanogptRun = reproduction(nanogpt);
export const llmcRun = {
	...reproduction(llmc),
	publishedMfu: published(llmc, 'mfu'),
	costUsd: published(llmc, 'costUsd'),
};
export const llmcXlRun = {
	params: countParams(modelById(published(llmcXl, 'modelId')).arch),
	devices: published(llmcXl, 'devices'),
	wallSeconds: published(llmcXl, 'wallSeconds'),
	costUsd: published(llmcXl, 'costUsd'),
};

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

// ------------------------------------------------------------------ chart data

/** The parts of the stacked memory bars, in stacking order. */
export const MEMORY_PARTS = [
	'weights',
	'gradients',
	'optimizer',
	'activations',
	'logits',
	'overhead',
] as const;
export type MemoryPart = (typeof MEMORY_PARTS)[number];

/** Bar labels of the chart: model names, the same in every language. */
const GPT2_LABELS: Record<(typeof GPT2_IDS)[number], string> = {
	gpt2: 'GPT-2 small',
	'gpt2-medium': 'GPT-2 medium',
	'gpt2-large': 'GPT-2 large',
	'gpt2-xl': 'GPT-2 XL',
};

/**
 * Data for the stacked bar chart of training memory per GPT-2 size (bytes, micro-batch 1)
 * against 12, 16, 24 and 80 GB cards (read as GiB, as vendors mean them).
 */
export const memoryChart = {
	microBatch: CHART_MICRO_BATCH,
	bars: sizes.map((s) => ({
		id: s.id,
		label: GPT2_LABELS[s.id as (typeof GPT2_IDS)[number]],
		params: s.params,
		parts: Object.fromEntries(MEMORY_PARTS.map((p) => [p, s.memory[p]])) as Record<
			MemoryPart,
			number
		>,
		total: s.memory.total,
	})),
	thresholds: cardBytes,
};

/**
 * Props for `StackedBarChart` in one language: values in GiB (the axis's display unit, written
 * "Gio" in French), the parts and card labels in that language, numbers formatted by src/format.
 */
export function memoryChartProps(
	locale: Locale,
	labels: { parts: Record<MemoryPart, string>; card: (gb: string) => string },
) {
	return {
		locale,
		bars: memoryChart.bars.map((b) => ({
			label: b.label,
			parts: MEMORY_PARTS.map((key) => ({
				key,
				label: labels.parts[key],
				value: b.parts[key] / BYTES_PER_GIB,
			})),
		})),
		references: memoryChart.thresholds.map((t) => ({
			label: labels.card(formatNumber(t.gb, locale)),
			value: t.bytes / BYTES_PER_GIB,
		})),
		formatValue: (v: number) => `${formatNumber(v, locale)}\u00a0${byteUnit('GiB', locale)}`,
	};
}

// ------------------------------------------------------------------ links

/**
 * Source links cited inline, shared by the four languages (the same URLs as the frontmatter's
 * `sources`; kept here because arXiv ids and commit hashes look like typed figures in prose).
 */
export const links = {
	radford:
		'https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf',
	nanogptModel:
		'https://github.com/karpathy/nanoGPT/blob/3adf61e154c3fe3fca428ad6bc3818b27a3b8291/model.py',
	nanogptReadme:
		'https://github.com/karpathy/nanoGPT/blob/3adf61e154c3fe3fca428ad6bc3818b27a3b8291/README.md',
	llmc: 'https://github.com/karpathy/llm.c/discussions/481',
	llmcXl: 'https://github.com/karpathy/llm.c/discussions/677',
	kaplan: 'https://arxiv.org/abs/2001.08361',
	hoffmann: 'https://arxiv.org/abs/2203.15556',
	besiroglu: 'https://arxiv.org/abs/2404.10102',
	rae: 'https://arxiv.org/abs/2112.11446',
	korbak: 'https://tomekkorbak.com/2022/10/10/compute-optimal-gpt2/',
	zero: 'https://arxiv.org/abs/1910.02054',
	korthikanti: 'https://arxiv.org/abs/2205.05198',
	dettmers: 'https://arxiv.org/abs/2110.02861',
	lora: 'https://arxiv.org/abs/2106.09685',
} as const;
