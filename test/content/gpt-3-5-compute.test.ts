/**
 * The figures of "Can one GPU-year train GPT-3.5?" against published figures and hand
 * calculations written out here (never against values copied from the module's output).
 */
import { describe, expect, it } from 'vitest';
import * as F from '../../src/figures/gpt-3-5-compute.ts';
import { realityRow } from '../../src/figures/methods.ts';
import { gpuOptions, knownRuns } from '../../src/calculators/shared/catalog.ts';

const YEAR = 365.25 * 86400; // the site's Julian year, in seconds
const DAY = 86400;
const GIB = 2 ** 30;

/** Relative closeness: |a - b| / |b| below `tol`. */
const near = (a: number, b: number, tol: number) => {
	expect(Math.abs(a - b) / Math.abs(b), `${a} vs ${b}`).toBeLessThan(tol);
};

describe('gpt-3-5-compute: the note’s GPU-year', () => {
	it('uses the RTX 4070 Ti FP32 (non-tensor) peak: 7,680 CUDA cores × 2 FLOP × 2.61 GHz', () => {
		expect(F.cardFp32PeakFlopsPerSecond).toBeCloseTo(7680 * 2 * 2.61e9, -6);
		near(F.cardFp32PeakFlopsPerSecond, 40.09e12, 1e-3);
	});

	it('sets it beside the tensor-core BF16 dense peak (80.2 TFLOP/s, twice FP32)', () => {
		near(F.cardBf16PeakFlopsPerSecond, 80.2e12, 1e-6);
		near(F.tensorSpeedup, 2, 1e-2);
	});

	it('gives the note’s 1.14 × 10²¹ FLOP at 90 % for a year', () => {
		// 40.0896e12 × 0.9 × 31,557,600 s = 1.1386e21
		near(F.budgetFlops, 40.0896e12 * 0.9 * YEAR, 1e-9);
		near(F.budgetFlops, 1.14e21, 2e-3);
		near(F.budgetBf16Flops, 80.2e12 * 0.9 * YEAR, 1e-9);
	});
});

describe('gpt-3-5-compute: GPT-3 as the stand-in', () => {
	it('counts 174,604,259,328 parameters from Table 2.1 (the paper’s Table D.1 uses 174,600 M)', () => {
		// 96 layers × (12·d² + 13·d) + vocab·d + context·d + 2·d, d = 12,288
		const d = 12288;
		const byHand = 96 * (12 * d * d + 13 * d) + 50257 * d + 2048 * d + 2 * d;
		expect(byHand).toBe(174_604_259_328);
		expect(F.params).toBe(byHand);
		near(F.params, 174_600e6, 1e-4);
	});

	it('trained on 300 B tokens, not trillions', () => {
		expect(F.tokens).toBe(300e9);
	});

	it('6·N·D matches the paper’s 3.14 × 10²³ FLOP (Table D.1)', () => {
		near(F.flops, 6 * 174_604_259_328 * 300e9, 1e-12);
		expect(F.publishedFlops).toBe(3.14e23);
		near(F.flops, 3.14e23, 2e-3);
		// attention adds 12·L·d·T per token (12 × 96 × 12,288 × 2,048), and N leaves out the
		// learned position table (2,048 × 12,288: a lookup, not a matmul), as nanoGPT does
		const perToken = 12 * 96 * 12288 * 2048 - 6 * 2048 * 12288;
		near(F.flopsWithAttention - F.flops, perToken * 300e9, 1e-9);
	});
});

describe('gpt-3-5-compute: the ratio', () => {
	it('one RTX 4070 Ti year is 0.36 % of GPT-3', () => {
		near(F.fraction, 1.1386e21 / 3.1429e23, 1e-3);
		expect((F.fraction * 100).toFixed(2)).toBe('0.36');
	});

	it('GPT-3 is about 276 such GPU-years (the note says ~275: 3.14 / 1.14 rounded)', () => {
		near(F.cardYears, 3.1429e23 / 1.1386e21, 1e-3);
		expect(Math.round(F.cardYears)).toBe(276);
		expect(Math.abs(F.cardYears - 275)).toBeLessThan(2);
	});

	it('tensor cores halve it: 0.72 %, 138 GPU-years', () => {
		expect((F.fractionBf16 * 100).toFixed(2)).toBe('0.72');
		expect(Math.round(F.cardYearsBf16)).toBe(138);
	});
});

