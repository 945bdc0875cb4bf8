/**
 * Figures for the article "gpt-3-5-compute" (Can one GPU-year train GPT-3.5?), computed once
 * from the core and the data and shared by its four language versions.
 *
 * GPT-3.5's own training compute was never published: GPT-3 175B (Brown et al. 2020) stands in
 * for it, as in the original note. Every input comes from src/data; a published figure that is
 * missing there throws instead of being replaced by a guess.
 */
import {
	SECONDS_PER_YEAR,
	computeBudget,
	countParams,
	flopsForTokens,
	flopsPerToken,
	gpuYears,
	hfu,
	mfu,
	runPlan,
	trainingFlops,
	trainingMemory,
	trainingTime,
} from '../core/index.ts';
import {
	gpt2Scenario,
	gpt35Scenario,
	gpuById,
	modelById,
	nanogptScenario,
	peakFlopsPerSecond,
	publishedRunById,
	type Gpu,
	type PublishedRun,
} from '../data/index.ts';
import { formatParams } from '../format/index.ts';
import type { Locale } from '../i18n/locales.ts';

/** A published figure the article needs; throws when src/data lacks it. */
function published<K extends keyof PublishedRun>(
	run: PublishedRun,
	key: K,
): NonNullable<PublishedRun[K]> {
	const value = run[key];
	if (value === undefined || value === null) {
		throw new Error(`gpt-3-5-compute: ${run.id} has no published ${String(key)} in src/data`);
	}
	return value as NonNullable<PublishedRun[K]>;
}

const scenario = gpt35Scenario;

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

const gpt3 = modelById(scenario.target.modelId);
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

const memory = trainingMemory({ arch: gpt3.arch, microBatch: 1 });
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

// ---------------------------------------------------------------------------------------------
// What it really took: published figures.

/** Narayanan et al. 2021 (Megatron-LM): 1,024 A100s at 140 TFLOP/s each, 34 days. */
export const megatron = publishedRunById('gpt3-175b-megatron-projection');
export const megatronDevices = published(megatron, 'devices');
export const megatronFlopsPerDevice = published(megatron, 'flopsPerSecondPerDevice');
/** The paper's "34 days". */
export const megatronPublishedSeconds = published(megatron, 'wallSeconds');
/** Hardware FLOP with full activation recomputation, attention left out as in their eq. 4 (≈ 8·N·D). */
export const megatronHardwareFlops = flopsForTokens({
	flopsPerToken: flopsPerToken(gpt3.arch, { attention: false, recompute: 'full' }),
	tokens: published(megatron, 'tokens'),
});
/** Their 140 TFLOP/s counts the recomputed forward pass: time at that rate (≈ 34 days). */
export const megatronSeconds = trainingTime({
	flops: megatronHardwareFlops,
	peakFlopsPerSecond: megatronFlopsPerDevice,
	devices: megatronDevices,
	utilization: 1,
});
export const megatronGpuYears = gpuYears(megatronSeconds, megatronDevices);
/** 140 of 312 TFLOP/s: hardware FLOP utilisation (recomputation counted). */
export const megatronHfu = hfu({
	hardwareFlopsPerStep: megatronHardwareFlops,
	secondsPerStep: megatronSeconds,
	peakFlopsPerSecond: a100.peakFlopsPerSecond,
	devices: megatronDevices,
});
/** The model FLOP utilisation the same run implies (6·N·D only). */
export const megatronMfu = mfu({
	flopsPerStep: flops,
	secondsPerStep: megatronSeconds,
	peakFlopsPerSecond: a100.peakFlopsPerSecond,
	devices: megatronDevices,
});

/** Lambda's "355 GPU-years": one V100 at a theoretical 28 TFLOP/s, 100 % of the time. */
export const lambda = publishedRunById('gpt3-175b-lambda-estimate');
export const lambdaFlopsPerSecond = published(lambda, 'flopsPerSecondPerDevice');
export const lambdaGpuYears = gpuYears(
	trainingTime({
		flops: published(lambda, 'totalFlops'),
		peakFlopsPerSecond: lambdaFlopsPerSecond,
		devices: 1,
		utilization: 1,
	}),
);
/** The V100 SXM2's dense FP16 tensor peak (125 TFLOP/s), what GPT-3's cluster offered. */
export const v100 = gpuById('v100-sxm2-32gb');
export const v100TensorFlopsPerSecond = peakFlopsPerSecond(v100, 'fp16');
export const v100YearsAtPeak = gpuYears(
	trainingTime({
		flops,
		peakFlopsPerSecond: v100TensorFlopsPerSecond,
		devices: 1,
		utilization: 1,
	}),
);

