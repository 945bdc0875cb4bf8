/**
 * GPT-3 (Brown et al. 2020, arXiv:2005.14165), the eight sizes of Table 2.1.
 *
 * Same architecture as GPT-2 (the paper, §2.1: "the same model and architecture as GPT-2",
 * with alternating dense and locally banded sparse attention, which changes neither parameter
 * nor FLOP counts): LayerNorm, GELU MLP of 4·d, learned positions, biases, tied output head;
 * context 2,048 tokens; GPT-2's byte-level BPE (50,257 tokens). All sizes trained on 300B tokens
 * (Table 2.1 caption).
 *
 * Two rows of Table 2.1 are internally inconsistent; `printed` keeps the table, `arch` fixes:
 * - XL: 24 heads × d_head 128 = 3,072 ≠ d_model 2,048. d_model 2,048 is the one that gives
 *   1.3B parameters (12·24·2048² + embeddings ≈ 1.31B; 3,072 would give ≈ 2.9B), so we keep it
 *   and d_head 128, hence 16 heads. Heads change neither the parameter count nor 6N + 12·L·d·T.
 * - 13B: d_model printed 5,140 is not divisible by 40 heads; 40 × 128 = 5,120 is used.
 */
import type { Model } from './types.ts';

const URL = 'https://arxiv.org/abs/2005.14165';

type Row = {
	readonly id: string;
	readonly name: string;
	readonly label: string;
	readonly nParams: number;
	readonly nLayers: number;
	readonly dModel: number;
	readonly nHeads: number;
	readonly dHead: number;
	readonly batchTokens: number;
	readonly learningRate: number;
};

// Table 2.1 as printed (n_params, n_layers, d_model, n_heads, d_head, batch size, learning rate).
const table: readonly Row[] = [
	{
		id: 'gpt3-small',
		name: 'GPT-3 Small',
		label: '125M',
		nParams: 125e6,
		nLayers: 12,
		dModel: 768,
		nHeads: 12,
		dHead: 64,
		batchTokens: 0.5e6,
		learningRate: 6.0e-4,
	},
	{
		id: 'gpt3-medium',
		name: 'GPT-3 Medium',
		label: '350M',
		nParams: 350e6,
		nLayers: 24,
		dModel: 1024,
		nHeads: 16,
		dHead: 64,
		batchTokens: 0.5e6,
		learningRate: 3.0e-4,
	},
	{
		id: 'gpt3-large',
		name: 'GPT-3 Large',
		label: '760M',
		nParams: 760e6,
		nLayers: 24,
		dModel: 1536,
		nHeads: 16,
		dHead: 96,
		batchTokens: 0.5e6,
		learningRate: 2.5e-4,
	},
	{
		id: 'gpt3-xl',
		name: 'GPT-3 XL',
		label: '1.3B',
		nParams: 1.3e9,
		nLayers: 24,
		dModel: 2048,
		nHeads: 24,
		dHead: 128,
		batchTokens: 1e6,
		learningRate: 2.0e-4,
	},
	{
		id: 'gpt3-2.7b',
		name: 'GPT-3 2.7B',
		label: '2.7B',
		nParams: 2.7e9,
		nLayers: 32,
		dModel: 2560,
		nHeads: 32,
		dHead: 80,
		batchTokens: 1e6,
		learningRate: 1.6e-4,
	},
	{
		id: 'gpt3-6.7b',
		name: 'GPT-3 6.7B',
		label: '6.7B',
		nParams: 6.7e9,
		nLayers: 32,
		dModel: 4096,
		nHeads: 32,
		dHead: 128,
		batchTokens: 2e6,
		learningRate: 1.2e-4,
	},
	{
		id: 'gpt3-13b',
		name: 'GPT-3 13B',
		label: '13.0B',
		nParams: 13.0e9,
		nLayers: 40,
		dModel: 5140,
		nHeads: 40,
		dHead: 128,
		batchTokens: 2e6,
		learningRate: 1.0e-4,
	},
	{
		id: 'gpt3-175b',
		name: 'GPT-3 175B',
		label: '175.0B',
		nParams: 175.0e9,
		nLayers: 96,
		dModel: 12288,
		nHeads: 96,
		dHead: 128,
		batchTokens: 3.2e6,
		learningRate: 0.6e-4,
	},
];

const corrections: Readonly<
	Record<string, { dModel: number; heads: number; field: string; why: string }>
> = {
	'gpt3-xl': {
		dModel: 2048,
		heads: 16,
		field: 'arch.heads',
		why: 'Table 2.1 prints 24 heads × d_head 128 = 3,072, not d_model 2,048. Kept d_model 2,048 (it gives the 1.3B parameters) and d_head 128, so 16 heads; heads affect neither the parameter count nor 6N + 12·L·d·T.',
	},
	'gpt3-13b': {
		dModel: 5120,
		heads: 40,
		field: 'arch.dModel',
		why: 'Table 2.1 prints d_model 5,140, which 40 heads cannot divide; 40 × d_head 128 = 5,120 used (a typo in the table).',
	},
};

export const gpt3Models: readonly Model[] = table.map((row) => {
	const fix = corrections[row.id];
	const { id, name, label, ...printed } = row;
	return {
		id,
		name,
		arch: {
			family: 'gpt2',
			layers: row.nLayers,
			heads: fix ? fix.heads : row.nHeads,
			dModel: fix ? fix.dModel : row.dModel,
			vocab: 50257,
			context: 2048,
		},
		params: row.nParams,
		paramsLabel: label,
		trainingTokens: 300e9,
		printed,
		...(fix ? { corrections: fix.why } : {}),
		source: {
			url: URL,
			note: `Brown et al. 2020, “Language Models are Few-Shot Learners”, Table 2.1 (p. 8), row “${name}”; context 2048 (§2.1); 300B training tokens (Table 2.1 caption); derived: vocab 50,257 is GPT-2's tokenizer (§2.1: "the same model and architecture as GPT-2"), not printed in the table. Read via independent full-text copies that agree.`,
		},
		derived: fix ? ['arch.vocab', fix.field] : ['arch.vocab'],
	};
});
