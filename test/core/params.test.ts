import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countParams, paramBreakdown, EstimateError, type Arch } from '../../src/core/index.ts';
import { llama3_8b, llama2_7b, nanoNote } from '../helpers/archs.ts';

// Configurations as their sources give them: GPT-2 (Hugging Face config.json, vocab 50,257, context
// 1,024), GPT-3 (Brown et al. 2020, arXiv:2005.14165, Table 2.1).
const gpt2 = (layers: number, heads: number, dModel: number, vocab = 50257): Arch => ({
	family: 'gpt2',
	layers,
	heads,
	dModel,
	vocab,
	context: 1024,
});

describe('countParams: relative positions (Transformer-XL; Gopher and Chinchilla)', () => {
	// Gopher and Chinchilla (Rae et al. 2021, arXiv:2112.11446, Table 1; Hoffmann et al. 2022,
	// arXiv:2203.15556, Table 4): d_model, layers and a 4·d MLP as published, vocab 32,000,
	// relative position encodings (Dai et al. 2019, arXiv:1901.02860 §3.3: per block a d × d
	// projection W_R of the encodings and two d-wide biases u, v). LayerNorm with biases stands in
	// for their RMSNorm (a few hundred thousand parameters at most).
	const deepmind = (layers: number, heads: number, dModel: number): Arch => ({
		family: 'gpt2',
		layers,
		heads,
		dModel,
		vocab: 32000,
		context: 2048,
		positions: 'relative',
	});

	it('Gopher 280B: 279,716,855,808, within 0.2 % of the published 280 B', () => {
		// per block: attention 4d² + 4d, relative W_R d² + u, v 2d, MLP 8d² + 5d, two norms 4d
		//   = 13d² + 15d = 13 · 268,435,456 + 15 · 16,384 = 3,489,660,928 + 245,760 = 3,489,906,688
		// 80 blocks = 279,192,535,040; tokens 32,000 · 16,384 = 524,288,000; final norm 32,768
		// total 279,716,855,808 (no position table)
		const n = countParams(deepmind(80, 128, 16384));
		expect(n).toBe(279_716_855_808);
		expect(Math.abs(n / 280e9 - 1)).toBeLessThan(0.002);
	});

	it('Chinchilla 70B: 70,065,209,344, within 0.2 % of the published 70 B', () => {
		// 13 · 8192² + 15 · 8192 = 872,415,232 + 122,880 = 872,538,112 per block; × 80
		// = 69,803,048,960; + 32,000 · 8192 = 262,144,000; + 16,384 → 70,065,209,344
		const n = countParams(deepmind(80, 64, 8192));
		expect(n).toBe(70_065_209_344);
		expect(Math.abs(n / 70e9 - 1)).toBeLessThan(0.002);
	});

	it('Gopher family 1.4B: 1,374,900,224, within 2 % of the published 1.4 B', () => {
		// 13 · 2048² + 15 · 2048 = 54,525,952 + 30,720 = 54,556,672 per block; × 24
		// = 1,309,360,128; + 32,000 · 2048 = 65,536,000; + 4,096 → 1,374,900,224
		const n = countParams(deepmind(24, 16, 2048));
		expect(n).toBe(1_374_900_224);
		expect(Math.abs(n / 1.4e9 - 1)).toBeLessThan(0.02);
	});

	it('without the relative projection the count falls 8 % short of 280 B (the old model)', () => {
		const learned = countParams({ ...deepmind(80, 128, 16384), positions: 'learned' });
		// 279,716,855,808 − 80 · (16,384² + 2 · 16,384) + 2048 · 16,384 (the table instead)
		expect(learned).toBe(279_716_855_808 - 80 * (16384 ** 2 + 2 * 16384) + 2048 * 16384);
		expect(learned / 280e9).toBeLessThan(0.93);
	});

	it('rejects an unknown position encoding, naming the field', () => {
		expect(() => countParams({ ...deepmind(2, 2, 64), positions: 'alibi' as never })).toThrow(
			EstimateError,
		);
		try {
			countParams({ ...deepmind(2, 2, 64), positions: 'alibi' as never });
		} catch (e) {
			expect((e as EstimateError).field).toBe('positions');
		}
	});
});