// ---------------------------------------------------------------------------------------------
// The chart: training compute of known runs against one GPU-year of four cards.

/** The chart's GPU-years: dense BF16 tensor-core peak at 40 % MFU (inside the 30-50 % range). */
export const chartPrecision = 'bf16' as const;
export const chartUtilization = 0.4;

function gpt2Flops(modelId: string): number {
	const xl = gpt2Scenario.runs.find((r) => r.modelId === 'gpt2-xl');
	if (!xl) throw new Error('gpt-3-5-compute: the GPT-2 scenario lost its XL run');
	// GPT-2's token count was never published: ~10 B tokens is the GPT-2 note's estimate.
	return trainingFlops({ params: countParams(modelById(modelId).arch), tokens: xl.tokens });
}

const nanogptModel = modelById(nanogptScenario.modelId);
const nanogptTokens = runPlan({
	microBatch: nanogptScenario.microBatch,
	context: nanogptScenario.context,
	gradAccum: nanogptScenario.gradAccum,
	iters: nanogptScenario.iters,
}).totalTokens;
const chinchillaRun = publishedRunById('chinchilla-70b-training');
const llamaRun = publishedRunById('llama3.1-405b-training');

function yearOf(id: string): number {
	return computeBudget({
		peakFlopsPerSecond: peakFlopsPerSecond(gpuById(id), chartPrecision),
		devices: 1,
		seconds: SECONDS_PER_YEAR,
		utilization: chartUtilization,
	});
}

/** Training compute of the runs the chart shows (6·N·D). */
/** The note's nanoGPT model, counted as nanoGPT prints it (no position table). */
export const nanogptParams = countParams(nanogptModel.arch, { excludePositionEmbeddings: true });
export const nanogptFlops = trainingFlops({
	params: nanogptParams,
	tokens: nanogptTokens,
});
export const gpt2XlFlops = gpt2Flops('gpt2-xl');
export const chinchillaFlops = trainingFlops({
	params: chinchillaRun.params,
	tokens: published(chinchillaRun, 'tokens'),
});
export const llamaFlops = trainingFlops({
	params: llamaRun.params,
	tokens: published(llamaRun, 'tokens'),
});

export type ComputeBar = {
	/** Stable id: a model or published-run id, or `year-<gpu id>`. */
	readonly id: string;
	/**
	 * Label as papers and vendors write it (not translated). For the nanoGPT run, which has no
	 * published name, `params` adds its size in the reader's magnitude words (see `chartBars`).
	 */
	readonly label: string;
	readonly params?: number;
	/** 'run': a training run's compute; 'budget': what one GPU-year delivers. */
	readonly kind: 'run' | 'budget';
	/** FLOP (an amount). */
	readonly value: number;
};

/**
 * Training compute by 6·N·D (N counted from the configuration for nanoGPT, GPT-2 and GPT-3, as
 * published for Chinchilla and Llama 3; D as published or, for GPT-2, estimated) against one GPU-year at 40 % of the dense BF16 peak. Ordered smallest first.
 */
