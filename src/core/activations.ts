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
 * Newer blocks (see `Arch`): Q and the out-projection input are heads × headDim wide (h unless
 * `headDim` is set); q/k norms keep one more copy of q and of k; post-norms two more norm
 * inputs (2p·h); multi-head latent attention keeps Q, K (H × (nope + rope)), V and the
 * out-projection input (H × v), and its latents (2p·r_q + p·(2·r_kv + rope)); a mixture-of-experts
 * MLP keeps its input, the router's fp32 scores (4·E), and for each of the k experts a token is
 * sent to its copy of the input, the expert's inner tensors and its output (2p·h + inner), plus
 * the shared experts' inner tensors. Expert parallelism moves tokens, not their number: with
 * balanced routing each device keeps as many token-expert pairs as it has tokens × k. In a
 * sliding-window layer materialised scores span only the window (a banded kernel; Hugging Face's
 * eager attention materialises the whole s × s and masks it: use FlashAttention for that).
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
	/** Keys each query attends to: the context, or a sliding layer's window. Default the context. */
	keys?: number;
	/** A mixture-of-experts block (its MLP is the router and experts); default false. */
	moe?: boolean;
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
	const tokens = microBatch * a.context;
	const keys = s.keys ?? a.context;
	const heads = a.heads;

	const norms = (a.postNorms ? 4 : 2) * p * h * whole;
	let attention: number;
	if (a.mla !== null) {
		// Q and K (H × (nope + rope)), V and the out-projection input (H × v), split by t; the
		// latents (q_a output and its norm, kv_a output and its norm) kept whole.
		const x = a.mla;
		const split = (p * heads * (2 * a.scoreHeadDim + 2 * a.valueHeadDim)) / t;
		const latents = p * (2 * x.qLoraRank + 2 * x.kvLoraRank + x.qkRopeHeadDim);
		attention = (p * h + m * h) * whole + split + latents;
	} else {
		// K/V width on one rank; K/V heads are replicated when t exceeds kvHeads.
		const kvWidth = Math.ceil(a.kvHeads / t) * a.headDim;
		// q/k norms keep their inputs: another copy of q and of k.
		const qkNorm = a.qkNorm === 'none' ? 0 : (p * a.qWidth) / t + p * kvWidth;
		// Block input copy and dropout mask; Q and out-projection input; K and V.
		attention = (p * h + m * h) * whole + (2 * p * a.qWidth) / t + 2 * p * kvWidth + qkNorm;
	}
	const inner = (f: number) => (a.mlp === 'gelu' ? 2 * p * f : 4 * p * f) / t;
	let mlp = (p * h + m * h) * whole;
	if (s.moe === true && a.moe !== null) {
		// Router scores in fp32; each routed copy of the token: its input, the expert's inner
		// tensors, its output (kept to weight by the gate); the shared experts as dense MLPs.
		const x = a.moe;
		mlp += 4 * x.experts + x.perToken * (2 * p * h + inner(x.expertFfnDim));
		mlp += x.sharedExperts * inner(x.sharedFfnDim);
	} else {
		mlp += inner(a.ffnDim);
	}
	let core: number;
	if (s.flashAttention) core = (4 * heads) / t;
	else if (s.selective) core = 0;
	else core = (heads * keys * (p + (s.dropout ? 1 + p : 0))) / t;

	return {
		norms: tokens * norms,
		attention: tokens * attention,
		attentionCore: tokens * core,
		mlp: tokens * mlp,
		total: tokens * (norms + attention + core + mlp),
	};
}
