import { describe, expect, test } from 'vitest';
import { EstimateError } from '../../src/core/index.ts';
import { formatDuration } from '../../src/format/index.ts';
import { LOCALES, spaced } from '../helpers/text.ts';

const HOUR = 3600;
const DAY = 86_400;
const YEAR = 365.25 * DAY;

describe('formatDuration, one unit', () => {
	test('133,000 s is 1.54 days in every language', () => {
		expect(spaced(formatDuration(133_000, 'en'))).toBe('1.54 days');
		expect(spaced(formatDuration(133_000, 'fr'))).toBe('1,54 jour'); // French: singular below 2
		expect(spaced(formatDuration(133_000, 'hi'))).toBe('1.54 दिन');
		expect(spaced(formatDuration(133_000, 'ar'))).toBe('1.54 يوم');
	});

	test('the unit follows the size', () => {
		expect(spaced(formatDuration(0.25, 'en'))).toBe('250 milliseconds');
		expect(spaced(formatDuration(42, 'en'))).toBe('42 seconds');
		expect(spaced(formatDuration(90, 'en'))).toBe('1.5 minutes');
		expect(spaced(formatDuration(5 * HOUR, 'fr'))).toBe('5 heures');
		expect(spaced(formatDuration(34 * DAY, 'en'))).toBe('34 days');
		expect(spaced(formatDuration(355 * YEAR, 'en'))).toBe('355 years');
		expect(spaced(formatDuration(355 * YEAR, 'fr'))).toBe('355 ans');
		expect(spaced(formatDuration(355 * YEAR, 'hi'))).toBe('355 वर्ष');
		expect(spaced(formatDuration(0, 'en'))).toBe('0 seconds');
	});

	test('rounding up to the next unit moves to it', () => {
		expect(spaced(formatDuration(59.99, 'en'))).toBe('1 minute');
		expect(spaced(formatDuration(HOUR - 0.1, 'en'))).toBe('1 hour');
		expect(spaced(formatDuration(DAY - 1, 'en'))).toBe('1 day');
	});

	test('largestUnit and unitDisplay', () => {
		expect(spaced(formatDuration(37.2 * HOUR, 'en', { largestUnit: 'hour' }))).toBe('37.2 hours');
		expect(spaced(formatDuration(1e9, 'fr', { largestUnit: 'day' }))).toBe('11 574 jours');
		expect(spaced(formatDuration(5 * HOUR, 'fr', { unitDisplay: 'short' }))).toBe('5 h');
	});

	test('a billion years is written in scientific notation', () => {
		expect(spaced(formatDuration(1.2e9 * YEAR, 'en'))).toBe('1.2 × 10⁹ years');
		expect(spaced(formatDuration(1.2e9 * YEAR, 'fr'))).toBe('1,2 × 10⁹ ans');
	});

	test('Arabic long forms of 2 are the dual, without a numeral (kept on purpose)', () => {
		expect(spaced(formatDuration(2 * DAY, 'ar'))).toBe('يومان');
		expect(spaced(formatDuration(3 * DAY, 'ar'))).toBe('3 أيام');
	});
});

describe('formatDuration, compound', () => {
	test('37 h 12 min', () => {
		const s = 37 * HOUR + 12 * 60 + 5;
		expect(spaced(formatDuration(s, 'en', { compound: true, largestUnit: 'hour' }))).toBe(
			'37 hr 12 min',
		);
		expect(spaced(formatDuration(s, 'fr', { compound: true, largestUnit: 'hour' }))).toBe(
			'37 h 12 min',
		);
		expect(spaced(formatDuration(s, 'en', { compound: true }))).toBe('1 day 13 hr');
		expect(spaced(formatDuration(s, 'fr', { compound: true }))).toBe('1 j 13 h');
		expect(spaced(formatDuration(s, 'en', { compound: true, parts: 3 }))).toBe(
			'1 day 13 hr 12 min',
		);
	});

	test('zero parts are left out and rounding carries', () => {
		expect(spaced(formatDuration(2 * HOUR + 10, 'en', { compound: true }))).toBe('2 hr');
		expect(spaced(formatDuration(HOUR - 1, 'en', { compound: true }))).toBe('59 min 59 sec');
		expect(spaced(formatDuration(HOUR - 0.4, 'en', { compound: true }))).toBe('1 hr');
		expect(spaced(formatDuration(DAY - 60, 'en', { compound: true }))).toBe('23 hr 59 min');
		expect(spaced(formatDuration(DAY - 20, 'en', { compound: true }))).toBe('1 day');
		expect(spaced(formatDuration(YEAR + 45 * DAY, 'en', { compound: true }))).toBe('1 yr 45 days');
		expect(spaced(formatDuration(0.5, 'en', { compound: true }))).toBe('500 ms');
	});

	test('no breakable spaces: the parts stay together', () => {
		for (const locale of LOCALES) {
			expect(formatDuration(133_920, locale, { compound: true })).not.toMatch(/ /);
			expect(formatDuration(133_000, locale)).not.toMatch(/ /);
		}
	});
});

test.each(LOCALES)('%s: bad durations throw EstimateError', (locale) => {
	for (const bad of [NaN, Infinity, -Infinity, -1]) {
		expect(() => formatDuration(bad, locale)).toThrow(EstimateError);
		expect(() => formatDuration(bad, locale, { compound: true })).toThrow(EstimateError);
	}
	expect(() => formatDuration(1, locale, { compound: true, parts: 0 })).toThrow(EstimateError);
	expect(() => formatDuration(1, locale, { largestUnit: 'week' as 'day' })).toThrow(EstimateError);
});
