/**
 * The nanoGPT article's figures module against hand calculations written here and the figures
 * nanoGPT and NVIDIA publish, and each worked formula redone at the precision it is displayed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as f from '../../src/figures/nanogpt-run.ts';
import { localeCodes } from '../../src/i18n/locales.ts';

const GIB = 2 ** 30;
/** Round to `digits` significant digits, as a formula shows a value. */
const sig = (x: number, digits: number) => Number(x.toPrecision(digits));

describe('nanogpt-run: the run', () => {
	it('sees 16 × 1024 × 32 = 524,288 tokens per iteration and 10.49 B in 20,000 iterations', () => {
		expect(f.tokensPerIter).toBe(16 * 1024 * 32);
		expect(f.tokensPerIter).toBe(524_288);
		expect(f.totalTokens).toBe(10_485_760_000);
	});

	it('reads the 3.68 B-token dataset 2.85 times', () => {
		expect(f.epochs).toBeCloseTo(10_485_760_000 / 3.68e9, 10);
		expect(sig(f.epochs, 3)).toBe(2.85);
	});

	it('has 40.56 M parameters as nanoGPT prints them (no position table)', () => {
		// 12 blocks × (attention 4·384² + MLP 8·384² + two LayerNorm weights 2·384)
		// + token table 50,304 × 384 + final LayerNorm 384.
		const hand = 12 * (12 * 384 ** 2 + 2 * 384) + 50_304 * 384 + 384;
		expect(hand).toBe(40_560_000);
		expect(f.params).toBe(hand);
		expect(f.positionParams).toBe(1024 * 384);
		expect(f.paramsWithPositions).toBe(hand + 1024 * 384);
	});
});

describe('nanogpt-run: compute', () => {
	it('is 6 × 40.56 M × 10.49 B = 2.55 × 10¹⁸ FLOP, a thousand times the note’s 2.55 × 10¹⁵', () => {
		expect(f.flops).toBeCloseTo(6 * 40.56e6 * 10.48576e9, -12);
		expect(sig(f.flops, 3)).toBe(2.55e18);
		expect(f.noteFlops).toBe(2.55e15);
		expect(f.noteFlopsFactor).toBe(1000);
	});

	it('counts 6N + 12·L·d·T per token as nanoGPT’s estimate_mfu does', () => {
		const perToken = 6 * 40_560_000 + 12 * 12 * 384 * 1024;
		expect(f.flopsPerTokenWithAttention).toBe(perToken);
		expect(f.flopsPerIter).toBe(perToken * 524_288);
		expect(sig(f.flopsPerIter, 3)).toBe(1.57e14);
		expect(f.attentionExtra).toBeCloseTo((12 * 12 * 384 * 1024) / (6 * 40_560_000), 12);
	});
});

describe('nanogpt-run: time on an RTX 4070', () => {
	it('uses the dense BF16 tensor peak (FP32 accumulate), 165.2 TFLOP/s × 184/512 × 2.475/2.52', () => {
		expect(f.peakBf16 / 1e12).toBeCloseTo(((165.2 * 184) / 512) * (2.475 / 2.52), 1);
		expect(f.peakFp32).toBeCloseTo(5888 * 2 * 2.475e9, -6);
		expect(f.nanogptPeak).toBe(312e12);
	});

	it('cannot run an iteration faster than F / peak ≈ 2.70 s', () => {
		expect(f.minSecondsPerIter).toBeCloseTo(f.flopsPerIter / 58.3e12, 6);
		expect(sig(f.minSecondsPerIter, 3)).toBe(2.7);
	});

	it('finds 2.5 s impossible and 3 s at about 90 % MFU', () => {
		const [first, second] = f.claimedSteps;
		expect(f.claimedSteps.map((c) => c.secondsPerIter)).toEqual([2.5, 3, 3.5, 4, 4.5]);
		expect(first!.mfu).toBeNull();
		expect(first!.requiredFlopsPerSecond / 1e12).toBeCloseTo(157.2775 / 2.5, 2);
		expect(second!.mfu).toBeCloseTo(1.572775e14 / 3 / 58.3e12, 4);
		expect(second!.wallSeconds).toBe(60_000);
		expect(f.claimedMfuRange[1]).toBe(second!.mfu);
		expect(f.claimedMfuRange[0]).toBeCloseTo(1.572775e14 / 4.5 / 58.3e12, 4);
	});

	it('takes about 37.5 h at 40 % MFU, and nanoGPT would print about 7.5 %', () => {
		expect(f.realisticMfu).toBe(0.4);
		expect(f.realisticSecondsPerIter).toBeCloseTo(1.572775e14 / (0.4 * 58.3e12), 3);
		expect(f.realisticWallSeconds / 3600).toBeCloseTo(37.47, 2);
		expect(f.realisticPrintedMfu).toBeCloseTo(0.4 * (58.3 / 312), 10);
		expect(sig(f.nanogptPeakRatio, 3)).toBe(5.35);
	});

	it('reads the note’s printed 20–35 % MFU as 62.4–109 TFLOP/s, above the card’s peak', () => {
		expect(f.noteAchievedFlopsPerSecond[0]).toBeCloseTo(0.2 * 312e12, -3);
		expect(f.noteAchievedFlopsPerSecond[1]).toBeCloseTo(0.35 * 312e12, -3);
		expect(f.noteMfuClaims.every((c) => c.mfuOnCard === null)).toBe(true);
	});
});