export const computeChart: readonly ComputeBar[] = [
	{
		id: 'nanogpt-note-40m',
		label: 'nanoGPT',
		params: nanogptParams,
		kind: 'run' as const,
		value: nanogptFlops,
	},
	{ id: 'gpt2', label: 'GPT-2 124M', kind: 'run' as const, value: gpt2Flops('gpt2') },
	{ id: 'gpt2-medium', label: 'GPT-2 355M', kind: 'run' as const, value: gpt2Flops('gpt2-medium') },
	{ id: 'gpt2-large', label: 'GPT-2 774M', kind: 'run' as const, value: gpt2Flops('gpt2-large') },
	{ id: 'gpt2-xl', label: 'GPT-2 1.5B', kind: 'run' as const, value: gpt2XlFlops },
	{
		id: 'year-rtx-4070-ti',
		label: 'RTX 4070 Ti',
		kind: 'budget' as const,
		value: yearOf('rtx-4070-ti'),
	},
	{ id: 'year-rtx-4090', label: 'RTX 4090', kind: 'budget' as const, value: yearOf('rtx-4090') },
	{ id: 'year-a100', label: 'A100', kind: 'budget' as const, value: yearOf('a100-80gb-sxm') },
	{ id: 'year-h100', label: 'H100', kind: 'budget' as const, value: yearOf('h100-sxm') },
	{ id: 'gpt3-175b', label: 'GPT-3 175B', kind: 'run' as const, value: flops },
	{
		id: 'chinchilla-70b',
		label: 'Chinchilla 70B',
		kind: 'run' as const,
		value: chinchillaFlops,
	},
	{
		id: 'llama3-405b',
		label: 'Llama 3 405B',
		kind: 'run' as const,
		value: llamaFlops,
	},
].sort((a, b) => a.value - b.value);

/** The chart's one-GPU-year bars by GPU, for the prose. */
export const chartYear = {
	rtx4070ti: yearOf('rtx-4070-ti'),
	rtx4090: yearOf('rtx-4090'),
	a100: yearOf('a100-80gb-sxm'),
	h100: yearOf('h100-sxm'),
};

/** GPT-3's compute over one H100-year at the chart's utilisation (how far above the bar it sits). */
export const gpt3OverH100Year = flops / chartYear.h100;
/** GPT-2 XL (1.5 B on the GPT-2 note's ~10 B-token estimate) as a share of one RTX 4070 Ti year. */
export const gpt2XlShareOfCardYear = gpt2XlFlops / chartYear.rtx4070ti;

/** Llama 3.1 405B's published MFU (Table 4, 16,384 H100s, 8K sequences). */
export const llamaMfu = published(llamaRun, 'mfu');
/** The note's claim, "about 35 years on one A100" (a claim, shown beside our figure). */
export const noteA100Years = scenario.claims.a100Years;

/**
 * The model the article is about; its name is data here, not a figure typed into prose. The
 * hyphen is non-breaking (U+2011) so the name never wraps as "GPT-" / "3.5", which in
 * right-to-left text would also split it across the line.
 */
export const GPT35 = 'GPT\u20113.5';

/**
 * Where the article's inline citations point: the same documents as its frontmatter sources,
 * which give the table and section. Published runs carry their own source URL.
 */
export const links = {
	brown: gpt3Run.source.url,
	kaplan: 'https://arxiv.org/abs/2001.08361',
	narayanan: megatron.source.url,
	lambda: lambda.source.url,
	zero: 'https://arxiv.org/abs/1910.02054',
	llama3: llamaRun.source.url,
} as const;

/** Llama 3 405B's compute over GPT-3's. */
export const llamaOverGpt3 = llamaFlops / flops;
/** Llama 3's largest model, by the name its paper uses (released as Llama 3.1 405B). */
export const LLAMA3_405B = 'Llama 3 405B';

/**
 * The chart's bars for `LogBarChart`: runs as 'model', GPT-3 as 'highlight', the GPU-years as
 * 'budget', labelled by the article's own `budgetLabel` (the card's name and "one GPU-year",
 * with the language's own comma). The nanoGPT run's size is written in the reader's magnitude
 * words ("40.56 M", "40,56 M", "40.56 मिलियन", "40.56 مليون").
 */
export function chartBars(
	locale: Locale,
	budgetLabel: (gpu: string) => string,
): { label: string; value: number; tone: 'model' | 'budget' | 'highlight' }[] {
	return computeChart.map((b) => ({
		label:
			b.kind === 'budget'
				? budgetLabel(b.label)
				: b.params === undefined
					? b.label
					: `${b.label} ${formatParams(b.params, locale, { digits: 4 })}`,
		value: b.value,
		tone: b.kind === 'budget' ? 'budget' : b.id === 'gpt3-175b' ? 'highlight' : 'model',
	}));
}
