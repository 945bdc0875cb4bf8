/**
 * Checking an `Arch` and filling in its defaults, shared by params, FLOP and memory functions.
 */
import type { Arch } from './types.ts';
import { LIMITS, type Limit } from './limits.ts';
import { EstimateError, flag, inRange, oneOf, optionalInRange, record } from './validate.ts';

/** A mixture of experts with every default applied (see `Moe`). */
export type ResolvedMoe = {
	experts: number;
	perToken: number;
	expertFfnDim: number;
	sharedExperts: number;
	sharedFfnDim: number;
	sharedGate: boolean;
	/** Blocks with a dense MLP (the first ones); the other `layers − denseLayers` are MoE blocks. */
	denseLayers: number;
	routerBias: boolean;
};

/** Multi-head latent attention with its derived widths (see `Mla`). */
export type ResolvedMla = {
	/** 0: no query compression. */
	qLoraRank: number;
	kvLoraRank: number;
	qkRopeHeadDim: number;
	qkNopeHeadDim: number;
	vHeadDim: number;
};

/** An `Arch` with every default applied and every field checked. */
export type ResolvedArch = {
	family: 'gpt2' | 'llama';
	layers: number;
	heads: number;
	kvHeads: number;
	dModel: number;
	/** Width of one attention head: `Arch.headDim`, or dModel / heads. */
	headDim: number;
	/** Width of all query heads together, heads × headDim (= dModel unless headDim is set). */
	qWidth: number;
	/** Width of one query/key head in the scores: headDim, or MLA's nope + rope. */
	scoreHeadDim: number;
	/** Width of one value head: headDim, or MLA's v_head_dim. */
	valueHeadDim: number;
	ffnDim: number;
	vocab: number;
	context: number;
	bias: boolean;
	tiedEmbeddings: boolean;
	/** How positions are encoded (see `Arch.positions`). */
	positions: 'learned' | 'rotary' | 'relative';
	/** A learned position table (context × dModel): positions === 'learned'. */
	positionTable: boolean;
	norm: 'layernorm' | 'rmsnorm';
	/** A LayerNorm's learned shift (never with RMSNorm). */
	normBias: boolean;
	mlp: 'gelu' | 'swiglu' | 'geglu';
	attentionBias: 'none' | 'qkv' | 'qkvo';
	mlpBias: boolean;
	qkNorm: 'none' | 'head' | 'projection';
	postNorms: boolean;
	/** Window of the sliding layers in tokens, capped at the context; `layers` of them. */
	slidingWindow: { window: number; layers: number };
	moe: ResolvedMoe | null;
	mla: ResolvedMla | null;
};

const NOT_NEGATIVE = { min: 0, max: 100_000, integer: true } as const satisfies Limit;

function resolveMoe(value: unknown, layers: number): ResolvedMoe | null {
	if (value === undefined) return null;
	const m = record('moe', value);
	const experts = inRange('moe.experts', m.experts, LIMITS.experts);
	const perToken = inRange('moe.perToken', m.perToken, { ...LIMITS.experts, max: experts });
	const expertFfnDim = inRange('moe.expertFfnDim', m.expertFfnDim, LIMITS.ffnDim);
	const sharedExperts = optionalInRange('moe.sharedExperts', m.sharedExperts, NOT_NEGATIVE, 0);
	return {
		experts,
		perToken,
		expertFfnDim,
		sharedExperts,
		sharedFfnDim: optionalInRange('moe.sharedFfnDim', m.sharedFfnDim, LIMITS.ffnDim, expertFfnDim),
		sharedGate: flag('moe.sharedGate', m.sharedGate, false) && sharedExperts > 0,
		denseLayers: optionalInRange(
			'moe.denseLayers',
			m.denseLayers,
			{ ...NOT_NEGATIVE, max: layers },
			0,
		),
		routerBias: flag('moe.routerBias', m.routerBias, false),
	};
}

function resolveMla(value: unknown): ResolvedMla | null {
	if (value === undefined) return null;
	const m = record('mla', value);
	const qkRopeHeadDim = inRange('mla.qkRopeHeadDim', m.qkRopeHeadDim, NOT_NEGATIVE);
	const qkNopeHeadDim = inRange('mla.qkNopeHeadDim', m.qkNopeHeadDim, NOT_NEGATIVE);
	if (qkRopeHeadDim + qkNopeHeadDim === 0) {
		throw new EstimateError(
			'mla.qkNopeHeadDim and mla.qkRopeHeadDim cannot both be 0: a query head needs a width',
			'mla.qkNopeHeadDim',
		);
	}
	return {
		qLoraRank: optionalInRange('mla.qLoraRank', m.qLoraRank, NOT_NEGATIVE, 0),
		kvLoraRank: inRange('mla.kvLoraRank', m.kvLoraRank, LIMITS.headDim),
		qkRopeHeadDim,
		qkNopeHeadDim,
		vHeadDim: inRange('mla.vHeadDim', m.vHeadDim, LIMITS.headDim),
	};
}

