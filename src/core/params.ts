/**
 * Exact parameter counts for the decoders `Arch` describes: total, and active (what one token
 * uses, for a mixture of experts).
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
 * The fields of `Arch` change this one by one: `headDim` makes q and o d × heads·headDim
 * (transformers' LlamaAttention); `attentionBias` 'qkv' adds the q, k, v biases only (Qwen2);
 * `qkNorm` adds 2·headDim ('head': Qwen3, Gemma 3) or (heads + kvHeads)·headDim ('projection':
 * OLMo 2) per block; `postNorms` two more norms per block (Gemma 2/3); a GeGLU MLP counts as
 * SwiGLU (three matrices); multi-head latent attention replaces q, k, v, o by its low-rank
 * projections (see `Mla`); a mixture of experts replaces the MLP of each MoE block by a router
 * (d·E, plus E correction biases for DeepSeek-V3), E routed experts and the shared experts.
 *
 * Positions (`Arch.positions`) change the count on their own: a learned table adds T·d;
 * rotary adds nothing; relative (Transformer-XL, Dai et al. 2019 §3.3, as Gopher and Chinchilla
 * use it) adds no table but, in each block's attention, a d × d projection of the position
 * encodings and two d-wide biases (u and v). That per-block d² is why a gpt2-style count of
 * Gopher 280B falls 8 % short (257.7 B); with it the count is 279.7 B.
 *
 * Active parameters (Fedus et al. 2021 §2; DeepSeek-V3 README_WEIGHTS.md, "Activation
 * parameters … including 0.9B for Embedding and 0.9B for the output Head"): every parameter but
 * the routed experts a token is not sent to, so per MoE block the router, the shared experts and
 * `perToken` of the E routed experts. Embeddings and head are included, as DeepSeek, Mistral
 * (Mixtral 12.9B) and Qwen (Qwen3-30B-A3B 3.3B) count them.
 */
import type { Arch } from './types.ts';
import { resolveArch, type ResolvedArch } from './arch.ts';
import { LIMITS } from './limits.ts';
import { checkedResult, flag, options } from './validate.ts';

/** One block's parameters by part. */
export type BlockParams = { attention: number; mlp: number; norms: number; total: number };

/** Multi-head latent attention's parts in one block (see `Mla`). */
export type MlaParams = {
	/** q_a_proj d·r_q and its RMSNorm r_q (0 without query compression). */
	queryDown: number;
	/** q_b_proj r_q·H·(nope + rope), or q_proj d·H·(nope + rope) without compression. */
	queryUp: number;
	/** kv_a_proj_with_mqa d·(r_kv + rope) and its RMSNorm r_kv. */
	keyValueDown: number;
	/** kv_b_proj r_kv·H·(nope + v). */
	keyValueUp: number;
	/** o_proj H·v·d. */
	output: number;
};

