/**
 * The readers of each `model_type` for `fromHfConfig` (hf-config.ts): the Llama lineage (with
 * its sliding windows and mixtures of experts), GPT-2 and GPT-NeoX. Each reads the keys its
 * transformers configuration class defines and returns an unchecked `Arch`.
 */
import type { Arch, Moe } from './types.ts';
import { LIMITS } from './limits.ts';
import { EstimateError, describeValue, inRange } from './validate.ts';
import { COUNT, attentionShape, type HfModelType, type Reader } from './hf-config-reader.ts';

/** `tie_word_embeddings` when the file leaves it out: the configuration class's default. */
const TIED_BY_DEFAULT: ReadonlySet<HfModelType> = new Set([
	'gemma',
	'gemma2',
	'gemma3_text',
	'gpt2',
]);

/** Number of layers marked sliding in `layer_types`, or undefined without the key. */
function slidingFromLayerTypes(r: Reader, layers: number): number | undefined {
	const types = r.list('layer_types', layers);
	if (types === undefined) return undefined;
	if (types.length !== layers) {
		throw new EstimateError(
			`${r.name('layer_types')} lists ${types.length} layers, but num_hidden_layers is ${layers}`,
			r.name('layer_types'),
		);
	}
	let sliding = 0;
	for (const t of types) {
		if (t === 'sliding_attention') sliding++;
		else if (t !== 'full_attention') {
			throw new EstimateError(
				`${r.name('layer_types')} entries must be "full_attention" or "sliding_attention", got ${describeValue(t)}`,
				r.name('layer_types'),
			);
		}
	}
	return sliding;
}

/** Sliding-window attention as each family's configuration class defines it. */
function slidingWindow(r: Reader, type: HfModelType, layers: number): Arch['slidingWindow'] {
	const fromTypes = slidingFromLayerTypes(r, layers);
	let count: number;
	if (type === 'qwen2' || type === 'qwen2_moe' || type === 'qwen3' || type === 'qwen3_moe') {
		// Qwen2Config: layers from max_window_layers on slide, and only with use_sliding_window.
		if (!r.bool('use_sliding_window', false)) return undefined;
		count = fromTypes ?? layers - Math.min(layers, r.optInt('max_window_layers', COUNT) ?? layers);
	} else if (type === 'gemma2') {
		// Gemma2: layers 0, 2, 4, … slide ("sliding_attention" if (i + 1) % 2).
		count = fromTypes ?? Math.ceil(layers / 2);
	} else if (type === 'gemma3_text') {
		// Gemma3: all but every sliding_window_pattern-th layer slide (5 local : 1 global).
		const pattern = fromTypes === undefined ? r.int('sliding_window_pattern', LIMITS.layers) : 1;
		count = fromTypes ?? layers - Math.floor(layers / pattern);
	} else if (type === 'mistral' || type === 'mixtral' || type === 'phi3') {
		// MistralConfig, MixtralConfig, Phi3Config: sliding_window applies to every layer.
		count = fromTypes ?? layers;
	} else {
		return undefined;
	}
	if (count === 0) return undefined;
	const window = r.optInt('sliding_window', LIMITS.context);
	if (window === undefined) {
		if (fromTypes !== undefined && fromTypes > 0) {
			throw new EstimateError(
				`${r.name('layer_types')} has sliding layers but sliding_window is missing`,
				r.name('sliding_window'),
			);
		}
		return undefined;
	}
	return { window, layers: count };
}

/** Layers whose MLP is dense, for Qwen's decoder_sparse_step and mlp_only_layers. */
function qwenDenseLayers(r: Reader, layers: number): number {
	const step = r.optInt('decoder_sparse_step', { ...LIMITS.layers }) ?? 1;
	const only = r.list('mlp_only_layers', layers) ?? [];
	const dense = new Set<number>();
	for (const i of only) {
		dense.add(inRange(r.name('mlp_only_layers'), i, { ...COUNT, max: layers - 1 }));
	}
	for (let i = 0; i < layers; i++) if ((i + 1) % step !== 0) dense.add(i);
	return dense.size;
}

