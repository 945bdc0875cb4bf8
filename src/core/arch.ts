/**
 * Checking an `Arch` and filling in its defaults, shared by params, FLOP and memory functions.
 */
import type { Arch } from './types.ts';
import { LIMITS } from './limits.ts';
import { EstimateError, flag, inRange, oneOf, record } from './validate.ts';

/** An `Arch` with every default applied and every field checked. */
export type ResolvedArch = {
	family: 'gpt2' | 'llama';
	layers: number;
	heads: number;
	kvHeads: number;
	dModel: number;
	/** Width of one attention head: dModel / heads. */
	headDim: number;
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
	mlp: 'gelu' | 'swiglu';
};

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
	if (dModel % heads !== 0) {
		throw new EstimateError(
			`dModel (${dModel}) must be a multiple of heads (${heads}) so each head has a whole width`,
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
	let ffnDim: number;
	if (arch.ffnDim === undefined) {
		if (family === 'llama') {
			throw new EstimateError(
				'ffnDim is required for a llama-style model (its intermediate_size, e.g. 11008 for Llama 2 7B)',
				'ffnDim',
			);
		}
		ffnDim = 4 * dModel;
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
	return {
		family,
		layers,
		heads,
		kvHeads,
		dModel,
		headDim: dModel / heads,
		ffnDim,
		vocab,
		context,
		bias,
		tiedEmbeddings,
		positions,
		positionTable: positions === 'learned',
		norm: family === 'gpt2' ? 'layernorm' : 'rmsnorm',
		mlp: family === 'gpt2' ? 'gelu' : 'swiglu',
	};
}
