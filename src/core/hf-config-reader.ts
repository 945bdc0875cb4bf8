/**
 * The shared helpers of `fromHfConfig` (hf-config.ts): the `model_type` values it reads, the
 * defaults their configuration classes supply, and `reader`, which reads an object's own keys
 * only (never `__proto__`, `constructor` or `prototype`) and remembers which it used.
 */
import { LIMITS, type Limit } from './limits.ts';
import { EstimateError, LEAKED, describeValue, inRange } from './validate.ts';

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

export const COUNT = { min: 0, max: LIMITS.layers.max, integer: true } as const satisfies Limit;

export type Reader = ReturnType<typeof reader>;

/** Reads own keys of one object, remembering which were used. */
export function reader(obj: Record<string, unknown>, prefix: string, type: HfModelType) {
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
export function attentionShape(r: Reader, dModel: number, withKv: boolean) {
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