function moeOf(r: Reader, type: HfModelType, layers: number): { moe: Moe; dense: number } {
	const perToken = r.int('num_experts_per_tok', LIMITS.experts);
	if (type === 'mixtral') {
		const experts = r.int('num_local_experts', LIMITS.experts);
		const expertFfnDim = r.int('intermediate_size', LIMITS.ffnDim);
		return { moe: { experts, perToken, expertFfnDim }, dense: 0 };
	}
	if (type === 'deepseek_v3') {
		const experts = r.int('n_routed_experts', LIMITS.experts);
		const expertFfnDim = r.int('moe_intermediate_size', LIMITS.ffnDim);
		const shared = r.optInt('n_shared_experts', { ...COUNT, max: LIMITS.experts.max }) ?? 0;
		const firstDense = Math.min(layers, r.optInt('first_k_dense_replace', COUNT) ?? 0);
		const freq = r.optInt('moe_layer_freq', LIMITS.layers) ?? 1;
		let moeLayers = 0;
		for (let i = firstDense; i < layers; i++) if (i % freq === 0) moeLayers++;
		const moe: Moe = { experts, perToken, expertFfnDim };
		if (shared > 0) moe.sharedExperts = shared;
		if (r.text('topk_method', 'greedy') === 'noaux_tc') moe.routerBias = true;
		return { moe, dense: layers - moeLayers };
	}
	// qwen2_moe, qwen3_moe
	const experts = r.int('num_experts', LIMITS.experts);
	const expertFfnDim = r.int('moe_intermediate_size', LIMITS.ffnDim);
	const moe: Moe = { experts, perToken, expertFfnDim };
	if (type === 'qwen2_moe') {
		const shared = r.optInt('shared_expert_intermediate_size', {
			...COUNT,
			max: LIMITS.ffnDim.max,
		});
		if (shared !== undefined && shared > 0) {
			moe.sharedExperts = 1;
			moe.sharedFfnDim = shared;
			moe.sharedGate = true;
		}
	}
	return { moe, dense: qwenDenseLayers(r, layers) };
}

