import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	countParams,
	flopsPerToken,
	flopsForTokens,
	trainingFlops,
	mfu,
	hfu,
	flopToPfDays,
	EstimateError,
	type Arch,
	peakShare,
	flopsPerTokenCounted,
	trainingPrecisionFor,
} from '../../src/core/index.ts';
import { gpt2small, gpt3, llama2_7b, llama3_8b, nanoNote } from '../helpers/archs.ts';

const nanoGpt2: Arch = {
	family: 'gpt2',
	layers: 12,
	heads: 12,
	dModel: 768,
	vocab: 50304,
	context: 1024,
	bias: false,
};

describe('trainingFlops (6ND)', () => {
	it('GPT-3 175B on 300 B tokens: 3.14e23 FLOP, 3,640 PF-days (Brown et al. 2020, Table D.1)', () => {
		// Table D.1 uses 174,600 M parameters: 6 · 174.6e9 · 300e9 = 3.1428e23
		const c = trainingFlops({ params: countParams(gpt3), tokens: 300e9 });
		expect(c).toBeGreaterThan(3.135e23);
		expect(c).toBeLessThan(3.145e23);
		// 3.1428e23 / 8.64e19 = 3,637.5 → the table's 3,640
		expect(Math.abs(flopToPfDays(c) - 3640) / 3640).toBeLessThan(0.002);
	});

	it('Chinchilla 70 B × 1.4 T tokens = 5.88e23 (Hoffmann et al. 2022, Table 3: 70 B parameters, 1.4 T tokens)', () => {
		// 6 · 70e9 · 1.4e12 = 588e21
		expect(trainingFlops({ params: 70e9, tokens: 1.4e12 })).toBeCloseTo(5.88e23, -20);
	});

	it('Llama 3 405B: 6 × 405e9 × 15.6e12 ≈ 3.8e25 (Llama 3 paper §1)', () => {
		const c = trainingFlops({ params: 405e9, tokens: 15.6e12 });
		expect(Number(c.toPrecision(2))).toBe(3.8e25);
	});

	it('nanoGPT note: 6 × 40.56 M × 10.486 B = 2.55e18, not 2.55e15 (seeds/README.md)', () => {
		// 6 · 40,560,000 · 10,485,760,000 = 2.5518e18
		const c = trainingFlops({ params: 40_560_000, tokens: 10_485_760_000 });
		expect(c).toBe(6 * 40_560_000 * 10_485_760_000);
		expect(Number(c.toPrecision(3))).toBe(2.55e18);
	});

	it('GPT-2 small at ~3.3 B tokens: 2.46e18, not 2.37e18 (seeds/README.md)', () => {
		expect(Number(trainingFlops({ params: 124e6, tokens: 3.3e9 }).toPrecision(3))).toBe(2.46e18);
	});

	it('never decreases with more params or tokens (property)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1, max: 1e12, noNaN: true }),
				fc.double({ min: 1, max: 1e15, noNaN: true }),
				fc.double({ min: 1, max: 10, noNaN: true }),
				(n, d, k) => {
					const base = trainingFlops({ params: n, tokens: d });
					expect(trainingFlops({ params: n * k, tokens: d })).toBeGreaterThanOrEqual(base);
					expect(trainingFlops({ params: n, tokens: d * k })).toBeGreaterThanOrEqual(base);
				},
			),
		);
	});
});