function resolveWindow(value: unknown, layers: number, context: number) {
	if (value === undefined) return { window: context, layers: 0 };
	const w = record('slidingWindow', value);
	const window = inRange('slidingWindow.window', w.window, LIMITS.context);
	const count = inRange('slidingWindow.layers', w.layers, { ...NOT_NEGATIVE, max: layers });
	return { window: Math.min(window, context), layers: count };
}

/** Validates an architecture and applies the defaults described on `Arch`. */
export function resolveArch(input: Arch): ResolvedArch {
	const arch = record('arch', input);
	const family = oneOf('family', arch.family, ['gpt2', 'llama'] as const);
	const layers = inRange('layers', arch.layers, LIMITS.layers);
	const heads = inRange('heads', arch.heads, LIMITS.heads);
	const dModel = inRange('dModel', arch.dModel, LIMITS.dModel);
	const vocab = inRange('vocab', arch.vocab, LIMITS.vocab);
	const context = inRange('context', arch.context, LIMITS.context);
	const kvHeads =
		arch.kvHeads === undefined
			? heads
			: inRange('kvHeads', arch.kvHeads, { ...LIMITS.heads, max: heads });
	const explicitHeadDim =
		arch.headDim === undefined ? undefined : inRange('headDim', arch.headDim, LIMITS.headDim);
	if (explicitHeadDim === undefined && arch.mla === undefined && dModel % heads !== 0) {
		throw new EstimateError(
			`dModel (${dModel}) must be a multiple of heads (${heads}) so each head has a whole width, or give headDim`,
			'heads',
			'not-a-multiple',
		);
	}
	if (heads % kvHeads !== 0) {
		throw new EstimateError(
			`heads (${heads}) must be a multiple of kvHeads (${kvHeads}) for grouped-query attention`,
			'kvHeads',
			'not-a-multiple',
		);
	}
	const headDim = explicitHeadDim ?? dModel / heads;
	const moe = resolveMoe(arch.moe, layers);
	const mla = resolveMla(arch.mla);
	let ffnDim: number;
	if (arch.ffnDim === undefined) {
		if (moe !== null && moe.denseLayers === 0) {
			ffnDim = moe.expertFfnDim; // no dense MLP: the width is never used for one
		} else if (family === 'llama') {
			throw new EstimateError(
				moe === null
					? 'ffnDim is required for a llama-style model (its intermediate_size, e.g. 11008 for Llama 2 7B)'
					: 'ffnDim is required for the dense layers of this mixture of experts (its intermediate_size)',
				'ffnDim',
			);
		} else {
			ffnDim = 4 * dModel;
		}
	} else {
		ffnDim = inRange('ffnDim', arch.ffnDim, LIMITS.ffnDim);
	}
	const bias = flag('bias', arch.bias, family === 'gpt2');
	const tiedEmbeddings = flag('tiedEmbeddings', arch.tiedEmbeddings, family === 'gpt2');
	const positions =
		arch.positions === undefined
			? family === 'gpt2'
				? 'learned'
				: 'rotary'
			: oneOf('positions', arch.positions, ['learned', 'rotary', 'relative'] as const);
	const norm =
		arch.norm === undefined
			? family === 'gpt2'
				? 'layernorm'
				: 'rmsnorm'
			: oneOf('norm', arch.norm, ['layernorm', 'rmsnorm'] as const);
	const normBias = flag('normBias', arch.normBias, bias);
	if (normBias && norm === 'rmsnorm' && arch.normBias === true) {
		throw new EstimateError('normBias must be false with an RMSNorm (it has no shift)', 'normBias');
	}
	const mlp =
		arch.mlp === undefined
			? family === 'gpt2'
				? 'gelu'
				: 'swiglu'
			: oneOf('mlp', arch.mlp, ['gelu', 'swiglu', 'geglu'] as const);
	const attentionBias =
		arch.attentionBias === undefined
			? bias
				? 'qkvo'
				: 'none'
			: oneOf('attentionBias', arch.attentionBias, ['none', 'qkv', 'qkvo'] as const);
	const qkNorm =
		arch.qkNorm === undefined
			? 'none'
			: oneOf('qkNorm', arch.qkNorm, ['head', 'projection'] as const);
	return {
		family,
		layers,
		heads,
		kvHeads,
		dModel,
		headDim,
		qWidth: heads * headDim,
		scoreHeadDim: mla ? mla.qkNopeHeadDim + mla.qkRopeHeadDim : headDim,
		valueHeadDim: mla ? mla.vHeadDim : headDim,
		ffnDim,
		vocab,
		context,
		bias,
		tiedEmbeddings,
		positions,
		positionTable: positions === 'learned',
		norm,
		normBias: normBias && norm === 'layernorm',
		mlp,
		attentionBias,
		mlpBias: flag('mlpBias', arch.mlpBias, bias),
		qkNorm,
		postNorms: flag('postNorms', arch.postNorms, false),
		slidingWindow: resolveWindow(arch.slidingWindow, layers, context),
		moe,
		mla,
	};
}
