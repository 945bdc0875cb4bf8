/**
 * DeepMind's Gopher and Chinchilla, Meta's Llama 2 and Llama 3.
 *
 * Gopher and Chinchilla use RMSNorm and relative position encodings with a plain 4·d MLP; the
 * `gpt2` family (LayerNorm, learned positions) is the closest `Arch`: the position table it adds
 * is under 0.03 % of the parameters. Their published counts are not reproduced exactly by
 * 12·L·d² + embeddings (Chinchilla's dimensions give ≈ 65B against the published 70B), so use
 * `params` for their published size and treat `arch` as approximate.
 *
 * Llama: RMSNorm, SwiGLU MLP (`ffnDim` is the hidden width of each of the three matrices),
 * rotary positions, no biases, untied output head.
 */
import type { Model } from './types.ts';

const CHINCHILLA = 'https://arxiv.org/abs/2203.15556';
const LLAMA2_CARD =
	'https://github.com/meta-llama/llama/blob/689c7f261b9c5514636ecc3c5fefefcbb3e6eed7/MODEL_CARD.md';
const LLAMA3_PAPER = 'https://arxiv.org/abs/2407.21783';
const DEEPMIND_ARCH =
	'Gopher-family block: relative position encodings counted as Transformer-XL’s (Dai et al. 2019, arXiv:1901.02860 §3.3: one d × d projection and two d-wide biases per block), 4·d GELU MLP; LayerNorm with biases stands in for RMSNorm (a few hundred thousand parameters). Whether input and output embeddings are tied is not stated in what was read.';

export const deepmindModels: readonly Model[] = [
	{
		id: 'gopher-1.4b',
		name: 'Gopher family 1.4B',
		arch: {
			family: 'gpt2',
			layers: 24,
			heads: 16,
			dModel: 2048,
			vocab: 32000,
			context: 2048,
			positions: 'relative',
		},
		params: 1.4e9,
		paramsLabel: '1.4B',
		trainingTokens: 300e9,
		archNote: DEEPMIND_ARCH,
		source: {
			url: 'https://arxiv.org/abs/2112.11446',
			note: 'secondary: Rae et al. 2021, “Scaling Language Models: Methods, Analysis & Insights from Training Gopher”, Table 1 (1.4B row: 24 layers, 16 heads, key/value size 128, d_model 2048); the table is an image in every copy reachable here, so these values are as commonly quoted (an estimate; counting them gives 1.37 B against the published 1.4 B). 300B training tokens, 2048-token context and SentencePiece vocabulary of 32,000 from §3 via secondary transcriptions.',
		},
		secondary: ['arch', 'params', 'trainingTokens'],
	},
	{
		id: 'gopher-280b',
		name: 'Gopher 280B',
		arch: {
			family: 'gpt2',
			layers: 80,
			heads: 128,
			dModel: 16384,
			vocab: 32000,
			context: 2048,
			positions: 'relative',
		},
		params: 280e9,
		paramsLabel: '280B',
		trainingTokens: 300e9,
		archNote: DEEPMIND_ARCH,
		source: {
			url: CHINCHILLA,
			note: 'Hoffmann et al. 2022, Table 4 (Gopher row): 80 layers, 128 heads, key/value size 128, d_model 16,384. secondary: 300B tokens, 2048 context, vocab 32,000 from Rae et al. 2021 §3 via secondary transcriptions.',
		},
		secondary: ['trainingTokens', 'arch.vocab', 'arch.context'],
	},
	{
		id: 'chinchilla-70b',
		name: 'Chinchilla 70B',
		arch: {
			family: 'gpt2',
			layers: 80,
			heads: 64,
			dModel: 8192,
			ffnDim: 4 * 8192,
			vocab: 32000,
			context: 2048,
			positions: 'relative',
		},
		params: 70e9,
		paramsLabel: '70B',
		trainingTokens: 1.4e12,
		archNote: DEEPMIND_ARCH,
		source: {
			url: CHINCHILLA,
			note: 'Hoffmann et al. 2022, “Training Compute-Optimal Large Language Models”, §4.1 and Table 4: 70B parameters, 80 layers, 64 heads, key/value size 128, d_model 8,192, feed-forward size 4 × d_model; 1.4T training tokens (Table 1, §4). secondary: vocab 32,000 and context 2048 as for Gopher (Rae et al. §3).',
		},
		secondary: ['arch.vocab', 'arch.context'],
	},
];

