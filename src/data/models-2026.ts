/**
 * Open models of 2024-25 with their Hugging Face config.json values: Llama 3.1 and 3.2, Qwen2.5
 * and Qwen3, Gemma 2 and 3, Mistral 7B, Phi-3 mini and OLMo 2 (dense); Qwen3-30B-A3B, Mixtral
 * 8×7B and DeepSeek-V3 (mixture of experts) are in models-2026-moe.ts.
 *
 * `arch` is what the core's `fromHfConfig` reads from the repository's config.json (the
 * architecture keys are listed in each note); `context` is the file's max_position_embeddings.
 * `params` is the model card's or paper's figure; `checkpointParams` the exact total the model
 * page publishes for the checkpoint (safetensors metadata).
 */
import type { Model } from './types.ts';

/** The config.json of a Hugging Face repository. */
export const hfConfigUrl = (repo: string) => `https://huggingface.co/${repo}/blob/main/config.json`;

/** What every entry's `secondary` means, for its note. */
export const HF_SECONDARY =
	'secondary: the architecture is transcribed from this config.json; counted, it gives the checkpoint total exactly.';

type Entry = Omit<Model, 'source' | 'secondary' | 'hfRepo'> & {
	hfRepo: string;
	/** Which keys `arch` comes from, and where the parameter count is published. */
	note: string;
};

/** An entry sourced to its repository's config.json. */
export function hfModel(e: Entry): Model {
	const { note, ...rest } = e;
	return {
		...rest,
		source: { url: hfConfigUrl(e.hfRepo), note: `${note} ${HF_SECONDARY}` },
		secondary: ['arch'],
	};
}

const LLAMA31_CARD =
	'Parameters: the Llama 3.1 model card (huggingface.co/meta-llama/Llama-3.1-8B, “Model Information” table: 8B, 70B, 405B; 15T+ tokens); checkpoint total from the model page.';
const LLAMA32_CARD =
	'Parameters: the Llama 3.2 model card (huggingface.co/meta-llama/Llama-3.2-1B, “Model Information” table: 1B (1.23B), 3B (3.21B); up to 9T tokens); checkpoint total from the model page.';
const QWEN3_CARD =
	'Pre-trained on 36 trillion tokens (the Qwen3 model card, “Qwen3 Highlights”); checkpoint total from the model page.';
const GEMMA_NOTE =
	'Embeddings are tied to the output head and scaled by √d_model (no parameters); four RMSNorms per block (pre- and post-attention, pre- and post-feed-forward); a GeGLU MLP.';

