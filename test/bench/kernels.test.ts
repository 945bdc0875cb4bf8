import { describe, expect, it } from 'vitest';
import {
	TUNED_CONFIGS,
	configProblem,
	fillKernel,
	naiveKernel,
	naiveWorkgroups,
	streamKernel,
	threadsOf,
	tunedKernel,
	tunedWorkgroups,
	workgroupBytes,
	type DeviceLimits,
} from '../../src/bench/kernels.ts';

/** WebGPU's default limits (spec): 256 invocations, 256 along x, 16 KiB workgroup memory. */
const DEFAULTS: DeviceLimits = {
	maxComputeInvocationsPerWorkgroup: 256,
	maxComputeWorkgroupSizeX: 256,
	maxComputeWorkgroupStorageSize: 16384,
};

describe('tuned configurations', () => {
	it("gpu.cpp's configuration: 64 threads, 4 KiB of workgroup memory", () => {
		const c = { bm: 64, bn: 64, bk: 8, tm: 8, tn: 8 };
		expect(threadsOf(c)).toBe(64); // (64/8)·(64/8)
		expect(workgroupBytes(c, 'fp32')).toBe(4096); // 8·(64+64)·4
		expect(workgroupBytes(c, 'fp16')).toBe(2048);
		expect(configProblem(c, 'fp32', DEFAULTS)).toBeNull();
	});

	it('every shipped configuration fits the default limits', () => {
		for (const c of TUNED_CONFIGS) {
			expect(configProblem(c, 'fp32', DEFAULTS), JSON.stringify(c)).toBeNull();
			expect(configProblem(c, 'fp16', DEFAULTS), JSON.stringify(c)).toBeNull();
		}
	});

	it('rejects shapes and sizes the kernel cannot run', () => {
		expect(configProblem({ bm: 64, bn: 64, bk: 8, tm: 8, tn: 2 }, 'fp32', DEFAULTS)).toMatch(/tn/);
		expect(configProblem({ bm: 64, bn: 64, bk: 6, tm: 8, tn: 8 }, 'fp32', DEFAULTS)).toMatch(/bk/);
		// 128×128 blocks of 4×4: 1024 threads.
		expect(configProblem({ bm: 128, bn: 128, bk: 8, tm: 4, tn: 4 }, 'fp32', DEFAULTS)).toMatch(
			/1024 threads/,
		);
		// bk 32 over 128 + 128 rows of FP32: 32 KiB > 16 KiB, but fine with 32 KiB.
		const big = { bm: 128, bn: 128, bk: 32, tm: 8, tn: 8 };
		expect(configProblem(big, 'fp32', DEFAULTS)).toMatch(/memory/);
		expect(
			configProblem(big, 'fp32', { ...DEFAULTS, maxComputeWorkgroupStorageSize: 32768 }),
		).toBeNull();
	});
});

describe('WGSL generation', () => {
	const c = { bm: 64, bn: 64, bk: 8, tm: 8, tn: 8 };
	const shape = { m: 512, n: 512, k: 512 };

	it('bakes sizes in and unrolls the k slice: bk · tm · tn/4 vec4 FMAs', () => {
		const code = tunedKernel(shape, c, 'fp32');
		expect(code).toContain('@workgroup_size(64)');
		expect(code).toContain('kt < 512u');
		expect(code.match(/= fma\(/g)).toHaveLength(8 * 8 * 2);
		expect(code).not.toContain('enable f16');
		// 16 accumulators (8 rows × 2 vec4) written once each.
		expect(code.match(/^\tc\[/gm)).toHaveLength(16);
		expect(tunedWorkgroups(shape, c)).toEqual([8, 8]);
	});

	it('FP16 twins enable f16 and use vec4<f16>', () => {
		const code = tunedKernel(shape, c, 'fp16');
		expect(code.startsWith('enable f16;')).toBe(true);
		expect(code).toContain('array<vec4<f16>>');
		expect(naiveKernel(shape, 'fp16')).toContain('enable f16;');
	});

	it('loads that do not divide evenly among threads are guarded', () => {
		// 64×64 blocks with 4×4 per thread: 256 threads; a tile of 64 rows × 8 values of k is
		// 64·8/16 = 32 units of 4 rows × 4 k.
		const code = tunedKernel(shape, { bm: 64, bn: 64, bk: 8, tm: 4, tn: 4 }, 'fp32');
		expect(code).toContain('if (li + 0u < 32u)');
		// No thread writes a single lane of a shared vec4.
		expect(code).not.toMatch(/\]\[lane\]/);
	});

	it('refuses sizes that are not a multiple of the block', () => {
		expect(() => tunedKernel({ m: 100, n: 512, k: 512 }, c, 'fp32')).toThrow(RangeError);
		expect(() => tunedKernel({ m: 512, n: 512, k: 500 }, c, 'fp32')).toThrow(/multiple/);
	});

	it('naive kernel: one thread per element, a plain loop over k', () => {
		const code = naiveKernel({ m: 128, n: 128, k: 128 }, 'fp32');
		expect(code).toContain('@workgroup_size(8, 8)');
		expect(code).toContain('t < 128u');
		expect(code).not.toContain('var<workgroup>');
		expect(naiveWorkgroups({ m: 128, n: 136, k: 128 })).toEqual([17, 16]);
	});

	it('fill and bandwidth kernels', () => {
		expect(fillKernel(1024, 'sentinel')).toContain('0xffffffffu');
		expect(fillKernel(1024, { seed: 1, precision: 'fp16' })).toContain('pack2x16float');
		expect(streamKernel('copy', 4096)).toContain('dst[i] = src[i];');
		expect(streamKernel('triad', 4096)).toContain('src[i] + 2.0 * src2[i]');
	});
});
