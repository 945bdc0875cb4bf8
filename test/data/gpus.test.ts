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
			// Issue 14: the Steam survey's top GPUs, the current consumer generation, Apple's
			// Max/Ultra chips and current datacenter parts.
			'rtx-3060',
			'rtx-3060-ti',
			'rtx-3070',
			'rtx-3050',
			'rtx-3060-laptop',
			'rtx-4060',
			'rtx-4060-ti',
			'rtx-4060-laptop',
			'rtx-2060',
			'gtx-1650',
			'rtx-5080',
			'rtx-5070-ti',
			'rtx-5070',
			'rtx-5060-ti',
			'rtx-5060',
			'rx-7900-xtx',
			'rx-9070-xt',
			'apple-m2',
			'apple-m2-max',
			'apple-m2-ultra',
			'apple-m3-max',
			'apple-m3-ultra',
			'apple-m4-max',
			'b200',
			'gb200',
			'mi325x',
			'mi355x',
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

	it('peaks are in FLOP/s (between 1 TFLOP/s and 10 PFLOP/s), not TFLOP/s', () => {
		// The largest dense peak listed is a Blackwell or CDNA 4 GPU's FP8: 5 PFLOP/s (GB200
		// datasheet: 10 PFLOP/s with sparsity per GPU; MI355X: "five petaflops").
		for (const gpu of gpus) {
			for (const [p, v] of Object.entries(gpu.peakFlopsPerSecond)) {
				expect(v, `${gpu.id} ${p}`).toBeGreaterThan(1 * T);
				expect(v, `${gpu.id} ${p}`).toBeLessThan(10000 * T);
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
		const geforce = gpus.filter(
			(g) => g.vendor === 'NVIDIA' && g.kind === 'consumer' && g.peakFlopsPerSecond.bf16,
		);
		expect(geforce.length).toBeGreaterThan(15);
		for (const gpu of geforce) {
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
		// shared/reference/figures.md gpu.rtx5090.fp32: 104.8 (21,760 × 2 × 2.407 GHz); its
		// tensor row: "209.5 if FP32-accumulate is half-rate as on Ada GeForce" (derived here).
		['rtx-5090', 'fp32', 104.8, 'reference figures'],
		// RTX 5090: NVIDIA's "838 TFLOPS FP16" is sparse and FP16-accumulate: 838 / 2 / 2.
		['rtx-5090', 'bf16', 838 / 4, 'RTX 5090 spec: 838 FP16*'],
		// NVIDIA's "AI TOPS" for RTX 50 are FP4 with sparsity: 2 (sparsity) × 2 (FP4 vs FP8)
		// × 2 (FP8 vs FP16) × 2 (FP16 vs FP32 accumulate) = 16 × the dense BF16 rate.
		['rtx-5080', 'bf16', 1801 / 16, 'RTX 5080: 1,801 AI TOPS'],
		['rtx-5060-ti', 'bf16', 759 / 16, 'RTX 5060 Ti: 759 AI TOPS'],
		['rtx-5060', 'bf16', 614 / 16, 'RTX 5060: 614 AI TOPS'],
		// Ada's "AI TOPS" are FP8 with sparsity: 2 × 2 × 2 = 8 × the dense BF16 rate.
		['rtx-4060', 'bf16', 242 / 8, 'RTX 4060: 242 AI TOPS'],
		['rtx-4060-ti', 'bf16', 353 / 8, 'RTX 4060 Ti: 353 AI TOPS'],
		// RTX 3060 Laptop at 1.68 GHz (a 110 W laptop): 25.81 TFLOP/s FP16 tensor with FP32
		// accumulate in hmc-tech's table; the catalogue's figure is at the 1.702 GHz maximum.
		['rtx-3060-laptop', 'bf16', (25.81 * 1.702) / 1.68, 'hmc-tech 110 W table'],
		// Blackwell datasheet (per GPU): HGX B200 BF16 4.5 PFLOP/s*, FP8 9*; GB200 5*, 10*.
		['b200', 'bf16', 4500 / 2, 'HGX B200 datasheet: 4,500*'],
		['b200', 'fp8', 9000 / 2, 'HGX B200 datasheet: 9,000*'],
		['gb200', 'bf16', 5000 / 2, 'GB200 NVL72 datasheet: 5,000* per GPU'],
		// AMD MI325X: the MI300X's compute (1,307.4 TFLOP/s BF16 dense).
		['mi325x', 'bf16', 1307.4, 'AMD MI325X specifications'],
		// RX 7900 XTX: 96 CUs × 512 FLOP per clock (WMMA FP16) × 2.5 GHz = 122.88 TFLOP/s.
		['rx-7900-xtx', 'fp16', (96 * 512 * 2.5e9) / T, 'RDNA 3 WMMA rate'],
		// RX 9070 XT: AMD's 1,557 AI TOPS are INT4 with sparsity: / 2 / 2 / 2 = FP16 dense.
		['rx-9070-xt', 'bf16', 1557 / 8, 'RX 9070 XT: 1,557 AI TOPS'],
		// M4 Max: "~17.2 TF" as quoted in IPNP-BIPN/bwa-mem4#55 (research/webgpu.md).
		['apple-m4-max', 'fp32', 17.2, 'bwa-mem4#55'],
	];

	it.each(datasheet)('%s %s = %d TFLOP/s dense (%s)', (id, precision, tflops) => {
		const value = gpuById(id).peakFlopsPerSecond[precision];
		expect(value).toBeDefined();
		expect(rel(value!, tflops * T)).toBeLessThan(0.005);
	});

	it('MI355X FP8 is the "five petaflops" AMD reported at ISSCC 2026, within 1%', () => {
		// 256 CUs × 8,192 FP8 FLOP per CU per clock × 2.4 GHz = 5.03e15.
		expect(rel(gpuById('mi355x').peakFlopsPerSecond.fp8!, 5e15)).toBeLessThan(0.01);
		expect(gpuById('mi355x').memoryBytes).toBe(288 * 2 ** 30);
		expect(gpuById('mi355x').watts).toBe(1400);
	});

	it('Apple FP32 estimates are cores × 128 lanes × 2 × clock, and say so', () => {
		// M3 Max: 40 × 128 × 2 × 1.398 GHz = 14.31552 TFLOP/s (third-party clock).
		expect(gpuById('apple-m3-max').peakFlopsPerSecond.fp32).toBeCloseTo(14.31552e12, -6);
		// M3 Ultra: two M3 Max dies, 80 cores: twice the M3 Max.
		expect(gpuById('apple-m3-ultra').peakFlopsPerSecond.fp32).toBeCloseTo(2 * 14.31552e12, -6);
		// M2 Max: 38 × 128 × 2 × 1.398 GHz = 13.6 TFLOP/s (shared/reference gpu.apple_m2max.fp32).
		expect(rel(gpuById('apple-m2-max').peakFlopsPerSecond.fp32!, 13.6e12)).toBeLessThan(0.005);
		for (const id of [
			'apple-m2-max',
			'apple-m2-ultra',
			'apple-m3-max',
			'apple-m3-ultra',
			'apple-m4-max',
		]) {
			expect(gpuById(id).derived, id).toContain('peakFlopsPerSecond.fp32');
			expect(gpuById(id).source.note, id).toMatch(/estimate/);
		}
		// Apple's own figure for M2: 3.6 TF; 10 cores × 128 × 2 × 1.398 GHz = 3.58.
		expect(rel(gpuById('apple-m2').peakFlopsPerSecond.fp32!, 10 * 128 * 2 * 1.398e9)).toBeLessThan(
			0.01,
		);
	});

	it('memory and bandwidth match vendor figures', () => {
		// Apple: M4 Max up to 128 GB at 546 GB/s; M3 Ultra up to 512 GB.
		expect(gpuById('apple-m4-max').memoryBytes).toBe(128 * 2 ** 30);
		expect(gpuById('apple-m4-max').bandwidthBytesPerSecond).toBe(546e9);
		expect(gpuById('apple-m3-ultra').memoryBytes).toBe(512 * 2 ** 30);
		// RTX 5090 1,792 GB/s, 575 W; RX 7900 XTX 24 GB, 960 GB/s, 355 W; B200 8 TB/s, 1,000 W.
		expect(gpuById('rtx-5090').bandwidthBytesPerSecond).toBe(1792e9);
		expect(gpuById('rx-7900-xtx').bandwidthBytesPerSecond).toBe(960e9);
		expect(gpuById('rx-7900-xtx').watts).toBe(355);
		expect(gpuById('b200').bandwidthBytesPerSecond).toBe(8e12);
		expect(gpuById('b200').watts).toBe(1000);
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