function llama2(
	id: string,
	name: string,
	layers: number,
	heads: number,
	kvHeads: number,
	dModel: number,
	ffnDim: number,
	label: string,
	gqa: string,
): Model {
	return {
		id,
		name,
		arch: { family: 'llama', layers, heads, kvHeads, dModel, ffnDim, vocab: 32000, context: 4096 },
		params: Number.parseFloat(label) * 1e9,
		paramsLabel: label,
		trainingTokens: 2e12,
		source: {
			url: LLAMA2_CARD,
			note: `Meta Llama 2 model card (meta-llama/llama @689c7f2, MODEL_CARD.md lines 15-21): ${label}, 2.0T tokens, 4k context, GQA ${gqa}. secondary: layers, d_model and heads from meta-llama/llama-models models/sku_list.py @364ed4e lines 88-132 (vocab 32000, line 20); that file's n_kv_heads 8 for 7B/13B contradicts the model card and is not used. derived: FFN width from meta-llama/llama llama/model.py lines 331-335 (int(2·4·d/3), ×1.3 for 70B, rounded up to a multiple of 256, or 4096 for 70B).`,
		},
		secondary: ['arch.layers', 'arch.heads', 'arch.dModel', 'arch.vocab'],
		derived: ['arch.ffnDim'],
	};
}

function llama3(
	id: string,
	name: string,
	layers: number,
	heads: number,
	dModel: number,
	ffnDim: number,
	label: string,
	tokens: number,
	tokensNote: string,
): Model {
	return {
		id,
		name,
		arch: {
			family: 'llama',
			layers,
			heads,
			kvHeads: 8,
			dModel,
			ffnDim,
			vocab: 128256,
			context: 8192,
		},
		params: Number.parseFloat(label) * 1e9,
		paramsLabel: label,
		trainingTokens: tokens,
		source: {
			url: LLAMA3_PAPER,
			note: `Llama Team 2024, “The Llama 3 Herd of Models”, Table 3 (${label}: ${layers} layers, model dimension ${dModel}, FFN dimension ${ffnDim}, ${heads} attention heads, 8 key/value heads); pre-training sequence length 8K (§3.4). ${tokensNote} derived: vocab 128,256 = 128,000 BPE tokens + 256 reserved special tokens (meta-llama/llama3 llama/tokenizer.py, num_reserved_special_tokens = 256); Table 3 prints the rounded 128,000.`,
		},
		derived: ['arch.vocab'],
	};
}

export const llamaModels: readonly Model[] = [
	llama2('llama2-7b', 'Llama 2 7B', 32, 32, 32, 4096, 11008, '7B', 'no'),
	llama2('llama2-13b', 'Llama 2 13B', 40, 40, 40, 5120, 13824, '13B', 'no'),
	llama2('llama2-70b', 'Llama 2 70B', 80, 64, 8, 8192, 28672, '70B', 'yes (8 key/value heads)'),
	llama3(
		'llama3-8b',
		'Llama 3 8B',
		32,
		32,
		4096,
		14336,
		'8B',
		15e12,
		'Training tokens “15T+” (a lower bound) from the Llama 3 model card (meta-llama/llama3 @a0940f9, MODEL_CARD.md line 44).',
	),
	llama3(
		'llama3-70b',
		'Llama 3 70B',
		80,
		64,
		8192,
		28672,
		'70B',
		15e12,
		'Training tokens “15T+” (a lower bound) from the Llama 3 model card (meta-llama/llama3 @a0940f9, MODEL_CARD.md line 44).',
	),
	llama3(
		'llama3-405b',
		'Llama 3.1 405B',
		126,
		128,
		16384,
		53248,
		'405B',
		15.6e12,
		'15.6T training tokens (§1). The 405B was released as Llama 3.1; the context was extended to 128K after pre-training.',
	),
];
