/**
 * figureRuns: which parts of a formatted figure are isolated left to right in right-to-left text.
 * Expected runs are written out by hand from how Arabic is read: digits and symbols left to
 * right, magnitude and duration words in Arabic order.
 */
import { describe, expect, it } from 'vitest';
import { figureRuns, formatDuration, formatParams, hasRtlWord } from '../../src/format/index.ts';

const NB = '\u00a0';

describe('figureRuns', () => {
	it('splits a count with an Arabic magnitude word into number and word', () => {
		expect(figureRuns(`175${NB}مليار`)).toEqual([
			{ text: '175', ltr: true },
			{ text: `${NB}مليار`, ltr: false },
		]);
		// The formatter's own output for GPT-3's 175 B and for 10 B (plural after 3 to 10).
		expect(figureRuns(formatParams(175e9, 'ar'))).toEqual([
			{ text: '175', ltr: true },
			{ text: `${NB}مليار`, ltr: false },
		]);
		expect(figureRuns(formatParams(1e10, 'ar')).map((r) => r.ltr)).toEqual([true, false]);
	});

	it('keeps scientific notation in one left-to-right run', () => {
		expect(figureRuns(`1.2${NB}×${NB}10⁶${NB}تريليون`)).toEqual([
			{ text: `1.2${NB}×${NB}10⁶`, ltr: true },
			{ text: `${NB}تريليون`, ltr: false },
		]);
	});

	it('isolates every number of a text with two of them, and joins back to it', () => {
		const text = `3${NB}أيام و${NB}2${NB}ساعة`;
		const runs = figureRuns(text);
		expect(runs.filter((r) => r.ltr).map((r) => r.text)).toEqual(['3', '2']);
		expect(runs.map((r) => r.text).join('')).toBe(text);
		// 3.08 days (3 days and 2 hours) as the formatter writes it: number, then the word.
		expect(figureRuns(formatDuration(3 * 86400 + 2 * 3600, 'ar'))).toEqual([
			{ text: '3.08', ltr: true },
			{ text: `${NB}يوم`, ltr: false },
		]);
	});

	it('leaves figures without a right-to-left word whole', () => {
		for (const t of ['12 GiB', '3.14 × 10²³ FLOP', '25.6\u200e%\u200e', '\u200f4,600 US$', '124 M'])
			expect(figureRuns(t)).toEqual([{ text: t, ltr: true }]);
		expect(figureRuns(formatParams(175e9, 'hi'))).toHaveLength(1);
		expect(figureRuns('')).toEqual([]);
	});

	it('does not take the Arabic letter mark for a word', () => {
		expect(hasRtlWord('\u061c-5')).toBe(false);
		expect(hasRtlWord('5 أيام')).toBe(true);
		expect(hasRtlWord('עשר')).toBe(true);
	});
});
