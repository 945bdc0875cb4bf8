/**
 * Checking an `Arch` and filling in its defaults, shared by params, FLOP and memory functions.
 */
import type { Arch } from './types.ts';
import { EstimateError, flag, oneOf, positiveInteger } from './validate.ts';

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
	/** gpt2: learned position table (context × dModel); llama: rotary, no table. */
	positionTable: boolean;
	norm: 'layernorm' | 'rmsnorm';
	mlp: 'gelu' | 'swiglu';
};

/** Upper bounds that catch typing slips (an extra zero is fine, three are not). */
export const ARCH_LIMITS = {
	layers: 10_000,
	heads: 100_000,
	dModel: 1_000_000,
	ffnDim: 10_000_000,
	vocab: 100_000_000,
	context: 100_000_000,
} as const;

/** Validates an architecture and applies the defaults described on `Arch`. */
export function resolveArch(arch: Arch): ResolvedArch {
	if (typeof arch !== 'object' || arch === null) {
		throw new EstimateError('arch must be an object describing the model', 'arch');
	}
	const family = oneOf('family', arch.family, ['gpt2', 'llama'] as const);
	const layers = positiveInteger('layers', arch.layers, ARCH_LIMITS.layers);
	const heads = positiveInteger('heads', arch.heads, ARCH_LIMITS.heads);
	const dModel = positiveInteger('dModel', arch.dModel, ARCH_LIMITS.dModel);
	const vocab = positiveInteger('vocab', arch.vocab, ARCH_LIMITS.vocab);
	const context = positiveInteger('context', arch.context, ARCH_LIMITS.context);
	const kvHeads =
		arch.kvHeads === undefined ? heads : positiveInteger('kvHeads', arch.kvHeads, heads);
	if (dModel % heads !== 0) {
		throw new EstimateError(
			`dModel (${dModel}) must be a multiple of heads (${heads}) so each head has a whole width`,
			'heads',
		);
	}
	if (heads % kvHeads !== 0) {
		throw new EstimateError(
			`heads (${heads}) must be a multiple of kvHeads (${kvHeads}) for grouped-query attention`,
			'kvHeads',
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
		ffnDim = positiveInteger('ffnDim', arch.ffnDim, ARCH_LIMITS.ffnDim);
	}
	const bias = flag('bias', arch.bias, family === 'gpt2');
	const tiedEmbeddings = flag('tiedEmbeddings', arch.tiedEmbeddings, family === 'gpt2');
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
		positionTable: family === 'gpt2',
		norm: family === 'gpt2' ? 'layernorm' : 'rmsnorm',
		mlp: family === 'gpt2' ? 'gelu' : 'swiglu',
	};
}