describe('countParams: published counts', () => {
	it('nanoGPT note model: 40.56 M as nanoGPT prints (position table excluded)', () => {
		// wte 50304·384 = 19,316,736
		// per block, no bias: 12·384² = 1,769,472 + two LayerNorm scales 2·384 = 1,770,240
		// 12 blocks = 21,242,880; ln_f scale 384
		// 19,316,736 + 21,242,880 + 384 = 40,560,000 (wpe 1024·384 = 393,216 not printed)
		expect(countParams(nanoNote, { excludePositionEmbeddings: true })).toBe(40_560_000);
		expect(countParams(nanoNote)).toBe(40_560_000 + 393_216);
	});

	it('GPT-2 124M (Hugging Face checkpoint, vocab 50257): 124,439,808 with positions', () => {
		// 50257·768 + 1024·768 + 12·(12·768² + 13·768) + 2·768
		// = 38,597,376 + 786,432 + 85,054,464 + 1,536 = 124,439,808
		expect(countParams(gpt2(12, 12, 768))).toBe(124_439_808);
	});

	it('nanoGPT transformer_sizing.ipynb: 124,337,664 (GPT-2 small, bias off, vocab 50257)', () => {
		// karpathy/nanoGPT@3adf61e transformer_sizing.ipynb (cell 14) uses N = 124,337,664.
		// 38,597,376 + 786,432 + 12·(12·768² + 2·768) + 768
		// = 38,597,376 + 786,432 + 84,953,088 + 768 = 124,337,664
		expect(countParams({ ...gpt2(12, 12, 768), bias: false })).toBe(124_337_664);
	});

	it("nanoGPT's GPT-2 run (padded vocab 50304, bias off) prints 123.59 M (karpathy/nanoGPT@3adf61e train.py prints it at start-up)", () => {
		// 124,337,664 + 47·768 (padding rows) − 786,432 (wpe) = 123,587,328
		const n = countParams(
			{ ...gpt2(12, 12, 768, 50304), bias: false },
			{ excludePositionEmbeddings: true },
		);
		expect(n).toBe(123_587_328);
		expect((n / 1e6).toFixed(2)).toBe('123.59');
	});

	it('GPT-2 XL: 1558M (nanoGPT model.py label)', () => {
		// 50257·1600 + 1024·1600 + 48·(12·1600² + 13·1600) + 2·1600
		// = 80,411,200 + 1,638,400 + 1,475,558,400 + 3,200 = 1,557,611,200
		expect(countParams(gpt2(48, 25, 1600))).toBe(1_557_611_200);
		expect(Math.round(countParams(gpt2(48, 25, 1600)) / 1e6)).toBe(1558);
	});

	it('GPT-2 medium and large round to their labels 350M (355M) and 774M', () => {
		expect(Math.round(countParams(gpt2(24, 16, 1024)) / 1e6)).toBe(355);
		expect(Math.round(countParams(gpt2(36, 20, 1280)) / 1e6)).toBe(774);
	});

	it('GPT-3 175B from its config (Brown et al. 2020 Table 2.1): 174.6 B as Table D.1 uses', () => {
		// 96 layers, d 12288, 96 heads, context 2048, vocab 50257, biases, tied head:
		// 50257·12288 = 617,558,016; 2048·12288 = 25,165,824;
		// 96·(12·12288² + 13·12288) = 96·1,812,099,072 = 173,961,510,912; ln_f 24,576
		// total 174,604,259,328
		const gpt3: Arch = { ...gpt2(96, 96, 12288), context: 2048 };
		expect(countParams(gpt3)).toBe(174_604_259_328);
		expect(countParams(gpt3) / 1e6).toBeCloseTo(174_600, -2); // Table D.1: 174,600 M
	});

	it('Llama 2 7B (model card / HF config): 6,738,415,616', () => {
		// embed + untied head 2·32000·4096 = 262,144,000
		// per block: attention 4·4096² = 67,108,864; SwiGLU 3·4096·11008 = 135,266,304;
		// two RMSNorms 8,192 → 202,383,360; ×32 = 6,476,267,520; final norm 4,096
		expect(countParams(llama2_7b)).toBe(6_738_415_616);
	});

	it('Llama 3 8B (HF config: vocab 128256, 8 KV heads, ffn 14336): 8,030,261,248', () => {
		// embed + head 2·128256·4096 = 1,050,673,152
		// attention: q, o 2·4096² = 33,554,432; k, v 2·4096·(8·128) = 8,388,608 → 41,943,040
		// SwiGLU 3·4096·14336 = 176,160,768; norms 8,192 → 218,112,000 per block; ×32 = 6,979,584,000
		// + final norm 4,096
		const llama3 = llama3_8b;
		expect(countParams(llama3)).toBe(8_030_261_248);
	});
});

