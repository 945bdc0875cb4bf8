// @vitest-environment node
/** The compute-budget calculator's model, in Node, against hand calculations. */
import { describe, expect, it } from 'vitest';
import { budgetModel } from '../../../src/calculators/compute-budget/model.ts';
import { budgetStrings } from '../../../src/i18n/calculators/budget.ts';
import { commonStrings } from '../../../src/i18n/calculators/common.ts';
import { row } from './rows.ts';

const words = { locale: 'en' as const, common: commonStrings.en, strings: budgetStrings.en };
/** An RTX 4070 Ti's FP32 peak: 7,680 cores × 2 FLOP × 2.61 GHz = 40.0896 TFLOP/s. */
const gpu = { id: 'g', name: 'G', peakFlopsPerSecond: { fp32: 40.0896e12 } };
const year = 31_557_600; // 365.25 × 86,400 s

describe('budgetModel', () => {
	it('one GPU, FP32 at 90 % for a year: 40.0896e12 × 0.9 × 31,557,600 = 1.13862e21 FLOP', () => {
		const r = budgetModel(
			{
				gpu,
				precision: 'fp32',
				peak: 40.0896e12,
				devices: 1,
				mfu: 90,
				seconds: year,
				runs: [{ id: 'run', name: 'Run', flops: 1e23 }],
			},
			words,
		);
		expect(r.flops! / 1.13862e21).toBeCloseTo(1, 5);
		// sustained: 40.0896e12 × 0.9 = 3.608064e13 FLOP/s
		expect(row(r.rows, 'rate').raw).toBeCloseTo(3.608064e13, -6);
		// 1.13862e21 / 1e23 = 1.14 %
		expect(row(r.shares, 'share-run').value).toBe('1.14%');
		expect(r.errors).toEqual({ prec: undefined });
	});

	it('no published peak at this precision: every row says so, and the precision field too', () => {
		const r = budgetModel(
			{ gpu, precision: 'bf16', devices: 1, mfu: 40, seconds: year, runs: [] },
			words,
		);
		expect(r.flops).toBeUndefined();
		expect(r.errors.prec).toBe(commonStrings.en.core.noPeak);
		expect(r.rows.map((x) => x.reason)).toEqual([
			commonStrings.en.core.noPeak,
			commonStrings.en.core.noPeak,
		]);
	});

	it("an input that does not parse leaves the reason to its field's message (no reason here)", () => {
		const r = budgetModel({ gpu, precision: 'fp32', peak: 1e12, mfu: 40, runs: [] }, words);
		expect(r.rows.map((x) => [x.value, x.reason])).toEqual([
			[undefined, undefined],
			[undefined, undefined],
		]);
	});

	it("the core's error about the duration goes next to the duration field", () => {
		// 1e16 s is beyond LIMITS.seconds (1e15 s)
		const r = budgetModel(
			{ gpu, precision: 'fp32', peak: 1e12, devices: 1, mfu: 40, seconds: 1e16, runs: [] },
			words,
		);
		expect(r.errors.dur).toBe(commonStrings.en.tooLarge);
		expect(row(r.rows, 'flops').reason).toBe(commonStrings.en.tooLarge);
	});
});
