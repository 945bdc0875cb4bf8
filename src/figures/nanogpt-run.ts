/**
 * Figures for the article "nanogpt-run" (What a nanoGPT training run needs), computed once from
 * the core and the nanoGPT note's inputs (`nanogptScenario`), shared by the four language versions.
 *
 * Conventions named in the article:
 * - Compute: 6·N·D with N as nanoGPT prints it (no position table). Step time and MFU use
 *   nanoGPT's own `estimate_mfu` count, 6N + 12·L·d·T per token (PaLM App. B), via `flopsPerToken`.
 * - Peak: the RTX 4070's dense tensor-core BF16 peak with FP32 accumulate (what autocast uses),
 *   not its FP32 (CUDA-core) peak and not a sparse figure.
 * - Memory: GiB; the card's "12 GB" is 12 GiB (`memoryBytes` in gpus.ts).
 * - Electricity price: an assumption, labelled as one in the article: the range the note's own
 *   figures imply (its USD cost for its kWh), since the note states no price per kWh.
 *
 * Values named `shown*` are pre-rounded so that every worked formula checks by hand at the
 * precision it is displayed (test/content/nanogpt-run.test.ts redoes each one).
 */
import {
	EstimateError,
	SECONDS_PER_HOUR,
	chinchillaOptimal,
	countParams,
	energy,
	flopsPerToken,
	mfu,
	runPlan,
	trainingFlops,
	trainingMemory,
	trainingTime,
} from '../core/index.ts';
import { gpuById, modelById, nanogptScenario, peakFlopsPerSecond } from '../data/index.ts';
import { formatPercent, formatPlain } from '../format/index.ts';
import type { Locale } from '../i18n/locales.ts';

const s = nanogptScenario;
const model = modelById(s.modelId);
const gpu = gpuById(s.gpuId);

/** Round to `digits` significant digits, as a formula displays a value. */
function sig(x: number, digits: number): number {
	return Number(x.toPrecision(digits));
}

// ------------------------------------------------------------------ the run's inputs

export const arch = model.arch;
export const layers = arch.layers;
export const heads = arch.heads;
export const dModel = arch.dModel;
export const vocab = arch.vocab;
export const context = s.context;
export const microBatch = s.microBatch;
export const gradAccum = s.gradAccum;
export const iters = s.iters;
export const datasetTokens = s.datasetTokens;
export const watts = s.watts;
export const gpuName = gpu.name;

if (arch.context !== s.context) {
	throw new Error(
		`nanogpt-run: the model's context (${arch.context}) is not the run's (${s.context})`,
	);
}

// ------------------------------------------------------------------ tokens

const plan = runPlan({
	microBatch,
	context,
	gradAccum,
	iters,
	devices: s.devices,
	datasetTokens,
});
/** 16 × 1024 × 32 tokens per optimizer step (nanoGPT's "tokens per iteration"). */
export const tokensPerIter = plan.tokensPerStep;
/** Tokens one forward/backward pass sees: micro-batch × context. */
export const tokensPerMicroStep = plan.tokensPerMicroStep;
export const totalTokens = plan.totalTokens;
if (plan.epochs === null) throw new Error('nanogpt-run: the scenario has no dataset size');
export const epochs = plan.epochs;

// ------------------------------------------------------------------ parameters

/** Parameters as nanoGPT prints them (get_num_params leaves out the position table). */
export const params = countParams(arch, { excludePositionEmbeddings: true });
/** All parameters, the learned position table included (what memory holds). */
export const paramsWithPositions = countParams(arch);
export const positionParams = paramsWithPositions - params;
/** The note's count, to set beside ours. */
export const noteParams = s.claims.params;

// ------------------------------------------------------------------ compute

/** 6 · N · D. */
export const flops = trainingFlops({ params, tokens: totalTokens });
/** What the note wrote (2.55 × 10¹⁵), and how far off it is (a power of ten, rounded). */
export const noteFlops = s.claims.flops;
export const noteFlopsFactor = 10 ** Math.round(Math.log10(flops / noteFlops));
/** Per token, nanoGPT's estimate_mfu count: 6N + 12·L·d·T. */
export const flopsPerTokenWithAttention = flopsPerToken(arch);
export const sixN = 6 * params;
export const attentionFlopsPerToken = flopsPerTokenWithAttention - sixN;
/** Attention's share on top of 6N (a fraction of 6N). */
export const attentionExtra = attentionFlopsPerToken / sixN;
/** Model FLOP in one optimizer step (32 micro-steps of 16 × 1024 tokens). */
export const flopsPerIter = flopsPerTokenWithAttention * tokensPerIter;
/** The whole run counted the way MFU counts it. */
export const flopsWithAttention = flopsPerIter * iters;

// ------------------------------------------------------------------ the card's peaks

