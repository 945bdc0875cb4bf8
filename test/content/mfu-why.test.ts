/**
 * The default utilisation's explanation (calculators and the calculators page) quotes published
 * MFUs from src/data and Megatron-LM's per-GPU throughput with the MFU it implies. It once typed
 * "Megatron-LM 45 %" as an MFU: that 45 % is 140 TFLOP/s over the A100's 312, with full
 * recomputation counted (HFU).
 */
import { describe, expect, it } from 'vitest';
import { commonFor, mfuWhyValues } from '../../src/calculators/shared/catalog.ts';
import { localeCodes } from '../../src/i18n/locales.ts';

describe('mfuWhy figures', () => {
	const en = mfuWhyValues('en');

	it('quotes the published MFUs: PaLM 46.2 % (Chowdhery et al. 2022, Table 3), Llama 3.1 405B 41 % (Llama 3 paper, Table 4)', () => {
		expect(en.palm).toBe('46.2%');
		expect(en.llama).toBe('41%');
		expect(en.default).toBe('40%');
	});

	it('Megatron-LM: 140 / 312 TFLOP/s = 44.9 % of peak (HFU), about 6/8 of that as MFU', () => {
		expect(en.megatronHfu).toBe('44.9%');
		// Full recomputation runs the forward pass twice: 8·N·D of hardware work for 6·N·D of model
		// work, so MFU ≈ 44.9 % × 6/8 = 33.7 % (6N / (6N + 2·N_blocks) = 0.7507 for GPT-3).
		expect(en.megatronMfu).toBe('33.7%');
	});

	it('every language gets a filled sentence: no placeholder left, the same five figures', () => {
		for (const lang of localeCodes) {
			const text = commonFor(lang).mfuWhy;
			expect(text, lang).not.toMatch(/[{}]/);
			for (const value of Object.values(mfuWhyValues(lang))) expect(text, lang).toContain(value);
		}
	});
});
