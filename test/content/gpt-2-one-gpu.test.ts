/**
 * The figures of "Can one GPU train GPT-2?" against published figures and hand calculations
 * written out here (never values copied from the module's output).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as f from '../../src/figures/gpt-2-one-gpu.ts';
import { gpuOptions, modelOptions } from '../../src/calculators/shared/catalog.ts';
import { realityRow } from '../../src/figures/methods.ts';

const GIB = 2 ** 30;
const YEAR = 365.25 * 86400;

/** Parameters of a GPT-2 block stack by hand: embeddings + L·(12d² + 13d) + final norm (2d). */
const gpt2Params = (layers: number, d: number, vocab = 50257, context = 1024) =>
	vocab * d + context * d + layers * (12 * d * d + 13 * d) + 2 * d;

/** N for which a fitted L = E + A/N^α + B/D^β is compute-optimal, inverted by hand:
 * N_opt = G·(C/6)^a with G = (αA/(βB))^(1/(α+β)), a = β/(α+β); so C/6 = (N/G)^(1/a), D = (C/6)/N. */
function optimalTokensByHand(n: number, A: number, B: number, alpha: number, beta: number) {
	const g = Math.pow((alpha * A) / (beta * B), 1 / (alpha + beta));
	const a = beta / (alpha + beta);
	return Math.pow(n / g, 1 / a) / n;
}
// Besiroglu et al. 2024 (Epoch AI replication), fitted constants.
const EPOCH = { A: 482.01, B: 2085.43, alpha: 0.3478, beta: 0.3658 };
// Hoffmann et al. 2022 Approach 3, unrounded (epoch-research/analyzing-chinchilla, cell 16).
const HOFFMANN = {
	A: Math.exp(6.0073404),
	B: Math.exp(6.0179186),
	alpha: 0.33917084,
	beta: 0.2849083,
};

describe('gpt-2-one-gpu: the four sizes', () => {
	it('counts the released checkpoints’ parameters (llm.c prints 124,439,808 for GPT-2 small)', () => {
		expect(f.small.params).toBe(124439808);
		expect(f.small.params).toBe(gpt2Params(12, 768));
		expect(f.medium.params).toBe(gpt2Params(24, 1024));
		expect(f.large.params).toBe(gpt2Params(36, 1280));
		expect(f.xl.params).toBe(gpt2Params(48, 1600));
		// nanoGPT's labels: 124M, 350M (355 counted), 774M, 1558M.
		expect(Math.round(f.large.params / 1e6)).toBe(774);
		expect(Math.round(f.xl.params / 1e6)).toBe(1558);
	});

	it('6·N·D at the estimated 10 B tokens: XL is 6 × 1,557,611,200 × 10¹⁰ ≈ 9.35 × 10¹⁹', () => {
		expect(f.originalTokens).toBe(10e9);
		expect(f.xl.flops).toBeCloseTo(6 * 1557611200 * 1e10, -10);
		expect(f.xl.flops.toPrecision(3)).toBe('9.35e+19');
		// The worked formula's operands and result, as shown at four digits.
		expect(f.xlShown.params).toBe(1.558e9);
		expect(f.xlShown.flops).toBeCloseTo(6 * 1.558 * 1e19, -10);
		expect((6 * 1.558).toFixed(3)).toBe('9.348');
	});

	it('the worked formulas’ shown operands give their shown results', () => {
		// 4.01 × 10¹³ × 0.9 × 3.16 × 10⁷ ≈ 1.14 × 10²¹
		expect((4.01 * 0.9 * 3.16).toPrecision(3)).toBe('11.4');
		expect(f.budgetShown).toEqual({ peak: 4.01e13, utilization: 0.9, seconds: 3.16e7, flops: 1.14e21 });
		// 7.466 × 10¹⁸ / (8.02 × 10¹³ × 0.4) ≈ 232,731 s
		expect(f.smallTimeShown.flops).toBe(7.466e18);
		expect(f.smallTimeShown.peak).toBe(8.02e13);
		expect(Math.round(f.smallTimeShown.seconds)).toBe(Math.round(7.466e18 / (8.02e13 * 0.4)));
		// 16 × 1.558 × 10⁹ ≈ 2.493 × 10¹⁰ bytes
		expect(f.xlModelStateShown.bytes).toBeCloseTo(16 * 1.558e9, -3);
		expect((16 * 1.558).toPrecision(4)).toBe('24.93');
	});
});

