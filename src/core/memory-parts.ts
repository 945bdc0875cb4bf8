/**
 * The parts of `trainingMemory` (memory.ts) for one device: bytes per parameter of the model
 * state, and the activations of a pipeline stage's blocks (activations.ts per block).
 */
import type { ResolvedArch } from './arch.ts';
import { layerActivations } from './activations.ts';
import type { Resolved } from './memory-input.ts';

export function bytesPerParam(r: Resolved): {
	weights: number;
	gradients: number;
	optimizer: number;
} {
	const moments = { adam: 2, 'adam-8bit': 2, 'sgd-momentum': 1, sgd: 0 }[r.optimizer];
	if (r.precision === 'fp32') {
		const momentBytes = r.optimizer === 'adam-8bit' ? 1 : 4;
		return { weights: 4, gradients: 4, optimizer: moments * momentBytes };
	}
	const gradients = { '16bit': 2, fp32: 4, '16bit+fp32': 6 }[r.gradients];
	const master = r.masterWeights ? 4 : 0;
	const momentBytes = r.optimizer === 'adam-8bit' ? 1 : r.masterWeights ? 4 : 2;
	return { weights: 2, gradients, optimizer: master + moments * momentBytes };
}

export function settings(r: Resolved, keys: number, moe: boolean) {
	return {
		bytes: r.precision === 'fp32' ? 4 : 2,
		dropout: r.dropout,
		flashAttention: r.flashAttention,
		selective: r.recompute === 'selective',
		tensor: r.tensor,
		sequenceParallel: r.sequenceParallel,
		keys,
		moe,
	};
}

/**
 * The sum of the `n` largest of `layers` values, `bigCount` of which are `big` and the rest
 * `small` (n ≤ layers).
 */
function largest(n: number, layers: number, big: number, bigCount: number, small: number): number {
	const [hi, lo, hiCount] = big >= small ? [big, small, bigCount] : [small, big, layers - bigCount];
	const taken = Math.min(n, hiCount);
	return taken * hi + (n - taken) * lo;
}

/**
 * Activations, in bytes, of a stage holding `layersHeld` blocks with `microBatchesInFlight`
 * micro-batches. Blocks differ only in their attention core (whole context or sliding window)
 * and their MLP (dense or mixture of experts); a stage is charged its largest ones, so with one
 * stage the sum is exact and with several it bounds the busiest.
 */
export function stageActivations(
	r: Resolved,
	layersHeld: number,
	microBatchesInFlight: number,
): number {
	const a = r.a;
	const p = r.precision === 'fp32' ? 4 : 2;
	const moe = a.moe !== null;
	const global = layerActivations(a, r.microBatch, settings(r, a.context, false));
	const sliding = layerActivations(a, r.microBatch, settings(r, a.slidingWindow.window, false));
	const expert = moe ? layerActivations(a, r.microBatch, settings(r, a.context, true)) : global;
	const globalLayers = a.layers - a.slidingWindow.layers;
	const moeLayers = moe ? a.layers - (a.moe?.denseLayers ?? 0) : 0;
	const n = layersHeld;
	const one =
		n * (global.norms + global.attention) +
		largest(n, a.layers, global.attentionCore, globalLayers, sliding.attentionCore) +
		largest(n, a.layers, expert.mlp, moeLayers, global.mlp);
	if (r.recompute !== 'full') return one * microBatchesInFlight;
	// Full recomputation: each block's input is kept; one block at a time is rebuilt whole.
	const whole = r.sequenceParallel ? 1 / r.tensor : 1;
	const checkpoint = r.microBatch * a.context * p * a.dModel * whole;
	const rebuilt = Math.max(global.total, expert.total);
	return n * microBatchesInFlight * checkpoint + rebuilt;
}

/** Dense blocks among the `n` blocks from index `start` (a mixture of experts' dense ones come first). */
export function denseIn(a: ResolvedArch, start: number, n: number): number {
	const dense = a.moe === null ? a.layers : a.moe.denseLayers;
	return Math.max(0, Math.min(dense, start + n) - start);
}
