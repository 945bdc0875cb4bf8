import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { EstimateError } from '../../src/core/index.ts';
import {
	formatBandwidth,
	formatBytes,
	formatCO2,
	formatCurrency,
	formatDuration,
	formatEnergy,
	formatFlop,
	formatFlopPerSecond,
	formatNumber,
	formatParams,
	formatPercent,
	formatPlain,
	formatPower,
	formatTex,
	parseQuantity,
} from '../../src/format/index.ts';
import { LOCALES, NATIVE_DIGITS, unmarked } from '../helpers/text.ts';

const locale = fc.constantFrom(...LOCALES);

/** |x| from 1e-6 to 1e30, spread evenly over the decades, either sign. */
const wide = fc
	.tuple(fc.double({ min: -6, max: 30, noNaN: true }), fc.boolean())
	.map(([decades, negative]) => (negative ? -1 : 1) * 10 ** decades);

/** Any finite double at all, including 0, subnormals and ±1.79e308. */
const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });

/** Half a unit in the last displayed significant digit of x. */
function halfUlp(x: number, digits: number): number {
	const exponent = Number(Math.abs(x).toExponential().split('e')[1]);
	return 0.5 * 10 ** (exponent - digits + 1);
}

describe('format then parse round-trips within the displayed precision', () => {
	test('formatNumber, all locales, 1e-6..1e30 either sign, 1 to 8 digits', () => {
		fc.assert(
			fc.property(wide, locale, fc.integer({ min: 1, max: 8 }), (x, l, digits) => {
				const text = formatNumber(x, l, { digits });
				const back = parseQuantity(text, l);
				expect(Math.abs(back - x)).toBeLessThanOrEqual(halfUlp(x, digits) * (1 + 1e-9));
			}),
			{ numRuns: 2000 },
		);
	});

	test('formatNumber with other thresholds (plain up to 1e21 with lakh and U+202F groups)', () => {
		fc.assert(
			fc.property(wide, locale, (x, l) => {
				const text = formatNumber(x, l, { scientificFrom: 1e21, scientificBelow: 1e-6 });
				expect(Math.abs(parseQuantity(text, l) - x)).toBeLessThanOrEqual(
					halfUlp(x, 3) * (1 + 1e-9),
				);
			}),
			{ numRuns: 1000 },
		);
	});

	test('formatParams (k, M, B, T suffixes)', () => {
		fc.assert(
			fc.property(fc.double({ min: 0, max: 14, noNaN: true }), locale, (decades, l) => {
				const count = Math.round(10 ** decades);
				const back = parseQuantity(formatParams(count, l), l);
				expect(Math.abs(back - count)).toBeLessThanOrEqual(halfUlp(count, 3) * (1 + 1e-9));
			}),
			{ numRuns: 1000 },
		);
	});
});

describe('outputs never show NaN, Infinity or non-Latin digits', () => {
	const formatters: [string, (x: number, l: (typeof LOCALES)[number]) => string][] = [
		['formatNumber', (x, l) => formatNumber(x, l)],
		['formatNumber 8 digits', (x, l) => formatNumber(x, l, { digits: 8, trailingZeros: true })],
		['formatTex', (x, l) => formatTex(x, l)],
		['formatPlain', (x, l) => formatPlain(x, l)],
		['formatPercent', (x, l) => formatPercent(x, l)],
		['formatCurrency', (x, l) => formatCurrency(x, l)],
		['formatCurrency compact', (x, l) => formatCurrency(x, l, { currency: 'INR', compact: true })],
		['formatFlop', (x, l) => formatFlop(x, l)],
		['formatFlopPerSecond', (x, l) => formatFlopPerSecond(x, l)],
		['formatParams', (x, l) => formatParams(x, l)],
		['formatParams compact', (x, l) => formatParams(x, l, { compact: true })],
		['formatBytes binary', (x, l) => formatBytes(x, l, { system: 'binary' })],
		['formatBytes decimal', (x, l) => formatBytes(x, l, { system: 'decimal' })],
		['formatBandwidth', (x, l) => formatBandwidth(x, l)],
		['formatEnergy', (x, l) => formatEnergy(x, l)],
		['formatPower', (x, l) => formatPower(x, l)],
		['formatCO2', (x, l) => formatCO2(x, l)],
		['formatDuration', (x, l) => formatDuration(Math.abs(x), l)],
		['formatDuration compound', (x, l) => formatDuration(Math.abs(x), l, { compound: true })],
	];

	test.each(formatters)('%s', (name, format) => {
		fc.assert(
			fc.property(fc.oneof(wide, anyFinite), locale, (x, l) => {
				const text = format(x, l);
				expect(text).not.toMatch(/NaN|Infinity|∞|undefined/);
				expect(text).not.toMatch(NATIVE_DIGITS);
				expect(text).toMatch(/[0-9]|[\u0600-\u06ff]/); // a number, or an Arabic dual word
				if (name !== 'formatTex') expect(text).not.toMatch(/ /); // only no-break spaces
			}),
			{ numRuns: 300 },
		);
	});

	test('Arabic and Hindi numbers use the digits 0-9 (numbering system pinned)', () => {
		expect(formatNumber(1234567, 'ar', { scientificFrom: 1e9 })).toBe('1,234,567');
		expect(formatNumber(1234567, 'hi', { scientificFrom: 1e9 })).toBe('12,34,567');
		expect(unmarked(formatPercent(0.5, 'ar'))).toBe('50%');
	});
});

test('parseQuantity on arbitrary text returns a finite number or throws EstimateError', () => {
	const typed = fc.stringMatching(/^[-+0-9.,eE×x^ kMBT²¹⁻\u202f\u00a0]{0,12}$/);
	fc.assert(
		fc.property(fc.oneof(fc.string(), typed), locale, (text, l) => {
			try {
				expect(Number.isFinite(parseQuantity(text, l))).toBe(true);
			} catch (error) {
				expect(error).toBeInstanceOf(EstimateError);
			}
		}),
		{ numRuns: 3000 },
	);
});