describe('flopsPerToken', () => {
	it("nanoGPT's GPT-2 run: 6N = 741.5 M, with attention 854.8 M per token (karpathy/nanoGPT@3adf61e model.py estimate_mfu, config/train_gpt2.py)", () => {
		// N = 123,587,328 (wpe excluded): 6N = 741,523,968
		// 12 · L · H · Q · T = 12 · 12 · 768 · 1024 = 113,246,208 → 854,770,176
		expect(flopsPerToken(nanoGpt2, { attention: false })).toBe(741_523_968);
		expect(flopsPerToken(nanoGpt2)).toBe(854_770_176);
	});

	it('nanoGPT note: one 524,288-token iteration ≈ 1.57e14 FLOP (seeds/README.md)', () => {
		// (6 · 40,560,000 + 12 · 12 · 384 · 1024) · 524,288 = 299,983,104 · 524,288 = 1.5728e14
		const perIter = flopsPerToken(nanoNote) * 524_288;
		expect(perIter).toBe(299_983_104 * 524_288);
		expect(Number(perIter.toPrecision(3))).toBe(1.57e14);
	});

	it('full recomputation matches Narayanan et al. 2021 eq. 3 for GPT-3', () => {
		// eq. 3 per token: 96·l·h²·(1 + s/(6h) + V/(16·l·h)) = 96lh² + 16lhs + 6hV (no biases)
		const l = 96;
		const h = 12288;
		const s = 2048;
		const V = 50257;
		const eq3 = 96 * l * h * h + 16 * l * h * s + 6 * h * V;
		const ours = flopsPerToken(gpt3, { recompute: 'full' });
		// The equation leaves out biases and norms (13·h per layer against 12·h²: 8.8e-5).
		expect(Math.abs(ours / eq3 - 1)).toBeLessThan(1e-4);
	});

	it('model FLOP match Korthikanti et al. 2022 eq. 7 for GPT-3 (72·B·L·s·h²·(1 + s/6h + V/12hL))', () => {
		const l = 96;
		const h = 12288;
		const s = 2048;
		const V = 50257;
		const eq7 = 72 * l * h * h * (1 + s / (6 * h) + V / (12 * h * l));
		// As above, the equation leaves out biases and norms (8.8e-5 of the total).
		expect(Math.abs(flopsPerToken(gpt3) / eq7 - 1)).toBeLessThan(1e-4);
	});

	it('selective recomputation adds the attention core forward: 4·L·d·T', () => {
		const extra = flopsPerToken(nanoNote, { recompute: 'selective' }) - flopsPerToken(nanoNote);
		expect(extra).toBe(4 * 12 * 384 * 1024);
	});

	it('GQA does not change the attention-score FLOP (12·L·H·Q·T uses query heads)', () => {
		const mha: Arch = {
			family: 'llama',
			layers: 2,
			heads: 8,
			dModel: 512,
			ffnDim: 1024,
			vocab: 1000,
			context: 256,
		};
		const gqa = { ...mha, kvHeads: 2 };
		const attn = (a: Arch) => flopsPerToken(a) - flopsPerToken(a, { attention: false });
		expect(attn(gqa)).toBe(attn(mha));
		expect(attn(mha)).toBe(12 * 2 * 512 * 256);
	});

	it('hardware FLOP ≥ model FLOP ≥ 6N, more context never means fewer FLOP (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 100 }),
				fc.integer({ min: 1, max: 32 }),
				fc.integer({ min: 1, max: 128 }),
				fc.integer({ min: 1, max: 65_536 }),
				(layers, heads, headDim, context) => {
					const arch: Arch = {
						family: 'gpt2',
						layers,
						heads,
						dModel: heads * headDim,
						vocab: 50257,
						context,
					};
					const plain = flopsPerToken(arch, { attention: false });
					const model = flopsPerToken(arch);
					const sel = flopsPerToken(arch, { recompute: 'selective' });
					const full = flopsPerToken(arch, { recompute: 'full' });
					expect(plain).toBe(6 * countParams(arch, { excludePositionEmbeddings: true }));
					expect(model).toBeGreaterThan(plain);
					expect(sel).toBeGreaterThan(model);
					expect(full).toBeGreaterThan(sel);
					expect(flopsPerToken({ ...arch, context: context + 1 })).toBeGreaterThan(model);
				},
			),
		);
	});

	it('flopsForTokens multiplies', () => {
		expect(flopsForTokens({ flopsPerToken: 854_770_176, tokens: 491_520 })).toBe(
			854_770_176 * 491_520,
		);
	});
});