describe('nanogpt-run: memory', () => {
	it('adds up, and fits the 12 GiB card', () => {
		const m = f.memory;
		expect(m.weights + m.gradients + m.optimizer + m.activations + m.logits + m.overhead).toBe(
			m.total,
		);
		expect(f.cardMemoryBytes).toBe(12 * GIB);
		expect(m.total).toBeLessThan(12 * GIB);
		expect(f.memoryWithoutFlash.total).toBeGreaterThan(12 * GIB);
	});

	it('holds 16 bytes per parameter of model state and 8·T·b·V bytes of logits', () => {
		expect(f.bytesPerParam).toBe(16);
		expect(f.modelStateBytes).toBe(16 * (40_560_000 + 1024 * 384));
		expect(f.logitsBytes).toBe(8 * 1024 * 16 * 50_304);
		expect(f.weightsBytes).toBe(2 * (40_560_000 + 1024 * 384));
	});
});

describe('nanogpt-run: electricity', () => {
	it('uses the price the note implies: USD 0.50–1.00 for 4 kWh', () => {
		expect(f.priceRangeUsdPerKWh).toEqual([0.125, 0.25]);
	});

	it('is 0.2 kW × 37.47 h ≈ 7.49 kWh at 40 % MFU', () => {
		expect(f.realisticKWh).toBeCloseTo((0.2 * f.realisticWallSeconds) / 3600, 10);
		expect(sig(f.realisticKWh, 3)).toBe(7.49);
		expect(f.realisticCostUsd[0]).toBeCloseTo(f.realisticKWh * 0.125, 10);
		expect(f.noteEnergyCheckKWh).toBe(4);
	});
});

describe('nanogpt-run: the wall-time chart', () => {
	it('draws hours against seconds per iteration, impossible below F / peak', () => {
		const c = f.wallTimeChart;
		expect(c.impossibleBelow).toBeCloseTo(1.572775e14 / 58.3e12, 4);
		for (const [x, y] of c.points) expect(y).toBeCloseTo((x * 20_000) / 3600, 10);
		expect(c.mfuMarks.map((m) => m.mfu)).toEqual([0.5, 0.4, 0.3]);
		expect(c.mfuMarks[1]!.secondsPerIter).toBeCloseTo(f.realisticSecondsPerIter, 10);
		expect(c.claims.map((p) => p.secondsPerIter)).toEqual([2.5, 4.5]);
		expect(c.claims[0]!.secondsPerIter).toBeLessThan(c.impossibleBelow);
	});

	it('labels its marks and points with the locale’s numbers', () => {
		const words = { title: 't', desc: 'd', xLabel: 'x', yLabel: 'y', line: 'l', impossible: 'i', claim: 'c' };
		const fr = f.wallTimeChartProps('fr', words);
		expect(fr.markers.map((m) => m.label.replace(/\s/g, ' '))).toEqual(['MFU 50 %', 'MFU 40 %', 'MFU 30 %']);
		expect(fr.points[0]!.label).toContain('2,5');
		expect(fr.regions[0]!.to).toBe(f.wallTimeChart.impossibleBelow);
	});
});

describe('nanogpt-run: compute-optimal comparison', () => {
	it('gives about 259 tokens per parameter, far above 20', () => {
		expect(f.tokensPerParam).toBeCloseTo(10_485_760_000 / 40_560_000, 10);
		expect(f.optimal.tokens20.tokens / f.optimal.tokens20.params).toBeCloseTo(20, 8);
		expect(f.optimalSpread).toBeGreaterThan(1);
	});
});

