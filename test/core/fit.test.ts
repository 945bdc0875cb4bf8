import { describe, expect, it } from 'vitest';
import {
	maxBatchThatFits,
	trainingMemory,
	cardMemoryBytes,
	EstimateError,
	type Arch,
	type FitInput,
} from '../../src/core/index.ts';
import { gpt2small, nanoNote } from '../helpers/archs.ts';

const gpt2xl: Arch = {
	family: 'gpt2',
	layers: 48,
	heads: 25,
	dModel: 1600,
	vocab: 50257,
	context: 1024,
};

function checkBoundary(input: FitInput, mb: number) {
	const { capacityBytes, ...rest } = input;
	expect(trainingMemory({ ...rest, microBatch: mb }).total).toBeLessThanOrEqual(capacityBytes);
	expect(trainingMemory({ ...rest, microBatch: mb + 1 }).total).toBeGreaterThan(capacityBytes);
}

describe('maxBatchThatFits', () => {
	it("the nanoGPT note's batch of 16 fits a 12 GB RTX 4070, and the answer is the exact boundary", () => {
		const input: FitInput = { arch: nanoNote, capacityBytes: cardMemoryBytes(12) };
		const r = maxBatchThatFits(input);
		expect(r.fits).toBe(true);
		expect(r.microBatch).toBeGreaterThanOrEqual(16);
		checkBoundary(input, r.microBatch);
		expect(r.memory).toEqual(trainingMemory({ arch: nanoNote, microBatch: r.microBatch }));
	});

	it('GPT-2 1.5B cannot train with Adam on a 12 GB card, whatever one toggles (seed note)', () => {
		// Model state alone: 1,557,611,200 · 16 B = 24.9 GB > 12 GiB; even 8-bit Adam's 10 B/param
		// (15.6 GB) is too much.
		const r = maxBatchThatFits({ arch: gpt2xl, capacityBytes: cardMemoryBytes(12) });
		expect(r.fits).toBe(false);
		expect(r.microBatch).toBe(0);
		expect(r.levers).toEqual([]);
		expect(r.allLeversFit).toBe(false);
	});

	it('names the single changes that would make one sequence fit, each checked', () => {
		// GPT-2 124M, attention materialised, 3.5 GiB: state 2.0 GB + activations 1.08 GB +
		// logits 0.41 GB + overhead 0.81 GB ≈ 4.3 GB at one sequence: too much.
		const input: FitInput = {
			arch: gpt2small,
			flashAttention: false,
			capacityBytes: 3.5 * 2 ** 30,
		};
		const r = maxBatchThatFits(input);
		expect(r.fits).toBe(false);
		const names = r.levers.map((l) => `${l.lever}=${String(l.value)}`);
		expect(names).toContain('recompute=full');
		expect(names).toContain('flashAttention=true');
		expect(names).toContain('optimizer=adam-8bit');
		for (const l of r.levers) {
			const changed = { ...input, [l.lever]: l.value };
			checkBoundary(changed, l.microBatch);
		}
		// best (smallest memory) first
		const totals = r.levers.map((l) => l.total);
		expect([...totals].sort((a, b) => a - b)).toEqual(totals);
	});

	it('offers the smallest ZeRO stage that is enough when there is data parallelism', () => {
		// GPT-2 XL on 8 × 24 GiB: 24.9 GB of state per device without ZeRO; ZeRO-1 shards the
		// 18.7 GB optimizer state over 8 data-parallel ranks.
		const input: FitInput = {
			arch: gpt2xl,
			parallel: { data: 8 },
			capacityBytes: cardMemoryBytes(24),
		};
		const r = maxBatchThatFits(input);
		expect(r.fits).toBe(false);
		const zero = r.levers.filter((l) => l.lever === 'zeroStage');
		expect(zero).toHaveLength(1);
		expect(zero[0]!.value).toBe(1);
		const fitted = maxBatchThatFits({ ...input, parallel: { data: 8, zeroStage: 1 } });
		expect(fitted.fits).toBe(true);
		expect(fitted.microBatch).toBe(zero[0]!.microBatch);
	});

	it('throws EstimateError for a bad capacity or bad memory inputs', () => {
		for (const bad of [0, -1, NaN, Infinity]) {
			expect(() => maxBatchThatFits({ arch: nanoNote, capacityBytes: bad })).toThrow(EstimateError);
		}
		expect(() =>
			maxBatchThatFits({ arch: nanoNote, capacityBytes: 1e10, precision: 'int8' as never }),
		).toThrow(EstimateError);
	});
});
