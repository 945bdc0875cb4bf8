import { describe, expect, test } from 'vitest';
import { EstimateError } from '../../src/core/index.ts';
import { parseQuantity } from '../../src/format/index.ts';
import { LOCALES } from '../helpers/text.ts';

describe('parseQuantity accepts', () => {
	test('plain numbers with the locale decimal separator', () => {
		expect(parseQuantity('1.5', 'en')).toBe(1.5);
		expect(parseQuantity('1,5', 'fr')).toBe(1.5);
		expect(parseQuantity('1.5', 'hi')).toBe(1.5);
		expect(parseQuantity('1.5', 'ar')).toBe(1.5);
		expect(parseQuantity('  42 ', 'en')).toBe(42);
		expect(parseQuantity('.5', 'en')).toBe(0.5);
		expect(parseQuantity('5.', 'en')).toBe(5);
		expect(parseQuantity('+5', 'en')).toBe(5);
		expect(parseQuantity('-5', 'en')).toBe(-5);
		expect(parseQuantity('\u22125', 'en')).toBe(-5); // U+2212 minus sign
		expect(Object.is(parseQuantity('-0', 'en'), 0)).toBe(true);
	});

	test('in French, a dot is a decimal point when there is no comma', () => {
		expect(parseQuantity('1.5', 'fr')).toBe(1.5);
		expect(parseQuantity('1 234.5', 'fr')).toBe(1234.5);
	});

	test('group separators', () => {
		expect(parseQuantity('491,520', 'en')).toBe(491520);
		expect(parseQuantity('1,234,567.25', 'en')).toBe(1234567.25);
		expect(parseQuantity('1 234 567', 'en')).toBe(1234567);
		expect(parseQuantity('491\u202f520', 'fr')).toBe(491520);
		expect(parseQuantity('491\u00a0520', 'fr')).toBe(491520);
		expect(parseQuantity('491 520,5', 'fr')).toBe(491520.5);
		expect(parseQuantity('12,34,567', 'hi')).toBe(1234567);
		expect(parseQuantity('1,234,567', 'hi')).toBe(1234567);
		expect(parseQuantity('1,234,567.5', 'ar')).toBe(1234567.5);
	});

	test('scientific notation in its usual spellings', () => {
		for (const text of [
			'1.14e21',
			'1.14E21',
			'1.14E+21',
			'1.14 × 10^21',
			'1.14×10^21',
			'1.14x10^21',
			'1.14 X 10^21',
			'1.14*10^21',
			'1.14 · 10^21',
			'1.14 × 10²¹',
			'1.14\u00a0×\u00a010²¹',
			'1.14 \\times 10^{21}'.replace('\\times', '×'),
			'114e19',
		]) {
			expect(parseQuantity(text, 'en'), text).toBe(1.14e21);
		}
		expect(parseQuantity('1,14 × 10²¹', 'fr')).toBe(1.14e21);
		expect(parseQuantity('1,14e21', 'fr')).toBe(1.14e21);
		expect(parseQuantity('2.5e-7', 'en')).toBe(2.5e-7);
		expect(parseQuantity('2.5 × 10⁻⁷', 'en')).toBe(2.5e-7);
		expect(parseQuantity('10^21', 'en')).toBe(1e21);
		expect(parseQuantity('10²¹', 'en')).toBe(1e21);
		expect(parseQuantity('-10²¹', 'en')).toBe(-1e21);
	});

	test('magnitude suffixes', () => {
		expect(parseQuantity('124M', 'en')).toBe(124e6);
		expect(parseQuantity('124 M', 'en')).toBe(124e6);
		expect(parseQuantity('124m', 'en')).toBe(124e6); // million, as in "pythia-160m"
		expect(parseQuantity('10B', 'en')).toBe(10e9);
		expect(parseQuantity('1.5b', 'en')).toBe(1.5e9);
		expect(parseQuantity('1,5 B', 'fr')).toBe(1.5e9);
		expect(parseQuantity('1.4T', 'en')).toBe(1.4e12);
		expect(parseQuantity('3k', 'en')).toBe(3000);
		expect(parseQuantity('3K', 'en')).toBe(3000);
		expect(parseQuantity('80G', 'en')).toBe(80e9);
		expect(parseQuantity('2P', 'en')).toBe(2e15);
	});

	test('Arabic-Indic and Devanagari digits, Arabic separators, bidi marks', () => {
		expect(parseQuantity('١٢٣', 'ar')).toBe(123);
		expect(parseQuantity('١٫٥', 'ar')).toBe(1.5); // U+066B Arabic decimal separator
		expect(parseQuantity('١٬٢٣٤', 'ar')).toBe(1234); // U+066C Arabic thousands separator
		expect(parseQuantity('۱۲۳', 'ar')).toBe(123); // Extended Arabic-Indic (Persian, Urdu)
		expect(parseQuantity('१२,३४,५६७', 'hi')).toBe(1234567);
		expect(parseQuantity('\u200e-1.5\u200e', 'ar')).toBe(-1.5);
	});
});

