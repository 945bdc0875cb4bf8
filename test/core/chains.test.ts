/**
 * Limits that chain (issue 6): every value one function returns is accepted by the functions a
 * calculator hands it to, over the whole range each accepts (one table: src/core/limits.ts).
 * A step may still refuse for its own reasons (a run longer than 32 million years, an MFU above
 * 100 %), but never because the value handed to it is out of its range.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	CHINCHILLA_FITS,
	EstimateError,
	LIMITS,
	chinchillaLoss,
	chinchillaOptimal,
	computeBudget,
	countParams,
	energy,
	flopsForTokens,
	flopsPerToken,
	mfu,
	runPlan,
	stepsForTokens,
	trainingFlops,
	trainingTime,
	type Arch,
	type Limit,
} from '../../src/core/index.ts';

/** Log-uniform over a limit's whole range (integers rounded), ends included. */
function within(limit: Limit): fc.Arbitrary<number> {
	const lo = Math.max(limit.min, limit.above ? Number.MIN_VALUE : limit.min, 1e-30);
	const log = fc
		.double({ min: Math.log10(lo), max: Math.log10(limit.max), noNaN: true })
		.map((e) => Math.min(limit.max, Math.max(lo, 10 ** e)));
	const values = fc.oneof(log, fc.constantFrom(lo, limit.max));
	return limit.integer ? values.map((x) => Math.max(limit.min, Math.floor(x))) : values;
}

/**
 * Runs `step`. It may refuse for its own reasons ("That would take 3e28 years"), but a range
 * check on a chained input ("flops must be at most …") is a broken chain.
 */
function accepts(chained: readonly string[], step: () => unknown): unknown {
	try {
		return step();
	} catch (error) {
		expect(error).toBeInstanceOf(EstimateError);
		const { field, message } = error as EstimateError;
		if (chained.includes(field)) expect(message).not.toMatch(/ must be /);
		return undefined;
	}
}

const RUNS = 500;

