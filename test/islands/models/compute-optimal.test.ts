// @vitest-environment node
/** The compute-optimal calculator's model, in Node, against hand calculations. */
import { describe, expect, it } from 'vitest';
import { frontier, optimalModel } from '../../../src/calculators/compute-optimal/model.ts';
import { commonStrings } from '../../../src/i18n/calculators/common.ts';
import { optimalStrings } from '../../../src/i18n/calculators/optimal.ts';
import { row } from './rows.ts';

const words = { locale: 'en' as const, common: commonStrings.en, strings: optimalStrings.en };
const raw = (rows: Parameters<typeof row>[0], key: string) => row(rows, key).raw as number;

describe('optimalModel', () => {
	it("'tokens20' at 1.2e21 FLOP: N = √(1.2e21 / 120) = 3.1623e9, D = 20·N = 6.3246e10", () => {
		const { budget, fitRows } = optimalModel({ mode: 'flop', flops: 1.2e21 }, words);
		expect(budget).toBe(1.2e21);
		const t = fitRows[2];
		expect(raw(t, 'tokens20-params')).toBeCloseTo(3.16228e9, -5);
		expect(raw(t, 'tokens20-tokens')).toBeCloseTo(6.32456e10, -6);
		expect(raw(t, 'tokens20-ratio')).toBeCloseTo(20, 10);
		// its loss under the epoch fit: E + A/N^α + B/D^β (Besiroglu et al. 2024)
		const loss = 1.8172 + 482.01 / 3.16228e9 ** 0.3478 + 2085.43 / 6.32456e10 ** 0.3658;
		expect(raw(t, 'tokens20-loss')).toBeCloseTo(loss, 4);
	});

	it("'epoch' at 6e21 FLOP by hand: N = G·(C/6)^(β/(α+β)) with G = (αA/(βB))^(1/(α+β))", () => {
		// α 0.3478, β 0.3658, A 482.01, B 2085.43 (Besiroglu et al. 2024, arXiv:2404.10102)
		const g = ((0.3478 * 482.01) / (0.3658 * 2085.43)) ** (1 / 0.7136); // 0.21976^1.4013 = 0.11964
		const n = g * 1e21 ** (0.3658 / 0.7136); // 0.11964 × 10^10.7649 ≈ 6.96e9
		const { fitRows } = optimalModel({ mode: 'flop', flops: 6e21 }, words);
		expect(raw(fitRows[0], 'epoch-params') / n).toBeCloseTo(1, 9);
		expect(raw(fitRows[0], 'epoch-params')).toBeGreaterThan(6.9e9);
		expect(raw(fitRows[0], 'epoch-params')).toBeLessThan(7.0e9);
		// the budget is spent: D = C / (6·N)
		expect(raw(fitRows[0], 'epoch-tokens') / (6e21 / (6 * n))).toBeCloseTo(1, 9);
	});

	it('a budget from hardware: 2 GPUs × 1e14 FLOP/s × 50 % × 1,000 s = 1e17 FLOP', () => {
		const r = optimalModel(
			{ mode: 'hardware', peak: 1e14, devices: 2, mfu: 50, seconds: 1000 },
			words,
		);
		expect(r.budget).toBeCloseTo(1e17, 0);
		expect(r.errors).toEqual({});
	});

	it('no published peak: the budget and every fit say so, and so does the precision field', () => {
		const r = optimalModel({ mode: 'hardware', devices: 2, mfu: 50, seconds: 1000 }, words);
		expect(r.budget).toBeUndefined();
		expect(r.errors.prec).toBe(commonStrings.en.core.noPeak);
		for (const rows of [r.rows, ...r.fitRows])
			for (const x of rows) expect(x.reason).toBe(commonStrings.en.core.noPeak);
	});

	it("a budget beyond the core's 1e36 FLOP: its words on every fit row, no number", () => {
		const r = optimalModel({ mode: 'flop', flops: 1e37 }, words);
		expect(raw(r.rows, 'budget')).toBe(1e37);
		expect(row(r.fitRows[0], 'epoch-params').value).toBeUndefined();
		expect(row(r.fitRows[0], 'epoch-params').reason).toBe(commonStrings.en.tooLarge);
	});
});

describe('frontier', () => {
	it('spans three decades either side of the budget, 25 points per fit', () => {
		const [epoch] = frontier(1e21, []);
		expect(epoch.points).toHaveLength(25);
		expect(epoch.points[0][0]).toBeCloseTo(1e18, -3);
		expect(epoch.points[24][0] / 1e24).toBeCloseTo(1, 9);
	});
});