/**
 * Each worked formula as the article displays it: its operands rounded to the formula's digits,
 * the arithmetic redone on those, and the result compared at the precision it is shown.
 */
describe('nanogpt-run: worked formulas check by hand at their displayed precision', () => {
	const s = f.shown;
	type Case = { name: string; digits: number; operands: number[]; op: (x: number[]) => number; shown: number };
	const cases: Case[] = [
		{ name: 'b × T × g', digits: 3, operands: [16, 1024, 32], op: ([a, b, c]) => a! * b! * c!, shown: f.tokensPerIter },
		{ name: 'tokens × iterations', digits: 4, operands: [f.tokensPerIter, f.iters], op: ([a, b]) => a! * b!, shown: f.totalTokens },
		{ name: 'epochs', digits: 4, operands: [f.totalTokens, f.datasetTokens], op: ([a, b]) => a! / b!, shown: s.epochs },
		{ name: '6ND', digits: 4, operands: [f.params, f.totalTokens], op: ([n, d]) => 6 * n! * d!, shown: s.flops },
		{ name: '6N + 12LdT', digits: 4, operands: [f.params, f.layers, f.dModel, f.context], op: ([n, l, d, t]) => 6 * n! + 12 * l! * d! * t!, shown: s.flopsPerToken },
		{ name: 'per iteration', digits: 3, operands: [s.flopsPerToken, f.tokensPerIter], op: ([a, b]) => a! * b!, shown: s.flopsPerIter },
		{ name: 't_min', digits: 5, operands: [s.flopsPerIterT, s.peakT], op: ([a, b]) => a! / b!, shown: s.minSecondsPerIter },
		{ name: 'rate at 2.5 s', digits: 5, operands: [s.flopsPerIterT, f.fastestClaim.secondsPerIter], op: ([a, b]) => a! / b!, shown: s.fastestRequiredT },
		{ name: 'step at 40 %', digits: 5, operands: [s.flopsPerIterT, f.realisticMfu, s.peakT], op: ([a, u, p]) => a! / (u! * p!), shown: s.realisticSecondsPerIter },
		{ name: 'run at 40 %', digits: 4, operands: [f.iters, s.realisticSecondsPerIter], op: ([n, t]) => n! * t!, shown: s.realisticWallSeconds },
		{ name: 'A100 / 4070', digits: 3, operands: [s.nanogptPeakT, s.peakT], op: ([a, b]) => a! / b!, shown: s.nanogptPeakRatio },
		{ name: 'logits', digits: 3, operands: [f.context, f.microBatch, f.vocab], op: ([t, b, v]) => 8 * t! * b! * v!, shown: s.logitsBytes },
		{ name: 'energy', digits: 4, operands: [s.kW, s.realisticHours], op: ([p, h]) => p! * h!, shown: s.realisticKWh },
		{ name: 'cost low', digits: 4, operands: [s.kW, s.realisticHours, f.priceRangeUsdPerKWh[0]], op: ([p, h, c]) => p! * h! * c!, shown: s.realisticCostUsd[0] },
		{ name: 'cost high', digits: 4, operands: [s.kW, s.realisticHours, f.priceRangeUsdPerKWh[1]], op: ([p, h, c]) => p! * h! * c!, shown: s.realisticCostUsd[1] },
	];
	/** A value as a formula with `digits` shows it: integers below a million whole (src/format). */
	const display = (x: number, digits: number) =>
		Number.isInteger(x) && Math.abs(x) < 1e6 ? x : sig(x, digits);
	/** Significant digits a displayed value shows (trailing zeros are not printed). */
	const precision = (x: number) => x.toExponential().split('e')[0]!.replace(/[-.]/g, '').length;
	for (const c of cases) {
		it(c.name, () => {
			const operands = c.operands.map((x) => display(x, c.digits));
			const result = display(c.shown, c.digits);
			expect(sig(c.op(operands), precision(result))).toBe(result);
		});
	}
	it('the displayed results agree with the unrounded figures', () => {
		expect(s.flops).toBe(sig(f.flops, 3));
		expect(s.flopsPerIter).toBe(sig(f.flopsPerIter, 3));
		expect(s.minSecondsPerIter).toBe(sig(f.minSecondsPerIter, 3));
		expect(s.realisticWallSeconds).toBe(sig(f.realisticWallSeconds, 3));
		expect(s.realisticKWh).toBe(sig(f.realisticKWh, 3));
		expect(s.realisticCostUsd).toEqual(f.realisticCostUsd.map((x) => sig(x, 3)));
	});
});

