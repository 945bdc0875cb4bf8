/**
 * A Hugging Face `config.json` → `Arch`: pure, no `eval`, no prototype walk. Keys are read only
 * when they are the object's own (`Object.hasOwn`), never `__proto__`, `constructor` or
 * `prototype`; text is refused before `JSON.parse` when it is too long or too deeply nested.
 *
 * The keys each `model_type` reads, and what they mean, are those of the transformers
 * configuration classes (huggingface/transformers, src/transformers/models/<type>/
 * configuration_<type>.py) and the modules that use them (modeling_<type>.py): e.g.
 * Qwen2Attention's q/k/v biases, Gemma2DecoderLayer's four norms, Qwen3MoeSparseMoeBlock's
 * router and experts, DeepseekV3Attention's latent projections (see `Mla`). A key the file
 * leaves out is an error, except the few that real files omit because their configuration
 * class supplies them (`DEFAULTS`, reported in `defaulted`), `num_key_value_heads` (absent: as
 * many as the heads, LlamaConfig's rule) and optional switches (`tie_word_embeddings`, biases).
 *
 * Not counted, by design: a multimodal model's vision tower and projector (gemma3: only
 * `text_config` is read), DeepSeek-V3's multi-token-prediction module (`num_nextn_predict_layers`:
 * 11.5 B parameters beside the 671 B main model, DeepSeek-V3 README_WEIGHTS.md), and settings
 * that change neither parameters nor FLOP (rope scaling, soft-capping, dropout, GPT-NeoX's
 * parallel residual): they are listed in `ignored`.
 */
import type { Arch, Moe } from './types.ts';
import { resolveArch } from './arch.ts';
import { paramBreakdown } from './params.ts';
import { LIMITS, type Limit } from './limits.ts';
import { EstimateError, LEAKED, describeValue, inRange, record, showNumber } from './validate.ts';

/** The `model_type` values `fromHfConfig` reads. */
export const HF_MODEL_TYPES = [
	'llama',
	'mistral',
	'mixtral',
	'qwen2',
	'qwen2_moe',
	'qwen3',
	'qwen3_moe',
	'gemma',
	'gemma2',
	'gemma3_text',
	'gemma3',
	'phi3',
	'olmo2',
	'deepseek_v3',
	'gpt2',
	'gpt_neox',
] as const;
export type HfModelType = (typeof HF_MODEL_TYPES)[number];

/**
 * What `parseHfConfig` accepts: real config.json files are under 10 kB and nest 3 deep.
 * Longer or deeper text is refused before it is parsed.
 */
export const HF_CONFIG_LIMITS = { characters: 1_000_000, depth: 64 } as const;

/** What `fromHfConfig` read. */
export type HfImport = {
	arch: Arch;
	/** The model_type read (gemma3's text model is 'gemma3_text'). */
	modelType: HfModelType;
	/** Keys that gave the architecture (text_config's as 'text_config.key'). */
	used: string[];
	/** Keys the configuration class supplied because the file leaves them out, as 'key=value'. */
	defaulted: string[];
	/** Keys present but not used: they change neither parameters nor FLOP here. */
	ignored: string[];
};

const SUPPORTED = `Supported model_type values: ${HF_MODEL_TYPES.join(', ')}.`;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Values transformers' configuration classes give keys that real files leave out (Gemma 3's
 * text_config lists only what differs from Gemma3TextConfig's defaults: vocab_size=262_208,
 * head_dim=256, max_position_embeddings=131_072, sliding_window=4096, sliding_window_pattern=6,
 * configuration_gemma3.py).
 */
const DEFAULTS: Partial<Record<HfModelType, Readonly<Record<string, number>>>> = {
	gemma3_text: {
		vocab_size: 262_208,
		head_dim: 256,
		max_position_embeddings: 131_072,
		sliding_window: 4096,
		sliding_window_pattern: 6,
	},
	gemma2: { sliding_window: 4096 },
};

/** `tie_word_embeddings` when the file leaves it out: the configuration class's default. */
const TIED_BY_DEFAULT: ReadonlySet<HfModelType> = new Set([
	'gemma',
	'gemma2',
	'gemma3_text',
	'gpt2',
]);

const COUNT = { min: 0, max: LIMITS.layers.max, integer: true } as const satisfies Limit;

type Reader = ReturnType<typeof reader>;