/** Dense tensor-core BF16 peak with FP32 accumulate: the MFU denominator for this run. */
export const peakBf16 = peakFlopsPerSecond(gpu, s.precision);
/** FP32 on the CUDA cores, for contrast (not what mixed-precision training uses). */
export const peakFp32 = peakFlopsPerSecond(gpu, 'fp32');
/** nanoGPT's estimate_mfu denominator: an A100's BF16 peak, whatever the GPU. */
export const nanogptPeak = s.nanogptMfuPeakFlopsPerSecond;
/** How much nanoGPT's printed MFU understates the real one on this card. */
export const nanogptPeakRatio = nanogptPeak / peakBf16;

/** The fastest an iteration can be: every FLOP at the dense peak (100 % MFU). */
export const minSecondsPerIter = trainingTime({
	flops: flopsPerIter,
	peakFlopsPerSecond: peakBf16,
	devices: s.devices,
	utilization: 1,
});
export const minWallSeconds = minSecondsPerIter * iters;

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

// ------------------------------------------------------------------ chart data

/**
 * The run's wall time against seconds per iteration: x in seconds per iteration, y in hours
 * for 20,000 iterations (the axis's display unit). Below `impossibleBelow` the card would exceed
 * its dense BF16 peak; `mfuMarks` are the step times that the realistic MFU range implies.
 */
export const wallTimeChart = (() => {
	const xMin = 2;
	const xMax = 10;
	const points: [number, number][] = [];
	for (let x = xMin; x <= xMax + 1e-9; x += 0.25) points.push([x, (x * iters) / SECONDS_PER_HOUR]);
	const mfuLevels = [s.realisticMfu[1], realisticMfu, s.realisticMfu[0]];
	return {
		xMin,
		xMax,
		/** Seconds per iteration at 100 % MFU. */
		impossibleBelow: minSecondsPerIter,
		points,
		mfuMarks: mfuLevels.map((u) => ({ mfu: u, secondsPerIter: minSecondsPerIter / u })),
		claims: [fastestClaim, slowestClaim].map((c) => ({
			secondsPerIter: c.secondsPerIter,
			hours: c.wallSeconds / SECONDS_PER_HOUR,
		})),
	};
})();

/** The chart's words in one language (numbers come from src/format). */
export type WallTimeChartWords = {
	title: string;
	desc: string;
	xLabel: string;
	yLabel: string;
	line: string;
	impossible: string;
	/** Label of a claimed point, before its seconds per iteration. */
	claim: string;
};

/** Props for `<LineChart>` in `locale`. */
export function wallTimeChartProps(locale: Locale, words: WallTimeChartWords) {
	const seconds = (v: number) => `${formatPlain(v, locale)} s`;
	return {
		locale,
		title: words.title,
		desc: words.desc,
		x: { label: words.xLabel, format: seconds },
		y: { label: words.yLabel, format: (v: number) => formatPlain(v, locale) },
		series: [{ label: words.line, points: wallTimeChart.points }],
		regions: [
			{ from: wallTimeChart.xMin, to: wallTimeChart.impossibleBelow, label: words.impossible },
		],
		markers: wallTimeChart.mfuMarks.map((m) => ({
			x: m.secondsPerIter,
			label: `MFU ${formatPercent(m.mfu, locale)}`,
		})),
		points: wallTimeChart.claims.map((c) => ({
			x: c.secondsPerIter,
			y: c.hours,
			// The value is isolated (LRI … PDI) so it stays whole beside an Arabic word.
			label: `${words.claim} \u2066${seconds(c.secondsPerIter)}\u2069`,
		})),
	};
}

// ------------------------------------------------------------------ sources cited inline

/**
 * The sources the article links inline, in one place for the four languages (their URLs hold
 * digits that a reader never sees; the frontmatter lists the same ones).
 */
const NANOGPT_COMMIT =
	'https://github.com/karpathy/nanoGPT/blob/3adf61e154c3fe3fca428ad6bc3818b27a3b8291';
export const links = {
	nanogptModel: `${NANOGPT_COMMIT}/model.py`,
	nanogptTrain: `${NANOGPT_COMMIT}/train.py`,
	adaWhitepaper: gpu.source.url,
	kaplan: 'https://arxiv.org/abs/2001.08361',
	palm: 'https://arxiv.org/abs/2204.02311',
	zero: 'https://arxiv.org/abs/1910.02054',
	korthikanti: 'https://arxiv.org/abs/2205.05198',
	flashAttention: 'https://arxiv.org/abs/2205.14135',
	muennighoff: 'https://arxiv.org/abs/2305.16264',
	hoffmann: 'https://arxiv.org/abs/2203.15556',
	epoch: 'https://arxiv.org/abs/2404.10102',
} as const;
