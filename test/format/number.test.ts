import { describe, expect, test } from 'vitest';
import { EstimateError } from '../../src/core/index.ts';
import {
	formatCurrency,
	formatNumber,
	formatPercent,
	formatPlain,
	formatTex,
	numberParts,
} from '../../src/format/index.ts';
import { superscript, unsuperscript } from '../../src/format/superscript.ts';
import { LOCALES, t, unmarked } from '../helpers/text.ts';

describe('superscript', () => {
	test('every digit and the minus sign map to their superscript characters', () => {
		// U+2070 ⁰, U+00B9 ¹, U+00B2 ², U+00B3 ³, U+2074-U+2079 ⁴-⁹, U+207B ⁻
		expect(superscript('0123456789')).toBe(
			'\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079',
		);
		expect(superscript(-3)).toBe('\u207b\u00b3');
		expect(superscript(21)).toBe('²¹');
		expect(unsuperscript('⁻⁰¹²³⁴⁵⁶⁷⁸⁹')).toBe('-0123456789');
	});

	test('exponents are written with the right superscripts, negative ones with ⁻', () => {
		const expected: Record<number, string> = {
			6: '⁶',
			7: '⁷',
			8: '⁸',
			9: '⁹',
			10: '¹⁰',
			12: '¹²',
			15: '¹⁵',
			18: '¹⁸',
			21: '²¹',
			23: '²³',
			24: '²⁴',
			30: '³⁰',
			[-1]: '⁻¹',
			[-2]: '⁻²',
			[-3]: '⁻³',
			[-4]: '⁻⁴',
			[-5]: '⁻⁵',
			[-6]: '⁻⁶',
			[-7]: '⁻⁷',
			[-8]: '⁻⁸',
			[-9]: '⁻⁹',
			[-10]: '⁻¹⁰',
		};
		for (const [k, sup] of Object.entries(expected)) {
			const x = Number(`3e${k}`);
			expect(formatNumber(x, 'en', { scientificBelow: 1 })).toBe(t(`3_×_10${sup}`));
		}
	});
});

describe('formatNumber', () => {
	test('1.14e21 in all four locales', () => {
		expect(formatNumber(1.14e21, 'en')).toBe(t('1.14_×_10²¹'));
		expect(formatNumber(1.14e21, 'fr')).toBe(t('1,14_×_10²¹'));
		expect(formatNumber(1.14e21, 'hi')).toBe(t('1.14_×_10²¹'));
		expect(unmarked(formatNumber(1.14e21, 'ar'))).toBe(t('1.14_×_10²¹'));
	});

	test('491,520 tokens per step: grouped, every digit kept', () => {
		expect(formatNumber(491520, 'en')).toBe('491,520');
		expect(formatNumber(491520, 'fr')).toBe(t('491~520')); // U+202F, as French typography
		expect(formatNumber(491520, 'hi')).toBe('4,91,520'); // lakh grouping
		expect(unmarked(formatNumber(491520, 'ar'))).toBe('491,520');
		expect(formatNumber(524288, 'fr')).toBe(t('524~288'));
		expect(formatNumber(1234567.891, 'hi', { scientificFrom: 1e9 })).toBe('12,34,568');
	});

	test('three significant digits by default, configurable', () => {
		expect(formatNumber(3.14159e23, 'en')).toBe(t('3.14_×_10²³'));
		expect(formatNumber(3.14159e23, 'en', { digits: 5 })).toBe(t('3.1416_×_10²³'));
		expect(formatNumber(3.14159e23, 'fr', { digits: 1 })).toBe(t('3_×_10²³'));
		expect(formatNumber(12.3456, 'en')).toBe('12.3');
		expect(formatNumber(0.00123456, 'fr')).toBe('0,00123');
		expect(formatNumber(1e21, 'en')).toBe(t('1_×_10²¹'));
		expect(formatNumber(1e21, 'en', { trailingZeros: true })).toBe(t('1.00_×_10²¹'));
	});

	test('negative numbers and negative exponents', () => {
		expect(formatNumber(-1.14e21, 'en')).toBe(t('-1.14_×_10²¹'));
		expect(formatNumber(2.5e-7, 'fr')).toBe(t('2,5_×_10⁻⁷'));
		expect(formatNumber(-0.5, 'fr')).toBe('-0,5');
		// Arabic puts a left-to-right mark before the minus: kept, and nothing else differs
		expect(formatNumber(-1.14e21, 'ar')).toBe(t('\u200e-1.14_×_10²¹'));
		expect(formatNumber(-0, 'en')).toBe('0');
	});

	test('the plain/scientific threshold is an option and is applied after rounding', () => {
		expect(formatNumber(999999, 'en')).toBe('999,999');
		expect(formatNumber(1e6, 'en')).toBe(t('1_×_10⁶'));
		expect(formatNumber(999999.7, 'en')).toBe(t('1_×_10⁶')); // rounds to 1,000,000
		expect(formatNumber(9.996e8, 'en')).toBe(t('1_×_10⁹')); // mantissa carry
		expect(formatNumber(2.5e7, 'en', { scientificFrom: 1e9 })).toBe('25,000,000');
		expect(formatNumber(2.5e7, 'hi', { scientificFrom: 1e9 })).toBe('2,50,00,000');
		expect(formatNumber(524288, 'en', { scientificFrom: 1e3 })).toBe(t('5.24_×_10⁵'));
		expect(formatNumber(0.0005, 'en')).toBe(t('5_×_10⁻⁴'));
		expect(formatNumber(0.0005, 'en', { scientificBelow: 1e-6 })).toBe('0.0005');
		expect(formatNumber(0, 'fr')).toBe('0');
	});

	test('parts for HTML rendering', () => {
		expect(numberParts(1.14e21, 'fr')).toEqual({ mantissa: '1,14', exponent: 21 });
		expect(numberParts(-3e-3, 'en', { scientificBelow: 0.01 })).toEqual({
			mantissa: '-3',
			exponent: -3,
		});
		expect(numberParts(491520, 'hi')).toEqual({ mantissa: '4,91,520', exponent: null });
	});
});

