/**
 * Every function exported by src/format/index.ts, given any JavaScript value in any argument,
 * returns a clean string (no NaN, Infinity or undefined) or throws a well-formed EstimateError
 * (see test/helpers/contract.ts). 20 functions × 160 runs = 3,200 runs; 10,560 with the core's.
 */
import { describe, expect, it } from 'vitest';
import { EstimateError } from '../../src/core/index.ts';
import * as format from '../../src/format/index.ts';
import { checkContract, type ContractCase } from '../helpers/contract.ts';

const RUNS = 160;
const n = (name: keyof typeof format, ...samples: (readonly unknown[])[]): ContractCase => ({
	name,
	fn: format[name] as ContractCase['fn'],
	samples,
});

const cases: ContractCase[] = [
	n(
		'formatNumber',
		[1.14e21, 'en'],
		[1234.5, 'fr', { digits: 5, trailingZeros: true }],
		[5, 'hi', { scientificFrom: 1, scientificBelow: 0.1 }],
	),
	n('numberParts', [1.14e21, 'ar'], [0.25, 'fr', { digits: 2 }]),
	n('formatTex', [1.14e21, 'fr'], [524288, 'hi', { digits: 4 }]),
	n('formatPlain', [491520, 'fr'], [12.3456, 'en', { digits: 4 }]),
	n('formatPercent', [0.256, 'ar'], [0.5, 'fr', { digits: 2 }]),
	n('formatCurrency', [4.6e6, 'hi'], [4.6e6, 'fr', { currency: 'EUR', digits: 2, compact: true }]),
	n('joinParts', [{ mantissa: '1.14', exponent: 21 }], [{ mantissa: '491,520', exponent: null }]),
	n('superscript', [21], ['-3']),
	n('figureRuns', ['175\u00a0مليار'], ['12 GiB'], ['']),
	n('hasRtlWord', ['3 أيام'], ['1.5 B']),
	n('formatSI', [2.55e18, 'FLOP', 'en'], [1.287e9, 'Wh', 'fr', { prefix: 'M', digits: 4 }]),
	n('formatFlop', [3.14e23, 'hi'], [1, 'en', { digits: 2 }]),
	n('formatFlopPerSecond', [4.01e13, 'fr']),
	n('formatPower', [700, 'ar']),
	n('formatEnergy', [1287000, 'en'], [0.5, 'fr', { prefix: 'k' }]),
	n('formatCO2', [12.5, 'fr'], [552000, 'hi', { digits: 2 }]),
	n(
		'formatParams',
		[124439808, 'fr'],
		[1.5e9, 'ar', { compact: true }],
		[175e9, 'hi', { digits: 2 }],
	),
	n(
		'formatBytes',
		[12 * 2 ** 30, 'en', { system: 'binary' }],
		[8e10, 'fr', { system: 'decimal', digits: 2 }],
	),
	n('byteUnit', ['GiB', 'fr'], ['TB/s', 'ar']),
	n('formatBandwidth', [3.35e12, 'hi'], [3.35e12, 'en', { system: 'binary' }]),
	n(
		'formatDuration',
		[133000, 'fr'],
		[133920, 'en', { compound: true, parts: 3, largestUnit: 'hour' }],
		[2, 'ar', { unitDisplay: 'short', digits: 2 }],
	),
	n(
		'parseQuantity',
		['1,5 Md', 'fr'],
		['1.14 × 10²¹', 'en', { field: 'tokens' }],
		['12,34,567', 'hi'],
	),
];

describe('the contract of every format export', () => {
	it('every exported function has a case here', () => {
		const functions = Object.entries(format)
			.filter(([, v]) => typeof v === 'function')
			.map(([k]) => k)
			.sort();
		expect(cases.map((c) => c.name).sort()).toEqual(functions);
	});

	it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		checkContract(c, RUNS);
	});

	it('examples from the issue', () => {
		for (const call of [
			() => format.formatNumber(1, 'fr', null as never),
			() => format.formatCurrency(1, 'hi', null as never),
			() => format.formatNumber(1234.5, 'constructor' as never),
			() => format.formatNumber(5, 'en', { scientificFrom: NaN }),
			() => format.formatNumber(5, 'en', { digits: null as never }),
			() => format.formatBytes(1, undefined as never, undefined as never),
			() => format.joinParts(1 as never),
		]) {
			try {
				const text = call();
				expect(String(text)).not.toMatch(/NaN|Infinity|undefined/);
			} catch (error) {
				expect(error).toBeInstanceOf(EstimateError);
				expect(typeof (error as EstimateError).field).toBe('string');
			}
		}
		// null options mean none; unknown locales and bad options throw
		expect(format.formatNumber(1, 'fr', null as never)).toBe('1');
		expect(() => format.formatNumber(1234.5, 'constructor' as never)).toThrow(/locale/);
		expect(() => format.formatNumber(5, 'en', { scientificFrom: NaN })).toThrow(/scientificFrom/);
		expect(() => format.formatNumber(5, 'en', { digits: null as never })).toThrow(/digits/);
	});
});