/** Reads own keys of one object, remembering which were used. */
function reader(obj: Record<string, unknown>, prefix: string, type: HfModelType) {
	const used: string[] = [];
	const defaulted: string[] = [];
	const name = (key: string) => prefix + key;
	const present = (key: string) =>
		!FORBIDDEN.has(key) && Object.hasOwn(obj, key) && obj[key] !== null;
	const take = (key: string): unknown => {
		used.push(name(key));
		return obj[key];
	};
	const int = (key: string, limit: Limit): number => {
		if (present(key)) return inRange(name(key), take(key), limit);
		const fallback = DEFAULTS[type]?.[key];
		if (fallback !== undefined) {
			defaulted.push(`${name(key)}=${fallback}`);
			return fallback;
		}
		throw new EstimateError(
			`config.json has no ${name(key)}, which a ${type} model needs`,
			name(key),
		);
	};
	const optInt = (key: string, limit: Limit): number | undefined =>
		present(key) || DEFAULTS[type]?.[key] !== undefined ? int(key, limit) : undefined;
	const bool = (key: string, fallback: boolean): boolean => {
		if (!present(key)) return fallback;
		const v = take(key);
		if (typeof v !== 'boolean') {
			throw new EstimateError(
				`${name(key)} must be true or false, got ${describeValue(v)}`,
				name(key),
			);
		}
		return v;
	};
	const text = (key: string, fallback: string): string => {
		if (!present(key)) return fallback;
		const v = take(key);
		if (typeof v !== 'string' || v.length > 100) {
			throw new EstimateError(
				`${name(key)} must be a short text, got ${describeValue(v)}`,
				name(key),
			);
		}
		return v;
	};
	const list = (key: string, maxLength: number): unknown[] | undefined => {
		if (!present(key)) return undefined;
		const v = take(key);
		if (!Array.isArray(v) || v.length > maxLength) {
			throw new EstimateError(
				`${name(key)} must be a list of at most ${maxLength} entries, got ${describeValue(v)}`,
				name(key),
			);
		}
		return v;
	};
	const ignored = () =>
		Object.keys(obj)
			.filter((k) => !used.includes(name(k)))
			.filter((k) => k.length <= 64 && !LEAKED.test(k))
			.slice(0, 200)
			.map(name);
	return { obj, name, present, int, optInt, bool, text, list, used, defaulted, ignored };
}

