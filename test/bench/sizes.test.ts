import { describe, expect, it } from 'vitest';
import {
	MATMUL_SIZES,
	dispatchesPerPass,
	maxSizeForMemory,
	nextMatmulSize,
	nextStreamBytes,
} from '../../src/bench/sizes.ts';
import { SIZE_STEP } from '../../src/bench/kernels.ts';

const MiB = 2 ** 20;
const budget = { dispatchBudgetMs: 60, maxSize: 8192 };

describe('size probe', () => {
	it('every size is a multiple of the largest block, growing', () => {
		for (const n of MATMUL_SIZES) expect(n % SIZE_STEP).toBe(0);
		expect([...MATMUL_SIZES].sort((a, b) => a - b)).toEqual(MATMUL_SIZES);
		expect(MATMUL_SIZES.at(-1)).toBe(8192);
	});

	it('grows while the next size is predicted (n³) to stay within the budget', () => {
		// 256 → 384 is (1.5)³ = 3.375× the work: 14 ms → 47.25 ms ≤ 60, so grow.
		expect(nextMatmulSize(256, 14, budget)).toBe(384);
		// 20 ms → 67.5 ms > 60: stop.
		expect(nextMatmulSize(256, 20, budget)).toBeNull();
		// The SwiftShader figure: a naive 256³ takes ~175 ms: it stays at 256.
		expect(nextMatmulSize(256, 175, budget)).toBeNull();
	});

	it('a fast GPU reaches 8192 and stops there', () => {
		// 4096³ at 20 TFLOP/s takes 6.9 ms; 6144 is 3.375× that, 8192 is 8×.
		expect(nextMatmulSize(4096, 6.9, budget)).toBe(6144);
		expect(nextMatmulSize(6144, 23, budget)).toBe(8192);
		expect(nextMatmulSize(8192, 30, budget)).toBeNull();
		expect(nextMatmulSize(2048, 1, { ...budget, maxSize: 2048 })).toBeNull();
	});

	it('memory caps the size: three n×n FP32 matrices within the limits', () => {
		// Default WebGPU binding limit 128 MiB: 4096² × 4 B = 64 MiB fits, 6144² × 4 B = 144 MiB does not.
		expect(maxSizeForMemory(4, 128 * MiB, 1536 * MiB)).toBe(4096);
		// 1 GiB binding: 8192² × 4 B = 256 MiB, three of them 768 MiB ≤ 1.5 GiB.
		expect(maxSizeForMemory(4, 1024 * MiB, 1536 * MiB)).toBe(8192);
		// 512 MiB in all: 3 × 144 MiB = 432 MiB fits, 3 × 256 MiB does not.
		expect(maxSizeForMemory(4, 1024 * MiB, 512 * MiB)).toBe(6144);
	});

	it('dispatches per pass fill the pass time, at least one', () => {
		expect(dispatchesPerPass(7, 100)).toBe(14);
		expect(dispatchesPerPass(300, 100)).toBe(1);
		expect(dispatchesPerPass(0.01, 100)).toBe(256);
		expect(dispatchesPerPass(0, 100)).toBe(1);
	});

	it('bandwidth buffers grow linearly with time', () => {
		expect(nextStreamBytes(4 * MiB, 10, { dispatchBudgetMs: 60, maxBytes: 256 * MiB })).toBe(
			8 * MiB,
		);
		expect(nextStreamBytes(4 * MiB, 40, { dispatchBudgetMs: 60, maxBytes: 256 * MiB })).toBeNull();
		expect(nextStreamBytes(256 * MiB, 1, { dispatchBudgetMs: 60, maxBytes: 256 * MiB })).toBeNull();
	});
});
