import { describe, expect, it } from 'vitest';
import { identify } from '../../src/bench/adapter.ts';
import { matchCatalog, modelWords, toCatalog } from '../../src/bench/catalog.ts';
import { gpus, steamSurvey } from '../../src/data/index.ts';

const catalog = toCatalog(gpus);
const ids = (name: string) => matchCatalog(name, catalog).map((g) => g.id);

describe('catalog matching', () => {
	it('keeps GPUs with an FP32 peak (TPUs have none) and their datasheet figures', () => {
		expect(catalog.some((g) => g.id.startsWith('tpu'))).toBe(false);
		const rtx4090 = catalog.find((g) => g.id === 'rtx-4090')!;
		// NVIDIA Ada whitepaper: 82.6 TFLOPS FP32, 1008 GB/s.
		expect(rtx4090.fp32).toBeCloseTo(82.6e12, -9);
		expect(rtx4090.bandwidthBytesPerSecond).toBeCloseTo(1008e9, -6);
	});

	it('drops brand words', () => {
		expect(modelWords('NVIDIA GeForce RTX 4070 Ti')).toEqual(['rtx', '4070', 'ti']);
		expect(modelWords('Apple M1 Pro (16-core GPU)')).toEqual(['m1', 'pro']);
	});

	it('matches the exact model, not a neighbour', () => {
		expect(ids('NVIDIA GeForce RTX 4070 Ti')).toEqual(['rtx-4070-ti']);
		expect(ids('NVIDIA GeForce RTX 4070')).toEqual(['rtx-4070']);
		expect(ids('NVIDIA GeForce RTX 4070 SUPER')).toEqual(['rtx-4070-super']);
		expect(ids('NVIDIA GeForce RTX 4090 Laptop GPU')).toEqual([]);
		expect(ids('Apple M1 Pro')).toEqual(['apple-m1-pro']);
		expect(ids('Apple M1')).toEqual(['apple-m1']);
		expect(ids('Apple M1 Max')).toEqual([]);
	});

	/**
	 * What the benchmark sees: the WebGPU adapter info plus WebGL's renderer string, read as
	 * `identify` reads them. Renderer strings as Chrome's ANGLE prints them on Windows
	 * (Direct3D), macOS (Metal) and Linux (Mesa/RADV), with device ids as NVIDIA/AMD assign them.
	 */
	const seen = (vendor: string, architecture: string, renderer: string) =>
		ids(identify({ vendor, architecture, isFallbackAdapter: false }, renderer).name);
	const d3d = (vendor: string, chip: string, device: string) =>
		`ANGLE (${vendor}, ${chip} (0x0000${device}) Direct3D11 vs_5_0 ps_5_0, D3D11)`;
	const metal = (chip: string) =>
		`ANGLE (Apple, ANGLE Metal Renderer: ${chip}, Unspecified Version)`;

	it.each([
		['rtx-5090', 'NVIDIA GeForce RTX 5090', '2B85'],
		['rtx-5080', 'NVIDIA GeForce RTX 5080', '2C02'],
		['rtx-5070-ti', 'NVIDIA GeForce RTX 5070 Ti', '2C05'],
		['rtx-5070', 'NVIDIA GeForce RTX 5070', '2F04'],
		['rtx-5060-ti', 'NVIDIA GeForce RTX 5060 Ti', '2D04'],
		['rtx-5060', 'NVIDIA GeForce RTX 5060', '2D05'],
		['rtx-4060-ti', 'NVIDIA GeForce RTX 4060 Ti', '2803'],
		['rtx-4060', 'NVIDIA GeForce RTX 4060', '2882'],
		['rtx-4060-laptop', 'NVIDIA GeForce RTX 4060 Laptop GPU', '28E0'],
		['rtx-3070', 'NVIDIA GeForce RTX 3070', '2484'],
		['rtx-3060-ti', 'NVIDIA GeForce RTX 3060 Ti', '2489'],
		['rtx-3060', 'NVIDIA GeForce RTX 3060', '2504'],
		['rtx-3060-laptop', 'NVIDIA GeForce RTX 3060 Laptop GPU', '2560'],
		['rtx-3050', 'NVIDIA GeForce RTX 3050', '2507'],
		['rtx-2060', 'NVIDIA GeForce RTX 2060', '1F08'],
		['gtx-1650', 'NVIDIA GeForce GTX 1650', '1F82'],
	])('Windows Chrome on %s', (id, chip, device) => {
		expect(seen('nvidia', 'ampere', d3d('NVIDIA', chip, device))).toEqual([id]);
	});

	it('Radeon cards, on Windows and Linux', () => {
		expect(seen('amd', 'rdna-3', d3d('AMD', 'AMD Radeon RX 7900 XTX', '744C'))).toEqual([
			'rx-7900-xtx',
		]);
		expect(seen('amd', 'rdna-4', d3d('AMD', 'AMD Radeon RX 9070 XT', '7550'))).toEqual([
			'rx-9070-xt',
		]);
		// Mesa's renderer string on Linux (radeonsi), parenthesised driver notes dropped.
		expect(
			seen('amd', 'rdna-3', 'AMD Radeon RX 7900 XTX (radeonsi, navi31, LLVM 17.0.6, DRM 3.57)'),
		).toEqual(['rx-7900-xtx']);
		expect(seen('amd', 'rdna-4', 'AMD Radeon RX 9070 XT (RADV GFX1201)')).toEqual(['rx-9070-xt']);
	});

	it('Apple chips through Metal', () => {
		expect(seen('apple', 'metal-3', metal('Apple M4 Max'))).toEqual(['apple-m4-max']);
		expect(seen('apple', 'metal-3', metal('Apple M3 Max'))).toEqual(['apple-m3-max']);
		expect(seen('apple', 'metal-3', metal('Apple M3 Ultra'))).toEqual(['apple-m3-ultra']);
		expect(seen('apple', 'metal-3', metal('Apple M2'))).toEqual(['apple-m2']);
	});

	it('datacenter parts by the names nvidia-smi and rocm-smi print', () => {
		expect(ids('NVIDIA B200')).toEqual(['b200']);
		expect(ids('NVIDIA GB200')).toEqual(['gb200']);
		expect(ids('AMD Instinct MI325X')).toEqual(['mi325x']);
		expect(ids('AMD Instinct MI355X')).toEqual(['mi355x']);
		expect(ids('NVIDIA H200')).toEqual(['h200-sxm']);
	});

	it('never the neighbour: a suffix, a laptop, a sibling chip', () => {
		// Ti, SUPER, XT/XTX, Pro/Max/Ultra, Laptop turn one model into another.
		expect(ids('NVIDIA GeForce RTX 5070')).toEqual(['rtx-5070']);
		expect(ids('NVIDIA GeForce RTX 5070 Ti')).toEqual(['rtx-5070-ti']);
		expect(ids('NVIDIA GeForce RTX 5060')).toEqual(['rtx-5060']);
		expect(ids('NVIDIA GeForce RTX 4060 Ti')).toEqual(['rtx-4060-ti']);
		expect(ids('NVIDIA GeForce RTX 5090 Laptop GPU')).toEqual([]);
		expect(ids('NVIDIA GeForce RTX 5070 Ti Laptop GPU')).toEqual([]);
		expect(ids('NVIDIA GeForce RTX 3050 Laptop GPU')).toEqual([]);
		// A memory size between model and variant word does not hide the variant.
		expect(ids('NVIDIA GeForce RTX 3050 6GB Laptop GPU')).toEqual([]);
		expect(ids('NVIDIA GeForce RTX 2060 SUPER')).toEqual([]);
		expect(ids('NVIDIA GeForce GTX 1650 SUPER')).toEqual([]);
		expect(ids('NVIDIA GeForce GTX 1650 Ti')).toEqual([]);
		expect(ids('AMD Radeon RX 7900 XT')).toEqual([]);
		expect(ids('AMD Radeon RX 9070')).toEqual([]);
		expect(ids('AMD Radeon RX 7900 GRE')).toEqual([]);
		expect(seen('apple', 'metal-3', metal('Apple M4 Pro'))).toEqual([]);
		expect(seen('apple', 'metal-3', metal('Apple M4'))).toEqual([]);
		expect(seen('apple', 'metal-3', metal('Apple M2 Pro'))).toEqual([]);
		expect(seen('apple', 'metal-3', metal('Apple M2 Max'))).toEqual(['apple-m2-max']);
		expect(seen('apple', 'metal-3', metal('Apple M2 Ultra'))).toEqual(['apple-m2-ultra']);
		expect(seen('apple', 'metal-3', metal('Apple M3 Pro'))).toEqual([]);
		expect(seen('apple', 'metal-3', metal('Apple M3'))).toEqual([]);
		expect(ids('AMD Instinct MI300X')).toEqual(['mi300x']);
		expect(ids('NVIDIA B100')).toEqual([]);
	});

	it('every accelerator the benchmark can run on is found by its own name, and only it', () => {
		for (const gpu of catalog) {
			const found = ids(gpu.name);
			expect(found, gpu.name).toContain(gpu.id);
			// Only H100 80GB names stay ambiguous without a form factor (tested above).
			expect(found.length, gpu.name).toBe(1);
		}
		// And each of the survey's 15 chips by the name the survey prints.
		for (const row of steamSurvey.rows.filter((r) => r.gpuId)) {
			expect(ids(row.name), row.name).toEqual([row.gpuId]);
		}
	});

	it('offers every candidate when the name is ambiguous, none for software', () => {
		expect(ids('NVIDIA H100 80GB HBM3').sort()).toEqual(['h100-pcie', 'h100-sxm']);
		// A form factor or memory size in the name settles it.
		expect(ids('NVIDIA H100 PCIe')).toEqual(['h100-pcie']);
		expect(ids('NVIDIA A100-SXM4-40GB')).toEqual(['a100-40gb-sxm']);
		expect(ids('google swiftshader')).toEqual([]);
		expect(ids('')).toEqual([]);
	});
});
