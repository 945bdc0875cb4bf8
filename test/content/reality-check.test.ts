/**
 * The methods page's reality check (src/figures/methods.ts), checked by hand against the papers:
 * each expected value below is worked out in the comment from the published inputs, not copied
 * from the code's output.
 */
import { describe, expect, it } from 'vitest';
import { realityCheck, realityRow } from '../../src/figures/methods.ts';
import { modelOptions } from '../../src/calculators/shared/catalog.ts';

describe('reality check', () => {
	it('GPT-3 175B: 6 × 174,604,259,328 (counted) × 300e9 = 3.1429e23 FLOP, 0.09 % above the 3.14e23 of Table D.1', () => {
		// N counted from the configuration, as the article and calculators count it.
		const r = realityRow('gpt3-175b-training');
		expect(r.sixND).toBeCloseTo(6 * 174_604_259_328 * 300e9, -18);
		expect(r.publishedFlops).toBe(3.14e23);
		expect(r.flopsDifference).toBeCloseTo(3.142877 / 3.14 - 1, 5); // +0.092 %
		expect(r.impliedMfu).toBeUndefined(); // no device count or time was published
	});

	it('Gopher 280B: 6 × N × 300e9 with N counted near 280 B, about 12.6 % under the 5.76e23 budget (Hoffmann et al., Table 3)', () => {
		const r = realityRow('gopher-280b-training');
		const n = r.sixND! / (6 * 300e9);
		expect(n).toBeGreaterThan(279e9);
		expect(n).toBeLessThan(281e9);
		// 6 × 280e9 × 300e9 = 5.04e23 would be 12.5 % under; the counted N is a little smaller.
		expect(r.flopsDifference).toBeCloseTo(5.04 / 5.76 - 1, 2);
	});

	it('PaLM 540B: 6 × 540e9 FLOP/token × 238.3e3 tokens/s over 6,144 × 275e12 FLOP/s = 45.7 % (paper: 46.2 %)', () => {
		// 6 × 540e9 × 238.3e3 = 7.7209e17 FLOP/s; 6,144 × 275e12 = 1.6896e18 FLOP/s
		const r = realityRow('palm-540b-training');
		expect(r.withAttention).toBe(false);
		expect(r.impliedMfu).toBeCloseTo(7.72092e17 / 1.6896e18, 4);
		expect(r.publishedMfu).toBe(0.462);
	});

	it('Megatron-LM projection: 140 TFLOP/s per GPU is 44.9 % of the peak (HFU) and 33.7 % MFU, not 34 days against model FLOP', () => {
		// Their 140 TFLOP/s counts hardware FLOP with full recomputation (eq. 3-4): per token
		// 6 × 174,579,093,504 (the matmul parameters: 174,604,259,328 counted, less the 2,048 ×
		// 12,288 position table) + 2 × 173,961,510,912 (the blocks alone: less the tied 50,257 ×
		// 12,288 head and the final norm's 2 × 12,288) = 1.047475e12 + 3.47923e11 = 1.395398e12.
		// MFU = 1.047475 / 1.395398 × 140 / 312 = 0.75066 × 0.44872 = 0.33684.
		const r = realityRow('gpt3-175b-megatron-projection');
		expect(r.impliedMfu).toBeCloseTo(0.33684, 4);
		expect(r.publishedPerDeviceShare).toBeCloseTo(140 / 312, 6);
		// Dividing model FLOP with attention (3.2294e23) by 1,024 × 34 days × 312e12 (9.3855e23)
		// would give 34.4 %: the rounded 34 days come from eq. 4, which leaves attention out.
		expect(r.impliedMfu).not.toBeCloseTo(3.2294 / 9.3855, 3);
	});

	it('reproductions: implied MFU counts attention as MFU does (6N + 12·L·d·T), nanoGPT 29.2 %, llm.c 63.4 %', () => {
		// nanoGPT (padded vocab 50,304, no biases): matmul parameters 50,304 × 768 + 12 × (12 ×
		// 768² + 2 × 768) + 768 = 123,587,328; per token 6 × 123,587,328 + 12 × 12 × 768 × 1,024
		// = 741,523,968 + 113,246,208 = 854,770,176; × 600,000 × 491,520 tokens = 2.52082e20 over
		// 8 × 4 days × 86,400 s × 312e12 = 8.62618e20.
		expect(realityRow('nanogpt-gpt2-124m-reproduction').impliedMfu).toBeCloseTo(
			2.52082 / 8.62618,
			4,
		);
		// llm.c (GPT-2 small, vocab 50,257, biases): 124,439,808 − 1,024 × 768 = 123,653,376;
		// 6 × 123,653,376 + 113,246,208 = 855,166,464 per token; × 10e9 / (8 × 90 × 60 s × 312e12
		// = 1.347840e19) = 0.63447.
		expect(realityRow('llmc-gpt2-124m-reproduction').impliedMfu).toBeCloseTo(0.63447, 4);
	});

	it('Llama 3.1 405B: 6 × 405,853,388,800 (counted) × 15.6e12 = 3.7988e25 FLOP, 0.03 % under the published 3.8e25', () => {
		const r = realityRow('llama3.1-405b-training');
		expect(r.sixND).toBeCloseTo(6 * 405_853_388_800 * 15.6e12, -20);
		expect(r.flopsDifference).toBeCloseTo(3.79879 / 3.8 - 1, 4);
	});

	it('the compute column counts N as the calculators do (one compute per run on the site)', () => {
		const counted = new Map(modelOptions().map((m) => [m.id, m.params]));
		for (const r of realityCheck) {
			if (r.sixND === undefined || !r.run.modelId || r.run.tokens === undefined) continue;
			expect(r.sixND, r.run.id).toBe(6 * counted.get(r.run.modelId)! * r.run.tokens);
		}
	});

	it('every row has something to compare, never NaN', () => {
		expect(realityCheck.length).toBeGreaterThanOrEqual(10);
		for (const r of realityCheck) {
			expect(r.flopsDifference !== undefined || r.impliedMfu !== undefined, r.run.id).toBe(true);
			for (const v of [r.sixND, r.impliedMfu, r.flopsDifference, r.modelFlops])
				if (v !== undefined) expect(Number.isFinite(v), r.run.id).toBe(true);
			if (r.impliedMfu !== undefined) expect(r.impliedMfu).toBeLessThan(1);
		}
	});
});
