import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	chinchillaOptimal,
	chinchillaOptimalTokens,
	chinchillaLoss,
	CHINCHILLA_FITS,
	EstimateError,
} from '../../src/core/index.ts';

const GOPHER_BUDGET = 5.76e23; // Hoffmann et al. 2022, Figure 2 caption and Table 3

describe('chinchillaOptimal', () => {
	it("'hoffmann' (unrounded Approach 3) projects ~40 B parameters at Gopher's budget (paper §3.3)", () => {
		const { params } = chinchillaOptimal(GOPHER_BUDGET, 'hoffmann');
		expect(params / 1e9).toBeGreaterThan(39.5);
		expect(params / 1e9).toBeLessThan(41);
	});

	it("'hoffmann-rounded' (the printed constants) gives ~32 B instead (Hoffmann et al. 2022, arXiv:2203.15556, App. D.2, constants as printed)", () => {
		const { params } = chinchillaOptimal(GOPHER_BUDGET, 'hoffmann-rounded');
		expect(Math.round(params / 1e9)).toBe(32);
	});

	it("'hoffmann-rounded' at 2.21e19 FLOP: ~326 M parameters, 11.3 B tokens (Hoffmann et al. 2022, arXiv:2203.15556, App. D.2, constants as printed)", () => {
		const { params, tokens } = chinchillaOptimal(2.21e19, 'hoffmann-rounded');
		expect(Math.round(params / 1e6)).toBe(326);
		expect(tokens / 1e9).toBeCloseTo(11.3, 1);
	});

	it("'epoch' (default) lands near Table 3's 67 B at Gopher's budget, ~20 tokens/param", () => {
		const fit = chinchillaOptimal(GOPHER_BUDGET);
		expect(fit).toEqual(chinchillaOptimal(GOPHER_BUDGET, 'epoch'));
		expect(Math.abs(fit.params / 67e9 - 1)).toBeLessThan(0.1);
		const ratio = fit.tokens / fit.params;
		expect(ratio).toBeGreaterThan(15);
		expect(ratio).toBeLessThan(25);
	});

	it("'tokens20' by hand: N = √(C/120)", () => {
		// C = 5.76e23 → C/120 = 4.8e21 → N = 6.9282e10, D = 20N = 1.38564e12
		const { params, tokens } = chinchillaOptimal(GOPHER_BUDGET, 'tokens20');
		expect(Math.abs(params / 6.92820323e10 - 1)).toBeLessThan(1e-9);
		expect(Math.abs(tokens / 1.385640646e12 - 1)).toBeLessThan(1e-9);
		// Chinchilla itself: 70 B × 1.4 T is exactly 20 tokens/param, C = 5.88e23
		expect(chinchillaOptimal(5.88e23, 'tokens20').params).toBeCloseTo(70e9, -3);
	});

	it('every fit spends the budget: 6·N·D = C, and more compute means more of both (property)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1e15, max: 1e30, noNaN: true }),
				fc.constantFrom(...CHINCHILLA_FITS),
				(c, fit) => {
					const r = chinchillaOptimal(c, fit);
					expect(Math.abs((6 * r.params * r.tokens) / c - 1)).toBeLessThan(1e-9);
					const bigger = chinchillaOptimal(c * 2, fit);
					expect(bigger.params).toBeGreaterThan(r.params);
					expect(bigger.tokens).toBeGreaterThan(r.tokens);
				},
			),
		);
	});

	it('throws EstimateError for bad budgets and fits', () => {
		for (const bad of [0, -1, NaN, Infinity, 1e40]) {
			expect(() => chinchillaOptimal(bad)).toThrow(EstimateError);
		}
		expect(() => chinchillaOptimal(1e20, 'kaplan' as never)).toThrow(EstimateError);
	});
});