describe('mfu and hfu', () => {
	const perIter = 299_983_104 * 524_288; // nanoGPT note iteration, from the hand calculation above
	const rtx4070Bf16 = 58.3e12; // dense BF16, FP32 accumulate: Ada whitepaper App. A (RTX 4090 165.2) scaled by tensor cores × clock, karpathy/llm.c@f1e2ace llmc/mfu.h lines 84-92

	it('the nanoGPT note at 2.5 s/iteration on an RTX 4070 is impossible (> 100 % MFU)', () => {
		// 1.5728e14 / 2.5 = 6.29e13 FLOP/s > 5.83e13
		expect(() =>
			mfu({
				flopsPerStep: perIter,
				secondsPerStep: 2.5,
				peakFlopsPerSecond: rtx4070Bf16,
				devices: 1,
			}),
		).toThrow(/impossible/);
	});

	it('at 3 s/iteration it is ~90 % MFU (seeds/README.md)', () => {
		// 1.5728e14 / 3 / 5.83e13 = 0.8993
		const u = mfu({
			flopsPerStep: perIter,
			secondsPerStep: 3,
			peakFlopsPerSecond: rtx4070Bf16,
			devices: 1,
		});
		expect(u).toBeCloseTo(perIter / 3 / rtx4070Bf16, 12);
		expect(u).toBeCloseTo(0.9, 2);
	});

	it('Korthikanti Table 5, 175B: MFU 51.4 % vs HFU 52.8 % differ by their selective-recompute extra', () => {
		// Ratio HFU/MFU from FLOP counts is (model + extra) / model; the paper's own eq. 8 doubles
		// the s² term (ratio 1.027); we count the rerun operations (4·L·d·T), so ours is smaller.
		const model = flopsPerToken(gpt3);
		const hw = flopsPerToken(gpt3, { recompute: 'selective' });
		expect(hw / model).toBeGreaterThan(1.005);
		expect(hw / model).toBeLessThan(52.8 / 51.4);
	});

	it('hfu uses hardware FLOP and is ≥ mfu for the same step', () => {
		const step = { secondsPerStep: 10, peakFlopsPerSecond: 312e12, devices: 8 };
		const m = mfu({ ...step, flopsPerStep: flopsPerToken(nanoGpt2) * 491_520 });
		const h = hfu({
			...step,
			hardwareFlopsPerStep: flopsPerToken(nanoGpt2, { recompute: 'full' }) * 491_520,
		});
		expect(h).toBeGreaterThan(m);
	});

	it('throws EstimateError with a field for bad inputs', () => {
		const ok = { flopsPerStep: 1e15, secondsPerStep: 10, peakFlopsPerSecond: 1e15, devices: 1 };
		for (const [field, v] of [
			['flopsPerStep', 0],
			['secondsPerStep', -1],
			['peakFlopsPerSecond', NaN],
			['devices', 1.5],
			['devices', Infinity],
		] as const) {
			try {
				mfu({ ...ok, [field]: v });
				expect.unreachable();
			} catch (e) {
				expect(e).toBeInstanceOf(EstimateError);
				expect((e as EstimateError).field).toBe(field);
			}
		}
	});
});

describe('peakShare (nanoGPT estimate_mfu convention)', () => {
	it("may exceed 1: 1e15 FLOP per 1 s step on one device over an A100's 312e12 = 3.205", () => {
		const share = peakShare({
			flopsPerStep: 1e15,
			secondsPerStep: 1,
			peakFlopsPerSecond: 312e12,
			devices: 1,
		});
		expect(share).toBeCloseTo(1e15 / 312e12, 12); // 3.2051
		expect(share).toBeGreaterThan(3.2);
	});
	it('divides by the devices: 2 devices halve it (1.6026)', () => {
		expect(
			peakShare({ flopsPerStep: 1e15, secondsPerStep: 1, peakFlopsPerSecond: 312e12, devices: 2 }),
		).toBeCloseTo(1.6026, 4);
	});
});