describe('gpt-2-one-gpu: the note’s slips', () => {
	it('one RTX 4070 Ti year at 90 % of its FP32 peak is 1.14 × 10²¹ FLOP', () => {
		// 7,680 CUDA cores × 2 FLOP × 2.61 GHz = 40.09 TFLOP/s (FP32, non-tensor).
		const byHand = 7680 * 2 * 2.61e9 * 0.9 * YEAR;
		expect(f.budgetFlops / byHand).toBeCloseTo(1, 6);
		expect(f.budgetFlops.toPrecision(3)).toBe('1.14e+21');
	});

	it('6 × 124 M × 3.3 B is 2.46 × 10¹⁸, not the note’s 2.37 × 10¹⁸', () => {
		expect(6 * 124e6 * 3.3e9).toBeCloseTo(2.4552e18, -12);
		expect(f.noteSmallFlops.toPrecision(3)).toBe('2.46e+18');
		expect(f.noteSmallFlopsClaimed).toBe(2.37e18);
		expect(f.noteSmallFlops).not.toBeCloseTo(f.noteSmallFlopsClaimed, -15);
	});

	it('the budget is ~463 times that, not 480 (1.14 × 10²¹ / 2.46 × 10¹⁸ = 463.4)', () => {
		expect(1.14e21 / 2.46e18).toBeCloseTo(463.41, 2);
		expect(Math.round(f.smallRatio)).toBe(463);
		expect(f.smallRatioClaimed).toBe(480);
		// The note's 480 is what its wrong product gives: 1.14 × 10²¹ / 2.37 × 10¹⁸ = 481.
		expect(Math.round(f.smallRatioFromClaim)).toBe(481);
	});

	it('Gopher 1.4 B counted as the calculator counts it: 6 × N × 300 B, ~218 tokens per parameter', () => {
		// One definition: the parameters the calculators count from the configuration.
		const counted = modelOptions().find((m) => m.id === 'gopher-1.4b')!.params;
		expect(f.gopherParams).toBe(counted);
		// The counted size sits just under the paper's nominal 1.4 B (1.37 B).
		expect(counted / 1.4e9).toBeGreaterThan(0.97);
		expect(counted / 1.4e9).toBeLessThan(1);
		expect(f.gopherNominalParams).toBe(1.4e9);
		expect(f.gopherFlops).toBeCloseTo(6 * counted * 300e9, -12);
		// 300 / 1.375 = 218.2, where the nominal 1.4 B would give 214.
		expect(Math.round(f.gopherTokensPerParam)).toBe(Math.round(300e9 / counted));
		expect(Math.round(f.gopherTokensPerParam)).toBe(218);
		expect(f.gopherOptimalTokens.tokens20).toBeCloseTo(20 * counted, -3);
		expect(f.gopherOverTraining).toBeCloseTo(300e9 / (20 * counted), 6);
	});
});

describe('gpt-2-one-gpu: compute-optimal tokens by fit', () => {
	for (const s of [f.small, f.medium, f.large, f.xl]) {
		it(`${s.id}: Epoch, Hoffmann and 20 tokens per parameter, inverted by hand`, () => {
			expect(s.optimalTokens.tokens20 / s.params).toBeCloseTo(20, 6);
			const epoch = optimalTokensByHand(s.params, EPOCH.A, EPOCH.B, EPOCH.alpha, EPOCH.beta);
			expect(s.optimalTokens.epoch / epoch).toBeCloseTo(1, 4);
			const hoff = optimalTokensByHand(
				s.params,
				HOFFMANN.A,
				HOFFMANN.B,
				HOFFMANN.alpha,
				HOFFMANN.beta,
			);
			expect(s.optimalTokens.hoffmann / hoff).toBeCloseTo(1, 4);
		});
	}

	it('the fits disagree: for XL by more than 1.5×, Hoffmann highest', () => {
		expect(f.xlFitSpread).toBeGreaterThan(1.5);
		expect(f.xl.optimalTokens.hoffmann).toBeGreaterThan(f.xl.optimalTokens.epoch);
		expect(f.xl.optimalTokens.epoch).toBeGreaterThan(f.xl.optimalTokens.tokens20);
	});

	it('Hoffmann’s unrounded fit gives ~40 B parameters at Gopher’s 5.76 × 10²³ FLOP (the paper’s projection)', () => {
		const d = optimalTokensByHand(40e9, HOFFMANN.A, HOFFMANN.B, HOFFMANN.alpha, HOFFMANN.beta);
		expect((6 * 40e9 * d) / 5.76e23).toBeGreaterThan(0.85);
		expect((6 * 40e9 * d) / 5.76e23).toBeLessThan(1.15);
	});
});