describe('limits chain', () => {
	it('the table is consistent: 6·N·D and per-token FLOP × tokens stay inside flops', () => {
		expect(6 * LIMITS.params.max * LIMITS.tokens.max).toBeLessThanOrEqual(LIMITS.flops.max);
		expect(LIMITS.flopsPerToken.max * LIMITS.tokens.max).toBeLessThanOrEqual(LIMITS.flops.max);
		expect(LIMITS.budget.max).toBeLessThanOrEqual(LIMITS.flops.max);
	});

	it('the largest architecture has fewer parameters and per-token FLOP than the limits', () => {
		const big: Arch = {
			family: 'llama',
			layers: LIMITS.layers.max,
			heads: 1000,
			dModel: LIMITS.dModel.max,
			ffnDim: LIMITS.ffnDim.max,
			vocab: LIMITS.vocab.max,
			context: LIMITS.context.max,
		};
		for (const arch of [big, { ...big, family: 'gpt2', bias: true } as Arch]) {
			expect(countParams(arch)).toBeLessThanOrEqual(LIMITS.params.max);
			expect(flopsPerToken(arch, { recompute: 'full' })).toBeLessThanOrEqual(
				LIMITS.flopsPerToken.max,
			);
		}
	});

	it('optimal size → FLOP → time → energy → cost (and → loss)', () => {
		fc.assert(
			fc.property(
				within(LIMITS.budget),
				fc.constantFrom(...CHINCHILLA_FITS),
				within(LIMITS.peakFlopsPerSecond),
				within(LIMITS.devices),
				within(LIMITS.utilization),
				within(LIMITS.watts),
				within(LIMITS.pricePerKWh),
				(budget, fit, peak, devices, utilization, watts, price) => {
					const optimal = accepts([], () => chinchillaOptimal(budget, fit)) as
						{ params: number; tokens: number } | undefined;
					if (optimal === undefined) return; // a budget too small for one parameter
					if (fit !== 'tokens20') {
						const loss = chinchillaLoss(optimal.params, optimal.tokens, fit);
						expect(Number.isFinite(loss)).toBe(true);
					}
					const flops = trainingFlops(optimal);
					const seconds = accepts(['flops'], () =>
						trainingTime({ flops, peakFlopsPerSecond: peak, devices, utilization }),
					) as number | undefined;
					if (seconds === undefined) return; // longer than 32 million years: refused as such
					const e = energy({ watts, seconds, devices, pricePerKWh: price });
					expect(Number.isFinite(e.cost)).toBe(true);
				},
			),
			{ numRuns: RUNS },
		);
	});

	it('the longest time trainingTime gives still has an energy bill (GPT-4 scale on one card)', () => {
		// 2.1e25 FLOP on one RTX 4070 Ti (40.09 TFLOP/s fp32) at 40 %: 1.31e12 s, 41,500 years
		const seconds = trainingTime({
			flops: 2.1e25,
			peakFlopsPerSecond: 40.09e12,
			devices: 1,
			utilization: 0.4,
		});
		expect(seconds).toBeCloseTo(2.1e25 / (40.09e12 * 0.4), -8);
		expect(energy({ watts: 285, seconds }).kWh).toBeCloseTo((285 * seconds) / 3.6e6, -3);
	});

	it('chinchillaOptimal at 9.3 × 10³¹ FLOP gives a size trainingFlops and chinchillaLoss take', () => {
		const { params, tokens } = chinchillaOptimal(9.3e31);
		expect(trainingFlops({ params, tokens })).toBeCloseTo(9.3e31, -27);
		expect(Number.isFinite(chinchillaLoss(params, tokens))).toBe(true);
	});

	it('compute budget → optimal size, and → time', () => {
		fc.assert(
			fc.property(
				within(LIMITS.peakFlopsPerSecond),
				within(LIMITS.devices),
				within(LIMITS.seconds),
				within(LIMITS.utilization),
				(peak, devices, seconds, utilization) => {
					const budget = accepts(['peakFlopsPerSecond', 'devices', 'utilization'], () =>
						computeBudget({ peakFlopsPerSecond: peak, devices, seconds, utilization }),
					) as number | undefined;
					if (budget === undefined) return; // below one FLOP or above 10³⁶: refused as such
					accepts(['flops'], () => chinchillaOptimal(budget));
					accepts(['flops'], () =>
						trainingTime({ flops: budget, peakFlopsPerSecond: peak, devices, utilization }),
					);
				},
			),
			{ numRuns: RUNS },
		);
	});

	it('run plan → FLOP → MFU, and tokens → steps → run plan', () => {
		const arch: Arch = {
			family: 'gpt2',
			layers: 12,
			heads: 12,
			dModel: 768,
			vocab: 50304,
			context: 1024,
		};
		fc.assert(
			fc.property(
				within(LIMITS.microBatch),
				within(LIMITS.gradAccum),
				within(LIMITS.iters),
				within(LIMITS.seconds),
				within(LIMITS.peakFlopsPerSecond),
				(microBatch, gradAccum, iters, secondsPerStep, peak) => {
					const plan = accepts([], () =>
						runPlan({ microBatch, context: arch.context, gradAccum, iters }),
					) as ReturnType<typeof runPlan> | undefined;
					if (plan === undefined) return; // more than 10²⁰ tokens: refused as such
					const flopsPerStep = flopsForTokens({
						flopsPerToken: flopsPerToken(arch),
						tokens: plan.tokensPerStep,
					});
					accepts(['flopsPerStep'], () =>
						mfu({ flopsPerStep, secondsPerStep, peakFlopsPerSecond: peak, devices: 1 }),
					);
					const steps = accepts(['tokens'], () =>
						stepsForTokens({ tokens: plan.totalTokens, tokensPerStep: plan.tokensPerStep }),
					) as number | undefined;
					if (steps !== undefined) {
						expect(
							runPlan({ microBatch, context: arch.context, gradAccum, iters: steps }).totalTokens,
						).toBe(plan.totalTokens);
					}
				},
			),
			{ numRuns: RUNS },
		);
	});
});
