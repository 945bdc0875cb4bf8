import { describe, expect, it } from 'vitest';
import {
	decadeCeil,
	decadeFloor,
	decadeLabel,
	decadeTicks,
	linearDomain,
	linearTicks,
	logDomain,
	makeScale,
	niceStep,
	ticksOf,
} from '../../src/charts/scale.ts';
import {
	anchorWithin,
	isolate,
	labelRows,
	legendLayout,
	textWidth,
} from '../../src/charts/layout.ts';

describe('decades', () => {
	it('floor and ceil of log10 are exact at powers of ten (Math.log10(1e-3) is -2.9999…)', () => {
		expect(decadeFloor(1e-3)).toBe(-3);
		expect(decadeFloor(999)).toBe(2);
		expect(decadeFloor(1000)).toBe(3);
		expect(decadeFloor(3.14e23)).toBe(23);
		expect(decadeCeil(1000)).toBe(3);
		expect(decadeCeil(1001)).toBe(4);
		expect(decadeCeil(1.14e21)).toBe(22);
	});

	it('a log domain covers the values with whole decades: 1.14e21 and 3.14e23 → [1e21, 1e24]', () => {
		expect(logDomain([3.14e23, 1.14e21])).toEqual([1e21, 1e24]);
		// one value, or one exact power, still gets a decade of room
		expect(logDomain([1e21])).toEqual([1e21, 1e22]);
		expect(logDomain([5e6])).toEqual([1e6, 1e7]);
		// values a log axis cannot show are ignored; nothing left gives [1, 10]
		expect(logDomain([0, -3, NaN, Infinity, 2e3])).toEqual([1e3, 1e4]);
		expect(logDomain([])).toEqual([1, 10]);
	});

	it('decade ticks thin out over a wide range, keeping the first', () => {
		expect(decadeTicks([1e21, 1e24])).toEqual([21, 22, 23, 24]);
		// 15 decades, at most 7 ticks: every 3rd decade
		expect(decadeTicks([1e15, 1e30], 7)).toEqual([15, 18, 21, 24, 27, 30]);
	});

	it('labels decades with real superscripts', () => {
		expect(decadeLabel(21)).toBe('10²¹');
		expect(decadeLabel(-3)).toBe('10⁻³');
		expect(decadeLabel(0)).toBe('10⁰');
	});
});

describe('linear axes', () => {
	it('steps are 1, 2 or 5 × 10^k', () => {
		expect(niceStep(80, 5)).toBe(20); // 16 → 20
		expect(niceStep(1, 5)).toBe(0.2);
		expect(niceStep(7, 5)).toBe(2); // 1.4 → 2
		expect(niceStep(0)).toBe(1);
		expect(niceStep(NaN)).toBe(1);
	});

	it('domains start at zero and end on a whole step: 12, 16, 24 and 71 GiB → [0, 80]', () => {
		expect(linearDomain([12, 16, 24, 71])).toEqual([0, 80]);
		expect(linearDomain([0])).toEqual([0, 1]);
		expect(linearDomain([])).toEqual([0, 1]);
		expect(linearDomain([2, 3], false)).toEqual([2, 3]);
	});

	it('ticks are round numbers with no float noise (0.1 + 0.2)', () => {
		expect(linearTicks([0, 80], 4)).toEqual([0, 20, 40, 60, 80]);
		expect(linearTicks([0, 0.3], 3)).toEqual([0, 0.1, 0.2, 0.3]);
	});
});

