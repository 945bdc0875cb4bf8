// @vitest-environment node
/**
 * A pasted config.json in "Can I train it?" and the quick answer, in Node: the architecture's
 * code in the link (shared/arch-code.ts), the reader's messages for bad files, and the counts
 * and FLOP against hand calculations from the config's own values.
 */
import { describe, expect, it } from 'vitest';
import { trainModel } from '../../../src/calculators/can-i-train/model.ts';
import { linkSchema } from '../../../src/calculators/can-i-train/link.ts';
import { trainDefaults, trainSchema } from '../../../src/calculators/can-i-train/state.ts';
import { planModel } from '../../../src/calculators/run-planner/model.ts';
import { planDefaults, planSchema } from '../../../src/calculators/run-planner/state.ts';
import { quickModel } from '../../../src/calculators/quick-answer/model.ts';
import {
	ARCH_CODE_MAX,
	decodeArch,
	encodeArch,
	isArchCode,
} from '../../../src/calculators/shared/arch-code.ts';
import { archSummary } from '../../../src/calculators/shared/config-field.tsx';
import { readConfig } from '../../../src/calculators/shared/config-read.ts';
import { commonStrings } from '../../../src/i18n/calculators/common.ts';
import { planStrings } from '../../../src/i18n/calculators/plan.ts';
import { trainStrings } from '../../../src/i18n/calculators/train.ts';
import { HF_CONFIGS } from '../../helpers/hf-configs.ts';
import { gpt2small } from '../../helpers/archs.ts';
import { fieldsOf, row } from './rows.ts';

const words = { locale: 'en' as const, common: commonStrings.en, strings: trainStrings.en };
const qwenText = JSON.stringify(HF_CONFIGS['Qwen/Qwen3-30B-A3B']);
const deepseekText = JSON.stringify(HF_CONFIGS['deepseek-ai/DeepSeek-V3']);
const codeOf = (text: string) => {
	const r = readConfig(text, trainStrings.en.config, 'en');
	if (r.error !== undefined) throw new Error(r.error);
	return r.code;
};

// Qwen3-30B-A3B's config.json: hidden_size 2048, 48 layers, 32 heads of head_dim 128, 4 KV
// heads, vocab 151,936, untied head, 128 experts of moe_intermediate_size 768, 8 per token,
// a router per layer, RMSNorm with q/k norms per head (Qwen3MoeAttention).
const d = 2048;
const vocab = 151_936;
const attention = d * 32 * 128 + 2 * d * 4 * 128 + 32 * 128 * d; // q, k, v, o: 18,874,368
const qkNorms = 2 * 128;
const expert = 3 * d * 768; // gate, up, down: 4,718,592
const router = d * 128;
const norms = 2 * d;
const embeddings = 2 * vocab * d; // input table and untied head: 622,329,856
const total = embeddings + 48 * (attention + qkNorms + 128 * expert + router + norms) + d;
const active = embeddings + 48 * (attention + qkNorms + 8 * expert + router + norms) + d;

describe('Qwen3-30B-A3B pasted', () => {
	it('the hand count is the model card’s: 30,532,122,624 total, 3,353,032,704 active', () => {
		expect(total).toBe(30_532_122_624); // model card: 30.5B total, 3.3B activated
		expect(active).toBe(3_353_032_704);
	});

	const models = [{ id: 'gpt2', name: 'GPT-2', arch: gpt2small, params: 124_439_808 }];
	const gpu = {
		id: 'card',
		name: 'Card',
		peakFlopsPerSecond: { bf16: 1e15 },
		memoryBytes: 80 * 2 ** 30,
	};
	const schema = trainSchema(models, [gpu]);
	const code = codeOf(qwenText);
	const r = trainModel(
		{
			...fieldsOf(schema, trainDefaults(models, [gpu], {}), {
				model: 'config',
				cfg: code,
				fit: 'given',
				tokens: '1e9',
				count: '6n',
			}),
			models,
			gpu,
			precision: 'bf16',
			peak: 1e15,
		},
		words,
	);

	it('shows total and active parameters', () => {
		expect(row(r.rows, 'params').raw).toBe(total);
		expect(row(r.rows, 'active').raw).toBe(active);
		expect(row(r.rows, 'active').note).toMatch(/FLOP from the active parameters/);
	});

	it('FLOP from the active parameters: 6 × (active − the 151,936 × 2048 input table) per token', () => {
		// The input table is a lookup, not a matmul; the untied head is a matmul.
		const perToken = 6 * (active - vocab * d); // 18,251,206,656
		expect(row(r.rows, 'flops').raw).toBe(perToken * 1e9);
		expect(row(r.rows, 'flops').note).toContain(commonStrings.en.moeNote.split(':')[0]);
	});

	it('memory from all the parameters: the weights alone are ≥ 2 bytes × 30.5e9', () => {
		expect(r.memory!.weights).toBeGreaterThanOrEqual(2 * total);
		expect(r.memory!.gradients + r.memory!.optimizer).toBeGreaterThanOrEqual(8 * total);
	});

	it('the quick answer reads the same code: compute from active, the full calculator’s link keeps it', () => {
		const q = quickModel(
			{
				gpu,
				precision: 'bf16',
				peak: 1e15,
				config: code,
				trainSchema: linkSchema(models, [gpu]),
			},
			words,
		);
		// 20 tokens per parameter (of all 30.5e9): 610,642,452,480 tokens; attention counted
		expect(q.rows[0].raw).toBeGreaterThan(6 * (active - vocab * d) * 20 * total);
		expect(q.rows[0].raw).toBeLessThan(6 * total * 20 * total);
		expect(q.href).toContain('train.model=config');
		expect(new URLSearchParams(q.href.split('?')[1].split('#')[0]).get('train.cfg')).toBe(code);
	});
});

