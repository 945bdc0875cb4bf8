/**
 * fromHfConfig: bad, hostile and contradictory input gives an EstimateError naming the key.
 */
import { describe, expect, it } from 'vitest';
import { HF_MODEL_TYPES, countParams, fromHfConfig, parseHfConfig } from '../../src/core/index.ts';
import { HF_CONFIGS } from '../helpers/hf-configs.ts';
import { changed } from '../helpers/hf-config-cases.ts';
import { errorOf } from '../helpers/errors.ts';

describe('fromHfConfig: bad and hostile input gives an EstimateError naming the key', () => {
	const supported = /Supported model_type values: llama, mistral/;

	it('an unknown or missing model_type lists the supported ones', () => {
		const e = errorOf(() => fromHfConfig({ model_type: 'bert', hidden_size: 768 }));
		expect(e.field).toBe('model_type');
		expect(e.message).toMatch(/"bert"/);
		expect(e.message).toMatch(supported);
		for (const t of HF_MODEL_TYPES) expect(e.message).toContain(t);
		expect(errorOf(() => fromHfConfig({})).field).toBe('model_type');
		expect(errorOf(() => fromHfConfig({ model_type: 7 })).field).toBe('model_type');
	});

	it('a missing key is named', () => {
		const e = errorOf(() => fromHfConfig(changed('Qwen/Qwen3-8B', { hidden_size: undefined })));
		expect(e.field).toBe('hidden_size');
		expect(e.message).toMatch(/no hidden_size/);
		expect(e.message).toMatch(supported);
		expect(
			errorOf(() => fromHfConfig(changed('deepseek-ai/DeepSeek-V3', { kv_lora_rank: undefined })))
				.field,
		).toBe('kv_lora_rank');
		expect(errorOf(() => fromHfConfig({ model_type: 'gemma3' })).field).toBe('text_config');
		expect(
			errorOf(() => fromHfConfig({ model_type: 'gemma3', text_config: { model_type: 'siglip' } }))
				.field,
		).toBe('text_config.model_type');
		const text = { ...HF_CONFIGS['google/gemma-3-27b-pt'].text_config, hidden_size: 'wide' };
		expect(errorOf(() => fromHfConfig({ model_type: 'gemma3', text_config: text })).field).toBe(
			'text_config.hidden_size',
		);
	});

	it('wrong types, NaN-like strings and out-of-range numbers are named, never echoed as NaN', () => {
		const bad: [Record<string, unknown>, string][] = [
			[{ hidden_size: '4096' }, 'hidden_size'],
			[{ hidden_size: 'NaN' }, 'hidden_size'],
			[{ num_hidden_layers: 'Infinity' }, 'num_hidden_layers'],
			[{ num_hidden_layers: 1e308 }, 'num_hidden_layers'],
			[{ vocab_size: -1 }, 'vocab_size'],
			[{ intermediate_size: 4096.5 }, 'intermediate_size'],
			[{ num_attention_heads: [32] }, 'num_attention_heads'],
			[{ tie_word_embeddings: 'false' }, 'tie_word_embeddings'],
			[{ hidden_act: { name: 'silu' } }, 'hidden_act'],
			[{ head_dim: 0 }, 'head_dim'],
		];
		for (const [change, field] of bad) {
			const e = errorOf(() => fromHfConfig(changed('Qwen/Qwen3-8B', change)));
			expect(e.field, field).toBe(field);
			expect(e.message).not.toMatch(/NaN|Infinity|undefined/);
		}
	});

	it('keys that contradict each other are named', () => {
		// hidden_size not divisible by the heads, without head_dim
		const e = errorOf(() =>
			fromHfConfig(changed('meta-llama/Llama-3.1-8B', { hidden_size: 4100 })),
		);
		expect(e.field).toBe('hidden_size');
		expect(e.message).toMatch(/not a multiple of num_attention_heads/);
		// more KV heads than heads; heads not a multiple of KV heads
		const kv = errorOf(() =>
			fromHfConfig(changed('meta-llama/Llama-3.1-8B', { num_key_value_heads: 64 })),
		);
		expect(kv.field).toBe('num_key_value_heads');
		expect(kv.message).toMatch(/more than num_attention_heads/);
		expect(
			errorOf(() => fromHfConfig(changed('meta-llama/Llama-3.1-8B', { num_key_value_heads: 5 })))
				.field,
		).toBe('num_key_value_heads');
		// more experts per token than experts
		expect(
			errorOf(() =>
				fromHfConfig(changed('mistralai/Mixtral-8x7B-v0.1', { num_experts_per_tok: 9 })),
			).field,
		).toBe('num_experts_per_tok');
		expect(
			errorOf(() => fromHfConfig(changed('openai-community/gpt2', { n_embd: 770 }))).field,
		).toBe('n_embd');
		// an architecture with more than 10^18 parameters
		const huge = changed('meta-llama/Llama-3.1-8B', {
			num_hidden_layers: 10_000,
			hidden_size: 1_000_000,
			intermediate_size: 10_000_000,
			num_attention_heads: 1000,
			num_key_value_heads: 1000,
			head_dim: 100_000,
		});
		expect(errorOf(() => fromHfConfig(huge)).field).toBe('num_hidden_layers');
	});

	it('__proto__, constructor and prototype keys are ignored and pollute nothing', () => {
		const text = JSON.stringify(HF_CONFIGS['Qwen/Qwen3-8B']).replace(
			'{',
			'{"__proto__":{"polluted":true,"hidden_size":1},"constructor":{"prototype":{"polluted":true}},"prototype":3,',
		);
		const r = parseHfConfig(text);
		expect(countParams(r.arch)).toBe(8_190_735_360);
		expect(r.ignored).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'prototype']));
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('polluted');
		// A key only reachable through the prototype is not read.
		const inherited = Object.create({ hidden_size: 4096 }) as Record<string, unknown>;
		Object.assign(inherited, changed('Qwen/Qwen3-8B', { hidden_size: undefined }));
		expect(errorOf(() => fromHfConfig(inherited)).field).toBe('hidden_size');
	});

	it('anything but a plain object is refused', () => {
		for (const v of [null, undefined, 3, 'llama', [], [HF_CONFIGS['Qwen/Qwen3-8B']], () => 1]) {
			expect(errorOf(() => fromHfConfig(v)).field).toBe('config');
		}
	});

	it('the ignored list stays short and plain for a file with thousands of odd keys', () => {
		const c: Record<string, unknown> = { ...HF_CONFIGS['Qwen/Qwen3-8B'] };
		for (let i = 0; i < 5000; i++) c[`extra_${i}`] = i;
		c.NaN = 1;
		c['x'.repeat(500)] = 1;
		const r = fromHfConfig(c);
		expect(r.ignored.length).toBeLessThanOrEqual(200);
		for (const k of r.ignored) expect(k).not.toMatch(/NaN|Infinity|undefined|x{65}/);
	});
});
