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
 * class supplies them (`DEFAULTS` in hf-config-reader.ts, reported in `defaulted`), `num_key_value_heads` (absent: as
 * many as the heads, LlamaConfig's rule) and optional switches (`tie_word_embeddings`, biases).
 *
 * Not counted, by design: a multimodal model's vision tower and projector (gemma3: only
 * `text_config` is read), DeepSeek-V3's multi-token-prediction module (`num_nextn_predict_layers`:
 * 11.5 B parameters beside the 671 B main model, DeepSeek-V3 README_WEIGHTS.md), and settings
 * that change neither parameters nor FLOP (rope scaling, soft-capping, dropout, GPT-NeoX's
 * parallel residual): they are listed in `ignored`.
 */
import { resolveArch } from './arch.ts';
import { paramBreakdown } from './params.ts';
import { EstimateError, describeValue, record, showNumber } from './validate.ts';
import { HF_MODEL_TYPES, reader, type HfModelType, type Reader } from './hf-config-reader.ts';
import { gpt2, gptNeox, llamaLike } from './hf-config-families.ts';
import type { Arch } from './types.ts';

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