describe('gpt-2-one-gpu: time and reproductions', () => {
	it('GPT-2 small at 10 B tokens on an RTX 4070 Ti at 40 % of 80.2 TFLOP/s BF16 takes 2.69 days', () => {
		const seconds = (6 * 124439808 * 1e10) / (80.2e12 * 0.4);
		expect(f.small.seconds['rtx-4070-ti']).toBeCloseTo(seconds, 0);
		expect((seconds / 86400).toFixed(2)).toBe('2.69');
	});

	it('A100 (312 TFLOP/s) and RTX 4090 (165.2 TFLOP/s) dense BF16 peaks are the ones used', () => {
		expect(f.timePeaks['a100-80gb-sxm']).toBe(312e12);
		expect(f.timePeaks['rtx-4090']).toBe(165.2e12);
		expect(f.xl.seconds['a100-80gb-sxm']).toBeCloseTo((6 * 1557611200 * 1e10) / (312e12 * 0.4), 0);
	});

	it('llm.c: 10 B tokens on 8 A100 in 90 minutes: 63.4 % MFU as the site counts it, 59.2 % on llm.c’s own count', () => {
		// Site count (6N + 12·L·d·T): 855,166,464 FLOP per token (test/content/reality-check).
		expect(f.llmcRun.impliedMfu).toBeCloseTo((855166464 * 10e9) / (8 * 312e12 * 90 * 60), 6);
		// llm.c's gpt2_estimate_mfu: 6N + 6·L·C·T = 741,920,256 + 56,623,104 = 798,543,360;
		// × 10e9 / 1.34784e19 = 0.59246: its "up to ~60 %".
		expect(f.llmcRun.ownCountMfu).toBeCloseTo(0.59246, 4);
		expect(f.llmcRun.ownCountMfu).toBeLessThan(f.llmcRun.publishedMfu);
		expect(f.llmcRun.publishedMfu).toBe(0.6);
		// At 60 % on its own count: 7.98543e18 / (8 × 312e12 × 0.6) = 5,332 s = 1.48 h.
		expect(f.llmcRun.predictedSeconds).toBeCloseTo(7.98543e18 / (8 * 312e12 * 0.6), -1);
	});

	it('nanoGPT: 600,000 × 491,520 tokens on 8 A100 in about 4 days implies 29.2 % MFU', () => {
		// nanoGPT's train_gpt2 model: padded vocab 50,304, no biases (LayerNorm weights only).
		const n = 50304 * 768 + 1024 * 768 + 12 * (12 * 768 * 768 + 2 * 768) + 768;
		expect(f.nanogptRun.params).toBe(n);
		// The methods page's value, the one definition (hand arithmetic in reality-check.test.ts).
		expect(f.nanogptRun.impliedMfu).toBe(realityRow('nanogpt-gpt2-124m-reproduction').impliedMfu);
		expect(f.nanogptRun.impliedMfu).toBeCloseTo(2.52082 / 8.62618, 4);
	});
});

describe('gpt-2-one-gpu: memory', () => {
	it('XL’s weights, gradients and Adam state alone: 16 × 1,557,611,200 bytes ≈ 23.2 GiB > 12 GiB', () => {
		expect(f.bytesPerParam).toBe(16);
		expect(f.xlModelState).toBe(16 * 1557611200);
		expect((f.xlModelState / GIB).toFixed(1)).toBe('23.2');
		expect(f.xl.memory.total).toBeGreaterThan(12 * GIB);
		expect(f.xl.maxMicroBatch[12]).toBe(0);
	});

	it('GPT-2 small fits a 12 GB card with room for several sequences', () => {
		// Model state 16 × 124,439,808 B = 1.85 GiB, well under 12 GiB.
		expect((16 * 124439808) / GIB).toBeLessThan(2);
		expect(f.small.memory.total).toBeLessThan(12 * GIB);
		expect(f.small.maxMicroBatch[12]).toBeGreaterThan(4);
	});

	it('8-bit Adam keeps the FP32 master copy: 10 bytes/param, so XL still cannot fit 12 GiB', () => {
		expect(f.bytesPerParam8bit).toBe(2 + 2 + 4 + 2);
		expect((10 * 1557611200) / GIB).toBeGreaterThan(12);
		expect(f.xlAllLevers.total).toBeGreaterThan(12 * GIB);
		expect(f.xlFit12.fits).toBe(false);
		expect(f.xlFit12.allLeversFit).toBe(false);
		expect(f.xlAllLeversFit[16]).toBeGreaterThanOrEqual(1);
	});

	it('pure 16-bit weights and 8-bit Adam (6 bytes/param ≈ 8.7 GiB) bring XL under 12 GiB', () => {
		expect((6 * 1557611200) / GIB).toBeCloseTo(8.7, 1);
		expect(f.xlPure16.total).toBeLessThan(12 * GIB);
	});

	it('at eight sequences XL needs roughly the note’s “50 GB+” (45–50 GiB)', () => {
		expect(f.xlMemoryAt8.total / GIB).toBeGreaterThan(40);
		expect(f.xlMemoryAt8.total / 1e9).toBeLessThan(55);
	});

	it('chart data: four bars whose parts add up to their totals, against 12/16/24/80 GiB', () => {
		expect(f.memoryChart.bars.map((b) => b.id)).toEqual(['gpt2', 'gpt2-medium', 'gpt2-large', 'gpt2-xl']);
		for (const b of f.memoryChart.bars) {
			const sum = Object.values(b.parts).reduce((x, y) => x + y, 0);
			expect(sum).toBeCloseTo(b.total, 0);
		}
		expect(f.memoryChart.thresholds.map((t) => t.bytes)).toEqual([12, 16, 24, 80].map((g) => g * GIB));
	});
});

