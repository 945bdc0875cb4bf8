import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	computeBudget,
	trainingTime,
	throughput,
	trainingFlops,
	flopsPerToken,
	gpuYears,
	gpuHours,
	secondsToDays,
	SECONDS_PER_YEAR,
	EstimateError,
} from '../../src/core/index.ts';
import { nanoNote } from '../helpers/archs.ts';

describe('computeBudget', () => {
	it('one RTX 4070 Ti for a year at 90 % of 40.09 TFLOP/s FP32 ≈ 1.14e21 FLOP (seed note)', () => {
		// 40.09e12 · 0.9 · 365.25 · 86,400 = 1.13863e21 (365 days: 1.13785e21)
		const c = computeBudget({
			peakFlopsPerSecond: 40.09e12,
			devices: 1,
			seconds: SECONDS_PER_YEAR,
			utilization: 0.9,
		});
		expect(c).toBeCloseTo(40.09e12 * 0.9 * 365.25 * 86_400, -8);
		expect(Number(c.toPrecision(3))).toBe(1.14e21);
	});

	it("that GPU-year is ~0.36 % of GPT-3's 3.14e23 FLOP, ~275 such GPU-years (seed note)", () => {
		const year = computeBudget({
			peakFlopsPerSecond: 40.09e12,
			devices: 1,
			seconds: SECONDS_PER_YEAR,
			utilization: 0.9,
		});
		expect((year / 3.14e23) * 100).toBeCloseTo(0.36, 2);
		expect(Math.round(3.14e23 / year)).toBe(276); // 275.8: "~275"
	});
});

describe('trainingTime', () => {
	it('GPT-3 at 28 TFLOP/s (V100, 100 %) takes 355 GPU-years (Lambda Labs 2020)', () => {
		// 3.14e23 / 28e12 = 1.1214e10 s = 355.4 Julian years
		const s = trainingTime({
			flops: 3.14e23,
			peakFlopsPerSecond: 28e12,
			devices: 1,
			utilization: 1,
		});
		expect(Math.round(gpuYears(s))).toBe(355);
	});

	it('GPT-3 on 1024 A100s at 140 TFLOP/s achieved: 34 days (Narayanan et al. 2021 §5.1)', () => {
		// eq. 4: 8·T·P/(n·X) = 8 · 300e9 · 175e9 / (1024 · 140e12) = 2.9297e6 s = 33.9 days
		const s = trainingTime({
			flops: 8 * 300e9 * 175e9,
			peakFlopsPerSecond: 140e12,
			devices: 1024,
			utilization: 1,
		});
		expect(Math.round(secondsToDays(s))).toBe(34);
	});

	it('GPT-2 124M on 300 B tokens, 8 A100s at 30 % MFU: 3.46 days (nanoGPT transformer_sizing.ipynb)', () => {
		// 6 · 124,337,664 · 300e9 / (8 · 312e12 · 0.3) = 2.989e8... s → 3.46 days
		const flops = trainingFlops({ params: 124_337_664, tokens: 300e9 });
		const s = trainingTime({ flops, peakFlopsPerSecond: 312e12, devices: 8, utilization: 0.3 });
		expect(secondsToDays(s)).toBeCloseTo(3.46, 2);
	});

	it('nanoGPT note at a realistic 40 % MFU on an RTX 4070: ~6.7 s/iteration, ~37 h (seeds/README.md)', () => {
		const arch = nanoNote;
		const perIter = flopsPerToken(arch) * 524_288;
		const s = trainingTime({
			flops: perIter,
			peakFlopsPerSecond: 58.3e12,
			devices: 1,
			utilization: 0.4,
		});
		expect(s).toBeCloseTo(6.74, 2);
		expect(Math.round((s * 20_000) / 3600)).toBe(37);
	});

	it('time × throughput = work (property)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1e10, max: 1e28, noNaN: true }),
				fc.double({ min: 1e9, max: 1e16, noNaN: true }),
				fc.integer({ min: 1, max: 100_000 }),
				fc.double({ min: 0.01, max: 1, noNaN: true }),
				(flops, peakFlopsPerSecond, devices, utilization) => {
					const rate = throughput({ peakFlopsPerSecond, devices, utilization });
					let s: number;
					try {
						s = trainingTime({ flops, peakFlopsPerSecond, devices, utilization });
					} catch (e) {
						// Only refused as too long, never NaN.
						expect(e).toBeInstanceOf(EstimateError);
						expect(flops / rate).toBeGreaterThan(1e15);
						return;
					}
					expect(s * rate).toBeCloseTo(flops, -Math.floor(Math.log10(flops)) + 9);
					const back = computeBudget({ peakFlopsPerSecond, devices, seconds: s, utilization });
					expect(Math.abs(back / flops - 1)).toBeLessThan(1e-12);
				},
			),
		);
	});

	it('more devices never take longer, more FLOP never take less time (property)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1e15, max: 1e24, noNaN: true }),
				fc.integer({ min: 1, max: 10_000 }),
				(flops, devices) => {
					const t = (f: number, n: number) =>
						trainingTime({ flops: f, peakFlopsPerSecond: 1e15, devices: n, utilization: 0.5 });
					expect(t(flops, devices + 1)).toBeLessThanOrEqual(t(flops, devices));
					expect(t(flops * 2, devices)).toBeGreaterThanOrEqual(t(flops, devices));
				},
			),
		);
	});

	it('GPU-hours of Llama 2 7B: 184,320 A100-hours = 21.0 GPU-years', () => {
		expect(gpuYears(184_320 * 3600)).toBeCloseTo(184_320 / 8766, 9);
		expect(gpuHours(3600 * 24, 8)).toBe(192);
	});
});

describe('hardware inputs', () => {
	const ok = { flops: 1e20, peakFlopsPerSecond: 1e14, devices: 1, utilization: 0.5 };
	it('utilisation above 100 % is refused: the inputs are impossible', () => {
		expect(() => trainingTime({ ...ok, utilization: 1.2 })).toThrow(EstimateError);
		expect(() =>
			computeBudget({ peakFlopsPerSecond: 1e14, devices: 1, seconds: 1, utilization: 1.01 }),
		).toThrow(/at most 1/);
	});
	it('a run of more than 10¹⁵ s (32 million years) is refused, not returned', () => {
		expect(() =>
			trainingTime({ flops: 1e31, peakFlopsPerSecond: 1, devices: 1, utilization: 1 }),
		).toThrow(EstimateError);
	});
});