describe('scales', () => {
	it('log: 1e22 sits a third of the way across [1e21, 1e24]', () => {
		const x = makeScale([1e21, 1e24], [0, 300], true);
		expect(x(1e22)).toBeCloseTo(100, 9);
		expect(x(1e24)).toBeCloseTo(300, 9);
	});

	it('clamps, and never returns NaN for values the axis cannot show', () => {
		const lin = makeScale([0, 10], [0, 100]);
		expect(lin(20)).toBe(100);
		expect(lin(-5)).toBe(0);
		expect(lin(NaN)).toBe(0);
		const log = makeScale([1, 1000], [10, 40], true);
		expect(log(0)).toBe(10);
		expect(log(-1)).toBe(10);
		expect(log(Infinity)).toBe(40);
	});

	it('y scales run upwards (range reversed)', () => {
		const y = makeScale([0, 10], [200, 0]);
		expect(y(10)).toBe(0);
		expect(y(5)).toBe(100);
	});

	it('ticks of a log scale are decades; a linear scale formats its own', () => {
		const log = makeScale([1e21, 1e24], [0, 1], true);
		expect(ticksOf(log, 'en').map((t) => t.label)).toEqual(['10²¹', '10²²', '10²³', '10²⁴']);
		const lin = makeScale([0, 80], [0, 1]);
		expect(ticksOf(lin, 'fr', (v) => `${v} Gio`, 4).map((t) => t.label)).toEqual([
			'0 Gio',
			'20 Gio',
			'40 Gio',
			'60 Gio',
			'80 Gio',
		]);
		// default: the locale's own number format (French decimal comma)
		const small = makeScale([0, 1.5], [0, 1]);
		expect(ticksOf(small, 'fr', undefined, 3).map((t) => t.label)).toContain('0,5');
	});
});

describe('layout', () => {
	it('text width grows with length; bidi marks take no room', () => {
		expect(textWidth('abcd')).toBeGreaterThan(textWidth('ab'));
		expect(textWidth('\u200e12')).toBe(textWidth('12'));
	});

	it('labels that would overlap go to the next row: 12, 16 and 24 GB lines 20 px apart', () => {
		const rows = labelRows([
			{ x: 100, text: 'RTX 4070 (12 GiB)' },
			{ x: 120, text: 'RTX 4080 (16 GiB)' },
			{ x: 400, text: 'A100 (80 GiB)' },
		]);
		expect(rows[0]).not.toBe(rows[1]);
		expect(rows[2]).toBe(0); // far away: first row
	});

	it('keeps edge labels inside the chart', () => {
		expect(anchorWithin(2, 'a long label', 0, 480).anchor).toBe('start');
		expect(anchorWithin(478, 'a long label', 0, 480).anchor).toBe('end');
		expect(anchorWithin(240, 'short', 0, 480)).toEqual({ x: 240, anchor: 'middle' });
	});

	it('wraps a legend that is wider than the chart', () => {
		const items = ['Weights', 'Gradients', 'Optimizer state', 'Activations', 'Logits', 'Overhead'];
		const placed = legendLayout(items, 300);
		expect(placed[0]).toEqual({ x: 0, row: 0 });
		expect(Math.max(...placed.map((p) => p.row))).toBeGreaterThan(0);
	});
});

describe('point labels', () => {
	it('a label that would overlap the one before moves a line down, one far away stays', async () => {
		const { spreadLabels } = await import('../../src/charts/layout.ts');
		const ys = spreadLabels([
			{ x0: 100, width: 80, y: 50 },
			{ x0: 120, width: 80, y: 52 }, // overlaps the first
			{ x0: 300, width: 40, y: 50 }, // clear of both
		]);
		expect(ys[0]).toBe(50);
		expect(Math.abs(ys[1] - 50)).toBeGreaterThanOrEqual(14);
		expect(ys[2]).toBe(50);
	});
});

describe('label direction', () => {
	// U+2067 right-to-left isolate, U+2068 first-strong isolate, U+2069 pop.
	it('a label with Arabic in it is right to left, even when it starts with a Latin name', () => {
		expect(isolate('RTX 4070 Ti، سنة‑GPU واحدة')).toBe('\u2067RTX 4070 Ti، سنة‑GPU واحدة\u2069');
		expect(isolate('nanoGPT 40.56 مليون')).toBe('\u2067nanoGPT 40.56 مليون\u2069');
		expect(isolate('حوسبة التدريب (FLOP)')).toBe('\u2067حوسبة التدريب (FLOP)\u2069');
	});
	it('Latin and Devanagari labels take their first letter’s direction', () => {
		expect(isolate('GPT-2 124M')).toBe('\u2068GPT-2 124M\u2069');
		expect(isolate('nanoGPT 40.56 मिलियन')).toBe('\u2068nanoGPT 40.56 मिलियन\u2069');
	});
});
