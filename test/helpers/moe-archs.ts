/**
 * Two mixtures of experts as their config.json files describe them, shared by the tests of
 * test/core/moe-*.test.ts.
 */
import type { Arch } from '../../src/core/index.ts';

// Qwen3-30B-A3B's config.json (huggingface.co/Qwen/Qwen3-30B-A3B): hidden_size 2048, 48 layers,
// 32 heads of head_dim 128, 4 KV heads, 128 experts of moe_intermediate_size 768, 8 per token,
// vocab 151,936, untied head; q_norm and k_norm per head.
export const qwen3moe: Arch = {
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
};

// DeepSeek-V3's config.json (huggingface.co/deepseek-ai/DeepSeek-V3): hidden_size 7168, 61
// layers (first_k_dense_replace 3 with intermediate_size 18432), 128 heads, q_lora_rank 1536,
// kv_lora_rank 512, qk_rope_head_dim 64, qk_nope_head_dim 128, v_head_dim 128, 256 routed experts
// of 2048 (8 per token), 1 shared, topk_method noaux_tc, vocab 129,280, untied head.
export const deepseekV3: Arch = {
	family: 'llama',
	layers: 61,
	heads: 128,
	dModel: 7168,
	ffnDim: 18432,
	vocab: 129280,
	context: 4096,
	tiedEmbeddings: false,
	moe: {
		experts: 256,
		perToken: 8,
		expertFfnDim: 2048,
		sharedExperts: 1,
		routerBias: true,
		denseLayers: 3,
	},
	mla: { qLoraRank: 1536, kvLoraRank: 512, qkRopeHeadDim: 64, qkNopeHeadDim: 128, vHeadDim: 128 },
};