describe('parseQuantity rejects', () => {
	const garbage = [
		'',
		'   ',
		'abc',
		'1.2.3',
		'--5',
		'+-5',
		'1e',
		'1e+',
		'e5',
		'NaN',
		'Infinity',
		'-Infinity',
		'∞',
		'1,5', // in English, a comma is a group separator: "1,5" is not a number
		'12,34',
		'1,2345',
		'1 2',
		'5 %',
		'1.5 GB',
		'124MM',
		'1e3k',
		'0x10',
		'1 000 000x',
		'10^',
		'1.14 × 10',
		'1.14 × 10^',
		'1e400',
		'- 5',
		'5-',
	];
	test.each(garbage)('%j', (text) => {
		expect(() => parseQuantity(text, 'en')).toThrow(EstimateError);
	});

	test('in French, both a comma and a dot, or two commas', () => {
		expect(() => parseQuantity('1.234,5', 'fr')).toThrow(EstimateError);
		expect(() => parseQuantity('1,234,5', 'fr')).toThrow(EstimateError);
		expect(() => parseQuantity('1,234,567', 'fr')).toThrow(EstimateError);
	});

	test('the message says what was expected, in the locale, and names the field', () => {
		expect(() => parseQuantity('abc', 'en')).toThrow(
			'Expected a number such as 1.5, 1.14e21 or 124M, got "abc"',
		);
		expect(() => parseQuantity('abc', 'fr')).toThrow(
			'Expected a number such as 1,5 ; 1,14e21 ; 124 M, got "abc"',
		);
		try {
			parseQuantity('', 'en', { field: 'tokens' });
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(EstimateError);
			expect((error as EstimateError).field).toBe('tokens');
		}
	});

	test.each(LOCALES)('%s: non-strings and garbage', (locale) => {
		expect(() => parseQuantity(undefined as unknown as string, locale)).toThrow(EstimateError);
		expect(() => parseQuantity(12 as unknown as string, locale)).toThrow(EstimateError);
		expect(() => parseQuantity('abc', locale)).toThrow(EstimateError);
		expect(() => parseQuantity('1.2.3', locale)).toThrow(EstimateError);
	});
});

describe('magnitude words', () => {
	test.each([
		['1,5 Md', 'fr', 1.5e9],
		['1,5Md', 'fr', 1.5e9],
		['175 md', 'fr', 175e9],
		['1,2 Bn', 'fr', 1.2e12],
		['124 M', 'fr', 124e6],
		['1,5 B', 'fr', 1.5e9], // the Latin suffixes are read in every locale
		['175 बिलियन', 'hi', 175e9],
		['7 मिलियन', 'hi', 7e6],
		['50 हज़ार', 'hi', 5e4],
		['50 हजार', 'hi', 5e4], // without the nukta, as often typed
		['1.2 ट्रिलियन', 'hi', 1.2e12],
		['1.5B', 'hi', 1.5e9],
		['175 مليار', 'ar', 175e9],
		['\u200f175\u00a0مليار', 'ar', 175e9],
		['٧ مليون', 'ar', 7e6],
		['50 ألف', 'ar', 5e4],
		['50 الف', 'ar', 5e4],
		['1.2 تريليون', 'ar', 1.2e12],
		['124M', 'ar', 124e6],
	] as const)('%s (%s) = %d', (text, locale, expected) => {
		expect(parseQuantity(text, locale)).toBeCloseTo(expected, -1);
	});

	test('a locale reads its own words only: "Md" is not English, "Bn" is 10¹² only in French', () => {
		expect(() => parseQuantity('1.5 Md', 'en')).toThrow(EstimateError);
		expect(() => parseQuantity('1.5 Bn', 'en')).toThrow(EstimateError);
		expect(() => parseQuantity('175 مليار', 'fr')).toThrow(EstimateError);
	});
});