describe('formatTex', () => {
	test('braces around a decimal comma, \\times, exponent in braces', () => {
		expect(formatTex(1.14e21, 'en')).toBe('1.14 \\times 10^{21}');
		expect(formatTex(1.14e21, 'fr')).toBe('1{,}14 \\times 10^{21}');
		expect(formatTex(1.14e21, 'hi')).toBe('1.14 \\times 10^{21}');
		expect(formatTex(1.14e21, 'ar')).toBe('1.14 \\times 10^{21}');
		expect(formatTex(2.5e-7, 'fr')).toBe('2{,}5 \\times 10^{-7}');
	});

	test('grouping in TeX: {,} in en/hi/ar, a thin space in fr; no bidi marks', () => {
		expect(formatTex(524288, 'en')).toBe('524{,}288');
		expect(formatTex(524288, 'fr')).toBe('524\\,288');
		expect(formatTex(524288, 'hi')).toBe('5{,}24{,}288');
		expect(formatTex(-0.5, 'ar')).toBe('-0.5');
		expect(formatTex(-1.5e22, 'ar')).toBe('-1.5 \\times 10^{22}');
	});
});

describe('formatPlain', () => {
	test('always grouped, never scientific', () => {
		expect(formatPlain(1234567.891, 'en')).toBe('1,234,568');
		expect(formatPlain(1234567.891, 'fr')).toBe(t('1~234~568'));
		expect(formatPlain(1234567.891, 'hi')).toBe('12,34,568');
		expect(formatPlain(3e11, 'en')).toBe('300,000,000,000');
		expect(formatPlain(0.25, 'fr')).toBe('0,25');
		expect(formatPlain(1234.5678, 'en', { digits: 6 })).toBe('1,234.57');
	});
});

describe('formatPercent', () => {
	test('0.256 in en, fr, hi and ar', () => {
		expect(formatPercent(0.256, 'en')).toBe('25.6%');
		expect(formatPercent(0.256, 'fr')).toBe(t('25,6_%')); // no-break space before %
		expect(formatPercent(0.256, 'hi')).toBe('25.6%');
		expect(unmarked(formatPercent(0.256, 'ar'))).toBe('25.6%');
		// Arabic wraps % in left-to-right marks (U+200E only); nothing else may be hidden in there
		expect(formatPercent(0.256, 'ar').replace(/\u200e/g, '')).toBe('25.6%');
	});

	test('significant digits, integer digits kept', () => {
		expect(formatPercent(0.5, 'en')).toBe('50%');
		expect(formatPercent(0.40123, 'en')).toBe('40.1%');
		expect(formatPercent(12.3456, 'en')).toBe('1,235%');
		expect(formatPercent(0.0012, 'fr')).toBe(t('0,12_%'));
		expect(formatPercent(0.4567, 'en', { digits: 2 })).toBe('46%');
	});
});

describe('formatCurrency', () => {
	test('USD by default, rounded to three significant digits', () => {
		expect(formatCurrency(4612345, 'en')).toBe('$4,610,000');
		expect(formatCurrency(4612345, 'fr')).toBe(t('4~610~000_$US'));
		expect(formatCurrency(4612345, 'hi')).toBe('$46,10,000');
		expect(unmarked(formatCurrency(4612345, 'ar'))).toBe(t('4,610,000_US$'));
		expect(formatCurrency(0.125, 'en')).toBe('$0.125');
	});

	test('EUR, INR and compact', () => {
		expect(formatCurrency(1234, 'fr', { currency: 'EUR' })).toBe(t('1~230_€'));
		expect(formatCurrency(1234, 'hi', { currency: 'INR', digits: 4 })).toBe('₹1,234');
		expect(formatCurrency(4.6e6, 'en', { compact: true })).toBe('$4.6M');
		expect(() => formatCurrency(1, 'en', { currency: 'nope' })).toThrow(EstimateError);
	});
});

describe('every locale', () => {
	test.each(LOCALES)('%s: NaN and infinities throw EstimateError', (locale) => {
		for (const bad of [NaN, Infinity, -Infinity]) {
			expect(() => formatNumber(bad, locale)).toThrow(EstimateError);
			expect(() => formatTex(bad, locale)).toThrow(EstimateError);
			expect(() => formatPlain(bad, locale)).toThrow(EstimateError);
			expect(() => formatPercent(bad, locale)).toThrow(EstimateError);
			expect(() => formatCurrency(bad, locale)).toThrow(EstimateError);
			expect(() => numberParts(bad, locale)).toThrow(EstimateError);
		}
	});

	test('bad digits and locales throw EstimateError', () => {
		expect(() => formatNumber(1, 'en', { digits: 0 })).toThrow(EstimateError);
		expect(() => formatNumber(1, 'en', { digits: 2.5 })).toThrow(EstimateError);
		expect(() => formatNumber(1, 'de' as 'en')).toThrow(/locale must be one of en, fr, hi, ar/);
	});
});
