/**
 * Activation memory of one transformer block, tensor by tensor: what autograd keeps from the
 * forward pass for the backward pass. Built after Korthikanti et al. 2022 ("Reducing Activation
 * Recomputation in Large Transformer Models", arXiv:2205.05198, §4), generalised to the flags
 * here. For a GPT-2 block (LayerNorm, 4d GELU MLP, dropout, 16-bit activations, 1-byte dropout
 * masks, no tensor parallelism) it gives their s·b·h·(34 + 5·a·s/h) bytes.
 *
 * Per token, with p bytes per activation value, m = 1 byte per dropout mask (0 without
 * dropout), h = dModel, g = K/V width (kvHeads × headDim), f = ffnDim, a = heads, s = context:
 *   norms      2 norm inputs                                   2p·h
 *   attention  QKV input p·h, Q p·h, K and V 2p·g, out-projection input p·h, dropout mask m·h
 *   core       softmax p·a·s (+ dropout mask m·a·s and its output p·a·s)        [materialised]
 *              or, with FlashAttention, only the per-row log-sum-exp: 4·a (fp32)
 *              or nothing with selective recomputation (the core is recomputed)
 *   mlp        input p·h, then GELU: its input p·f and output p·f; SwiGLU: gate p·f, SiLU(gate)
 *              p·f, up p·f and their product p·f (what eager PyTorch saves); dropout mask m·h
 * FlashAttention and selective recomputation both drop the s² core: the term is removed once.
 *
 * Tensor parallelism (degree t, Megatron) splits Q, K, V, the out-projection input, the MLP's
 * inner tensors and the core by t; norm inputs, block-input copies and dropout masks stay whole
 * unless sequence parallelism splits them too (Korthikanti Table 2).
 */
import type { ResolvedArch } from './arch.ts';

export type ActivationSettings = {
	/** Bytes per activation value: 2 for bf16/fp16, 4 for fp32. */
	bytes: number;
	dropout: boolean;
	flashAttention: boolean;
	/** Selective recomputation: the attention core is recomputed, not stored. */
	selective: boolean;
	tensor: number;
	sequenceParallel: boolean;
};

/** Bytes kept by one block for one micro-batch, by part. */
export type LayerActivations = {
	norms: number;
	attention: number;
	/** Attention scores (softmax, dropout) or FlashAttention's log-sum-exp. */
	attentionCore: number;
	mlp: number;
	total: number;
};

/** One block's saved activations for `microBatch` sequences of `a.context` tokens. */
export function layerActivations(
	a: ResolvedArch,
	microBatch: number,
	s: ActivationSettings,
): LayerActivations {
	const p = s.bytes;
	const m = s.dropout ? 1 : 0;
	const h = a.dModel;
	const t = s.tensor;
	// Tensors Megatron keeps whole on every tensor-parallel rank (split by sequence parallelism).
	const whole = s.sequenceParallel ? 1 / t : 1;
	// K/V width on one rank; K/V heads are replicated when t exceeds kvHeads.
	const kvWidth = Math.ceil(a.kvHeads / t) * a.headDim;
	const tokens = microBatch * a.context;

	const norms = 2 * p * h * whole;
	// Block input copy and dropout mask; Q and out-projection input; K and V.
	const attention = (p * h + m * h) * whole + (2 * p * h) / t + 2 * p * kvWidth;
	const inner = a.mlp === 'gelu' ? 2 * p * a.ffnDim : 4 * p * a.ffnDim;
	const mlp = (p * h + m * h) * whole + inner / t;
	let core: number;
	if (s.flashAttention) core = (4 * a.heads) / t;
	else if (s.selective) core = 0;
	else core = (a.heads * a.context * (p + (s.dropout ? 1 + p : 0))) / t;

	const perToken = { norms, attention, attentionCore: core, mlp };
	return {
		norms: tokens * perToken.norms,
		attention: tokens * perToken.attention,
		attentionCore: tokens * perToken.attentionCore,
		mlp: tokens * perToken.mlp,
		total: tokens * (norms + attention + core + mlp),
	};
}
