/**
 * Mixture-of-experts models with their Hugging Face config.json values (see models-2026.ts):
 * Qwen3-30B-A3B, Mixtral 8×7B and DeepSeek-V3. Memory comes from the total parameters (every
 * expert is trained), FLOP per token from the active ones.
 */
import type { Model } from './types.ts';
import { hfModel } from './models-2026.ts';

export const moeModels2026: readonly Model[] = [
	hfModel({
		id: 'qwen3-30b-a3b',
		name: 'Qwen3 30B-A3B',
		hfRepo: 'Qwen/Qwen3-30B-A3B',
		arch: {
			family: 'llama',
			layers: 48,
			heads: 32,
			kvHeads: 4,
			dModel: 2048,
			headDim: 128,
			vocab: 151936,
			context: 40960,
			tiedEmbeddings: false,
			qkNorm: 'head',
			moe: { experts: 128, perToken: 8, expertFfnDim: 768 },
		},
		params: 30.5e9,
		paramsLabel: '30.5B',
		activeParams: 3.3e9,
		activeParamsLabel: '3.3B',
		checkpointParams: 30_532_122_624,
		trainingTokens: 36e12,
		trainingTokensEstimate: true,
		archNote:
			'128 routed experts per layer, 8 per token, no shared expert; every layer is a mixture of experts (decoder_sparse_step 1, no mlp_only_layers), so intermediate_size is unused. RMSNorm on each query and key head.',
		note: 'config.json: model_type qwen3_moe, hidden_size 2048, num_hidden_layers 48, num_attention_heads 32, num_key_value_heads 4, head_dim 128, num_experts 128, num_experts_per_tok 8, moe_intermediate_size 768, decoder_sparse_step 1, mlp_only_layers [], vocab_size 151936, max_position_embeddings 40960, tie_word_embeddings false. Parameters: the Qwen3-30B-A3B model card, “Model Overview” (30.5B in total and 3.3B activated; non-embedding 29.9B); the 36T tokens (“Qwen3 Highlights”) are the series’ figure, not this model’s; checkpoint total from the model page.',
	}),
	hfModel({
		id: 'mixtral-8x7b',
		name: 'Mixtral 8×7B',
		hfRepo: 'mistralai/Mixtral-8x7B-v0.1',
		arch: {
			family: 'llama',
			layers: 32,
			heads: 32,
			kvHeads: 8,
			dModel: 4096,
			vocab: 32000,
			context: 32768,
			tiedEmbeddings: false,
			moe: { experts: 8, perToken: 2, expertFfnDim: 14336 },
		},
		params: 46.7e9,
		paramsLabel: '46.7B',
		activeParams: 12.9e9,
		activeParamsLabel: '12.9B',
		checkpointParams: 46_702_792_704,
		archNote:
			'8 experts per layer, 2 per token; each expert is a SwiGLU MLP of intermediate_size 14336; no sliding window (sliding_window null).',
		note: 'config.json: model_type mixtral, hidden_size 4096, num_hidden_layers 32, num_attention_heads 32, num_key_value_heads 8, intermediate_size 14336, num_local_experts 8, num_experts_per_tok 2, vocab_size 32000, max_position_embeddings 32768, sliding_window null. Parameters: Mistral AI, “Mixtral of experts” (mistral.ai/news/mixtral-of-experts, 2023-12-11: “46.7B total parameters but only uses 12.9B parameters per token”; Jiang et al. 2024, arXiv:2401.04088 §2 rounds them to 47B and 13B); checkpoint total from the model page. Training tokens were not published.',
	}),
	hfModel({
		id: 'deepseek-v3',
		name: 'DeepSeek-V3',
		hfRepo: 'deepseek-ai/DeepSeek-V3',
		arch: {
			family: 'llama',
			layers: 61,
			heads: 128,
			dModel: 7168,
			ffnDim: 18432,
			vocab: 129280,
			context: 163840,
			tiedEmbeddings: false,
			moe: {
				experts: 256,
				perToken: 8,
				expertFfnDim: 2048,
				sharedExperts: 1,
				routerBias: true,
				denseLayers: 3,
			},
			mla: {
				qLoraRank: 1536,
				kvLoraRank: 512,
				qkRopeHeadDim: 64,
				qkNopeHeadDim: 128,
				vHeadDim: 128,
			},
		},
		params: 671e9,
		paramsLabel: '671B',
		activeParams: 37e9,
		activeParamsLabel: '37B',
		trainingTokens: 14.8e12,
		archNote:
			'Multi-head latent attention (queries through a 1,536-wide latent, keys and values through a 512-wide one, a 64-wide rotary key shared by the 128 heads); the first 3 layers dense (intermediate_size 18432), the other 58 with 256 routed experts (8 per token) and 1 shared expert. The main model only: the checkpoint also holds one multi-token-prediction module (num_nextn_predict_layers 1: 11.6B parameters of its own, with copies of the embedding and head, hence 685B on the model page), used in training and for speculative decoding, not counted here.',
		note: 'config.json: model_type deepseek_v3, hidden_size 7168, num_hidden_layers 61, num_attention_heads 128, q_lora_rank 1536, kv_lora_rank 512, qk_rope_head_dim 64, qk_nope_head_dim 128, v_head_dim 128, first_k_dense_replace 3, intermediate_size 18432, n_routed_experts 256, num_experts_per_tok 8, n_shared_experts 1, moe_intermediate_size 2048, topk_method noaux_tc, vocab_size 129280, max_position_embeddings 163840, tie_word_embeddings false. Parameters: DeepSeek-AI 2024, “DeepSeek-V3 Technical Report”, arXiv:2412.19437, abstract and §4.2 (671B total, 37B activated per token; 14.8T training tokens); the repository README (github.com/deepseek-ai/DeepSeek-V3: 685B on Hugging Face = 671B main model + 14B multi-token-prediction module) and README_WEIGHTS.md (36.7B activated, including the 0.9B embedding and 0.9B head).',
	}),
];
