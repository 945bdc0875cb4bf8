import { describe, expect, it } from 'vitest';
import { best, coefficientOfVariation, isWarm, median, summarize } from '../../src/bench/stats.ts';

describe('statistics of timed passes', () => {
	it('median of odd and even counts', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([7])).toBe(7);
		expect(() => median([])).toThrow(RangeError);
	});

	it('best is the smallest time', () => {
		expect(best([5, 3.5, 4])).toBe(3.5);
	});

	it('coefficient of variation: sample standard deviation over mean', () => {
		// 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations sum to 32, s = √(32/7) = 2.1381.
		expect(coefficientOfVariation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.13809 / 5, 4);
		expect(coefficientOfVariation([3, 3, 3])).toBe(0);
		expect(coefficientOfVariation([3])).toBe(0);
	});

	it('warm-up ends when the last three passes agree within 2 %', () => {
		expect(isWarm([20, 12, 10, 10.1, 10.15])).toBe(true); // spread 1.5 %
		expect(isWarm([10, 10.3, 10.1])).toBe(false); // spread 3 %
		expect(isWarm([10, 10.2, 10.2])).toBe(true); // exactly 2 %
		expect(isWarm([10, 10])).toBe(false); // fewer than three
		expect(isWarm([10, 10, 10, 15])).toBe(false); // only the last three count
	});

	it('summary', () => {
		const s = summarize([10, 12, 11]);
		expect(s.medianMs).toBe(11);
		expect(s.bestMs).toBe(10);
		expect(s.cv).toBeCloseTo(1 / 11, 6); // s = 1 around a mean of 11
	});
});

describe('timestamp rounding', () => {
	it('finds the step every timestamp is a multiple of', async () => {
		const { timestampStep } = await import('../../src/bench/timing.ts');
		// Dawn masks the low 16 bits: multiples of 65,536 ns.
		expect(timestampStep([65536n * 3n, 65536n * 10n, 65536n * 17n])).toBe(65536n);
		// A 100 µs rounding.
		expect(timestampStep([100_000n * 7n, 100_000n * 12n])).toBe(100_000n);
		// Raw nanosecond counters.
		expect(timestampStep([1_234_567n, 2_345_679n])).toBe(1n);
		expect(timestampStep([])).toBe(1n);
	});
});
