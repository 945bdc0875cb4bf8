import { describe, expect, it } from 'vitest';
import { matmulFlop, matrixBytes, ratePerSecond, streamBytes } from '../../src/bench/counting.ts';

describe('FLOP and byte counting', () => {
	it('a matrix multiply of n×k by k×n counts 2·m·n·k FLOP', () => {
		// 4096³ = 68,719,476,736; twice that.
		expect(matmulFlop(4096, 4096, 4096)).toBe(137_438_953_472);
		// Rectangular: gpu.cpp's 4096×4096×8192 problem is 2·4096·8192·4096 = 274,877,906,944.
		expect(matmulFlop(4096, 8192, 4096)).toBe(274_877_906_944);
		expect(matmulFlop(1, 1, 1)).toBe(2);
	});

	it('bandwidth counts each buffer once, as STREAM does', () => {
		const buffer = 256 * 2 ** 20; // 268,435,456 bytes
		expect(streamBytes('copy', buffer)).toBe(536_870_912);
		expect(streamBytes('triad', buffer)).toBe(805_306_368);
	});

	it('a 4096² FP32 matrix is 64 MiB, FP16 half of it', () => {
		expect(matrixBytes(4096, 'fp32')).toBe(64 * 2 ** 20);
		expect(matrixBytes(4096, 'fp16')).toBe(32 * 2 ** 20);
	});

	it('rates per second from milliseconds, never Infinity', () => {
		expect(ratePerSecond(137_438_953_472, 10)).toBeCloseTo(1.374_389_534_72e13, 0);
		expect(ratePerSecond(1e9, 0)).toBe(0);
		expect(ratePerSecond(1e9, Number.NaN)).toBe(0);
		expect(ratePerSecond(1e9, -1)).toBe(0);
	});
});