describe('gpt-3-5-compute: one A100 or H100', () => {
	const years = (peak: number, u: number) => 3.1429e23 / (peak * u * YEAR);

	it('"about 35 years on an A100" is 90 % of its 312 TFLOP/s dense BF16 peak', () => {
		near(F.a100.peakFlopsPerSecond, 312e12, 1e-9);
		near(F.a100.yearsAtNote, years(312e12, 0.9), 1e-3);
		expect(Math.round(F.a100.yearsAtNote)).toBe(35);
		expect(F.noteA100Years).toBe(35);
	});

	it('at a realistic 30-50 % MFU an A100 needs 64-106 years', () => {
		expect([F.mfuLow, F.mfuHigh]).toEqual([0.3, 0.5]);
		expect(Math.round(F.a100.yearsAtHighMfu)).toBe(64);
		expect(Math.round(F.a100.yearsAtLowMfu)).toBe(106);
		near(F.a100.yearsAtPeak, years(312e12, 1), 1e-3);
	});

	it('an H100 (989.4 TFLOP/s dense BF16) needs 20-34 years at 30-50 % MFU', () => {
		near(F.h100.peakFlopsPerSecond, 989.4e12, 1e-9);
		near(F.h100.yearsAtHighMfu, years(989.4e12, 0.5), 1e-3);
		near(F.h100.yearsAtLowMfu, years(989.4e12, 0.3), 1e-3);
		expect(Math.round(F.h100.yearsAtLowMfu)).toBe(34);
		expect(Math.round(F.h100.yearsAtNote)).toBe(11);
	});
});

describe('gpt-3-5-compute: memory', () => {
	it('16 bytes per parameter: ≈ 2.8 TB of model state, not "hundreds of GB"', () => {
		expect(F.bytesPerParam).toBe(16); // 2 (bf16 weights) + 2 (grads) + 4 + 4 + 4 (fp32 master, Adam m, v)
		near(F.stateBytes, 16 * 174_604_259_328, 1e-12);
		expect(F.stateBytes).toBeGreaterThan(2.79e12);
		expect(F.stateBytes).toBeLessThan(2.8e12);
		expect(F.stateBytes).toBeGreaterThan(10 * F.noteMemoryBytes);
	});

	it('needs 217 cards of 12 GiB, or 33 A100s of 80 GiB, before activations', () => {
		expect(F.cardMemoryBytes).toBe(12 * GIB);
		expect(F.cardsForState).toBe(Math.ceil((16 * 174_604_259_328) / (12 * GIB)));
		expect(F.cardsForState).toBe(217);
		expect(F.a100sForState).toBe(33);
		expect(F.activationBytesPerSequence).toBeGreaterThan(0);
	});
});

describe('gpt-3-5-compute: what it took (published figures)', () => {
	it('Megatron-LM: 1,024 A100s at 140 TFLOP/s give about 34 days (Narayanan et al. 2021, §5.1)', () => {
		expect(F.megatronDevices).toBe(1024);
		expect(F.megatronFlopsPerDevice).toBe(140e12);
		// their eq. 4: 8·T·P / (n·X) = 8 × 300e9 × 175e9 / (1024 × 140e12) = 33.9 days
		const paper = (8 * 300e9 * 175e9) / (1024 * 140e12);
		expect(paper / DAY).toBeCloseTo(33.9, 1);
		near(F.megatronSeconds, paper, 1e-2);
		near(F.megatronSeconds, F.megatronPublishedSeconds, 1e-2);
		near(F.megatronGpuYears, (1024 * F.megatronSeconds) / YEAR, 1e-9);
	});

	it('140 of 312 TFLOP/s is 45 % HFU; the model FLOP alone give 33.7 % MFU, the methods page’s value', () => {
		near(F.megatronHfu, 140 / 312, 1e-9);
		// 6N / (6N + 2·N_blocks) × 140 / 312 = 0.75066 × 0.44872 (reality-check.test.ts)
		near(F.megatronMfu, 0.33684, 1e-4);
		expect(F.megatronMfu).toBe(realityRow('gpt3-175b-megatron-projection').impliedMfu);
		// The same as 6·N·D over the time their rate gives: one definition, two routes.
		near(F.megatronMfu, (6 * 174_604_259_328 * 300e9) / (F.megatronSeconds * 1024 * 312e12), 1e-3);
	});

	it('Lambda: 3.14 × 10²³ FLOP at 28 TFLOP/s is 355 GPU-years', () => {
		expect(Math.round(F.lambdaGpuYears)).toBe(Math.round(3.14e23 / 28e12 / YEAR));
		expect(Math.round(F.lambdaGpuYears)).toBe(355);
	});

	it('a V100 at its 125 TFLOP/s tensor peak would need ~80 years', () => {
		expect(F.v100TensorFlopsPerSecond).toBe(125e12);
		expect(Math.round(F.v100YearsAtPeak)).toBe(80);
	});

	it('Llama 3.1 405B’s published MFU is 41 %', () => {
		expect(F.llamaMfu).toBe(0.41);
	});
});