describe('gpt-2-one-gpu: chart props', () => {
	const labels = {
		parts: {
			weights: 'w',
			gradients: 'g',
			optimizer: 'o',
			activations: 'a',
			logits: 'l',
			overhead: 'x',
		},
		card: (gb: string) => `${gb} Go`,
	};

	it('gives values in GiB: XL’s weights are 2 × 1,557,611,200 bytes ≈ 2.90 GiB', () => {
		const props = f.memoryChartProps('fr', labels);
		const xl = props.bars.find((b) => b.label === 'GPT-2 XL')!;
		expect(xl.parts.find((p) => p.key === 'weights')!.value).toBeCloseTo((2 * 1557611200) / GIB, 9);
		expect(xl.parts.map((p) => p.label)).toEqual(['w', 'g', 'o', 'a', 'l', 'x']);
		expect(props.references.map((r) => [r.label, r.value])).toEqual([
			['12 Go', 12],
			['16 Go', 16],
			['24 Go', 24],
			['80 Go', 80],
		]);
	});

	it('formats values for the locale (French decimal comma)', () => {
		expect(f.memoryChartProps('fr', labels).formatValue(26.7)).toBe('26,7\u00a0Gio');
		expect(f.memoryChartProps('en', labels).formatValue(26.7)).toBe('26.7\u00a0GiB');
	});
});

describe('gpt-2-one-gpu: fine-tuning and sources', () => {
	it('fine-tuning XL on 10⁸ tokens is 1 % of the estimated pre-training compute', () => {
		expect(f.fineTuneFlops).toBeCloseTo(6 * 1557611200 * 1e8, -8);
		expect(f.fineTuneShare).toBe(0.01);
	});

	it('every inline link is listed in the article’s frontmatter sources, in every language', () => {
		for (const lang of ['en', 'fr', 'hi', 'ar']) {
			const file = join(import.meta.dirname, `../../content/articles/${lang}/gpt-2-one-gpu.mdx`);
			// Until the article lands, only its figures exist; articles.test.ts requires all four.
			if (!existsSync(file)) continue;
			const mdx = readFileSync(file, 'utf8');
			const frontmatter = mdx.split('\n---\n')[0]!;
			for (const url of Object.values(f.links)) expect(frontmatter, `${lang}: ${url}`).toContain(url);
		}
	});
});

describe('gpt-2-one-gpu: the article’s calculators', () => {
	it('"Can I train it?" starts from GPT-2 XL on ~10 B tokens, RTX 4070 Ti, BF16, 40 % MFU, one sequence', () => {
		expect(f.trainCalculator).toEqual({
			modelId: 'gpt2-xl',
			tokens: 10e9,
			gpuId: 'rtx-4070-ti',
			precision: 'bf16',
			devices: 1,
			mfu: 40,
			microBatch: 1,
		});
	});

	it('compute-optimal sizing starts from the note’s year: RTX 4070 Ti, FP32, 90 %, one year', () => {
		expect(f.optimalCalculator).toEqual({
			gpuId: 'rtx-4070-ti',
			precision: 'fp32',
			devices: 1,
			mfu: 90,
			seconds: YEAR,
		});
	});

	it('names a model and GPU the calculators offer (an unknown id falls back to the first)', () => {
		const model = modelOptions().find((m) => m.id === f.trainCalculator.modelId);
		expect(model?.params).toBe(f.xl.params);
		const gpu = gpuOptions().find((g) => g.id === f.trainCalculator.gpuId);
		expect(gpu?.peakFlopsPerSecond.bf16).toBe(f.timePeaks['rtx-4070-ti']);
		expect(gpuOptions().find((g) => g.id === f.optimalCalculator.gpuId)?.peakFlopsPerSecond.fp32).toBe(
			f.budgetPeakFlopsPerSecond,
		);
	});
});