describe('untied embeddings: the input table is a lookup, only the output head multiplies', () => {
	it('Llama 3 8B without attention: 6·(N − V·d), by hand', () => {
		// N = 8,030,261,248 (params.test.ts); V·d = 128,256 × 4,096 = 525,336,576
		// 6 × (8,030,261,248 − 525,336,576) = 6 × 7,504,924,672 = 45,029,548,032
		expect(flopsPerToken(llama3_8b, { attention: false })).toBe(45_029_548_032);
	});

	it('Llama 2 7B without attention: 6 × (6,738,415,616 − 32,000 × 4,096) = 39,644,061,696', () => {
		expect(flopsPerToken(llama2_7b, { attention: false })).toBe(39_644_061_696);
	});

	it('a tied model still counts its table once, as the output head (nanoGPT estimate_mfu)', () => {
		// GPT-2 small, 124,439,808 parameters, less the 1,024 × 768 position table = 123,653,376
		const gpt2: Arch = {
			family: 'gpt2',
			layers: 12,
			heads: 12,
			dModel: 768,
			vocab: 50257,
			context: 1024,
		};
		expect(flopsPerToken(gpt2, { attention: false })).toBe(6 * 123_653_376);
		// untying it adds a head of V·d that multiplies, and the input table stays a lookup
		expect(flopsPerToken({ ...gpt2, tiedEmbeddings: false }, { attention: false })).toBe(
			6 * 123_653_376,
		);
	});

	it('Llama 2 7B: the published 184,320 A100-hours for 2.0 T tokens reconcile at ~45 % MFU', () => {
		// Llama 2 paper Table 2 / model card: 7B, 184,320 GPU-hours on A100-80GB, 2.0 T tokens.
		// A100 dense BF16 peak 312 TFLOP/s (NVIDIA A100 datasheet, table "Peak BF16 Tensor Core").
		// By hand: 6·(N − V·d) = 39,644,061,696; attention 12·32·4096·4096 = 6,442,450,944;
		// per token 46,086,512,640; × 2e12 = 9.217e22 FLOP; 184,320 h × 3,600 s × 312e12 = 2.070e23.
		const perToken = flopsPerToken(llama2_7b);
		expect(perToken).toBe(46_086_512_640);
		const u = mfu({
			flopsPerStep: perToken * 2e12,
			secondsPerStep: 184_320 * 3600,
			peakFlopsPerSecond: 312e12,
			devices: 1,
		});
		expect(u).toBeCloseTo(0.4452, 3);
		// plausible: between the 38-43 % Meta reports for Llama 3 and PaLM's 46.2 %
		expect(u).toBeGreaterThan(0.3);
		expect(u).toBeLessThan(0.6);
	});
});

describe('flopsPerTokenCounted: the attention conventions a calculator offers', () => {
	// GPT-2 small (nanoGPT: 12 layers, 12 heads, d = 768, T = 1024, V = 50257, tied): the FLOP
	// that multiply are 124,439,808 − 1024 × 768 (the position table, a lookup) = 123,653,376.
	const gpt2 = gpt2small;
	const sixN = 6 * 123_653_376;
	const attention = 12 * 12 * 768 * 1024; // 12·L·H·Q·T = 12·L·d·T
	it("'6n' is 6N, 'attn' adds 12·L·d·T (PaLM, nanoGPT), 'causal' half of that (Megatron-LM)", () => {
		expect(flopsPerTokenCounted(gpt2, '6n')).toBe(sixN);
		expect(flopsPerTokenCounted(gpt2, 'attn')).toBe(sixN + attention);
		expect(flopsPerTokenCounted(gpt2, 'causal')).toBe(sixN + attention / 2);
	});
	it('an unknown convention is an EstimateError that names the field', () => {
		expect(() => flopsPerTokenCounted(gpt2, 'half' as never)).toThrow(
			expect.objectContaining({ name: 'EstimateError', field: 'count' }),
		);
	});
});

describe('trainingPrecisionFor: the memory model for a compute precision', () => {
	it('TF32 runs on fp32 tensors, FP8 recipes keep BF16 weights, the rest are themselves', () => {
		expect(
			['fp32', 'tf32', 'bf16', 'fp16', 'fp8'].map((p) => trainingPrecisionFor(p as never)),
		).toEqual(['fp32', 'fp32', 'bf16', 'fp16', 'bf16']);
		expect(() => trainingPrecisionFor('int4' as never)).toThrow(EstimateError);
	});
});