describe('paramBreakdown', () => {
	it('splits GPT-2 124M by hand', () => {
		const p = paramBreakdown(gpt2(12, 12, 768));
		expect(p.tokenEmbedding).toBe(38_597_376);
		expect(p.positionEmbedding).toBe(786_432);
		// attention per block: 4·768² + biases 4·768 = 2,362,368; ×12
		expect(p.attention).toBe(12 * 2_362_368);
		// MLP per block: 8·768² + biases 4·768 + 768 = 4,722,432; ×12
		expect(p.mlp).toBe(12 * 4_722_432);
		// 25 LayerNorms with scale and shift
		expect(p.norms).toBe(25 * 2 * 768);
		expect(p.head).toBe(0);
	});

	it('an untied gpt2 head adds V·d; no-bias removes every bias and LayerNorm shift', () => {
		const base = gpt2(2, 2, 64, 100);
		expect(countParams({ ...base, tiedEmbeddings: false }) - countParams(base)).toBe(100 * 64);
		// per block biases 3·64 + 64 + 4·64 + 64 = 9·64, LN shifts 2·64; final LN shift 64
		expect(countParams(base) - countParams({ ...base, bias: false })).toBe(2 * 11 * 64 + 64);
	});

	it('excludeEmbeddings gives the Kaplan non-embedding count', () => {
		const p = paramBreakdown(gpt2(12, 12, 768));
		expect(countParams(gpt2(12, 12, 768), { excludeEmbeddings: true })).toBe(
			p.attention + p.mlp + p.norms,
		);
	});

	it('parts always sum to the total (property)', () => {
		fc.assert(
			fc.property(
				fc.record({
					family: fc.constantFrom('gpt2' as const, 'llama' as const),
					layers: fc.integer({ min: 1, max: 200 }),
					kv: fc.integer({ min: 1, max: 16 }),
					group: fc.integer({ min: 1, max: 8 }),
					headDim: fc.integer({ min: 1, max: 256 }),
					ffnDim: fc.integer({ min: 1, max: 100_000 }),
					vocab: fc.integer({ min: 1, max: 300_000 }),
					context: fc.integer({ min: 1, max: 100_000 }),
					bias: fc.boolean(),
					tied: fc.boolean(),
				}),
				(r) => {
					const heads = r.kv * r.group;
					const arch: Arch = {
						family: r.family,
						layers: r.layers,
						heads,
						kvHeads: r.kv,
						dModel: heads * r.headDim,
						ffnDim: r.ffnDim,
						vocab: r.vocab,
						context: r.context,
						bias: r.bias,
						tiedEmbeddings: r.tied,
					};
					const p = paramBreakdown(arch);
					const sum =
						p.tokenEmbedding + p.positionEmbedding + p.attention + p.mlp + p.norms + p.head;
					expect(p.total).toBe(sum);
					expect(Number.isSafeInteger(p.total)).toBe(true);
					// GQA never adds parameters; fewer KV heads never add any either.
					expect(countParams({ ...arch, kvHeads: heads })).toBeGreaterThanOrEqual(p.total);
				},
			),
		);
	});
});

describe('countParams: bad architectures throw EstimateError', () => {
	const good = gpt2(12, 12, 768);
	const cases: Array<[string, Partial<Arch> & Record<string, unknown>]> = [
		['zero layers', { layers: 0 }],
		['negative heads', { heads: -12 }],
		['fractional dModel', { dModel: 767.5 }],
		['NaN vocab', { vocab: NaN }],
		['infinite context', { context: Infinity }],
		['absurd layers', { layers: 1e9 }],
		['dModel not a multiple of heads', { dModel: 770 }],
		['heads not a multiple of kvHeads', { kvHeads: 5 }],
		['kvHeads above heads', { kvHeads: 24 }],
		['unknown family', { family: 'bert' as 'gpt2' }],
		['bias as a string', { bias: 'yes' as unknown as boolean }],
	];
	for (const [name, change] of cases) {
		it(name, () => {
			expect(() => countParams({ ...good, ...change } as Arch)).toThrow(EstimateError);
		});
	}
	it('llama without ffnDim', () => {
		expect(() =>
			countParams({ family: 'llama', layers: 2, heads: 2, dModel: 8, vocab: 10, context: 4 }),
		).toThrow(/ffnDim/);
	});
	it('null arch and bad options', () => {
		expect(() => countParams(null as unknown as Arch)).toThrow(EstimateError);
		expect(() => countParams(good, 3 as never)).toThrow(EstimateError);
		expect(() => countParams(good, { excludePositionEmbeddings: 1 as never })).toThrow(
			EstimateError,
		);
	});
	it('names the field', () => {
		try {
			countParams({ ...good, layers: -1 });
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(EstimateError);
			expect((e as EstimateError).field).toBe('layers');
		}
	});
});
