import { describe, expect, it } from 'vitest';
import {
	EstimateError,
	countParams,
	inRange,
	mfu,
	oneOf,
	flag,
	runPlan,
	trainingTime,
	chinchillaOptimal,
	type ErrorCode,
} from '../../src/core/index.ts';
import { gpt2small } from '../helpers/archs.ts';

/** The code of the EstimateError `f` throws. */
function codeOf(f: () => unknown): ErrorCode {
	try {
		f();
	} catch (error) {
		if (error instanceof EstimateError) return error.code;
		throw error;
	}
	throw new Error('did not throw');
}

describe('EstimateError.code', () => {
	it('the shared helpers set it, so every check gets one', () => {
		const range = { min: 1, max: 10 };
		expect(codeOf(() => inRange('x', 0, range))).toBe('out-of-range');
		expect(codeOf(() => inRange('x', 'three', range))).toBe('out-of-range');
		expect(codeOf(() => inRange('x', 11, range))).toBe('above-max');
		expect(codeOf(() => inRange('x', Infinity, range))).toBe('too-large');
		expect(codeOf(() => oneOf('x', 'c', ['a', 'b']))).toBe('not-allowed');
		expect(codeOf(() => flag('x', 'yes', false))).toBe('not-a-flag');
		expect(codeOf(() => countParams(null as never))).toBe('not-an-object');
		// 10 FLOP: the optimum would be below one parameter
		expect(codeOf(() => chinchillaOptimal(10))).toBe('result-below-limit');
	});

	it('the checks written by hand name theirs', () => {
		expect(codeOf(() => countParams({ ...gpt2small, heads: 7 } as never))).toBe('not-a-multiple');
		expect(codeOf(() => countParams({ ...gpt2small, kvHeads: 5 } as never))).toBe('not-a-multiple');
		expect(
			codeOf(() => runPlan({ microBatch: 1, context: 1024, gradAccum: 3, iters: 1, devices: 2 })),
		).toBe('not-a-multiple');
		// 1e15 FLOP per step in 1 s on one 1e14 FLOP/s device: 1000 % of peak
		expect(
			codeOf(() =>
				mfu({ flopsPerStep: 1e15, secondsPerStep: 1, peakFlopsPerSecond: 1e14, devices: 1 }),
			),
		).toBe('impossible');
		// 1e30 FLOP at 1e12 FLOP/s: 1e18 s, about 3e10 years
		expect(
			codeOf(() =>
				trainingTime({ flops: 1e30, peakFlopsPerSecond: 1e12, devices: 1, utilization: 1 }),
			),
		).toBe('too-long');
	});

	it("a throw that names no code is 'invalid'", () => {
		expect(new EstimateError('bad', 'x').code).toBe('invalid');
	});
});
