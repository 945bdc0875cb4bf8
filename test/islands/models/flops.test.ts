// @vitest-environment node
/** The training-compute calculator's model, in Node, against hand calculations. */
import { describe, expect, it } from 'vitest';
import { flopsModel } from '../../../src/calculators/flops/model.ts';

const strings = { tooLarge: 'too large' };
const ok = (value: number) => ({ value });

describe('flopsModel', () => {
	it('GPT-3: 6 × 174.6e9 × 300e9 = 3.1428e23 FLOP, written both ways', () => {
		const r = flopsModel({ params: ok(174.6e9), tokens: ok(300e9) }, 'en', strings);
		expect(r.flops).toBeCloseTo(3.1428e23, -19);
		expect(r.shown.replace(/\u00a0/g, ' ')).toBe('3.14 × 10²³ FLOP (314 ZFLOP)');
		expect(r.errors).toEqual({ params: undefined, tokens: undefined });
	});

	it('beyond SI prefixes (6 × 1e15 × 1e17 = 6e32) the scientific form is written once', () => {
		const r = flopsModel({ params: ok(1e15), tokens: ok(1e17) }, 'en', strings);
		expect(r.shown.replace(/\u00a0/g, ' ')).toBe('6 × 10³² FLOP');
	});

	it('a field that does not parse: its message, no result', () => {
		const r = flopsModel({ params: { error: 'not a number' }, tokens: ok(1e9) }, 'en', strings);
		expect(r).toEqual({ errors: { params: 'not a number', tokens: undefined }, shown: '' });
	});

	it("the core's limit (1e18 parameters) shows next to the field it names", () => {
		const r = flopsModel({ params: ok(1e19), tokens: ok(1e9) }, 'en', strings);
		expect(r.flops).toBeUndefined();
		expect(r.errors.params).toBe('too large');
		const t = flopsModel({ params: ok(1e9), tokens: ok(1e21) }, 'en', strings);
		expect(t.errors.tokens).toBe('too large');
	});
});
