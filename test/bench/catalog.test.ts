import { describe, expect, it } from 'vitest';
import { matchCatalog, modelWords, toCatalog } from '../../src/bench/catalog.ts';
import { gpus } from '../../src/data/index.ts';

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

	it('offers every candidate when the name is ambiguous, none for software', () => {
		expect(ids('NVIDIA H100 80GB HBM3').sort()).toEqual(['h100-pcie', 'h100-sxm']);
		// A form factor or memory size in the name settles it.
		expect(ids('NVIDIA H100 PCIe')).toEqual(['h100-pcie']);
		expect(ids('NVIDIA A100-SXM4-40GB')).toEqual(['a100-40gb-sxm']);
		expect(ids('google swiftshader')).toEqual([]);
		expect(ids('')).toEqual([]);
	});
});
