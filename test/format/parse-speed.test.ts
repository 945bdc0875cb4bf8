/**
 * Parsing cannot be made slow (issue 6: "1" + 30,000 spaces + "2" took over a second). Guarded
 * on the algorithm, not the clock: over-long text is refused before it is read, and every
 * pattern matched against typed text is anchored with bounded repetition, so no input makes the
 * regular-expression engine backtrack. `npm run bench:parse` measures the times.
 */
import { describe, expect, test } from 'vitest';
import { EstimateError } from '../../src/core/index.ts';
import { parseQuantity } from '../../src/format/index.ts';
import { MAX_QUANTITY_LENGTH, MAX_TEXT_LENGTH, PARSE_PATTERNS } from '../../src/format/parse.ts';

/** The pattern's source without escapes and character classes: what is left are its operators. */
function operators(source: string): string {
	return source.replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, 'x');
}

describe('parsing is linear in the text', () => {
	test.each(PARSE_PATTERNS.map((p) => [p.source, p] as const))(
		'%s is anchored at both ends, with bounded repetition only',
		(_source, pattern) => {
			const ops = operators(pattern.source);
			expect(ops.startsWith('^')).toBe(true);
			expect(ops.endsWith('$')).toBe(true);
			expect(ops).not.toMatch(/[*+]/); // no unbounded repetition: at most {m,n} or ?
			expect(ops).not.toMatch(/\{\d+,\}/);
			for (const [, max] of ops.matchAll(/\{\d+(?:,(\d+))?\}/g)) {
				expect(Number(max ?? 0)).toBeLessThanOrEqual(MAX_QUANTITY_LENGTH);
			}
		},
	);

	test('the operators check sees through escapes and classes (it can fail)', () => {
		expect(operators('^\\s*[×x]\\s*10$')).toMatch(/[*+]/);
		expect(operators('^[+-]?\\d{1,4}$')).not.toMatch(/[*+]/);
	});

	test.each([
		['1' + ' '.repeat(30_000) + '2'],
		['1'.repeat(100_000)],
		['1 × 10^' + '9'.repeat(100_000)],
		['\u200f'.repeat(MAX_TEXT_LENGTH + 1)],
		['1' + ' '.repeat(MAX_TEXT_LENGTH)],
	])('text over %#: refused as too long, before it is read', (text) => {
		expect(() => parseQuantity(text, 'en')).toThrow(/too long/);
	});

	test('up to the caps, long spacing and marks still parse', () => {
		expect(parseQuantity('1 ' + '\u200f'.repeat(200) + ' 000', 'en')).toBe(1000);
		expect(parseQuantity(' '.repeat(100) + '12' + ' '.repeat(100), 'fr')).toBe(12);
		expect(() => parseQuantity('1'.repeat(MAX_QUANTITY_LENGTH + 1), 'en')).toThrow(/too long/);
		expect(() => parseQuantity('1'.repeat(MAX_QUANTITY_LENGTH + 1), 'en')).toThrow(EstimateError);
	});
});