describe('the architecture in the link', () => {
	it('round-trips every field, and stays short (DeepSeek-V3 under 200 characters)', () => {
		for (const text of [qwenText, deepseekText]) {
			const read = readConfig(text, trainStrings.en.config, 'en');
			if (read.error !== undefined) throw new Error(read.error);
			expect(decodeArch(read.code)).toEqual({
				arch: read.read.arch,
				modelType: read.read.modelType,
			});
			expect(read.code.length).toBeLessThan(200);
			expect(read.code).toMatch(/^[A-Za-z0-9._-]+$/); // nothing a URL must escape
		}
		expect(codeOf(qwenText)).toMatch(/^t-qwen3_moe\.f-llama\.L-48\.h-32\.kv-4\.d-2048\./);
	});

	it('reads the summary back: 128 experts, 8 per token, none shared; DeepSeek-V3’s MLA ranks', () => {
		const q = Object.fromEntries(archSummary(codeOf(qwenText), trainStrings.en.config, 'en')!);
		expect(q[trainStrings.en.config.experts]).toBe('128 / 8 / 0');
		expect(q[trainStrings.en.config.heads]).toBe('32 / 4');
		expect(q[trainStrings.en.config.headDim]).toBe('128');
		const ds = Object.fromEntries(archSummary(codeOf(deepseekText), trainStrings.en.config, 'en')!);
		// DeepSeek-V3 config.json: q_lora_rank 1536, kv_lora_rank 512; 256 routed, 8 per token, 1 shared
		expect(ds[trainStrings.en.config.mla]).toBe('1,536 / 512');
		expect(ds[trainStrings.en.config.experts]).toBe('256 / 8 / 1');
	});

	it('refuses a hostile or broken code (the link then falls back with a note)', () => {
		for (const bad of [
			'__proto__-1',
			'constructor-1',
			'L-0.h-1.d-1.V-1.c-1.f-llama',
			'f-llama.L-1e3.h-1.d-64.V-8.c-8',
			'f-llama.L-2.L-2.h-1.d-64.V-8.c-8',
			'f-evil.L-2.h-1.d-64.V-8.c-8',
			'f-llama.L-2.h-3.kv-2.d-66.ff-128.V-8.c-8', // 3 heads do not share 2 KV heads
			't-Bert!.f-llama.L-2.h-1.d-64.ff-128.V-8.c-8',
			'f-llama.L-2',
			'x'.repeat(ARCH_CODE_MAX + 1),
			'..',
		]) {
			expect(decodeArch(bad), bad).toBeUndefined();
			expect(isArchCode(bad), bad).toBe(false);
		}
		expect(
			decodeArch(
				encodeArch({
					arch: {
						family: 'llama',
						layers: 2,
						heads: 1,
						dModel: 64,
						ffnDim: 128,
						vocab: 8,
						context: 8,
					},
				}),
			)?.arch.layers,
		).toBe(2);
	});
});

describe('a bad config.json: the reader’s words, next to the field', () => {
	const fr = trainStrings.fr.config.errors;
	const err = (text: string, locale: 'fr' | 'ar' = 'fr') => {
		const r = readConfig(text, trainStrings[locale].config, locale);
		return r.error;
	};
	it('malformed JSON, empty text, a huge file, an unknown model_type, a missing key', () => {
		expect(err('{"model_type": "llama",')).toBe(fr.notJson);
		expect(err('   ')).toBe(fr.empty);
		expect(err('[' + ' '.repeat(1_000_001))).toContain('1'); // too long: its length, in words
		expect(err('[' + ' '.repeat(1_000_001))).toMatch(/^Ce texte compte/);
		expect(err('{"model_type": "bert"}', 'ar')).toMatch(/^قيمة model_type/);
		const noLayers = { ...HF_CONFIGS['Qwen/Qwen3-30B-A3B'] } as Record<string, unknown>;
		delete noLayers.num_hidden_layers;
		expect(err(JSON.stringify(noLayers))).toContain('num_hidden_layers');
		expect(err(JSON.stringify(noLayers))).toMatch(/^La clé/);
		expect(err('['.repeat(100_000))).toBe(fr.notJson); // too deep, refused before JSON.parse
		// a prototype key is not read as the object's own model_type
		expect(err('{"__proto__": {"model_type": "llama"}}', 'ar')).toMatch(/^قيمة model_type/);
	});
});

describe('the run planner with a MoE preset', () => {
	const qwenArch = decodeArch(codeOf(qwenText))!.arch;
	const models = [{ id: 'qwen', name: 'Qwen3 30B-A3B', arch: qwenArch, params: total }];
	const gpu = { id: 'g', name: 'G', peakFlopsPerSecond: { bf16: 1e15 }, memoryBytes: 80 * 2 ** 30 };
	const schema = planSchema(models, [gpu]);
	const r = planModel(
		{
			...fieldsOf(schema, planDefaults(models, [gpu], { modelId: 'qwen', gpuId: 'g' })),
			models,
			gpu,
			precision: 'bf16',
			peak: 1e15,
		},
		{ locale: 'en', common: commonStrings.en, strings: planStrings.en },
	);
	it('shows the total (rotary: no position table) and the active count, and says FLOP come from active', () => {
		expect(row(r.rows, 'params').raw).toBe(total);
		expect(row(r.rows, 'active').raw).toBe(active);
		expect(row(r.rows, 'flops').note).toContain('FLOP from the active parameters');
	});
});
