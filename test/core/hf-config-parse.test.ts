/**
 * parseHfConfig: config.json text, refused before parsing when huge or nested too deep.
 */
import { describe, expect, it } from 'vitest';
import { countParams, parseHfConfig } from '../../src/core/index.ts';
import { HF_CONFIGS } from '../helpers/hf-configs.ts';
import { errorOf } from '../helpers/errors.ts';

describe('parseHfConfig: text, refused quickly when huge or deep', () => {
	it('reads a pasted config.json', () => {
		const r = parseHfConfig(JSON.stringify(HF_CONFIGS['deepseek-ai/DeepSeek-V3'], null, 2));
		expect(countParams(r.arch)).toBe(671_026_419_200);
	});

	it('refuses 10 MB before parsing it, in milliseconds', () => {
		const text = `{"model_type":"llama","x":"${'a'.repeat(10_000_000)}"}`;
		const t0 = performance.now();
		const e = errorOf(() => parseHfConfig(text));
		expect(performance.now() - t0).toBeLessThan(50);
		expect(e.field).toBe('config');
		expect(e.message).toMatch(/characters long/);
	});

	it('refuses 100,000-deep nesting before parsing it, in milliseconds', () => {
		for (const text of [
			'['.repeat(100_000) + ']'.repeat(100_000),
			'{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000),
		]) {
			const t0 = performance.now();
			const e = errorOf(() => parseHfConfig(text));
			expect(performance.now() - t0).toBeLessThan(50);
			expect(e.message).toMatch(/nests more than 64 levels/);
		}
		// Brackets inside strings are text, not nesting.
		const quoted = { ...HF_CONFIGS['Qwen/Qwen3-8B'], note: '['.repeat(1000) + '\\"{' };
		expect(countParams(parseHfConfig(JSON.stringify(quoted)).arch)).toBe(8_190_735_360);
	});

	it('invalid JSON, empty text and non-text are clear errors', () => {
		for (const text of [
			'{"model_type": "llama",}',
			'{model_type: llama}',
			'NaN',
			'{"a": NaN}',
			'undefined',
		]) {
			const e = errorOf(() => parseHfConfig(text));
			expect(e.field).toBe('config');
			expect(e.message).toMatch(/not valid JSON/);
			expect(e.message).not.toMatch(/NaN|Infinity|undefined/);
		}
		expect(errorOf(() => parseHfConfig('   ')).message).toMatch(/empty/);
		expect(errorOf(() => parseHfConfig(42)).field).toBe('config');
		expect(errorOf(() => parseHfConfig('[1, 2]')).field).toBe('config');
	});
});