describe('chinchillaOptimalTokens', () => {
	it("'hoffmann-rounded' for 1 B parameters by hand: D = (N/G)^(α/β) / G ≈ 44.0 B tokens", () => {
		// G = (αA / (βB))^(1/(α+β)) = (0.34 × 406.4 / (0.28 × 410.7))^(1/0.62)
		//   = (138.176 / 114.996)^1.6129 = 1.201572^1.6129 = e^(0.183630 × 1.6129) = e^0.296178 = 1.34473
		// ln(N/G) = ln(1e9) − 0.296178 = 20.723266 − 0.296178 = 20.427088
		// ln D = (0.34 / 0.28) × 20.427088 − 0.296178 = 24.804321 − 0.296178 = 24.508143
		// D = e^24.508143 = e^24 × e^0.508143 = 2.648912e10 × 1.662236 = 4.40312e10
		const d = chinchillaOptimalTokens(1e9, 'hoffmann-rounded');
		expect(Math.abs(d / 4.40312e10 - 1)).toBeLessThan(1e-4);
	});

	it("'epoch' gives ~20 tokens per parameter near Chinchilla's 70 B (Table 3: 1.4 T tokens)", () => {
		const ratio = chinchillaOptimalTokens(70e9) / 70e9;
		expect(ratio).toBeGreaterThan(15);
		expect(ratio).toBeLessThan(25);
	});

	it("'tokens20' by hand: 20 × 124 M = 2.48 B", () => {
		expect(chinchillaOptimalTokens(124e6, 'tokens20')).toBe(2.48e9);
	});

	it("is chinchillaOptimal's inverse: the budget 6·N·D has N as its optimum (property)", () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1e3, max: 1e15, noNaN: true }),
				fc.constantFrom('epoch', 'hoffmann', 'hoffmann-rounded', 'tokens20' as const),
				(n, fit) => {
					const d = chinchillaOptimalTokens(n, fit);
					const back = chinchillaOptimal(6 * n * d, fit);
					expect(Math.abs(back.params / n - 1)).toBeLessThan(1e-9);
					expect(Math.abs(back.tokens / d - 1)).toBeLessThan(1e-9);
				},
			),
		);
	});

	it('throws EstimateError for bad inputs and beyond the budgets chinchillaOptimal answers for', () => {
		for (const bad of [0, -1, 0.5, NaN, Infinity, 1e19]) {
			expect(() => chinchillaOptimalTokens(bad)).toThrow(EstimateError);
		}
		expect(() => chinchillaOptimalTokens(1e9, 'kaplan' as never)).toThrow(EstimateError);
		// 1e18 parameters would need 6 × 1e18 × D > 1e36 FLOP under the epoch fit
		expect(() => chinchillaOptimalTokens(1e18)).toThrow(
			expect.objectContaining({ code: 'result-above-limit', field: 'params' }),
		);
	});
});

describe('chinchillaLoss', () => {
	it('Chinchilla (70 B, 1.4 T) by hand with the Hoffmann constants', () => {
		// 1.69 + 406.4/(70e9^0.34) + 410.7/(1.4e12^0.28), written out from the paper's constants
		const expected = 1.69 + 406.4 / Math.pow(70e9, 0.34) + 410.7 / Math.pow(1.4e12, 0.28);
		expect(chinchillaLoss(70e9, 1.4e12, 'hoffmann-rounded')).toBeCloseTo(expected, 12);
		// ≈ 1.94 nats on MassiveText
		expect(expected).toBeCloseTo(1.94, 1);
		const epoch = 1.8172 + 482.01 / Math.pow(70e9, 0.3478) + 2085.43 / Math.pow(1.4e12, 0.3658);
		expect(chinchillaLoss(70e9, 1.4e12)).toBeCloseTo(epoch, 12);
	});

	it('the optimum minimises loss along the budget (property)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1e18, max: 1e26, noNaN: true }),
				fc.constantFrom('epoch' as const, 'hoffmann' as const, 'hoffmann-rounded' as const),
				fc.double({ min: 1.2, max: 10, noNaN: true }),
				(c, fit, k) => {
					const { params, tokens } = chinchillaOptimal(c, fit);
					const best = chinchillaLoss(params, tokens, fit);
					expect(chinchillaLoss(params * k, tokens / k, fit)).toBeGreaterThan(best);
					expect(chinchillaLoss(params / k, tokens * k, fit)).toBeGreaterThan(best);
				},
			),
		);
	});

	it('more params or tokens never raise the loss (property)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1e6, max: 1e13, noNaN: true }),
				fc.double({ min: 1e6, max: 1e15, noNaN: true }),
				(n, d) => {
					const l = chinchillaLoss(n, d);
					expect(chinchillaLoss(n * 2, d)).toBeLessThanOrEqual(l);
					expect(chinchillaLoss(n, d * 2)).toBeLessThanOrEqual(l);
					expect(l).toBeGreaterThan(1.8172);
				},
			),
		);
	});

	it("throws for bad inputs and for 'tokens20' (a rule of thumb has no loss)", () => {
		expect(() => chinchillaLoss(0, 1e9)).toThrow(EstimateError);
		expect(() => chinchillaLoss(1e9, NaN)).toThrow(EstimateError);
		expect(() => chinchillaLoss(1e9, 1e9, 'tokens20' as never)).toThrow(/tokens20/);
	});
});
