/**
 * nanogpt-run, the run's inputs, tokens, parameters, compute and the card's peaks. Conventions: see src/figures/nanogpt-run.ts.
 */
import {
	countParams,
	flopsPerToken,
	runPlan,
	trainingFlops,
	trainingTime,
} from '../../core/index.ts';
import { gpuById, modelById, nanogptScenario, peakFlopsPerSecond } from '../../data/index.ts';

export const s = nanogptScenario;
export const model = modelById(s.modelId);
export const gpu = gpuById(s.gpuId);

/** Round to `digits` significant digits, as a formula displays a value. */
export function sig(x: number, digits: number): number {
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
