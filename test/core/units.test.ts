import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as c from '../../src/core/index.ts';

describe('constants', () => {
	it('PF-day = 10¹⁵ FLOP/s × 86,400 s = 8.64e19 FLOP (GPT-3 paper App. D)', () => {
		expect(c.FLOP_PER_PF_DAY).toBe(8.64e19);
		expect(c.pfDaysToFlop(3640)).toBeCloseTo(3.145e23, -20);
	});
	it('year = 365.25 days = 31,557,600 s; 8,766 hours', () => {
		expect(c.SECONDS_PER_YEAR).toBe(31_557_600);
		expect(c.secondsToHours(c.SECONDS_PER_YEAR)).toBe(8766);
	});
	it('GiB = 1,073,741,824 bytes; a "12 GB" card holds 12 GiB', () => {
		expect(c.gibToBytes(1)).toBe(1_073_741_824);
		expect(c.cardMemoryBytes(12)).toBe(12 * 1_073_741_824);
		expect(c.cardMemoryBytes(80)).toBe(85_899_345_920);
		expect(c.bytesToGB(c.cardMemoryBytes(80))).toBeCloseTo(85.9, 1);
	});
	it('kWh = 3.6 MJ', () => {
		expect(c.kWhToJoules(1)).toBe(3_600_000);
	});
});

describe('round trips (property)', () => {
	// Zero and normal numbers (subnormals lose their relative precision in any division).
	const value = fc.oneof(fc.constant(0), fc.double({ min: 1e-9, max: 1e20, noNaN: true }));
	const pairs: Array<[string, (x: number) => number, (x: number) => number]> = [
		['hours', c.secondsToHours, c.hoursToSeconds],
		['minutes', c.secondsToMinutes, c.minutesToSeconds],
		['days', c.secondsToDays, c.daysToSeconds],
		['years', c.secondsToYears, c.yearsToSeconds],
		['PF-days', c.flopToPfDays, c.pfDaysToFlop],
		['GiB', c.bytesToGiB, c.gibToBytes],
		['MiB', c.bytesToMiB, c.mibToBytes],
		['GB', c.bytesToGB, c.gbToBytes],
		['kWh', c.joulesToKWh, c.kWhToJoules],
	];
	for (const [name, there, back] of pairs) {
		it(name, () => {
			fc.assert(
				fc.property(value, (x) => {
					const y = back(there(x));
					expect(Math.abs(y - x)).toBeLessThanOrEqual(Math.abs(x) * 1e-15);
				}),
			);
		});
	}
	it('GPU-years', () => {
		fc.assert(
			fc.property(value, fc.integer({ min: 1, max: 1e6 }), (years, devices) => {
				const s = c.gpuYearsToSeconds(years, devices);
				expect(Math.abs(c.gpuYears(s, devices) - years)).toBeLessThanOrEqual(years * 1e-15);
			}),
		);
	});
});

describe('bad inputs throw EstimateError', () => {
	const fns: Array<[string, (x: number) => number]> = [
		['secondsToHours', c.secondsToHours],
		['hoursToSeconds', c.hoursToSeconds],
		['bytesToGiB', c.bytesToGiB],
		['gibToBytes', c.gibToBytes],
		['flopToPfDays', c.flopToPfDays],
		['kWhToJoules', c.kWhToJoules],
		['cardMemoryBytes', c.cardMemoryBytes],
		['gpuYears', (x) => c.gpuYears(x, 1)],
		['gpuHours (devices)', (x) => c.gpuHours(1, x === 1 ? 0 : x)],
	];
	for (const [name, f] of fns) {
		it(name, () => {
			for (const bad of [-1, NaN, Infinity, -Infinity]) {
				expect(() => f(bad), `${name}(${bad})`).toThrow(c.EstimateError);
			}
		});
	}
	it('card memory of 0 or absurd size', () => {
		expect(() => c.cardMemoryBytes(0)).toThrow(c.EstimateError);
		expect(() => c.cardMemoryBytes(1e9)).toThrow(c.EstimateError);
	});
	it('a huge but finite conversion refuses instead of returning Infinity', () => {
		expect(() => c.pfDaysToFlop(Number.MAX_VALUE)).toThrow(c.EstimateError);
	});
});