describe('nanogpt-run: the four languages', () => {
	const root = join(import.meta.dirname, '../../content/articles');
	const read = (lang: string) => readFileSync(join(root, lang, 'nanogpt-run.mdx'), 'utf8');
	/** The worked formulas, French octets (\text{o}) read as bytes (\text{B}) to compare. */
	const formulas = (src: string, lang = 'en') =>
		[...src.matchAll(/<Formula[\s\S]*?\/>/g)].map((m) =>
			lang === 'fr' ? m[0].replaceAll('\\text{o}', '\\text{B}') : m[0],
		);
	const nums = (src: string) =>
		[...src.matchAll(/<Num\s[^>]*?value=\{([^}]+)\}/g)].map((m) => m[1]).sort();

	for (const lang of localeCodes) {
		it(`${lang}: the same worked formulas and the same figures as English`, () => {
			expect(formulas(read(lang), lang)).toEqual(formulas(read('en')));
			// French writes bytes as octets: o, Go, Gio, never B, GB, GiB
			if (lang === 'fr') expect(read(lang)).not.toMatch(/\\text\{(?:[kKMGT]i?)?B\}/);
			expect(nums(read(lang))).toEqual(nums(read('en')));
		});
		it(`${lang}: a correction box, the calculator, and glossary links in its own language`, () => {
			const src = read(lang);
			expect(src).toMatch(/<Callout kind="correction" title="[^"]+">/);
			expect(src).toContain('<RunPlannerCalculator />');
			expect(src).not.toContain('FlopsCalculator');
			const glossary = [...src.matchAll(/\]\(\/([a-z]{2})\/glossary\/#[a-z-]+\)/g)];
			expect(glossary.length).toBeGreaterThan(5);
			expect(glossary.every((m) => m[1] === lang)).toBe(true);
		});
	}
});

describe('nanogpt-run: what the step arithmetic leaves out (issue 19)', () => {
	it('“AI TOPS” is FP8 with sparsity: 466 / 58.3 TFLOP/s ≈ 8 = 2 (sparsity) × 2 (FP8) × 2 (FP16 accumulate)', () => {
		expect(f.aiTops).toBe(466e12);
		expect(f.aiTopsOverBf16).toBeCloseTo(466 / 58.3, 2);
		expect(Math.round(f.aiTopsOverBf16)).toBe(2 * 2 * 2);
	});

	it('evaluations: at iterations 0, 2,000 … 20,000 = 11, each 2 × 200 × 16 × 1,024 tokens forward only', () => {
		expect(f.evaluations).toBe(20000 / 2000 + 1);
		expect(f.evalTokensPerEvaluation).toBe(2 * 200 * 16 * 1024);
		// A forward pass is a third of forward + backward: (2N + 4·L·d·T) / (6N + 12·L·d·T).
		expect(f.evalFlops).toBeCloseTo((11 * 6553600 * f.flopsPerTokenWithAttention) / 3, -6);
		// Less than one percent of the training time at the same MFU; the note's 32 s compile on top.
		expect(f.overheadShare).toBeLessThan(0.01);
		expect(f.compileSeconds).toBe(32);
	});

	it('the memory band: the estimate can be a fifth high, so without FlashAttention 0.8 × to 1 × the estimate', () => {
		expect(f.withoutFlashBand[0]).toBeCloseTo(0.8 * f.memoryWithoutFlash.total, 0);
		expect(f.withoutFlashBand[1]).toBe(f.memoryWithoutFlash.total);
		// The band straddles the card's 12 GiB: "might just fit", not "more than the card holds".
		expect(f.withoutFlashBand[0]).toBeLessThan(12 * 2 ** 30);
		expect(f.withoutFlashBand[1]).toBeGreaterThan(12 * 2 ** 30);
	});

	it('the note’s 9–11 GB peak was close: the estimate with FlashAttention lies inside it', () => {
		expect(f.noteVramInside).toBe(true);
	});

	it('expected loss: the fit’s figure, and the measured 2.85 of nanoGPT’s 124M run for scale', () => {
		expect(f.referenceLoss).toBe(2.85);
		// A smaller model on fewer tokens: the fit puts it above the data limit E = 1.82 (Epoch AI).
		expect(f.fitLoss).toBeGreaterThan(1.82);
	});
});
