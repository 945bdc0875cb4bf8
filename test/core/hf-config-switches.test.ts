/**
 * fromHfConfig: the less common switches of each family (biases, activations, windows,
 * experts), each read from a released model's config.json with one key changed.
 */
import { describe, expect, it } from 'vitest';
import { countParams, fromHfConfig } from '../../src/core/index.ts';
import { HF_CONFIGS } from '../helpers/hf-configs.ts';
import { changed } from '../helpers/hf-config-cases.ts';
import { errorOf } from '../helpers/errors.ts';

describe('fromHfConfig: the less common switches of each family', () => {
	it('Llama attention_bias and mlp_bias; GPT-NeoX without attention biases', () => {
		const base = countParams(fromHfConfig(HF_CONFIGS['meta-llama/Llama-3.2-1B']).arch);
		const biased = fromHfConfig(
			changed('meta-llama/Llama-3.2-1B', { attention_bias: true, mlp_bias: true }),
		).arch;
		expect(biased).toMatchObject({ attentionBias: 'qkvo', mlpBias: true });
		// per block: q 2048 + k, v 2·512 + o 2048 = 5120; gate, up 2·8192 + down 2048 = 18,432
		expect(countParams(biased) - base).toBe(16 * (5120 + 18_432));
		const neox = fromHfConfig(changed('EleutherAI/pythia-160m', { attention_bias: false })).arch;
		// qkv 3·768 and dense 768 biases go: 12 blocks × 3072
		expect(162_322_944 - countParams(neox)).toBe(12 * 4 * 768);
	});

	it('GPT-2 with only n_ctx and an explicit n_inner', () => {
		const a = fromHfConfig(
			changed('openai-community/gpt2', { n_positions: undefined, n_inner: 2048 }),
		).arch;
		expect(a).toMatchObject({ context: 1024, ffnDim: 2048 });
	});

	it('DeepSeek without query compression, with MoE every other layer', () => {
		const a = fromHfConfig(
			changed('deepseek-ai/DeepSeek-V3', {
				q_lora_rank: null,
				moe_layer_freq: 2,
				topk_method: 'greedy',
			}),
		).arch;
		expect(a.mla?.qLoraRank).toBeUndefined();
		// layers 4, 6, …, 60 are MoE (i ≥ 3 and i even): 29 of 61
		expect(a.moe).toMatchObject({ denseLayers: 61 - 29 });
		expect(a.moe?.routerBias).toBeUndefined();
	});

	it('Qwen2-MoE without a shared expert; sliding layers without a window', () => {
		const a = fromHfConfig(
			changed('Qwen/Qwen1.5-MoE-A2.7B', { shared_expert_intermediate_size: 0 }),
		).arch;
		expect(a.moe?.sharedExperts).toBeUndefined();
		const types = Array.from({ length: 32 }, () => 'sliding_attention');
		const e = errorOf(() =>
			fromHfConfig(changed('mistralai/Mixtral-8x7B-v0.1', { layer_types: types })),
		);
		expect(e.field).toBe('sliding_window');
		// all full: no window at all
		const full = Array.from({ length: 32 }, () => 'full_attention');
		expect(
			fromHfConfig(changed('mistralai/Mistral-7B-v0.1', { layer_types: full })).arch.slidingWindow,
		).toBeUndefined();
	});
});
