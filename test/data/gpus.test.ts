import { describe, expect, it } from 'vitest';
import { EstimateError, PRECISIONS } from '../../src/core/index.ts';
import { gpuById, gpus, peakFlopsPerSecond } from '../../src/data/index.ts';
import { rel } from './helpers.ts';

const T = 1e12;

describe('gpus', () => {
	it('lists at least 20 accelerators, of every kind', () => {
		expect(gpus.length).toBeGreaterThanOrEqual(20);
		for (const kind of ['consumer', 'datacenter', 'apple', 'tpu']) {
			expect(
				gpus.some((g) => g.kind === kind),
				kind,
			).toBe(true);
		}
	});

	it('includes the cards the notes and articles name', () => {
		for (const id of [
			'rtx-3090',
			'rtx-4070',
			'rtx-4070-ti',
			'rtx-4070-super',
			'rtx-4080',
			'rtx-4090',
			'rtx-5090',
			'v100-sxm2-32gb',
			'a100-40gb-sxm',
			'a100-80gb-sxm',
			'h100-sxm',
			'h100-pcie',
			'h200-sxm',
			't4',
			'l4',
			'l40s',
			'mi300x',
			'tpu-v4',
		]) {
			expect(gpuById(id).id).toBe(id);
		}
	});

	it('gpuById throws EstimateError naming the unknown id', () => {
		expect(() => gpuById('rtx-9999')).toThrow(EstimateError);
		expect(() => gpuById('rtx-9999')).toThrow(/rtx-9999/);
		expect(() => gpuById('')).toThrow(EstimateError);
	});

	it('peakFlopsPerSecond throws EstimateError for a precision the chip lacks', () => {
		expect(() => peakFlopsPerSecond(gpuById('v100-sxm2-32gb'), 'bf16')).toThrow(EstimateError);
		expect(() => peakFlopsPerSecond(gpuById('tpu-v4'), 'fp32')).toThrow(/bf16/);
		expect(peakFlopsPerSecond(gpuById('a100-80gb-sxm'), 'bf16')).toBe(
			gpuById('a100-80gb-sxm').peakFlopsPerSecond.bf16,
		);
	});

	it('every chip has at least one peak, a name, and only known precisions', () => {
		for (const gpu of gpus) {
			const keys = Object.keys(gpu.peakFlopsPerSecond);
			expect(keys.length, gpu.id).toBeGreaterThan(0);
			for (const key of keys) expect(PRECISIONS, gpu.id).toContain(key);
			expect(gpu.name.length, gpu.id).toBeGreaterThan(2);
		}
	});

	it('peaks are in FLOP/s (between 1 TFLOP/s and 5 PFLOP/s), not TFLOP/s', () => {
		for (const gpu of gpus) {
			for (const [p, v] of Object.entries(gpu.peakFlopsPerSecond)) {
				expect(v, `${gpu.id} ${p}`).toBeGreaterThan(1 * T);
				expect(v, `${gpu.id} ${p}`).toBeLessThan(5000 * T);
			}
		}
	});

	it('memory is in bytes: the printed "GB" read as GiB', () => {
		for (const gpu of gpus) {
			const printed = Number.parseFloat(gpu.memoryLabel.replace(/^up to /, ''));
			expect(Number.isFinite(printed), gpu.id).toBe(true);
			expect(gpu.memoryBytes, gpu.id).toBe(printed * 2 ** 30);
		}
		// nvidia-smi reports an "H100 80GB HBM3" as 81,559 MiB usable: more than 80 decimal GB,
		// at most 80 GiB. So the vendor's GB is GiB.
		const h100 = gpuById('h100-sxm').memoryBytes;
		expect(81559 * 2 ** 20).toBeGreaterThan(80e9);
		expect(81559 * 2 ** 20).toBeLessThanOrEqual(h100);
	});

	it('bandwidth is in bytes/s and power in watts', () => {
		for (const gpu of gpus) {
			if (gpu.bandwidthBytesPerSecond !== undefined) {
				expect(gpu.bandwidthBytesPerSecond, gpu.id).toBeGreaterThan(50e9);
				expect(gpu.bandwidthBytesPerSecond, gpu.id).toBeLessThan(20e12);
			}
			if (gpu.watts !== undefined) {
				expect(gpu.watts, gpu.id).toBeGreaterThanOrEqual(50);
				expect(gpu.watts, gpu.id).toBeLessThanOrEqual(1500);
				expect(gpu.wattsNote, gpu.id).toBeTruthy();
			}
		}
		// A board-power figure for every NVIDIA and AMD card.
		for (const gpu of gpus.filter((g) => g.vendor === 'NVIDIA' || g.vendor === 'AMD')) {
			expect(gpu.watts, gpu.id).toBeDefined();
			expect(gpu.bandwidthBytesPerSecond, gpu.id).toBeDefined();
		}
	});

	it('dense peaks are ordered sensibly', () => {
		for (const gpu of gpus) {
			const { fp32, tf32, bf16, fp16, fp8 } = gpu.peakFlopsPerSecond;
			const tensor16 = bf16 ?? fp16;
			// Tensor cores beat the vector units.
			if (fp32 !== undefined && tensor16 !== undefined) {
				expect(tensor16, gpu.id).toBeGreaterThanOrEqual(1.9 * fp32);
			}
			if (fp32 !== undefined && tf32 !== undefined) {
				expect(tf32, gpu.id).toBeGreaterThanOrEqual(0.99 * fp32);
			}
			// BF16 and FP16 tensor rates are equal where both exist.
			if (bf16 !== undefined && fp16 !== undefined) expect(bf16, gpu.id).toBe(fp16);
			// TF32 is half the 16-bit rate: a ratio of 4 would mean a sparse 16-bit figure.
			if (tf32 !== undefined && tensor16 !== undefined) {
				expect(tensor16 / tf32, gpu.id).toBeGreaterThan(1.9);
				expect(tensor16 / tf32, gpu.id).toBeLessThan(2.1);
			}
			// FP8 is twice the 16-bit rate, dense.
			if (fp8 !== undefined && tensor16 !== undefined) {
				expect(fp8 / tensor16, gpu.id).toBeGreaterThan(1.9);
				expect(fp8 / tensor16, gpu.id).toBeLessThan(2.1);
			}
		}
	});

	it('GeForce 16-bit tensor figures are the FP32-accumulate (half) rate', () => {
		// Ada whitepaper Appendix A, RTX 4090: FP16 tensor 165.2 TFLOP/s with FP32 accumulate,
		// 330.3 with FP16 accumulate, 82.6 FP32: the FP32-accumulate rate is 2 × FP32, not 4 ×.
		for (const gpu of gpus.filter((g) => g.kind === 'consumer' && g.peakFlopsPerSecond.bf16)) {
			const ratio = gpu.peakFlopsPerSecond.bf16! / gpu.peakFlopsPerSecond.fp32!;
			expect(ratio, gpu.id).toBeGreaterThan(1.9);
			expect(ratio, gpu.id).toBeLessThan(2.1);
		}
	});

	// Vendor figures, written here with their source, to catch a sparse or mistyped value.
	const datasheet: [string, 'fp32' | 'tf32' | 'bf16' | 'fp16' | 'fp8', number, string][] = [
		// NVIDIA A100 datasheet: "BFLOAT16 Tensor Core 312 TFLOPS | 624 TFLOPS*" (* with sparsity).
		['a100-80gb-sxm', 'bf16', 312, 'A100 datasheet'],
		['a100-40gb-sxm', 'tf32', 156, 'A100 datasheet: TF32 156 | 312*'],
		// NVIDIA H100 datasheet, SXM: "BF16 Tensor Core 1,979 teraFLOPS*", * with sparsity: 989.5 dense.
		['h100-sxm', 'bf16', 1979 / 2, 'H100 datasheet'],
		['h100-sxm', 'fp8', 3958 / 2, 'H100 datasheet: FP8 3,958*'],
		// RTX 4070 Ti: 7,680 CUDA cores × 2 FLOP × 2.61 GHz boost = 40.09 TFLOP/s (NVIDIA: 40.1).
		['rtx-4070-ti', 'fp32', 40.09, 'RTX 4070 Ti spec'],
		// Ada whitepaper Appendix A: RTX 4090 FP16 tensor with FP32 accumulate 165.2 (dense).
		['rtx-4090', 'bf16', 165.2, 'Ada whitepaper'],
		// RTX 4070: ~58 TFLOP/s dense BF16 with FP32 accumulate (184 tensor cores @ 2.475 GHz).
		['rtx-4070', 'bf16', 58.3, 'Ada scaling'],
		// NVIDIA V100 datasheet: "Tensor Performance 125 TFLOPS" (SXM2).
		['v100-sxm2-32gb', 'fp16', 125, 'V100 datasheet'],
		// Google Cloud TPU v4 docs: "Peak compute per chip 275 teraflops (bf16 or int8)".
		['tpu-v4', 'bf16', 275, 'Cloud TPU v4 docs'],
		// AMD endnote MI300-11: "1307.4 TFLOPS ... BF16" (dense).
		['mi300x', 'bf16', 1307.4, 'AMD MI300-11'],
		// NVIDIA L4 datasheet: "BF16 242*" (sparse), 121 dense.
		['l4', 'bf16', 242 / 2, 'L4 datasheet'],
	];

	it.each(datasheet)('%s %s = %d TFLOP/s dense (%s)', (id, precision, tflops) => {
		const value = gpuById(id).peakFlopsPerSecond[precision];
		expect(value).toBeDefined();
		expect(rel(value!, tflops * T)).toBeLessThan(0.005);
	});

	it('memory and bandwidth match vendor figures', () => {
		// A100 datasheet: 80GB SXM 2,039 GB/s; H100 SXM 3.35 TB/s; TPU v4 32 GiB, 1200 GBps.
		expect(gpuById('a100-80gb-sxm').bandwidthBytesPerSecond).toBe(2039e9);
		expect(gpuById('h100-sxm').bandwidthBytesPerSecond).toBe(3.35e12);
		expect(gpuById('tpu-v4').memoryBytes).toBe(32 * 2 ** 30);
		expect(gpuById('tpu-v4').bandwidthBytesPerSecond).toBe(1200e9);
		// The notes' card: RTX 4070 Ti 12 GB, 285 W; the nanoGPT note's RTX 4070: 12 GB, 200 W.
		expect(gpuById('rtx-4070-ti').memoryBytes).toBe(12 * 2 ** 30);
		expect(gpuById('rtx-4070-ti').watts).toBe(285);
		expect(gpuById('rtx-4070').watts).toBe(200);
		expect(gpuById('h100-sxm').watts).toBe(700);
	});
});
