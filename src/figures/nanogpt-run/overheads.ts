/**
 * nanogpt-run: what the training-step arithmetic leaves out of the wall time (the evaluations
 * nanoGPT runs and the first iteration's compilation), the card's marketed "AI TOPS" against the
 * peak training uses, and the loss a run of this size can be expected to reach.
 */
import { chinchillaLoss, trainingTime } from '../../core/index.ts';
import { publishedRunById, requirePublished } from '../../data/index.ts';
import {
	flopsPerTokenWithAttention,
	iters,
	params,
	peakBf16,
	s,
	tokensPerMicroStep,
	totalTokens,
} from './run.ts';
import { realisticMfu, realisticWallSeconds } from './time.ts';
import { memory, memoryWithoutFlash } from './memory.ts';

// ------------------------------------------------------------------ the card's marketed figure

/** NVIDIA's "AI TOPS" for the RTX 4070 (FP8 with sparsity), and how many times the dense BF16 peak it is. */
export const aiTops = s.marketedAiTops;
export const aiTopsOverBf16 = aiTops / peakBf16;

// ------------------------------------------------------------------ evaluation and compilation

/** nanoGPT evaluates at iteration 0 and every `evalInterval` up to `max_iters` (train.py's loop). */
export const evalInterval = s.evalInterval;
export const evalIters = s.evalIters;
export const evaluations = Math.floor(iters / evalInterval) + 1;
/** Each evaluation: `evalIters` micro-batches of the train split and of the val split, forward only. */
export const evalTokensPerEvaluation = 2 * evalIters * tokensPerMicroStep;
/** A forward pass is a third of forward + backward (2N + 4·L·d·T of 6N + 12·L·d·T per token). */
export const evalFlops = evaluations * evalTokensPerEvaluation * (flopsPerTokenWithAttention / 3);
/** Their time at the same realistic MFU as training. */
export const evalSeconds = trainingTime({
	flops: evalFlops,
	peakFlopsPerSecond: peakBf16,
	devices: s.devices,
	utilization: realisticMfu,
});
/** The first iteration, mostly torch.compile, as the note measured it (~32 s). */
export const compileSeconds = s.firstIterSeconds;
/** Training, evaluations and compilation together. */
export const wallWithOverheadsSeconds = realisticWallSeconds + evalSeconds + compileSeconds;
export const overheadShare = (evalSeconds + compileSeconds) / realisticWallSeconds;

// ------------------------------------------------------------------ expected loss

/**
 * Loss the Chinchilla fit (Epoch AI refit) predicts for this N and D. It is loss on Chinchilla's
 * data and tokenizer, so it says how far the run is from its data limit, not what nanoGPT will
 * print on FineWeb; the published nanoGPT GPT-2 124M run (README: ~2.85 on OpenWebText after
 * ~295 B tokens) is the nearest measured figure, and a 40 M model on 10 B tokens ends above it.
 */
export const fitLoss = chinchillaLoss(params, totalTokens, 'epoch');
const reference = publishedRunById('nanogpt-gpt2-124m-reproduction');
export const referenceLoss = requirePublished(reference, 'finalLoss');
export const referenceParams = reference.params;
export const referenceTokens = requirePublished(reference, 'tokens');

// ------------------------------------------------------------------ the memory estimate's band

/**
 * How far the memory estimate can be off, as the methods page states for training memory
 * (its "known error": fused kernels and compilers save more than the core counts, and measured
 * peaks can be lower by a fifth). The estimate is an upper reading: the band runs below it.
 */
export const MEMORY_ESTIMATE_LOW_BY = 0.2;
/** Without FlashAttention, the band: from a fifth under the estimate up to the estimate. */
export const withoutFlashBand = [
	memoryWithoutFlash.total * (1 - MEMORY_ESTIMATE_LOW_BY),
	memoryWithoutFlash.total,
] as const;
/** The note's 9–11 GB peak against the estimate (with FlashAttention): inside, or by how much off. */
export const noteVramInside =
	memory.total >= s.claims.peakVramBytes[0] && memory.total <= s.claims.peakVramBytes[1];