/** Where the parameters are. Sums of the whole model unless named per block. */
export type ParamBreakdown = {
	/** Token embedding table, V·d (also the output head when tied). */
	tokenEmbedding: number;
	/** Learned position table, T·d (0 with rotary positions). */
	positionEmbedding: number;
	/** All blocks' attention (projections, biases, q/k norms; with relative positions, their projection). */
	attention: number;
	/** All blocks' MLPs: dense MLPs, and in MoE blocks the router, routed and shared experts. */
	mlp: number;
	/** All norms: two per block (four with post-norms) plus the final one. */
	norms: number;
	/** Untied output head, V·d (0 when tied to the token table). */
	head: number;
	/** The final norm (part of `norms`). */
	finalNorm: number;
	/** One block: the MoE block in a mixture of experts, else the (only kind of) dense block. */
	perLayer: BlockParams;
	/** A block with a dense MLP (the first `moe.denseLayers` blocks of a mixture of experts). */
	denseBlock: BlockParams;
	/** A block with a mixture of experts; null without one. */
	moeBlock: BlockParams | null;
	/** Blocks with a dense MLP and blocks with a mixture of experts. */
	blocks: { dense: number; moe: number };
	/** All routed experts of all blocks (part of `mlp`; 0 without MoE). */
	experts: number;
	/** All shared experts (with Qwen2-MoE's shared-expert gate; part of `mlp`). */
	sharedExperts: number;
	/** All routers (part of `mlp`). */
	router: number;
	/** One routed expert. */
	expert: number;
	/** One block's latent-attention parts; null without MLA. */
	mla: MlaParams | null;
	/** Parameters one token uses: all but the routed experts it is not sent to. */
	active: number;
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

/** A dense MLP of width f, with the arch's kind and biases. */
function mlpParams(a: ResolvedArch, f: number): number {
	const d = a.dModel;
	const b = a.mlpBias ? 1 : 0;
	return a.mlp === 'gelu' ? 2 * d * f + b * (f + d) : 3 * d * f + b * (2 * f + d);
}

function normParams(a: ResolvedArch): number {
	// LayerNorm: scale, plus shift when biased; RMSNorm: scale only.
	return a.normBias ? 2 * a.dModel : a.dModel;
}

function mlaParams(a: ResolvedArch): MlaParams | null {
	const m = a.mla;
	if (m === null) return null;
	const d = a.dModel;
	const h = a.heads;
	const biased = a.attentionBias !== 'none' ? 1 : 0;
	const qk = m.qkNopeHeadDim + m.qkRopeHeadDim;
	return {
		queryDown: m.qLoraRank === 0 ? 0 : d * m.qLoraRank + biased * m.qLoraRank + m.qLoraRank,
		queryUp: (m.qLoraRank === 0 ? d : m.qLoraRank) * h * qk,
		keyValueDown:
			d * (m.kvLoraRank + m.qkRopeHeadDim) +
			biased * (m.kvLoraRank + m.qkRopeHeadDim) +
			m.kvLoraRank,
		keyValueUp: m.kvLoraRank * h * (m.qkNopeHeadDim + m.vHeadDim),
		output: h * m.vHeadDim * d + (a.attentionBias === 'qkvo' ? d : 0),
	};
}

function attentionParams(a: ResolvedArch, mla: MlaParams | null): number {
	const d = a.dModel;
	if (mla !== null) {
		return mla.queryDown + mla.queryUp + mla.keyValueDown + mla.keyValueUp + mla.output;
	}
	const q = a.qWidth;
	const kv = a.kvHeads * a.headDim;
	const bias = { none: 0, qkv: q + 2 * kv, qkvo: q + 2 * kv + d }[a.attentionBias];
	const qkNorm = { none: 0, head: 2 * a.headDim, projection: q + kv }[a.qkNorm];
	const relative = a.positions === 'relative' ? d * d + 2 * d : 0;
	return 2 * d * q + 2 * d * kv + bias + qkNorm + relative;
}

function breakdownOf(a: ResolvedArch): ParamBreakdown {
	const d = a.dModel;
	const mla = mlaParams(a);
	const attention = attentionParams(a, mla);
	const norms = (a.postNorms ? 4 : 2) * normParams(a);
	const block = (mlp: number): BlockParams => ({
		attention,
		mlp,
		norms,
		total: attention + mlp + norms,
	});
	const denseBlock = block(mlpParams(a, a.ffnDim));
	const moe = a.moe;
	const moeCount = moe === null ? 0 : a.layers - moe.denseLayers;
	const denseCount = a.layers - moeCount;
	let expert = 0;
	let routed = 0;
	let shared = 0;
	let router = 0;
	let moeBlock: BlockParams | null = null;
	if (moe !== null) {
		expert = mlpParams(a, moe.expertFfnDim);
		routed = moe.experts * expert;
		shared = moe.sharedExperts * mlpParams(a, moe.sharedFfnDim) + (moe.sharedGate ? d : 0);
		router = d * moe.experts + (moe.routerBias ? moe.experts : 0);
		moeBlock = block(routed + shared + router);
	}
	const tokenEmbedding = a.vocab * d;
	const positionEmbedding = a.positionTable ? a.context * d : 0;
	const head = a.tiedEmbeddings ? 0 : a.vocab * d;
	const finalNorm = normParams(a);
	const total =
		tokenEmbedding +
		positionEmbedding +
		head +
		finalNorm +
		denseCount * denseBlock.total +
		moeCount * (moeBlock?.total ?? 0);
	checkedResult('The parameter count', total, 'layers', LIMITS.params);
	const idle = moe === null ? 0 : moeCount * (moe.experts - moe.perToken) * expert;
	return {
		tokenEmbedding,
		positionEmbedding,
		attention: a.layers * attention,
		mlp: denseCount * denseBlock.mlp + moeCount * (moeBlock?.mlp ?? 0),
		norms: a.layers * norms + finalNorm,
		head,
		finalNorm,
		perLayer: moeBlock ?? denseBlock,
		denseBlock,
		moeBlock,
		blocks: { dense: denseCount, moe: moeCount },
		experts: moeCount * routed,
		sharedExperts: moeCount * shared,
		router: moeCount * router,
		expert,
		mla,
		active: total - idle,
		total,
	};
}

/** Parameters of `arch`, split into embeddings, attention, MLP, norms, head, experts and router. */
export function paramBreakdown(arch: Arch): ParamBreakdown {
	return breakdownOf(resolveArch(arch));
}

/**
 * Total and active parameters of `arch`, with the breakdown. Dense models: active = total.
 * Qwen3-30B-A3B gives 30.53 B total and 3.35 B active (model card: 30.5 B and 3.3 B).
 */
export function paramCounts(arch: Arch): {
	total: number;
	active: number;
	breakdown: ParamBreakdown;
} {
	const breakdown = paramBreakdown(arch);
	return { total: breakdown.total, active: breakdown.active, breakdown };
}

/**
 * Exact parameter count of `arch` (all experts included). GPT-2 small (50257 tokens) gives
 * 124,439,808; with `excludePositionEmbeddings` and nanoGPT's padded 50304 vocabulary,
 * 123.59 M as nanoGPT prints.
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