describe('gpt-3-5-compute: chart data', () => {
	const byId = new Map(F.computeChart.map((b) => [b.id, b]));

	it('is sorted by compute and holds every run and card the issue names', () => {
		const values = F.computeChart.map((b) => b.value);
		expect(values).toEqual([...values].sort((a, b) => a - b));
		for (const id of [
			'nanogpt-note-40m',
			'gpt2',
			'gpt2-medium',
			'gpt2-large',
			'gpt2-xl',
			'gpt3-175b',
			'chinchilla-70b',
			'llama3-405b',
			'year-rtx-4070-ti',
			'year-rtx-4090',
			'year-a100',
			'year-h100',
		]) {
			expect(byId.has(id), id).toBe(true);
		}
		for (const b of F.computeChart) expect(Number.isFinite(b.value) && b.value > 0).toBe(true);
	});

	it('runs: nanoGPT 2.55 × 10¹⁸, GPT-2 XL ~9.3 × 10¹⁹, Chinchilla 5.89 × 10²³, Llama 3.1 405B 3.8 × 10²⁵', () => {
		// 6 × 40.56 M × (16 × 1024 × 32 × 20,000 = 10.49 B)
		near(byId.get('nanogpt-note-40m')!.value, 6 * 40.56e6 * 16 * 1024 * 32 * 20000, 1e-3);
		// GPT-2 XL counted: 1,557,611,200 parameters on the note's ~10 B-token estimate
		near(byId.get('gpt2-xl')!.value, 6 * 1_557_611_200 * 10e9, 1e-9);
		// Chinchilla and Llama as the calculator beside the chart counts them (one definition):
		// counted parameters, a little above the published 70 B and 405 B.
		const runs = new Map(knownRuns(['chinchilla-70b', 'llama3-405b']).map((r) => [r.id, r.flops]));
		expect(byId.get('chinchilla-70b')!.value).toBe(runs.get('chinchilla-70b'));
		expect(byId.get('llama3-405b')!.value).toBe(runs.get('llama3-405b'));
		near(byId.get('chinchilla-70b')!.value, 6 * 70e9 * 1.4e12, 2e-3); // 5.88e23 from 70 B
		near(byId.get('llama3-405b')!.value, 3.8e25, 1e-2); // the paper's 3.8 × 10²⁵
		near(byId.get('gpt3-175b')!.value, 3.14e23, 2e-3);
		expect(F.LLAMA3_405B).toBe('Llama 3.1 405B');
	});

	it('GPU-years at 40 % of the dense BF16 peak', () => {
		expect(F.chartUtilization).toBe(0.4);
		near(byId.get('year-rtx-4070-ti')!.value, 80.2e12 * 0.4 * YEAR, 1e-9);
		near(byId.get('year-rtx-4090')!.value, 165.2e12 * 0.4 * YEAR, 1e-9);
		near(byId.get('year-a100')!.value, 312e12 * 0.4 * YEAR, 1e-9);
		near(byId.get('year-h100')!.value, 989.4e12 * 0.4 * YEAR, 1e-9);
		near(F.gpt3OverH100Year, 3.1429e23 / (989.4e12 * 0.4 * YEAR), 1e-3);
	});
});

describe('gpt-3-5-compute: the article’s calculator', () => {
	it('starts from the note’s budget: one RTX 4070 Ti, FP32, 90 % (in percent), one year', () => {
		expect(F.budgetCalculator).toEqual({
			gpuId: 'rtx-4070-ti',
			precision: 'fp32',
			devices: 1,
			mfu: 90,
			seconds: YEAR,
		});
	});

	it('names a GPU the calculator offers, with the FP32 peak the article uses', () => {
		// An unknown id would silently fall back to the first GPU of the picker.
		const gpu = gpuOptions().find((g) => g.id === F.budgetCalculator.gpuId);
		expect(gpu).toBeDefined();
		expect(gpu!.peakFlopsPerSecond.fp32).toBe(F.cardFp32PeakFlopsPerSecond);
	});
});

describe('gpt-3-5-compute: energy, emissions and GPU-days (issue 19)', () => {
	it('Patterson et al. 2021 (Table 4): 10,000 V100 × 14.8 days = 405 V100-years, 1,287 MWh, 552 t CO₂e', () => {
		expect(F.pattersonDevices).toBe(10000);
		expect(F.pattersonGpuYears).toBeCloseTo((10000 * 14.8) / 365.25, 6); // 405.2
		expect(F.pattersonKWh).toBe(1287e3);
		expect(F.pattersonCO2Kg).toBe(552e3);
		// 10,000 × 330 W × 14.8 × 86,400 s × 1.1 / 3.6e6 = 1,289,376 kWh: the core agrees with the table.
		near(F.pattersonEnergyCheckKWh, (10000 * 330 * 14.8 * 86400 * 1.1) / 3.6e6, 1e-9);
		near(F.pattersonEnergyCheckKWh, F.pattersonKWh, 2e-3);
	});

	it('its implied MFU: (6N + 12·L·d·T) × 300e9 over 10,000 × 14.8 days × 125 TFLOP/s ≈ 20 %', () => {
		// 1.07647e12 FLOP per token (reality-check.test.ts) × 300e9 = 3.2294e23;
		// 10,000 × 1,278,720 s × 125e12 = 1.5984e24.
		near(F.pattersonMfu, 3.2294e23 / 1.5984e24, 1e-3);
	});

	it('1,024 A100 at 40 % MFU: 3.1429e23 / (1,024 × 312e12 × 0.4) s = 28.5 days, 29,147 GPU-days', () => {
		expect(F.clusterMfu).toBe(0.4);
		near(F.clusterSeconds, 3.142877e23 / (1024 * 312e12 * 0.4), 1e-5);
		near(F.clusterGpuDays, (3.142877e23 / (312e12 * 0.4)) / 86400, 1e-5);
	});
});
