/**
 * Exact parameter counts for the decoders `Arch` describes.
 *
 * gpt2 (nanoGPT's model.py): token table V·d, learned positions T·d, per block
 * LayerNorm → attention (c_attn 3d², c_proj d²) → LayerNorm → MLP (c_fc d·f, c_proj f·d),
 * final LayerNorm, head tied to the token table. With bias each linear has a bias and each
 * LayerNorm a shift; without, LayerNorms keep only their scale (nanoGPT's `bias=False`).
 *
 * llama (Meta's model.py): token table, per block RMSNorm → attention with grouped-query K/V
 * (wq d², wk and wv d·kvHeads·headDim each, wo d²) → RMSNorm → SwiGLU (w1, w3: d·f; w2: f·d),
 * final RMSNorm, untied output head; rotary positions have no table.
 *
 * Positions (`Arch.positions`) change the count on their own: a learned table adds T·d;
 * rotary adds nothing; relative (Transformer-XL, Dai et al. 2019 §3.3, as Gopher and Chinchilla
 * use it) adds no table but, in each block's attention, a d × d projection of the position
 * encodings and two d-wide biases (u and v). That per-block d² is why a gpt2-style count of
 * Gopher 280B falls 8 % short (257.7 B); with it the count is 279.7 B.
 */
import type { Arch } from './types.ts';
import { resolveArch, type ResolvedArch } from './arch.ts';
import { flag, options } from './validate.ts';

/** Where the parameters are. Sums of the whole model; `perLayer` is one block. */
export type ParamBreakdown = {
	/** Token embedding table, V·d (also the output head when tied). */
	tokenEmbedding: number;
	/** Learned position table, T·d (0 with rotary positions). */
	positionEmbedding: number;
	/** All blocks' attention projections (and their biases; with relative positions, their projection). */
	attention: number;
	/** All blocks' MLPs (and their biases). */
	mlp: number;
	/** All norms: two per block plus the final one. */
	norms: number;
	/** Untied output head, V·d (0 when tied to the token table). */
	head: number;
	/** One block: attention, MLP and its two norms. */
	perLayer: { attention: number; mlp: number; norms: number; total: number };
	total: number;
};

export type CountParamsOptions = {
	/** Leave out the learned position table, as nanoGPT's printed count does (get_num_params). */
	excludePositionEmbeddings?: boolean;
	/**
	 * Leave out token and position tables (Kaplan et al.'s "non-embedding" N). A tied head is
	 * the token table, so it goes too; an untied head stays.
	 */
	excludeEmbeddings?: boolean;
};

function layerParams(a: ResolvedArch): ParamBreakdown['perLayer'] {
	const d = a.dModel;
	const kvWidth = a.kvHeads * a.headDim;
	const b = a.bias ? 1 : 0;
	const relative = a.positions === 'relative' ? d * d + 2 * d : 0;
	const attention = 2 * d * d + 2 * d * kvWidth + b * (2 * d + 2 * kvWidth) + relative;
	const f = a.ffnDim;
	const mlp = a.mlp === 'gelu' ? 2 * d * f + b * (f + d) : 3 * d * f + b * (2 * f + d);
	const norms = 2 * normParams(a);
	return { attention, mlp, norms, total: attention + mlp + norms };
}

function normParams(a: ResolvedArch): number {
	// LayerNorm: scale, plus shift when biased; RMSNorm: scale only.
	return a.norm === 'layernorm' && a.bias ? 2 * a.dModel : a.dModel;
}

function breakdownOf(a: ResolvedArch): ParamBreakdown {
	const perLayer = layerParams(a);
	const tokenEmbedding = a.vocab * a.dModel;
	const positionEmbedding = a.positionTable ? a.context * a.dModel : 0;
	const head = a.tiedEmbeddings ? 0 : a.vocab * a.dModel;
	const attention = a.layers * perLayer.attention;
	const mlp = a.layers * perLayer.mlp;
	const norms = a.layers * perLayer.norms + normParams(a);
	return {
		tokenEmbedding,
		positionEmbedding,
		attention,
		mlp,
		norms,
		head,
		perLayer,
		total: tokenEmbedding + positionEmbedding + attention + mlp + norms + head,
	};
}

/** Parameters of `arch`, split into embeddings, attention, MLP, norms and head. */
export function paramBreakdown(arch: Arch): ParamBreakdown {
	return breakdownOf(resolveArch(arch));
}

/**
 * Exact parameter count of `arch`. GPT-2 small (50257 tokens) gives 124,439,808; with
 * `excludePositionEmbeddings` and nanoGPT's padded 50304 vocabulary, 123.59 M as nanoGPT prints.
 */
export function countParams(arch: Arch, opts?: CountParamsOptions): number {
	const o = options('opts', opts);
	const p = paramBreakdown(arch);
	if (flag('excludeEmbeddings', o.excludeEmbeddings, false)) {
		return p.total - p.tokenEmbedding - p.positionEmbedding;
	}
	if (flag('excludePositionEmbeddings', o.excludePositionEmbeddings, false)) {
		return p.total - p.positionEmbedding;
	}
	return p.total;
}