export const models2026: readonly Model[] = [
	hfModel({
		id: 'llama3.1-8b',
		name: 'Llama 3.1 8B',
		hfRepo: 'meta-llama/Llama-3.1-8B',
		arch: {
			family: 'llama',
			layers: 32,
			heads: 32,
			kvHeads: 8,
			dModel: 4096,
			ffnDim: 14336,
			vocab: 128256,
			context: 131072,
			tiedEmbeddings: false,
		},
		params: 8e9,
		paramsLabel: '8B',
		checkpointParams: 8_030_261_248,
		trainingTokens: 15e12,
		note: `config.json: hidden_size 4096, num_hidden_layers 32, num_attention_heads 32, num_key_value_heads 8, intermediate_size 14336, vocab_size 128256, max_position_embeddings 131072, tie_word_embeddings false. ${LLAMA31_CARD}`,
	}),
	hfModel({
		id: 'llama3.1-70b',
		name: 'Llama 3.1 70B',
		hfRepo: 'meta-llama/Llama-3.1-70B',
		arch: {
			family: 'llama',
			layers: 80,
			heads: 64,
			kvHeads: 8,
			dModel: 8192,
			ffnDim: 28672,
			vocab: 128256,
			context: 131072,
			tiedEmbeddings: false,
		},
		params: 70e9,
		paramsLabel: '70B',
		checkpointParams: 70_553_706_496,
		trainingTokens: 15e12,
		note: `config.json: hidden_size 8192, num_hidden_layers 80, num_attention_heads 64, num_key_value_heads 8, intermediate_size 28672, vocab_size 128256, max_position_embeddings 131072, tie_word_embeddings false. ${LLAMA31_CARD}`,
	}),
	hfModel({
		id: 'llama3.2-1b',
		name: 'Llama 3.2 1B',
		hfRepo: 'meta-llama/Llama-3.2-1B',
		arch: {
			family: 'llama',
			layers: 16,
			heads: 32,
			kvHeads: 8,
			dModel: 2048,
			headDim: 64,
			ffnDim: 8192,
			vocab: 128256,
			context: 131072,
			tiedEmbeddings: true,
		},
		params: 1.23e9,
		paramsLabel: '1.23B',
		checkpointParams: 1_235_814_400,
		trainingTokens: 9e12,
		note: `config.json: hidden_size 2048, num_hidden_layers 16, num_attention_heads 32, num_key_value_heads 8, head_dim 64, intermediate_size 8192, vocab_size 128256, max_position_embeddings 131072, tie_word_embeddings true. ${LLAMA32_CARD}`,
	}),
	hfModel({
		id: 'llama3.2-3b',
		name: 'Llama 3.2 3B',
		hfRepo: 'meta-llama/Llama-3.2-3B',
		arch: {
			family: 'llama',
			layers: 28,
			heads: 24,
			kvHeads: 8,
			dModel: 3072,
			headDim: 128,
			ffnDim: 8192,
			vocab: 128256,
			context: 131072,
			tiedEmbeddings: true,
		},
		params: 3.21e9,
		paramsLabel: '3.21B',
		checkpointParams: 3_212_749_824,
		trainingTokens: 9e12,
		note: `config.json: hidden_size 3072, num_hidden_layers 28, num_attention_heads 24, num_key_value_heads 8, head_dim 128, intermediate_size 8192, vocab_size 128256, max_position_embeddings 131072, tie_word_embeddings true. ${LLAMA32_CARD}`,
	}),
	hfModel({
		id: 'qwen2.5-7b',
		name: 'Qwen2.5 7B',
		hfRepo: 'Qwen/Qwen2.5-7B',
		arch: {
			family: 'llama',
			layers: 28,
			heads: 28,
			kvHeads: 4,
			dModel: 3584,
			ffnDim: 18944,
			vocab: 152064,
			context: 131072,
			tiedEmbeddings: false,
			attentionBias: 'qkv',
		},
		params: 7.61e9,
		paramsLabel: '7.61B',
		checkpointParams: 7_615_616_512,
		trainingTokens: 18e12,
		archNote: 'Biases on the query, key and value projections only (Qwen2Attention).',
		note: 'config.json: model_type qwen2, hidden_size 3584, num_hidden_layers 28, num_attention_heads 28, num_key_value_heads 4, intermediate_size 18944, vocab_size 152064, max_position_embeddings 131072, use_sliding_window false, tie_word_embeddings false. Parameters: the Qwen2.5-7B model card (“Number of Parameters: 7.61B”, non-embedding 6.53B); 18T pre-training tokens (Qwen2.5 Technical Report, arXiv:2412.15115, §3); checkpoint total from the model page.',
	}),
	hfModel({
		id: 'qwen3-8b',
		name: 'Qwen3 8B',
		hfRepo: 'Qwen/Qwen3-8B',
		arch: {
			family: 'llama',
			layers: 36,
			heads: 32,
			kvHeads: 8,
			dModel: 4096,
			headDim: 128,
			ffnDim: 12288,
			vocab: 151936,
			context: 40960,
			tiedEmbeddings: false,
			qkNorm: 'head',
		},
		params: 8.2e9,
		paramsLabel: '8.2B',
		checkpointParams: 8_190_735_360,
		trainingTokens: 36e12,
		trainingTokensEstimate: true,
		archNote: 'RMSNorm on each query and key head (q_norm, k_norm of head_dim).',
		note: `config.json: model_type qwen3, hidden_size 4096, num_hidden_layers 36, num_attention_heads 32, num_key_value_heads 8, head_dim 128, intermediate_size 12288, vocab_size 151936, max_position_embeddings 40960, tie_word_embeddings false. Parameters: the Qwen3-8B model card, “Model Overview” (8.2B; non-embedding 6.95B). ${QWEN3_CARD} The 36T tokens are the series' figure, not this model's.`,
	}),
	hfModel({
		id: 'qwen3-32b',
		name: 'Qwen3 32B',
		hfRepo: 'Qwen/Qwen3-32B',
		arch: {
			family: 'llama',
			layers: 64,
			heads: 64,
			kvHeads: 8,
			dModel: 5120,
			headDim: 128,
			ffnDim: 25600,
			vocab: 151936,
			context: 40960,
			tiedEmbeddings: false,
			qkNorm: 'head',
		},
		params: 32.8e9,
		paramsLabel: '32.8B',
		checkpointParams: 32_762_123_264,
		trainingTokens: 36e12,
		trainingTokensEstimate: true,
		archNote: 'RMSNorm on each query and key head (q_norm, k_norm of head_dim).',
		note: `config.json: model_type qwen3, hidden_size 5120, num_hidden_layers 64, num_attention_heads 64, num_key_value_heads 8, head_dim 128, intermediate_size 25600, vocab_size 151936, max_position_embeddings 40960, tie_word_embeddings false. Parameters: the Qwen3-32B model card, “Model Overview” (32.8B; non-embedding 31.2B). ${QWEN3_CARD} The 36T tokens are the series' figure, not this model's.`,
	}),
	hfModel({
		id: 'gemma2-9b',
		name: 'Gemma 2 9B',
		hfRepo: 'google/gemma-2-9b',
		arch: {
			family: 'llama',
			layers: 42,
			heads: 16,
			kvHeads: 8,
			dModel: 3584,
			headDim: 256,
			ffnDim: 14336,
			vocab: 256000,
			context: 8192,
			tiedEmbeddings: true,
			mlp: 'geglu',
			postNorms: true,
			slidingWindow: { window: 4096, layers: 21 },
		},
		params: 9e9,
		paramsLabel: '9B',
		checkpointParams: 9_241_705_984,
		printed: { embedding: 917_962_752, nonEmbedding: 8_324_201_984 },
		trainingTokens: 8e12,
		archNote: `${GEMMA_NOTE} Every other layer (21 of 42) attends to a 4,096-token sliding window. The paper's embedding count is that of a 256,128-row table; the released one has 256,000 rows.`,
		note: 'config.json: model_type gemma2, hidden_size 3584, num_hidden_layers 42, num_attention_heads 16, num_key_value_heads 8, head_dim 256, intermediate_size 14336, vocab_size 256000, max_position_embeddings 8192, sliding_window 4096, hidden_activation gelu_pytorch_tanh. Parameters: Gemma Team 2024, “Gemma 2: Improving Open Language Models at a Practical Size”, arXiv:2408.00118, Table 1 (9B: 917,962,752 embedding, 8,324,201,984 non-embedding parameters) and §3.1 (8T training tokens); checkpoint total from the model page.',
	}),
	hfModel({
		id: 'gemma3-12b',
		name: 'Gemma 3 12B',
		hfRepo: 'google/gemma-3-12b-pt',
		arch: {
			family: 'llama',
			layers: 48,
			heads: 16,
			kvHeads: 8,
			dModel: 3840,
			headDim: 256,
			ffnDim: 15360,
			vocab: 262208,
			context: 131072,
			tiedEmbeddings: true,
			mlp: 'geglu',
			qkNorm: 'head',
			postNorms: true,
			slidingWindow: { window: 1024, layers: 40 },
		},
		params: 12e9,
		paramsLabel: '12B',
		checkpointParams: 12_187_325_040,
		printed: { vision: 417e6, embedding: 1012e6, nonEmbedding: 10_759e6 },
		trainingTokens: 12e12,
		archNote: `${GEMMA_NOTE} Five of every six layers (40 of 48) attend to a 1,024-token sliding window. The text model only: the 417M-parameter SigLIP vision tower and its projector are in the checkpoint but not in arch.`,
		note: 'config.json: model_type gemma3, text_config: hidden_size 3840, num_hidden_layers 48, num_attention_heads 16, num_key_value_heads 8, intermediate_size 15360, sliding_window 1024; head_dim 256, vocab_size 262208, max_position_embeddings 131072 and sliding_window_pattern 6 are Gemma3TextConfig’s defaults, which the file leaves out. Parameters: Gemma Team 2025, “Gemma 3 Technical Report”, arXiv:2503.19786, Table 1 (12B: vision encoder 417M, embedding 1,012M, non-embedding 10,759M) and §2.2 (12T training tokens); checkpoint total (with the vision tower) from the model page.',
	}),
	hfModel({
		id: 'gemma3-27b',
		name: 'Gemma 3 27B',
		hfRepo: 'google/gemma-3-27b-pt',
		arch: {
			family: 'llama',
			layers: 62,
			heads: 32,
			kvHeads: 16,
			dModel: 5376,
			headDim: 128,
			ffnDim: 21504,
			vocab: 262208,
			context: 131072,
			tiedEmbeddings: true,
			mlp: 'geglu',
			qkNorm: 'head',
			postNorms: true,
			slidingWindow: { window: 1024, layers: 52 },
		},
		params: 27e9,
		paramsLabel: '27B',
		checkpointParams: 27_432_406_640,
		printed: { vision: 417e6, embedding: 1416e6, nonEmbedding: 25_600e6 },
		trainingTokens: 14e12,
		archNote: `${GEMMA_NOTE} Five of every six layers (52 of 62) attend to a 1,024-token sliding window. The text model only: the 417M-parameter SigLIP vision tower and its projector are in the checkpoint but not in arch.`,
		note: 'config.json: model_type gemma3, text_config: hidden_size 5376, num_hidden_layers 62, num_attention_heads 32, num_key_value_heads 16, head_dim 128, intermediate_size 21504, sliding_window 1024; vocab_size 262208, max_position_embeddings 131072 and sliding_window_pattern 6 are Gemma3TextConfig’s defaults, which the file leaves out. Parameters: Gemma Team 2025, “Gemma 3 Technical Report”, arXiv:2503.19786, Table 1 (27B: vision encoder 417M, embedding 1,416M, non-embedding 25,600M) and §2.2 (14T training tokens); checkpoint total (with the vision tower) from the model page.',
	}),
	hfModel({
		id: 'mistral-7b',
		name: 'Mistral 7B',
		hfRepo: 'mistralai/Mistral-7B-v0.1',
		arch: {
			family: 'llama',
			layers: 32,
			heads: 32,
			kvHeads: 8,
			dModel: 4096,
			ffnDim: 14336,
			vocab: 32000,
			context: 32768,
			tiedEmbeddings: false,
			slidingWindow: { window: 4096, layers: 32 },
		},
		params: 7e9,
		paramsLabel: '7B',
		checkpointParams: 7_241_732_096,
		archNote: 'Every layer attends to a 4,096-token sliding window.',
		note: 'config.json (v0.1): model_type mistral, hidden_size 4096, num_hidden_layers 32, num_attention_heads 32, num_key_value_heads 8, intermediate_size 14336, vocab_size 32000, max_position_embeddings 32768, sliding_window 4096. Parameters: Jiang et al. 2023, “Mistral 7B”, arXiv:2310.06825, Table 1 (dim 4096, 32 layers, 32 heads, 8 KV heads, hidden 14336, window 4096, vocab 32000) and the abstract (“7-billion-parameter”); checkpoint total from the model page. Training tokens were not published.',
	}),
	hfModel({
		id: 'olmo2-7b',
		name: 'OLMo 2 7B',
		hfRepo: 'allenai/OLMo-2-1124-7B',
		arch: {
			family: 'llama',
			layers: 32,
			heads: 32,
			kvHeads: 32,
			dModel: 4096,
			ffnDim: 11008,
			vocab: 100352,
			context: 4096,
			tiedEmbeddings: false,
			qkNorm: 'projection',
		},
		params: 7e9,
		paramsLabel: '7B',
		checkpointParams: 7_298_617_344,
		trainingTokens: 4e12,
		archNote:
			'RMSNorm without bias after attention and after the MLP (no norm before them), and on the whole query and key projections (Olmo2Attention q_norm, k_norm).',
		note: 'config.json: model_type olmo2, hidden_size 4096, num_hidden_layers 32, num_attention_heads 32, num_key_value_heads 32, intermediate_size 11008, vocab_size 100352, max_position_embeddings 4096, tie_word_embeddings false. Parameters and tokens: the OLMo 2 7B model card (allenai/OLMo-2-1124-7B, table: 4 trillion training tokens, 32 layers, hidden size 4096, 32 heads, context 4096); checkpoint total from the model page.',
	}),
	hfModel({
		id: 'phi3-mini',
		name: 'Phi-3 mini (4k)',
		hfRepo: 'microsoft/Phi-3-mini-4k-instruct',
		arch: {
			family: 'llama',
			layers: 32,
			heads: 32,
			kvHeads: 32,
			dModel: 3072,
			ffnDim: 8192,
			vocab: 32064,
			context: 4096,
			tiedEmbeddings: false,
			slidingWindow: { window: 2047, layers: 32 },
		},
		params: 3.8e9,
		paramsLabel: '3.8B',
		checkpointParams: 3_821_079_552,
		trainingTokens: 3.3e12,
		archNote:
			'Query, key and value in one fused projection and gate and up in another (same counts as separate ones); a 2,047-token sliding window in every layer.',
		note: 'config.json: model_type phi3, hidden_size 3072, num_hidden_layers 32, num_attention_heads 32, num_key_value_heads 32, intermediate_size 8192, vocab_size 32064, max_position_embeddings 4096, sliding_window 2047. Parameters: Abdin et al. 2024, “Phi-3 Technical Report”, arXiv:2404.14219, abstract (3.8 billion parameters, 3.3 trillion tokens); checkpoint total from the model page.',
	}),
];