/** Decoders of the Llama lineage: RMSNorm, gated MLP, rotary positions, untied head by default. */
export function llamaLike(r: Reader, type: HfModelType): Arch {
	const dModel = r.int('hidden_size', LIMITS.dModel);
	const layers = r.int('num_hidden_layers', LIMITS.layers);
	const mla = type === 'deepseek_v3';
	const { heads, kvHeads, headDim } = attentionShape(r, dModel, !mla);
	const vocab = r.int('vocab_size', LIMITS.vocab);
	const context = r.int('max_position_embeddings', LIMITS.context);
	const moeTypes: HfModelType[] = ['mixtral', 'qwen2_moe', 'qwen3_moe', 'deepseek_v3'];
	const experts = moeTypes.includes(type) ? moeOf(r, type, layers) : undefined;
	const arch: Record<string, unknown> = { family: 'llama', layers, heads };
	if (!mla) arch.kvHeads = kvHeads;
	arch.dModel = dModel;
	if (headDim !== undefined && !mla) arch.headDim = headDim;
	if (experts === undefined || experts.dense > 0)
		arch.ffnDim = r.int('intermediate_size', LIMITS.ffnDim);
	arch.vocab = vocab;
	arch.context = context;
	arch.tiedEmbeddings = r.bool('tie_word_embeddings', TIED_BY_DEFAULT.has(type));
	const biasKey = [
		'llama',
		'qwen3',
		'qwen3_moe',
		'olmo2',
		'gemma',
		'gemma2',
		'gemma3_text',
		'deepseek_v3',
	];
	if (type === 'qwen2' || type === 'qwen2_moe') arch.attentionBias = 'qkv';
	else if (biasKey.includes(type) && r.bool('attention_bias', false)) arch.attentionBias = 'qkvo';
	if (type === 'llama' && r.bool('mlp_bias', false)) arch.mlpBias = true;
	const act = type.startsWith('gemma')
		? r.text('hidden_activation', r.text('hidden_act', 'gelu_pytorch_tanh'))
		: r.text('hidden_act', 'silu');
	if (act.includes('gelu')) arch.mlp = 'geglu';
	if (type === 'qwen3' || type === 'qwen3_moe' || type === 'gemma3_text') arch.qkNorm = 'head';
	if (type === 'olmo2') arch.qkNorm = 'projection';
	if (type === 'gemma2' || type === 'gemma3_text') arch.postNorms = true;
	const window = slidingWindow(r, type, layers);
	if (window !== undefined) arch.slidingWindow = window;
	if (experts !== undefined) {
		if (experts.dense > 0) experts.moe.denseLayers = experts.dense;
		arch.moe = experts.moe;
	}
	if (mla) {
		const rank = { ...LIMITS.headDim, min: 0 };
		const q = r.optInt('q_lora_rank', rank) ?? 0;
		arch.mla = {
			...(q > 0 ? { qLoraRank: q } : {}),
			kvLoraRank: r.int('kv_lora_rank', LIMITS.headDim),
			qkRopeHeadDim: r.int('qk_rope_head_dim', rank),
			qkNopeHeadDim: r.int('qk_nope_head_dim', rank),
			vHeadDim: r.int('v_head_dim', LIMITS.headDim),
		};
	}
	return arch as Arch;
}

/** GPT-2 (GPT2Config: n_embd, n_layer, n_head, n_positions, n_inner; tied head). */
export function gpt2(r: Reader): Arch {
	const dModel = r.int('n_embd', LIMITS.dModel);
	const layers = r.int('n_layer', LIMITS.layers);
	const heads = r.int('n_head', LIMITS.heads);
	if (dModel % heads !== 0) {
		throw new EstimateError(
			`n_embd (${dModel}) is not a multiple of n_head (${heads}), so the heads have no whole width`,
			r.name('n_embd'),
		);
	}
	const context = r.present('n_positions')
		? r.int('n_positions', LIMITS.context)
		: r.int('n_ctx', LIMITS.context);
	const arch: Record<string, unknown> = { family: 'gpt2', layers, heads, dModel };
	const inner = r.optInt('n_inner', LIMITS.ffnDim);
	if (inner !== undefined) arch.ffnDim = inner;
	arch.vocab = r.int('vocab_size', LIMITS.vocab);
	arch.context = context;
	arch.tiedEmbeddings = r.bool('tie_word_embeddings', true);
	r.text('activation_function', 'gelu_new');
	return arch as Arch;
}

/**
 * GPT-NeoX and Pythia (GPTNeoXConfig; transformers' GPTNeoXLayer): biased LayerNorms and
 * linears, a 2-matrix GELU MLP, rotary positions on part of each head (no parameters), an
 * untied `embed_out` head.
 */
export function gptNeox(r: Reader): Arch {
	const dModel = r.int('hidden_size', LIMITS.dModel);
	const layers = r.int('num_hidden_layers', LIMITS.layers);
	const { heads } = attentionShape(r, dModel, false);
	const arch: Arch = {
		family: 'gpt2',
		layers,
		heads,
		dModel,
		ffnDim: r.int('intermediate_size', LIMITS.ffnDim),
		vocab: r.int('vocab_size', LIMITS.vocab),
		context: r.int('max_position_embeddings', LIMITS.context),
		positions: 'rotary',
		tiedEmbeddings: r.bool('tie_word_embeddings', false),
	};
	if (!r.bool('attention_bias', true)) arch.attentionBias = 'none';
	r.text('hidden_act', 'gelu');
	return arch;
}
