import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runPlan, stepsForTokens, gradAccumFor, EstimateError } from '../../src/core/index.ts';

describe('runPlan', () => {
	it('nanoGPT config/train_gpt2.py: 12 × 1024 × (5 × 8) on 8 GPUs = 491,520 tokens/step, 294.9 B in 600k', () => {
		const plan = runPlan({
			microBatch: 12,
			context: 1024,
			gradAccum: 40,
			iters: 600_000,
			devices: 8,
		});
		expect(plan.tokensPerStep).toBe(491_520);
		expect(plan.microStepsPerDevice).toBe(5);
		expect(plan.totalTokens).toBe(294_912_000_000); // karpathy/nanoGPT@3adf61e config/train_gpt2.py lines 10-16: 600,000 iters × 491,520
	});

	it('the nanoGPT note: 16 × 1024 × 32 = 524,288 tokens/iter, 10,485,760,000 in 20,000 iters', () => {
		const plan = runPlan({
			microBatch: 16,
			context: 1024,
			gradAccum: 32,
			iters: 20_000,
			datasetTokens: 3.68e9,
		});
		expect(plan.tokensPerStep).toBe(524_288);
		expect(plan.totalTokens).toBe(10_485_760_000);
		// 10,485,760,000 / 3.68e9 = 2.849 epochs ("≈ 2.85")
		expect(plan.epochs).toBeCloseTo(2.849, 3);
		expect(plan.sequencesPerStep).toBe(512);
	});

	it('epochs is null without a dataset size', () => {
		expect(runPlan({ microBatch: 1, context: 8, gradAccum: 1, iters: 1 }).epochs).toBeNull();
	});

	it('gradAccum must split evenly across devices (nanoGPT asserts it)', () => {
		expect(() =>
			runPlan({ microBatch: 12, context: 1024, gradAccum: 40, iters: 1, devices: 3 }),
		).toThrow(EstimateError);
		try {
			runPlan({ microBatch: 12, context: 1024, gradAccum: 40, iters: 1, devices: 3 });
		} catch (e) {
			expect((e as EstimateError).field).toBe('gradAccum');
		}
	});

	it('tokens per step do not depend on the number of devices; total = per step × iters (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 64 }),
				fc.integer({ min: 1, max: 8192 }),
				fc.integer({ min: 1, max: 16 }),
				fc.integer({ min: 1, max: 16 }),
				fc.integer({ min: 1, max: 100_000 }),
				(mb, ctx, perDevice, devices, iters) => {
					const one = runPlan({
						microBatch: mb,
						context: ctx,
						gradAccum: perDevice * devices,
						iters,
					});
					const many = runPlan({
						microBatch: mb,
						context: ctx,
						gradAccum: perDevice * devices,
						iters,
						devices,
					});
					expect(many.tokensPerStep).toBe(one.tokensPerStep);
					expect(many.totalTokens).toBe(many.tokensPerStep * iters);
					expect(many.microStepsPerDevice * devices).toBe(perDevice * devices);
				},
			),
		);
	});

	it('throws for 0, negative, fractional, NaN, Infinity and absurd inputs', () => {
		const ok = { microBatch: 16, context: 1024, gradAccum: 32, iters: 20_000 };
		for (const field of [
			'microBatch',
			'context',
			'gradAccum',
			'iters',
			'devices',
			'datasetTokens',
		]) {
			for (const bad of [0, -1, NaN, Infinity, 1e30]) {
				expect(() => runPlan({ ...ok, [field]: bad }), `${field}=${bad}`).toThrow(EstimateError);
			}
		}
		expect(() => runPlan({ ...ok, microBatch: 1.5 })).toThrow(EstimateError);
		// Each input within bounds, the product not.
		expect(() => runPlan({ microBatch: 1e6, context: 1e8, gradAccum: 1e6, iters: 1e9 })).toThrow(
			EstimateError,
		);
	});
});

describe('stepsForTokens and gradAccumFor', () => {
	it('10 B tokens at 524,288 per step: ⌈19,073.49⌉ = 19,074 steps', () => {
		expect(stepsForTokens({ tokens: 10e9, tokensPerStep: 524_288 })).toBe(19_074);
		expect(stepsForTokens({ tokens: 524_288, tokensPerStep: 524_288 })).toBe(1);
	});

	it('nanochat: 524,288 tokens/step, 32 × 2048 per device on 8 GPUs → global gradAccum 8', () => {
		// 524,288 / (32 · 2048 · 8) = 1 micro-step per device, 8 in all
		expect(
			gradAccumFor({ tokensPerStep: 524_288, microBatch: 32, context: 2048, devices: 8 }),
		).toBe(8);
		// nanoGPT's GPT-2 config back again
		expect(
			gradAccumFor({ tokensPerStep: 491_520, microBatch: 12, context: 1024, devices: 8 }),
		).toBe(40);
	});

	it('refuses a batch that does not divide', () => {
		expect(() =>
			gradAccumFor({ tokensPerStep: 500_000, microBatch: 12, context: 1024, devices: 8 }),
		).toThrow(EstimateError);
	});

	it('more steps than a run plan takes (LIMITS.iters, 10⁹) is an error, not a number runPlan refuses', () => {
		expect(stepsForTokens({ tokens: 1e9, tokensPerStep: 1 })).toBe(1e9);
		expect(() => stepsForTokens({ tokens: 1e9 + 1, tokensPerStep: 1 })).toThrow(/tokensPerStep/);
	});

	it('steps × tokens per step always covers the target (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 1e12 }),
				// at least 1,000 tokens per step, so 10¹² tokens stay within 10⁹ steps (LIMITS.iters)
				fc.integer({ min: 1e3, max: 1e7 }),
				(tokens, perStep) => {
					const steps = stepsForTokens({ tokens, tokensPerStep: perStep });
					expect(steps * perStep).toBeGreaterThanOrEqual(tokens);
					expect((steps - 1) * perStep).toBeLessThan(tokens);
				},
			),
		);
	});
});