/** Heads, KV heads and head width, checked against each other with the file's key names. */
function attentionShape(r: Reader, dModel: number, withKv: boolean) {
	const heads = r.int('num_attention_heads', LIMITS.heads);
	const kvHeads = withKv ? (r.optInt('num_key_value_heads', LIMITS.heads) ?? heads) : heads;
	if (kvHeads > heads) {
		throw new EstimateError(
			`${r.name('num_key_value_heads')} (${kvHeads}) is more than ${r.name('num_attention_heads')} (${heads}): a key/value head serves one or more query heads`,
			r.name('num_key_value_heads'),
		);
	}
	if (heads % kvHeads !== 0) {
		throw new EstimateError(
			`${r.name('num_attention_heads')} (${heads}) must be a multiple of ${r.name('num_key_value_heads')} (${kvHeads})`,
			r.name('num_key_value_heads'),
		);
	}
	const headDim = r.optInt('head_dim', LIMITS.headDim);
	if (headDim === undefined && dModel % heads !== 0) {
		throw new EstimateError(
			`${r.name('hidden_size')} (${dModel}) is not a multiple of ${r.name('num_attention_heads')} (${heads}), and there is no head_dim to give the head width`,
			r.name('hidden_size'),
		);
	}
	return { heads, kvHeads, headDim };
}

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
function llamaLike(r: Reader, type: HfModelType): Arch {
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
function gpt2(r: Reader): Arch {
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
function gptNeox(r: Reader): Arch {
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

/** Maps an Arch field an error names to the config key it came from. */
function keyFor(field: string, type: HfModelType): string {
	const gpt2Keys: Record<string, string> = {
		layers: 'n_layer',
		heads: 'n_head',
		dModel: 'n_embd',
		ffnDim: 'n_inner',
		context: 'n_positions',
	};
	const keys: Record<string, string> = {
		layers: 'num_hidden_layers',
		heads: 'num_attention_heads',
		kvHeads: 'num_key_value_heads',
		dModel: 'hidden_size',
		headDim: 'head_dim',
		ffnDim: 'intermediate_size',
		vocab: 'vocab_size',
		context: 'max_position_embeddings',
		'moe.experts': 'num_experts',
		'moe.perToken': 'num_experts_per_tok',
		'moe.expertFfnDim': 'moe_intermediate_size',
	};
	if (field === 'moe.experts' && type === 'mixtral') return 'num_local_experts';
	if (field === 'moe.experts' && type === 'deepseek_v3') return 'n_routed_experts';
	return (type === 'gpt2' ? gpt2Keys[field] : undefined) ?? keys[field] ?? field;
}

function importConfig(json: unknown): HfImport {
	const root = record('config', json);
	const top = reader(root, '', 'llama');
	const declared = top.text('model_type', '');
	if (!(HF_MODEL_TYPES as readonly string[]).includes(declared)) {
		throw new EstimateError(
			declared === ''
				? 'config.json has no model_type, so its architecture cannot be read'
				: `model_type ${describeValue(declared)} is not one this site reads`,
			'model_type',
		);
	}
	let type = declared as HfModelType;
	let r: Reader = reader(root, '', type);
	r.used.push('model_type');
	const outer: string[] = [];
	if (type === 'gemma3') {
		// Gemma 3 4B-27B: a vision tower and projector beside the text model; only the text counts.
		const text = record('text_config', top.present('text_config') ? root.text_config : undefined);
		const inner = reader(text, 'text_config.', 'gemma3_text').text('model_type', 'gemma3_text');
		if (inner !== 'gemma3_text') {
			throw new EstimateError(
				`text_config.model_type must be gemma3_text, got ${describeValue(inner)}`,
				'text_config.model_type',
			);
		}
		type = 'gemma3_text';
		r = reader(text, 'text_config.', type);
		r.used.push('text_config.model_type');
		outer.push(...top.ignored().filter((k) => k !== 'model_type' && k !== 'text_config'));
	}
	const arch = type === 'gpt2' ? gpt2(r) : type === 'gpt_neox' ? gptNeox(r) : llamaLike(r, type);
	try {
		resolveArch(arch);
		paramBreakdown(arch);
	} catch (e) {
		if (!(e instanceof EstimateError)) throw e;
		throw new EstimateError(e.message, r.name(keyFor(e.field, type)));
	}
	const used =
		type === 'gemma3_text' && declared === 'gemma3'
			? ['model_type', 'text_config', ...r.used]
			: r.used;
	return {
		arch,
		modelType: type,
		used: [...new Set(used)],
		defaulted: r.defaulted,
		ignored: [...outer, ...r.ignored()],
	};
}

/**
 * The architecture a parsed Hugging Face config.json describes, with the keys used, filled in
 * and ignored. Any other value, a missing or mistyped key, or keys that contradict each other
 * give an `EstimateError` naming the key (and listing the supported model types).
 */
export function fromHfConfig(json: unknown): HfImport {
	try {
		return importConfig(json);
	} catch (e) {
		if (!(e instanceof EstimateError)) throw e;
		throw new EstimateError(`${e.message}. ${SUPPORTED}`, e.field);
	}
}

/** Nesting depth of JSON text, counted outside strings; stops as soon as it passes `max`. */
function depthAbove(text: string, max: number): boolean {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 92)
				i++; // backslash: skip the escaped character
			else if (c === 34) inString = false;
		} else if (c === 34) inString = true;
		else if (c === 123 || c === 91) {
			if (++depth > max) return true;
		} else if (c === 125 || c === 93) depth--;
	}
	return false;
}

/**
 * `fromHfConfig` of config.json text as pasted or read from a file. Text over
 * `HF_CONFIG_LIMITS.characters` or nested deeper than `HF_CONFIG_LIMITS.depth` is refused
 * before `JSON.parse` (a 10 MB string or 100,000 nested brackets answer in milliseconds).
 */
export function parseHfConfig(text: unknown): HfImport {
	if (typeof text !== 'string') {
		throw new EstimateError(`config.json must be text, got ${describeValue(text)}`, 'config');
	}
	const { characters, depth } = HF_CONFIG_LIMITS;
	if (text.length > characters) {
		throw new EstimateError(
			`config.json is ${showNumber(text.length)} characters long; real ones are under 10,000 and this reads at most ${showNumber(characters)}. Paste the model's config.json, not its weights or tokenizer.`,
			'config',
		);
	}
	if (text.trim() === '') {
		throw new EstimateError('config.json is empty: paste the text of the file', 'config');
	}
	if (depthAbove(text, depth)) {
		throw new EstimateError(
			`config.json nests more than ${depth} levels deep; real ones nest 3. This is not a model configuration.`,
			'config',
		);
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		const at = /position (\d+)/.exec(String((e as Error).message))?.[1];
		throw new EstimateError(
			`config.json is not valid JSON${at === undefined ? '' : ` (near character ${at})`}: check for a missing comma, quote or bracket`,
			'config',
		);
	}
	return fromHfConfig(json);
}
